import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PACK, folder, run } from './run.js';

const PACK = ['--pack', FIXTURE_PACK];

describe('--format name:file, repeatable', () => {
  it('serves a terminal and CI in one run: stylish on standard output, SARIF and JUnit in files', async () => {
    const dir = folder({}, { 'sms.txt': 'fixtures/text/sms-utf8.txt' });
    const { code, stdout, stderr } = await run(['check', 'sms.txt', ...PACK, '--format', 'sarif:out.sarif', '--format', 'stylish', '--format', 'junit:junit.xml'], dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^sms\.txt\n {2}1:12 +error/u);
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(5);
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toContain('<testsuites name="copylint" tests="5" failures="5" errors="0"');
    expect(readdirSync(dir).sort()).toEqual(['junit.xml', 'out.sarif', 'sms.txt']);
  });

  it('--output is where a --format without a file goes', async () => {
    const dir = folder({}, { 'sms.txt': 'fixtures/text/sms-utf8.txt' });
    const { stdout } = await run(['check', 'sms.txt', ...PACK, '--format', 'json', '--format', 'github:annotations.txt', '--output', 'report.json'], dir);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors).toBe(3);
    expect(readFileSync(join(dir, 'annotations.txt'), 'utf8').split('\n')[0]).toMatch(/^::error file=sms\.txt,line=1,col=12,/u);
  });

  it('never checks its own reports on the next run over the folder', async () => {
    const dir = folder({}, { 'sms.txt': 'fixtures/text/sms-utf8.txt' });
    const args = ['check', '.', ...PACK, '--format', 'markdown:comment.md', '--format', 'github:annotations.txt', '--format', 'junit:report.xml'];
    await run(args, dir);
    const second = await run([...args, '--format', 'json'], dir);
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout).files.map((f: { path: string }) => f.path)).toEqual(['sms.txt']);
  });

  it.each([
    [['--format', 'xml'], 'copylint: --format xml: not one of stylish, json, sarif, github, junit, markdown; see "copylint check --help"\n'],
    [['--format', 'json', '--format', 'sarif'], 'copylint: --format json and --format sarif both write to standard output: give one of them a file (--format sarif:report)\n'],
    [['--format', 'json', '--format', 'sarif', '--output', 'r.txt'], 'copylint: --output r.txt and --format sarif both write to r.txt: give each its own file\n'],
    [['--format', 'json:r.txt', '--format', 'sarif:./r.txt'], 'copylint: --format json:r.txt and --format sarif:./r.txt both write to r.txt: give each its own file\n'],
    [['--format', 'sarif:'], 'copylint: --format sarif:: name a file after the colon, or leave the colon out\n'],
    [['--format', 'sarif:sms.txt'], 'copylint: --format sarif:sms.txt: is a document being checked: write the report to another file\n'],
    [['--format', 'sarif:missing/out.sarif'], 'copylint: --format sarif:missing/out.sarif: the folder missing does not exist: create it first\n'],
  ])('refuses %j with one line and exit 2, writing nothing', async (flags, message) => {
    const dir = folder({}, { 'sms.txt': 'fixtures/text/sms-utf8.txt' });
    const { code, stdout, stderr } = await run(['check', 'sms.txt', ...PACK, ...flags], dir);
    expect(stderr).toBe(message);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['sms.txt']);
    expect(readFileSync(join(dir, 'sms.txt'), 'utf8')).toContain('稳赚不赔');
  });
});
