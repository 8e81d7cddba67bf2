import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

const root = new URL('../', import.meta.url).pathname;

async function run(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

function document(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'copylint-explain-'));
  writeFileSync(join(dir, 'a.txt'), text);
  return dir;
}

const TEXT = '本产品保证收益，不承诺保本。\n理财产品1万元起购，立即预约！\n';

describe('copylint check --explain', () => {
  it('json: the rule part, lexicon words and scope of each finding; classes; exempted hits and why', async () => {
    const { stdout } = await run(['check', 'a.txt', '--format', 'json', '--explain'], document(TEXT));
    const file = JSON.parse(stdout).files[0];
    const guarantee = file.findings.find((f: { ruleId: string }) => f.ruleId === 'cn-financial/principal-guarantee');
    expect(guarantee.explain).toEqual({
      part: expect.stringMatching(/^match\.any\[\d+\]\.seq$/),
      scope: 'clause',
      words: [{ lexicon: 'guarantee-verb', text: '保证' }, { lexicon: null, text: '收益' }],
      pattern: null,
    });
    expect(file.classes).toEqual(['wealth-marketing']);
    expect(file.explain.classes).toEqual([{ name: 'wealth-marketing', source: 'computed', signals: ['起购', '预约'] }]);
    expect(file.explain.exempted).toContainEqual({
      ruleId: 'cn-financial/principal-guarantee',
      text: '保本',
      location: { line: 1, column: 12, endLine: 1, endColumn: 14 },
      explain: { part: 'match.any[0].words', scope: null, words: [{ lexicon: 'guarantee-phrase', text: '保本' }], pattern: null },
      exemption: { condition: 'exemption negated[0]', kind: 'before', lexicon: 'negator', cue: '不' },
    });
  });

  it('stylish: the same, under each finding and at the end of each file', async () => {
    const { stdout } = await run(['check', 'a.txt', '--explain'], document(TEXT));
    expect(stdout).toMatch(/\n {8}匹配 match\.any\[\d+\]\.seq（clause） \$guarantee-verb“保证” \+ “收益”\n/);
    expect(stdout).toContain('  类别 wealth-marketing（起购、预约）\n');
    expect(stdout).toContain('  豁免 1:12  保本  cn-financial/principal-guarantee  ← exemption negated[0]: before $negator “不”\n');
  });

  it('leaves the detail out without --explain', async () => {
    const { stdout } = await run(['check', 'a.txt', '--format', 'json'], document(TEXT));
    const file = JSON.parse(stdout).files[0];
    expect(file.explain).toBeUndefined();
    expect(file.findings.every((f: object) => !('explain' in f))).toBe(true);
  });
});

describe('copylint rules show', () => {
  it('shows a rule with its lexicons expanded to their words', async () => {
    const { stdout } = await run(['rules', 'show', 'cn-financial/principal-guarantee']);
    expect(stdout).toMatch(/in order, in a clause, gaps of at most 4: \$guarantee-verb \(保证、承诺、确保、锁定/);
    expect(stdout).toMatch(/^flags {6}.*本产品\{保本保息\}，到期一次性兑付。/m);
    expect(stdout).toMatch(/defined    rules\/cn-financial\/rules\/principal-guarantee\.yaml:1/);
  });
});
