import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;

/**
 * A folder the operating system refuses to list. Root reads any folder, so as root the check runs
 * as `nobody` through setpriv (util-linux); the repository must then be readable by everyone.
 */
function runUnprivileged(args: string[], cwd: string) {
  const command = [process.execPath, join(root, 'bin/copylint.js'), ...args];
  const asRoot = process.getuid?.() === 0;
  const [file, ...rest] = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command] : command;
  const run = spawnSync(file, rest, { cwd, encoding: 'utf8' });
  if (run.error) throw new Error(`cannot run ${file} (${run.error.message}): install util-linux, which has setpriv`);
  return run;
}

describe('a folder that cannot be listed, for real', () => {
  it('is one unreadable entry, and the documents beside it are checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-locked-'));
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'a.md'), '本产品保本保息\n');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked/b.md'), '零风险\n');
    writeFileSync(join(dir, 'c.md'), '零风险\n');
    chmodSync(join(dir, 'locked'), 0o000);
    const run = runUnprivileged(['check', '.', '--format', 'json', '--pack', join(root, 'fixtures/packs/fixture-terms.yaml')], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { path: string; error: unknown; findings: unknown[] }) => [f.path, f.error, f.findings.length])).toEqual([
      ['a.md', null, 1],
      ['c.md', null, 1],
      ['locked', { code: 'unreadable', message: 'folder cannot be read (permission denied): the documents in it were not checked; check its permissions' }, 0],
    ]);
    chmodSync(join(dir, 'locked'), 0o755);
  });
});
