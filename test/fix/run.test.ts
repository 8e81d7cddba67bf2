import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/check.js';
import { main } from '../../src/cli.js';
import { fixFile, fixSource } from '../../src/fix/run.js';
import { exitCodeFor } from '../../src/report/summary.js';

const root = new URL('../../', import.meta.url).pathname;
const set = loadRuleSet(['fixtures/packs/fix-terms.yaml'], root);
const DOC = '电话13812345678，预期收益率3%\n';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copylint-fix-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('fixFile', () => {
  it('leaves the file as it was when the write fails, reports why, and fails the run', async () => {
    const dir = folder({ 'a.txt': DOC });
    const refuse = () => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    };
    const { file } = await fixFile(join(dir, 'a.txt'), 'a.txt', set, 'write', refuse);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(DOC);
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(file.findings.map((f) => f.text)).toEqual(['13812345678', '预期收益率']);
    expect(file.fix!.writeError).toBe('cannot write the fixed file (EACCES), so it is left as it was: check its permissions and the free space');
    // Every finding left is a warning, below --fail-on error: the failed write alone fails the run.
    expect(exitCodeFor([file], { failOn: 'error', allowUnreadable: false })).toBe(1);
    expect(exitCodeFor([{ ...file, fix: { ...file.fix!, writeError: null } }], { failOn: 'error', allowUnreadable: false })).toBe(0);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const dir = folder({ 'a.txt': DOC });
    chmodSync(join(dir, 'a.txt'), 0o640);
    await fixFile(join(dir, 'a.txt'), 'a.txt', set, 'write');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('电话138****5678，业绩比较基准3%\n');
    expect(statSync(join(dir, 'a.txt')).mode & 0o777).toBe(0o640);
  });

  it('writes through a symbolic link named on the command line, which stays a link', async () => {
    const dir = folder({ 'real.txt': DOC });
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
    await fixFile(join(dir, 'link.txt'), 'link.txt', set, 'write');
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('电话138****5678，业绩比较基准3%\n');
  });

  it('never replaces what is not a regular file (a device, a pipe, a folder)', async () => {
    const dir = folder({});
    const { file } = await fixSource({ read: async () => Buffer.from(DOC), path: dir, display: 'pipe.txt', format: 'text' }, set, 'write');
    expect(file.fix!.writeError).toBe('not a regular file (a device, pipe or folder), so it is left as it was');
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it('gives a file it cannot read its error entry, as check does', async () => {
    const dir = folder({ 'b.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) });
    const { file } = await fixFile(join(dir, 'b.txt'), 'b.txt', set, 'write');
    expect(file.error).toEqual({ code: 'binary', message: 'binary file, not text: check the file type' });
    expect(file.fix).toBeUndefined();
  });
});

describe('--fix with configs, suppression comments and standard input', () => {
  const PACK = ['--pack', join(root, 'fixtures/packs/fix-terms.yaml')];
  async function run(args: string[], cwd: string, stdin?: string) {
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), cwd, env: {}, isTTY: false, stdin: stdin === undefined ? undefined : async () => Buffer.from(stdin) };
    const code = await main(args, io);
    return { code, stdout, stderr };
  }

  it('leaves a finding a suppression comment covers, and fixes the rest of a text file with comment lines', async () => {
    const dir = folder({ 'a.txt': '# copylint-disable-next-line expected-yield -- 引用原文\n预期收益率3%\n预期收益率4%\n', 'b.md': '<!-- copylint-disable-next-line mobile -- 客服专线 -->\n电话13812345678\n\n电话13912345678\n' });
    await run(['check', 'a.txt', 'b.md', ...PACK, '--fix'], dir);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('# copylint-disable-next-line expected-yield -- 引用原文\n预期收益率3%\n业绩比较基准4%\n');
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('<!-- copylint-disable-next-line mobile -- 客服专线 -->\n电话13812345678\n\n电话139\\*\\*\\*\\*5678\n');
  });

  it('does not fix the findings of a rule the config turns off', async () => {
    const dir = folder({ '.copylintrc.yaml': 'rules:\n  fixture-fix/mobile: off\n', 'a.txt': '电话13812345678，预期收益率3%\n' });
    await run(['check', 'a.txt', ...PACK, '--fix'], dir);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('电话13812345678，业绩比较基准3%\n');
  });

  it('shows the fixes of standard input as a diff, and refuses to --fix it', async () => {
    const dry = await run(['check', '--stdin', '--stdin-filename', 'sms.txt', ...PACK, '--fix-dry-run', '--format', 'json:report.json'], folder({}), '预期收益率3%\n');
    expect(dry.stdout).toBe('--- a/sms.txt\n+++ b/sms.txt\n@@ -1,1 +1,1 @@\n-预期收益率3%\n+业绩比较基准3%\n');
    const fix = await run(['check', '--stdin', ...PACK, '--fix'], folder({}), '预期收益率3%\n');
    expect([fix.code, fix.stderr]).toEqual([2, 'copylint: --fix and --stdin: standard input cannot be written back: use --fix-dry-run for a diff\n']);
  });
});
