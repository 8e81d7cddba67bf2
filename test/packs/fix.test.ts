import { describe, expect, it } from 'vitest';
import { testExamples } from '../../src/commands/rules.js';
import { parsePack } from '../../src/packs/load.js';

/** A one-rule pack whose rule has `extra` (YAML lines of the rule, indented by four). */
function pack(extra: string, match = "match: { words: [预期收益率, 国家级] }"): string {
  return `format: 2\nid: p\nname: P\nversion: 1\nrules:\n  - id: r\n    severity: warning\n    message: m\n    basis: b\n    ${match}\n${extra}`;
}

const load = (yaml: string) => parsePack('p.yaml', Buffer.from(yaml)).packs[0].rules[0];
const problem = (yaml: string) => {
  try {
    load(yaml);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the pack loaded');
};

describe('fix forms in a pack', () => {
  it('reads a literal replacement, a deletion and a mask, with their options', () => {
    expect(load(pack('    fix: { replace: 业绩比较基准 }\n')).fix).toMatchObject({ kind: 'replace', text: '业绩比较基准', only: null, followedBy: null });
    expect(load(pack('    fix: { delete: true }\n')).fix).toMatchObject({ kind: 'delete', text: '' });
    expect(load(pack("    fix: { mask: '*', keep-start: 3, keep-end: 4, keep-from: '@' }\n")).fix).toMatchObject({ kind: 'mask', text: '*', keepStart: 3, keepEnd: 4, keepFrom: '@' });
  });

  it('takes `replace: text` beside match as the short form of a literal replacement', () => {
    expect(load(pack('    replace: 业绩比较基准\n')).fix).toMatchObject({ kind: 'replace', text: '业绩比较基准' });
  });

  it('compiles `only` to a whole-hit pattern with lexicons expanded, and `followed-by` to one anchored at the hit end', () => {
    const fix = load(pack("    fix: { delete: true, only: '$negator级', followed-by: '\\p{sc=Han}' }\n")).fix!;
    expect(fix.only!.source.startsWith('^(?:(?:')).toBe(true);
    expect(fix.only!.test('不级')).toBe(true);
    expect(fix.only!.test('不级x')).toBe(false);
    expect(fix.followedBy!.sticky).toBe(true);
  });

  it('reads fix examples, `text → text once fixed`', () => {
    const rule = load(pack('    fix: { delete: true }\n    examples:\n      fix: [国家级品质 → 品质]\n'));
    expect(rule.examples.fix).toEqual([{ input: '国家级品质', output: '品质', line: 13 }]);
  });

  it.each([
    ['    replace: x\n    fix: { delete: true }\n', 'p.yaml:11:14: a rule has either replace or fix: write fix: { replace: … }'],
    ['    fix: { replace: x, delete: true }\n', 'p.yaml:11:10: fix needs exactly one of replace, delete, mask'],
    ['    fix: { only: 国家级 }\n', 'p.yaml:11:10: fix needs exactly one of replace, delete, mask'],
    ['    fix: { delete: false }\n', 'p.yaml:11:20: fix.delete must be true (leave fix out for no fix)'],
    ['    fix: { delete: true, keep-end: 2 }\n', 'p.yaml:11:36: fix.keep-end belongs to mask'],
    ["    fix: { mask: '**' }\n", 'p.yaml:11:18: fix.mask must be one character that is not a letter, digit or space, such as *'],
    ["    fix: { mask: 'x' }\n", 'p.yaml:11:18: fix.mask must be one character that is not a letter, digit or space, such as *'],
    ['    fix: { replace: "a\\nb" }\n', 'p.yaml:11:21: replace must be plain text, without line breaks or control characters'],
    ["    fix: { delete: true, only: '(' }\n", "p.yaml:11:32: fix.only: invalid regular expression /(/: Unterminated group"],
    ["    fix: { delete: true, followed-by: '(a+)+' }\n", 'p.yaml:11:39: fix.followed-by: pattern /(a+)+/ can backtrack catastrophically (nested quantifier (a+)+): rewrite it without a repeated group that itself repeats'],
    ['    fix: { delete: true, unknown: 1 }\n', 'p.yaml:11:26: unknown key "unknown" in fix (allowed: replace, delete, mask, keep-start, keep-end, keep-from, only, followed-by)'],
    ['    fix: delete\n', 'p.yaml:11:10: rule.fix must be a mapping'],
    ['    examples:\n      fix: [国家级品质 → 品质]\n', 'p.yaml:12:12: examples.fix: the rule has no fix to try them with'],
    ['    fix: { delete: true }\n    examples:\n      fix: [国家级品质]\n', 'p.yaml:13:13: examples.fix: write the text, " → ", and the text once fixed (one arrow)'],
  ])('rejects %j with one error at its node', (extra, message) => {
    expect(problem(pack(extra))).toBe(message);
  });

  it('rejects a fix on a document-level rule, which has no text to fix', () => {
    expect(problem(pack('    fix: { delete: true }\n', 'require: { when: { words: [理财] }, must: [理财非存款] }'))).toBe('p.yaml:11:10: a document-level (require) rule has no text to fix');
  });
});

describe('fix examples in copylint rules test', () => {
  it('pass when the fixed text is the one pinned, and fail naming the line and what was written', () => {
    const yaml = pack("    fix: { delete: true, followed-by: '\\p{sc=Han}' }\n    examples:\n      fix:\n        - 国家级品质 → 品质\n        - 达到国家级 → 达到\n");
    expect(testExamples(parsePack('p.yaml', Buffer.from(yaml))).output).toBe('p.yaml:15: p/r: expected 达到国家级 → 达到, got → 达到国家级\nexamples: 1 passed, 1 failed\n');
  });
});
