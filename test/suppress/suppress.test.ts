import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const PACK = ['--pack', 'fixtures/packs/fixture-terms.yaml'];

async function run(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

describe('suppression comments in the report', () => {
  it('lists every suppressed finding with its reason in JSON, and counts them in the summary', async () => {
    const { code, stdout } = await run(['check', 'fixtures/suppress/sms.txt', '--format', 'json', ...PACK]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files[0].suppressed).toEqual([
      { ruleId: 'fixture/guarantee', severity: 'error', text: '稳赚不赔', location: { line: 2, column: 6, endLine: 2, endColumn: 10 }, context: '【某银行】稳赚不赔的好机会来了！', contextSpan: [5, 9], reason: '客户原话引用，已备案' },
      { ruleId: 'fixture/superlative', severity: 'warning', text: '国家级', location: { line: 4, column: 1, endLine: 4, endColumn: 4 }, context: '国家级金融服务奖…', contextSpan: [0, 3], reason: '奖项名称' },
      expect.objectContaining({ ruleId: 'fixture/expected-yield', text: '预期收益率', location: { line: 8, column: 1, endLine: 8, endColumn: 6 }, reason: null }),
    ]);
    expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 2, infos: 0, unreadable: 0, unlisted: 0, baselined: 0, suppressed: 3 });
  });

  it('counts them in the stylish summary', async () => {
    const { stdout } = await run(['check', 'fixtures/suppress/brochure.md', ...PACK]);
    expect(stdout.split('\n').at(-2)).toBe('✖ 7 findings (4 errors, 3 warnings, 0 infos) in 1 file, 6 suppressed');
  });

  it('passes a run whose only error is suppressed, and fails it without the comment', async () => {
    expect((await run(['check', 'fixtures/suppress/approved.md'])).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'copylint-suppress-'));
    writeFileSync(join(dir, 'approved.md'), '客户来信说：本产品保本保息。\n');
    expect((await run(['check', 'approved.md'], dir)).code).toBe(1);
  });

  it('suppresses a document-level finding only with a copylint-disable that runs to the end of the file', async () => {
    const { stdout } = await run(['check', 'fixtures/suppress/poster.md', 'fixtures/suppress/poster-closed.md', '--format', 'json']);
    const [closed, open] = JSON.parse(stdout).files;
    expect(open.findings).toEqual([]);
    expect(open.suppressed).toEqual([{ ruleId: 'cn-disclosures/wm-risk-statement', severity: 'error', text: null, location: null, context: null, contextSpan: null, reason: '风险提示印在海报图片上' }]);
    expect(closed.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['cn-disclosures/wm-risk-statement']);
    expect(closed.suppressed).toEqual([]);
  });
});

describe('--report-unused-disable', () => {
  it('reports a comment that suppresses nothing as an error at the comment', async () => {
    const { code, stdout } = await run(['check', 'fixtures/suppress/sms.txt', '--format', 'json', '--report-unused-disable', ...PACK]);
    expect(code).toBe(1);
    const unused = JSON.parse(stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'copylint/unused-disable');
    expect(unused).toEqual([expect.objectContaining({
      severity: 'error',
      message: 'unused copylint-disable-next-line: no finding of guarantee here',
      text: '# copylint-disable-next-line guarantee -- 理由里写到保本保息，不是文案',
      location: { line: 9, column: 1, endLine: 9, endColumn: 57 },
    })]);
  });

  it('finds none where every comment is used, and exits 0 on an approved document', async () => {
    const brochure = await run(['check', 'fixtures/suppress/brochure.md', '--format', 'json', '--report-unused-disable', ...PACK]);
    expect(JSON.parse(brochure.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'copylint/unused-disable')).toEqual([]);
    expect((await run(['check', 'fixtures/suppress/approved.md', '--report-unused-disable'])).code).toBe(0);
  });

  it('an unused region, an enable that closes nothing, and one unused id of two', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-unused-'));
    writeFileSync(join(dir, 'a.md'), [
      '<!-- copylint-disable superlative -- 奖项 -->',
      '本产品稳健。',
      '<!-- copylint-enable -->',
      '<!-- copylint-enable -->',
      '<!-- copylint-disable-next-line guarantee, superlative -- 引用 -->',
      '本产品保本。',
      '',
    ].join('\n'));
    const { stdout } = await run(['check', 'a.md', '--format', 'json', '--report-unused-disable', '--pack', join(root, PACK[1])], dir);
    const messages = JSON.parse(stdout).files[0].findings.map((f: { location: { line: number }; message: string }) => `${f.location.line} ${f.message}`);
    expect(messages).toEqual([
      '1 unused copylint-disable: no finding of superlative here',
      '4 unused copylint-enable: no copylint-disable before it',
      '5 unused copylint-disable-next-line: no finding of superlative here',
    ]);
  });
});

describe('copylint\'s own rules can be set in the config', () => {
  it('a reason can be required (missing-reason: error), and unused comments reported without the flag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-own-'));
    writeFileSync(join(dir, '.copylintrc.yaml'), `packs: [${join(root, PACK[1])}]\nrules:\n  copylint/missing-reason: error\n  copylint/unused-disable: warning\n`);
    writeFileSync(join(dir, 'a.md'), '<!-- copylint-disable-next-line -->\n保本\n\n<!-- copylint-disable-next-line superlative -- 引用 -->\n保本\n');
    const { code, stdout } = await run(['check', 'a.md', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`)).toEqual([
      'copylint/missing-reason error',
      'copylint/unused-disable warning',
      'fixture/guarantee error',
    ]);
  });
});
