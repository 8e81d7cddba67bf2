import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const PACK = ['--pack', join(root, 'fixtures/packs/fix-terms.yaml')];

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

/** A fresh folder holding copies of the named fixtures. */
function copies(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'copylint-fix-'));
  for (const file of files) copyFileSync(join(root, file), join(dir, file.split('/').pop()!));
  return dir;
}

const ENCODED = ['notice-gbk-crlf.txt', 'notice-bom-crlf.txt', 'notice-utf16le.txt', 'notice-utf16be.txt', 'notice-gb18030.txt'];

describe('--fix on real files (fixtures/fix/make.mjs)', () => {
  it.each(ENCODED)('%s: fixed byte for byte as the script encoded the expected text, what remains reported', async (name) => {
    const dir = copies(`fixtures/fix/${name}`);
    const { code, stdout } = await run(['check', name, ...PACK, '--fix', '--format', 'json'], dir);
    expect(readFileSync(join(dir, name))).toEqual(readFileSync(join(root, 'fixtures/fix', `${name}.fixed`)));
    expect(readdirSync(dir)).toEqual([name]);
    const [file] = JSON.parse(stdout).files;
    expect(file.findings.map((f: { ruleId: string; text: string; location: { line: number; column: number } }) => [f.ruleId, f.text, f.location.line, f.location.column])).toEqual([
      ['fixture-fix/superlative', '顶级', 4, 1],
      ['fixture-fix/guarantee', '保本保息', 4, 7],
    ]);
    expect(file.fix).toEqual({ applied: 5, written: true, notFixed: [], writeError: null });
    expect(code).toBe(1);
  });

  it('markdown: markup stays as it was around every fix; hits split by markup or an entity are left and reported', async () => {
    const dir = copies('fixtures/fix/brochure.md');
    const { code, stdout } = await run(['check', 'brochure.md', ...PACK, '--fix'], dir);
    expect(readFileSync(join(dir, 'brochure.md'))).toEqual(readFileSync(join(root, 'fixtures/fix/brochure.md.fixed')));
    expect(stdout).toContain('  fixed      8 fixes written\n');
    expect(stdout).toContain('  not fixed  8:4  fixture-fix/expected-yield: its text is split by markup, an entity or an escape: fix it by hand\n');
    expect(stdout).toContain('  not fixed  8:16  fixture-fix/expected-yield: its text is split by markup, an entity or an escape: fix it by hand\n');
    expect(stdout).toMatch(/⚠ 2 findings \(0 errors, 2 warnings, 0 infos\) in 1 file, 8 fixed\n$/);
    expect(code).toBe(0);
    expect((await run(['check', 'brochure.md', ...PACK, '--fail-on', 'warning'], dir)).code).toBe(1);
  });

  it('a second --fix finds nothing left to fix', async () => {
    const dir = copies('fixtures/fix/notice-gbk-crlf.txt');
    await run(['check', 'notice-gbk-crlf.txt', ...PACK, '--fix'], dir);
    const again = await run(['check', 'notice-gbk-crlf.txt', ...PACK, '--fix', '--format', 'json'], dir);
    expect(JSON.parse(again.stdout).files[0].fix).toEqual({ applied: 0, written: false, notFixed: [], writeError: null });
    expect(readFileSync(join(dir, 'notice-gbk-crlf.txt'))).toEqual(readFileSync(join(root, 'fixtures/fix/notice-gbk-crlf.txt.fixed')));
  });

  it('docx and pdf are never modified, and the report says so in one line each', async () => {
    const dir = copies('fixtures/docx/all-parts.docx', 'fixtures/pdf/brochure.pdf');
    const before = ['all-parts.docx', 'brochure.pdf'].map((f) => [readFileSync(join(dir, f)), statSync(join(dir, f)).mtimeMs]);
    const { code, stdout } = await run(['check', 'all-parts.docx', 'brochure.pdf', ...PACK, '--fix'], dir);
    expect(['all-parts.docx', 'brochure.pdf'].map((f) => [readFileSync(join(dir, f)), statSync(join(dir, f)).mtimeMs])).toEqual(before);
    expect(stdout.match(/^ {2}not fixed {2}docx and pdf files are never modified: \d+ fix(es)? to make by hand$/gm)).toEqual([
      '  not fixed  docx and pdf files are never modified: 3 fixes to make by hand',
      '  not fixed  docx and pdf files are never modified: 2 fixes to make by hand',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['all-parts.docx', 'brochure.pdf']);
    expect(code).toBe(1);
  });
});

describe('--fix-dry-run', () => {
  it('writes nothing and prints a unified diff, then the report of what would remain', async () => {
    const dir = copies('fixtures/fix/contacts.txt');
    const before = statSync(join(dir, 'contacts.txt')).mtimeMs;
    const { code, stdout } = await run(['check', 'contacts.txt', '--pack', 'pii', '--fail-on', 'warning', '--fix-dry-run'], dir);
    expect(stdout).toBe(
      [
        '--- a/contacts.txt',
        '+++ b/contacts.txt',
        '@@ -1,1 +1,1 @@',
        '-客户经理王先生 13812345678，邮箱 zhangsan1988@163.com',
        '+客户经理王先生 138****5678，邮箱 zh**********@163.com',
        '',
        'contacts.txt',
        '  fixable    2 fixes in the diff (nothing written)',
        '',
        '✔ 0 findings (0 errors, 0 warnings, 0 infos) in 1 file, 2 to fix (dry run)',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'contacts.txt'))).toEqual(readFileSync(join(root, 'fixtures/fix/contacts.txt')));
    expect(statSync(join(dir, 'contacts.txt')).mtimeMs).toBe(before);
    expect(readdirSync(dir)).toEqual(['contacts.txt']);
  });

  it('keeps a BOM and CRLF in the diff, so that it applies to the file as it is', async () => {
    const dir = copies('fixtures/fix/notice-bom-crlf.txt');
    const { stdout } = await run(['check', 'notice-bom-crlf.txt', ...PACK, '--fix-dry-run', '--output', 'report.txt'], dir);
    expect(stdout.split('\n').slice(0, 4)).toEqual(['--- a/notice-bom-crlf.txt', '+++ b/notice-bom-crlf.txt', '@@ -1,4 +1,4 @@', ' \uFEFF【某银行】尊敬的客户：\r']);
    expect(stdout).toContain('\n-客户经理王先生 13812345678，备用 １３９１２３４５６７８。\r\n+本理财产品业绩比较基准4.5%，品質，业绩比较基准 3.8%。\r\n+客户经理王先生 138****5678，备用 １３９****５６７８。\r\n');
    expect(readFileSync(join(dir, 'notice-bom-crlf.txt'))).toEqual(readFileSync(join(root, 'fixtures/fix/notice-bom-crlf.txt')));
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('  fixable    5 fixes in the diff (nothing written)\n');
  });

  it('is refused together with --fix', async () => {
    const { code, stderr } = await run(['check', 'fixtures/text/clean.txt', '--fix', '--fix-dry-run'], root);
    expect(code).toBe(2);
    expect(stderr).toBe('copylint: --fix and --fix-dry-run: give one of them (--fix-dry-run only shows what --fix would write)\n');
  });
});
