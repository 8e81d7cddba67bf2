import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

const root = new URL('../', import.meta.url).pathname;
/** UTF-8 documents (the diff is UTF-8 text): markdown with CRLF, text with a BOM and CRLF, plain text. */
const FILES = ['brochure.md', 'notice-bom-crlf.txt', 'contacts.txt'];

/** The --fix-dry-run output for copies of the fixtures, and the folder holding them. */
async function dryRun(): Promise<{ dir: string; patch: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'copylint-diff-'));
  for (const file of FILES) copyFileSync(join(root, 'fixtures/fix', file), join(dir, file));
  let stdout = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: () => {}, cwd: dir, env: {}, isTTY: false };
  await main(['check', ...FILES, '--pack', join(root, 'fixtures/packs/fix-terms.yaml'), '--pack', 'pii', '--fix-dry-run'], io);
  writeFileSync(join(dir, 'fixes.patch'), stdout);
  return { dir, patch: stdout };
}

describe('the --fix-dry-run diff, read by real clients', () => {
  it('git apply takes it (report after it included), and applying it gives the bytes --fix writes', async () => {
    const { dir } = await dryRun();
    execFileSync('git', ['apply', '--check', 'fixes.patch'], { cwd: dir });
    execFileSync('git', ['apply', 'fixes.patch'], { cwd: dir });
    for (const file of FILES) expect(readFileSync(join(dir, file))).toEqual(readFileSync(join(root, 'fixtures/fix', `${file}.fixed`)));
  });

  it('patch takes it', async () => {
    const { dir, patch } = await dryRun();
    const out = execFileSync('patch', ['-p1', '--dry-run'], { cwd: dir, input: patch }).toString();
    expect(out.trim().split('\n')).toEqual([...FILES].sort().map((file) => `checking file ${file}`));
  });
});
