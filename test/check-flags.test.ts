import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

const root = new URL('../', import.meta.url).pathname;
const PACK = ['--pack', 'fixtures/packs/fixture-terms.yaml'];

async function run(args: string[], options: { stdin?: string; isTTY?: boolean; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const stdin = options.stdin === undefined ? undefined : async () => Buffer.from(options.stdin!, 'utf8');
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: root, env: options.env ?? {}, isTTY: options.isTTY ?? false, stdin });
  return { code, stdout, stderr };
}

describe('--stdin', () => {
  it('checks standard input as markdown when no name is given, reported as <stdin>', async () => {
    const { code, stdout } = await run(['check', '--stdin', '--format', 'json', ...PACK], { stdin: '# 标题\n\n本产品**保本**。\n' });
    expect(code).toBe(1);
    const [file] = JSON.parse(stdout).files;
    expect(file).toMatchObject({ path: '<stdin>', format: 'markdown' });
    expect(file.findings.map((f: { text: string; location: unknown }) => [f.text, f.location])).toEqual([['保本', { line: 3, column: 6, endLine: 3, endColumn: 8 }]]);
  });

  it('takes the format and the configs from --stdin-filename', async () => {
    const text = '# copylint-disable-next-line guarantee -- 引用\n保本\n<!-- 备注 -->零风险\n';
    const asText = JSON.parse((await run(['check', '--stdin', '--stdin-filename', 'notes/sms.txt', '--format', 'json', ...PACK], { stdin: text })).stdout).files[0];
    expect(asText).toMatchObject({ path: 'notes/sms.txt', format: 'text' });
    expect(asText.findings.map((f: { text: string }) => f.text)).toEqual(['零风险']);
    expect(asText.suppressed.map((f: { text: string }) => f.text)).toEqual(['保本']);
    const ignored = await run(['check', '--stdin', '--stdin-filename', 'fixtures/config/project/drafts/x.md'], { stdin: '保本\n' });
    expect(ignored).toEqual({ code: 0, stdout: '✔ 0 findings (0 errors, 0 warnings, 0 infos) in 0 files\n', stderr: 'copylint: fixtures/config/project/drafts/x.md: not checked: ignored by "drafts" in fixtures/config/project/.copylintrc.yaml\n' });
  });

  it('refuses paths, and --stdin-filename without --stdin', async () => {
    expect(await run(['check', '--stdin', 'a.md'], { stdin: '' })).toEqual({ code: 2, stdout: '', stderr: 'copylint: --stdin: checks standard input only: drop the paths (a.md), or drop --stdin\n' });
    expect((await run(['check', '--stdin-filename', 'a.md'])).stderr).toBe('copylint: --stdin-filename: only with --stdin: add --stdin, or name the file as a path\n');
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet reports errors only', async () => {
    const { code, stdout } = await run(['check', 'fixtures/text/sms-utf8.txt', '--quiet', '--format', 'json', ...PACK]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files[0].findings.map((f: { severity: string }) => f.severity)).toEqual(['error', 'error', 'error']);
    expect(report.summary).toMatchObject({ errors: 3, warnings: 0 });
  });

  it('--max-warnings n fails a run with more than n warnings, and says so on stderr', async () => {
    expect((await run(['check', 'fixtures/text/yield-warning.txt', ...PACK])).code).toBe(0);
    expect((await run(['check', 'fixtures/text/yield-warning.txt', '--max-warnings', '1', ...PACK])).code).toBe(0);
    const over = await run(['check', 'fixtures/text/yield-warning.txt', '--max-warnings', '0', ...PACK]);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('copylint: 1 warning, more than the 0 allowed (--max-warnings or maxWarnings): fix some, or raise the limit\n');
    expect((await run(['check', 'fixtures/text/yield-warning.txt', '--max-warnings', '-1', ...PACK])).code).toBe(0);
  });

  it('--quiet hides the warnings but --max-warnings still counts them', async () => {
    const { code, stdout } = await run(['check', 'fixtures/text/yield-warning.txt', '--quiet', '--max-warnings', '0', ...PACK]);
    expect(code).toBe(1);
    expect(stdout).toBe('✔ 0 findings (0 errors, 0 warnings, 0 infos) in 1 file\n');
  });

  it('rejects a --max-warnings that is not a whole number', async () => {
    expect(await run(['check', 'fixtures/text/clean.txt', '--max-warnings', '1.5'])).toEqual({ code: 2, stdout: '', stderr: 'copylint: --max-warnings 1.5: not a whole number of 0 or more (-1: no limit); see "copylint check --help"\n' });
  });
});

describe('--color', () => {
  it('forces colours into a pipe, and beats NO_COLOR; --no-color beats a terminal', async () => {
    const args = ['check', 'fixtures/text/traditional.txt', ...PACK];
    const ansi = /\u001b\[/;
    expect((await run([...args, '--color'])).stdout).toMatch(ansi);
    expect((await run([...args, '--color'], { env: { NO_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await run([...args, '--no-color'], { isTTY: true })).stdout).not.toMatch(ansi);
  });
});
