import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackError } from '../../src/packs/errors.js';
import { loadPacks } from '../../src/packs/load.js';

const root = new URL('../../', import.meta.url).pathname;

function problem(refs: string[], cwd = root): string {
  try {
    loadPacks(refs, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).message;
  }
  throw new Error(`${refs.join(' ')} loaded without error`);
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copylint-packs-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const RULE = '  - id: r\n    severity: warning\n    message: m\n    basis: b\n';
const pack = (id: string, body: string) => `format: 2\nid: ${id}\nname: N\nversion: 1\n${body}`;

describe('pack validation points at the YAML node', () => {
  it.each([
    ['syntax', /^fixtures\/packs\/bad\/syntax\.yaml:8:1: YAML syntax: /],
    ['unknown-key', /^fixtures\/packs\/bad\/unknown-key\.yaml:10:5: unknown key "mach" in rule/],
    ['wrong-type', /^fixtures\/packs\/bad\/wrong-type\.yaml:10:21: match\.words must be a word, a \$lexicon, or a non-empty list of them$/],
    ['empty-term', /^fixtures\/packs\/bad\/empty-term\.yaml:10:26: match\.words has an empty or non-string entry$/],
    ['invalid-regex', /^fixtures\/packs\/bad\/invalid-regex\.yaml:10:21: invalid regular expression \/年化\(收益\/: /],
    ['catastrophic', /^fixtures\/packs\/bad\/catastrophic\.yaml:13:18: pattern \/\(\\d\+\\\.\?\)\+%\/ can backtrack catastrophically/],
    ['duplicate-id', /^fixtures\/packs\/bad\/duplicate-id\.yaml:11:9: duplicate rule id "bad\/r"$/],
    ['one-char-error', /^fixtures\/packs\/bad\/one-char-error\.yaml:10:12: a one-character word \("最"\) cannot be an error on its own/],
    ['unknown-lexicon', /^fixtures\/packs\/bad\/unknown-lexicon\.yaml:10:24: unknown lexicon \$no-such-list$/],
    ['lexicon-cycle', /^fixtures\/packs\/bad\/lexicon-cycle\.yaml:7:15: lexicon cycle: \$product → \$offer → \$product$/],
    ['empty-lexicon', /^fixtures\/packs\/bad\/empty-lexicon\.yaml:6:3: lexicon \$product is empty$/],
    ['unknown-scope', /^fixtures\/packs\/bad\/unknown-scope\.yaml:10:47: match\.scope "paragragh" is not a scope: use clause, sentence, paragraph, document$/],
    ['gap-too-wide', /^fixtures\/packs\/bad\/gap-too-wide\.yaml:10:37: match\.within 300 is wider than a clause can hold \(at most 40\)/],
    ['unknown-exemption', /^fixtures\/packs\/bad\/unknown-exemption\.yaml:11:14: unknown exemption "negatd" \(did you mean negated\?\)$/],
    ['unknown-class', /^fixtures\/packs\/bad\/unknown-class\.yaml:10:20: skip-classes names an unknown class "newz-report"/],
    ['extend-undefined', /^fixtures\/packs\/bad\/extend-undefined\.yaml:6:3: cannot change lexicon "bank-product": it is not defined$/],
    ['unbraced-example', /^fixtures\/packs\/bad\/unbraced-example\.yaml:12:14: examples\.flag: mark the span the rule must report with braces, e\.g\. 销量\{第一\}$/],
    ['format-1', /^fixtures\/packs\/bad\/format-1\.yaml:9:12: "terms" is pack format 1: write match: \{ words: \[\.\.\.\] \} \(README, "From pack format 1"\)$/],
  ])('%s', (name, expected) => {
    expect(problem([`fixtures/packs/bad/${name}.yaml`])).toMatch(expected);
  });

  it('says what to write instead of each pack format 1 construct', () => {
    for (const [key, value, instead] of [
      ['patterns', "['保证']", "match: { regex: '...' }"],
      ['allow', '[非保本]', 'unless: [{ part-of: [...] }]'],
      ['negation', 'true', 'unless: [negated, warned-against]'],
    ]) {
      const dir = folder({ 'p.yaml': `id: p\nname: P\nversion: 1\nrules:\n${RULE}    ${key}: ${value}\n` });
      expect(problem(['p.yaml'], dir)).toContain(`"${key}" is pack format 1: write ${instead}`);
    }
    const noFormat = folder({ 'p.yaml': pack('p', `rules:\n${RULE}    match: { words: [保本] }\n`).replace('format: 2\n', '') });
    expect(problem(['p.yaml'], noFormat)).toBe('p.yaml:1:1: the pack needs "format: 2" at the top (README, "Writing rule packs")');
  });

  it('names the built-in packs when a pack is not found', () => {
    expect(() => loadPacks(['no-such-pack'], root)).toThrow('no-such-pack: no such pack: name a built-in pack (cn-ad-law, cn-disclosures, cn-financial, pii), a YAML file or a folder of them');
  });

  it('loads the fixture pack with its rules compiled', () => {
    const { packs } = loadPacks(['fixtures/packs/fixture-terms.yaml'], root);
    expect(packs.map((p) => p.id)).toEqual(['fixture']);
    expect(packs[0].rules.map((r) => r.id)).toEqual(['fixture/guarantee', 'fixture/superlative', 'fixture/expected-yield']);
    expect(packs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('lexicon names', () => {
  it('are global: a pack uses and extends another pack\'s list, and removes words from it', () => {
    const dir = folder({
      'a.yaml': pack('a', 'lexicon:\n  bank-product: [理财, 基金, 存单]\n  product: [$bank-product, 保险]\n' + `rules:\n${RULE}    match: { words: [$product] }\n`),
      'b.yaml': pack('b', 'lexicon:\n  bank-product: { extend: [鑫享], remove: [存单] }\n' + `rules:\n${RULE}    match: { words: [$bank-product] }\n`),
    });
    const { library } = loadPacks(['a.yaml', 'b.yaml'], dir);
    expect(library.lexicons.get('bank-product')!.words.sort()).toEqual(['基金', '理财', '鑫享'].sort());
    expect(library.lexicons.get('product')!.words.sort()).toEqual(['保险', '基金', '理财', '鑫享'].sort());
  });

  it('are defined once: a second definition is an error naming the first', () => {
    const dir = folder({
      'a.yaml': pack('a', `lexicon:\n  product: [理财]\nrules:\n${RULE}    match: { words: [$product] }\n`),
      'b.yaml': pack('b', `lexicon:\n  product: [基金]\nrules:\n${RULE}    match: { words: [$product] }\n`),
    });
    expect(problem(['a.yaml', 'b.yaml'], dir)).toBe('b.yaml:6:3: lexicon name "product" is already defined at a.yaml:6; to add words to it write "product: { extend: [...] }"');
  });

  it('include the base lexicon in every run, even when only a user pack is named', () => {
    const dir = folder({ 'a.yaml': pack('a', `rules:\n${RULE}    match: { words: [保本] }\n    unless: [negated]\n`) });
    expect(loadPacks(['a.yaml'], dir).library.lexicons.has('negator')).toBe(true);
  });

  it('cannot remove a word the list does not hold', () => {
    const dir = folder({ 'a.yaml': pack('a', `lexicon:\n  x: [理财]\n  x2: [$x]\nrules:\n${RULE}    match: { words: [$x] }\n`), 'b.yaml': pack('b', `lexicon:\n  x: { remove: [基金] }\nrules:\n${RULE}    match: { words: [保本] }\n`) });
    expect(problem(['a.yaml', 'b.yaml'], dir)).toBe('b.yaml:6:17: cannot remove "基金": it is not in $x');
  });
});

describe('pack layout', () => {
  it('reads a folder pack: pack.yaml, lexicon/*.yaml, one rule per file in rules/', () => {
    const dir = folder({
      'my-pack/pack.yaml': 'format: 2\nid: mine\nname: 本行\nversion: 1\n',
      'my-pack/lexicon/products.yaml': 'lexicon:\n  my-product: [鑫享, 安盈]\n',
      'my-pack/rules/a.yaml': 'id: a\nseverity: warning\nmessage: m\nbasis: b\nmatch: { words: [$my-product] }\n',
      'my-pack/rules/b.yaml': 'id: b\nseverity: warning\nmessage: m\nbasis: b\nmatch: { words: [保本] }\n',
      'single.yaml': pack('single', `rules:\n${RULE}    match: { words: [保本] }\n`),
    });
    expect(loadPacks(['my-pack/pack.yaml'], dir).packs[0].rules.map((r) => r.id)).toEqual(['mine/a', 'mine/b']);
    expect(loadPacks(['.'], dir).packs.map((p) => p.id)).toEqual(['mine', 'single']);
  });
});
