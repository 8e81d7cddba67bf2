import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flateBombPdf } from '../../fixtures/hostile/inputs.mjs';
import { root, run } from './run.js';

describe('--timeout-per-file', () => {
  // A PDF whose one content stream inflates to 300 MiB: let through the unpacked-size limit,
  // pdf.js takes many seconds over it.
  const dir = mkdtempSync(join(tmpdir(), 'copylint-timeout-'));

  it('stops a file that takes too long, reports it as timed out, and checks the next', async () => {
    writeFileSync(join(dir, 'a-bomb.pdf'), await flateBombPdf(300 * 1024 * 1024));
    writeFileSync(join(dir, 'b.md'), '本产品保本保息\n');
    writeFileSync(join(dir, 'c.md'), '零风险\n');
    const { code, stdout } = await run(['check', '.', '--format', 'json', '--timeout-per-file', '0.5', '--max-unzipped-size', '1GB'], dir);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { path: string; error: unknown; findings: unknown[] }) => [f.path, f.error, f.findings.length])).toEqual([
      ['a-bomb.pdf', { code: 'timeout', message: 'not checked: took longer than 0.5 s; raise --timeout-per-file if the file is genuine' }, 0],
      ['b.md', null, 1],
      ['c.md', null, 1],
    ]);
    expect(report.summary).toMatchObject({ files: 3, errors: 2, unreadable: 1 });
  }, 120_000);

  it('a run whose only file timed out exits 2, as when no file could be read', async () => {
    const { code, stdout } = await run(['check', 'a-bomb.pdf', '--timeout-per-file', '0.5', '--max-unzipped-size', '1GB'], dir);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^a-bomb\.pdf\n {2}unreadable {2}not checked: took longer than 0\.5 s; raise --timeout-per-file if the file is genuine {2}\(timeout\)\n/);
  }, 120_000);
});

describe('limit flags', () => {
  it.each([
    [['--timeout-per-file', 'soon'], 'copylint: --timeout-per-file soon: not a time: write seconds, such as 60 or 0.5\n'],
    [['--timeout-per-file', '0'], 'copylint: --timeout-per-file 0: not a time: write seconds, such as 60 or 0.5\n'],
    [['--max-file-size', '-1'], 'copylint: --max-file-size -1: not a size: write megabytes, such as 50 or 50MB (also KB, GB)\n'],
    [['--max-unzipped-size', 'lots'], 'copylint: --max-unzipped-size lots: not a size: write megabytes, such as 50 or 50MB (also KB, GB)\n'],
    [['--max-findings-per-file', '1.5'], 'copylint: --max-findings-per-file 1.5: not a whole number: write one such as 1000\n'],
    [['--max-pack-size', '0'], 'copylint: --max-pack-size 0: not a size: write megabytes, such as 50 or 50MB (also KB, GB)\n'],
  ])('%j is a usage error', async (flags, line) => {
    const { code, stdout, stderr } = await run(['check', 'fixtures/text/clean.txt', ...flags], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(line);
  });
});
