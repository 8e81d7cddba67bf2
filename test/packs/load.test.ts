import { describe, expect, it } from 'vitest';
import { PackError } from '../../src/packs/errors.js';
import { loadPacks } from '../../src/packs/load.js';

const root = new URL('../../', import.meta.url).pathname;

function problem(name: string): string {
  try {
    loadPacks([`fixtures/packs/bad/${name}.yaml`], root);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).message;
  }
  throw new Error(`${name} loaded without error`);
}

describe('pack validation points at the YAML node', () => {
  it.each([
    ['syntax', /^fixtures\/packs\/bad\/syntax\.yaml:8:1: YAML syntax: /],
    ['unknown-key', /^fixtures\/packs\/bad\/unknown-key\.yaml:9:5: unknown key "term" in rule/],
    ['wrong-type', /^fixtures\/packs\/bad\/wrong-type\.yaml:9:12: rule\.terms must be a list of strings$/],
    ['empty-term', /^fixtures\/packs\/bad\/empty-term\.yaml:9:17: rule\.terms has an empty or non-string entry$/],
    ['invalid-regex', /^fixtures\/packs\/bad\/invalid-regex\.yaml:9:16: invalid regular expression: /],
    ['catastrophic', /^fixtures\/packs\/bad\/catastrophic\.yaml:11:9: pattern \/\(\\d\+\\\.\?\)\+%\/ can backtrack catastrophically/],
    ['duplicate-id', /^fixtures\/packs\/bad\/duplicate-id\.yaml:10:5: duplicate rule id "duplicate\/principal"$/],
    ['one-char-error', /^fixtures\/packs\/bad\/one-char-error\.yaml:9:12: a one-character term \("最"\) cannot be an error/],
  ])('%s', (name, expected) => {
    expect(problem(name)).toMatch(expected);
  });

  it('names the built-in packs when a pack is not found', () => {
    expect(() => loadPacks(['no-such-pack'], root)).toThrow('no-such-pack: no such pack: name a built-in pack (cn-ad-law, cn-disclosures, cn-financial, pii), a YAML file or a folder of them');
  });

  it('loads the fixture pack with its rules compiled', () => {
    const [pack] = loadPacks(['fixtures/packs/fixture-terms.yaml'], root);
    expect(pack.id).toBe('fixture');
    expect(pack.rules.map((r) => r.id)).toEqual(['fixture/guarantee', 'fixture/superlative', 'fixture/expected-yield']);
    expect(pack.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
