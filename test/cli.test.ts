import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folder, root, run } from './run.js';

const PACK = ['--pack', 'fixtures/packs/fixture-terms.yaml'];

describe('copylint check', () => {
  it('exits 1 on an error finding and prints it with its location', async () => {
    const { code, stdout } = await run(['check', 'fixtures/text/sms-utf8.txt', ...PACK]);
    expect(code).toBe(1);
    expect(stdout).toContain('fixtures/text/sms-utf8.txt');
    expect(stdout).toMatch(/ 1:12 +error +承诺保本或无风险 +fixture\/guarantee/);
    expect(stdout).toContain('尊敬的客户，>>稳赚不赔<<的好机会来了！');
    expect(stdout).toContain('✖ 5 findings (3 errors, 2 warnings, 0 infos) in 1 file');
  });

  it('follows the JSON contract', async () => {
    const { code, stdout } = await run(['check', 'fixtures/text/traditional.txt', '--format', 'json', ...PACK]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.tool).toEqual({ name: 'copylint', version: '0.1.0' });
    expect(report.packs).toEqual([{ id: 'fixture', version: '1.0.0', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 0, infos: 0, unreadable: 0, unlisted: 0, baselined: 0, suppressed: 0 });
    expect(report.files[0]).toMatchObject({ path: 'fixtures/text/traditional.txt', format: 'text', error: null });
    expect(report.files[0].findings[0]).toMatchObject({
      ruleId: 'fixture/guarantee',
      severity: 'error',
      message: '承诺保本或无风险',
      basis: '《中华人民共和国广告法》(2021年修正) 第二十五条第(一)项',
      text: '無風險',
      location: { line: 1, column: 4, endLine: 1, endColumn: 7 },
      context: '本基金無風險，年化收益穩定。',
      suggestion: '删除保证性表述，改为如实的风险提示。',
      fix: null,
    });
  });

  it('colours a terminal, but not with NO_COLOR, --no-color or a pipe, unless FORCE_COLOR', async () => {
    const args = ['check', 'fixtures/text/traditional.txt', ...PACK];
    const ansi = /\u001b\[/;
    expect((await run(args, root, { isTTY: true })).stdout).toMatch(ansi);
    expect((await run(args, root, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await run([...args, '--no-color'], root, { isTTY: true })).stdout).not.toMatch(ansi);
    expect((await run(args, root, { isTTY: false })).stdout).not.toMatch(ansi);
    expect((await run(args, root, { isTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
  });

  it('exits 0 when findings are below --fail-on, 1 when at it', async () => {
    const dir = folder({ 'a.txt': '国家级品质\n' });
    expect((await run(['check', '.', ...PACK.map((p) => (p.endsWith('.yaml') ? join(root, p) : p))], dir)).code).toBe(0);
    expect((await run(['check', '.', '--fail-on', 'warning', '--pack', join(root, PACK[1])], dir)).code).toBe(1);
  });

  it('exits 2 when not one file can be read', async () => {
    const { code, stdout } = await run(['check', 'fixtures/text/binary.txt', ...PACK]);
    expect(code).toBe(2);
    expect(stdout).toContain('unreadable  binary file, not text: check the file type  (binary)');
  });

  it('reports an unreadable file and goes on with the others', async () => {
    const { code, stdout } = await run(['check', 'fixtures/text/binary.txt', 'fixtures/text/traditional.txt', '--format', 'json', ...PACK]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { error: { code: string } | null }) => f.error?.code ?? null)).toEqual(['binary', null]);
    expect(report.summary.unreadable).toBe(1);
  });

  it('skips hidden folders, node_modules and other file types in folders; --ignore skips more', async () => {
    const dir = folder({
      'a.md': '保本\n', 'b.txt': '保本\n', 'c.json': '保本', '.hidden/d.md': '保本\n', 'node_modules/e.md': '保本\n',
      'drafts/f.md': '保本\n', 'sub/g.markdown': '保本\n',
    });
    const { stdout } = await run(['check', '.', '--format', 'json', '--ignore', 'drafts/**', '--pack', join(root, PACK[1])], dir);
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(['a.md', 'b.txt', 'sub/g.markdown']);
  });

  it('does not follow a symbolic link that loops back up the tree', async () => {
    const dir = folder({ 'a.txt': '保本\n' });
    symlinkSync('.', join(dir, 'loop'));
    const { stdout } = await run(['check', '.', '--format', 'json', '--pack', join(root, PACK[1])], dir);
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(['a.txt']);
  });

  it('reports an explicitly named file of unknown type as an error for that file', async () => {
    const dir = folder({ 'notes.rtf': '保本', 'a.txt': '保本\n' });
    const { stdout } = await run(['check', 'notes.rtf', 'a.txt', '--format', 'json', '--pack', join(root, PACK[1])], dir);
    expect(JSON.parse(stdout).files.map((f: { error: { code: string } | null }) => f.error?.code ?? null)).toEqual([null, 'unsupported']);
  });

  it('reports a path that does not exist, and exits 2 when nothing else was read', async () => {
    const { code, stdout } = await run(['check', 'no/such/file.md', ...PACK]);
    expect(code).toBe(2);
    expect(stdout).toContain('no such file, folder or matching glob');
  });

  it('exits 2 with one line when a folder holds no documents', async () => {
    const { code, stderr } = await run(['check', '.'], folder({ 'x.json': '{}' }));
    expect(code).toBe(2);
    expect(stderr).toBe('copylint: no documents (.md .markdown .txt .docx .pdf) found in .: name files or folders that hold some\n');
  });

  it('exits 2 with one line naming the file and node for a bad pack', async () => {
    const { code, stderr, stdout } = await run(['check', 'fixtures/text', '--pack', 'fixtures/packs/bad/unknown-key.yaml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('copylint: fixtures/packs/bad/unknown-key.yaml:10:5: unknown key "mach" in rule (allowed: id, severity, message, basis, suggestion, replace, fix, match, unless, require, classes, skip-classes, cases, examples)\n');
  });

  it('exits 2 on a bad flag', async () => {
    expect(await run(['check', '--bogus'])).toEqual({ code: 2, stdout: '', stderr: 'copylint: unknown option \'--bogus\'; see "copylint check --help"\n' });
  });

  it('writes --output atomically and prints nothing', async () => {
    const dir = folder({ 'a.txt': '零风险\n' });
    const { code, stdout } = await run(['check', 'a.txt', '--format', 'json', '--output', 'report.json', '--pack', join(root, PACK[1])], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors).toBe(1);
  });
});

describe('copylint rules', () => {
  it('lists rules one a line', async () => {
    const { code, stdout } = await run(['rules', 'list', ...PACK]);
    expect(code).toBe(0);
    expect(stdout).toContain('  fixture/guarantee       error    承诺保本或无风险');
  });

  it('shows one rule', async () => {
    const { stdout } = await run(['rules', 'show', 'fixture/expected-yield', ...PACK]);
    expect(stdout).toContain('fix        replace with 业绩比较基准');
    expect(stdout).toContain('defined    fixtures/packs/fixture-terms.yaml:');
  });

  it('fails a rule test with file:line: rule-id: expected … got …', async () => {
    const dir = folder({
      'p.yaml': 'format: 2\nid: p\nname: P\nversion: 1\nrules:\n  - id: r\n    severity: warning\n    message: m\n    basis: b\n    match: { words: [保本] }\n    examples:\n      flag: [\'{保本}\', \'{保 本}\', \'销量\\{第一\\}{保本}\', \'保本{保本}\']\n      pass: [不承诺保本]\n',
    });
    const { code, stdout } = await run(['rules', 'test', 'p.yaml'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('p.yaml:12: p/r: expected 保本{保本}, got {保本}{保本}\np.yaml:13: p/r: expected no finding in 不承诺保本, got 不承诺{保本}\nexamples: 3 passed, 2 failed\n');
  });
});
