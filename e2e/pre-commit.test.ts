import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const GIT_USER = ['-c', 'user.name=copylint e2e', '-c', 'user.email=e2e@copylint.invalid', '-c', 'commit.gpgsign=false'];

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', [...GIT_USER, ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/**
 * pre-commit installs a hook from a commit of its repository, so the working tree as it is
 * (tracked files and new ones git does not ignore, changed or not) is committed into a
 * repository of its own: the hook then runs exactly the code under test.
 */
function snapshotOfWorkingTree(): string {
  const copy = mkdtempSync(join(tmpdir(), 'copylint-hook-repo-'));
  const files = git(root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(root, file), join(copy, file));
  }
  git(copy, 'init', '-q');
  git(copy, 'add', '-A');
  git(copy, 'commit', '-q', '-m', 'working tree under test');
  return copy;
}

/** A project that uses the hook: one document with a violation, one without. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copylint-hook-user-'));
  git(dir, 'init', '-q');
  writeFileSync(join(dir, 'bad.md'), '# 鑫享理财\n\n本理财产品保本保息。\n');
  writeFileSync(join(dir, 'clean.md'), '# 营业时间调整\n\n本行营业时间自下周一起调整为9:00至17:00，敬请留意。\n');
  git(dir, 'add', '-A');
  return dir;
}

/** `pre-commit try-repo`: installs the hook with npm from the npm registry into a store of its own, then runs it. */
function tryRepo(repo: string, cwd: string, file: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn('pre-commit', ['try-repo', repo, 'copylint', '--files', file], { cwd, env: { ...process.env, PRE_COMMIT_COLOR: 'never' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}

describe('the pre-commit hook, run by pre-commit itself', () => {
  it('is installed by `pre-commit try-repo`, fails on a violation with the finding, passes a clean file', async () => {
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    expect(version.error, 'pre-commit is not installed: apt-get install pre-commit (listed in .ci/debian-packages)').toBeUndefined();
    const repo = snapshotOfWorkingTree();
    const user = project();
    const [bad, clean] = await Promise.all([tryRepo(repo, user, 'bad.md'), tryRepo(repo, user, 'clean.md')]);

    expect(bad.output).toMatch(/^copylint\.+Failed$/m);
    expect(bad.output).toContain('- exit code: 1');
    expect(bad.output).toMatch(/^bad\.md\n {2}3:6 +error +明示或暗示保本、保息、保收益或刚性兑付 +cn-financial\/principal-guarantee$/m);
    expect(bad.status).toBe(1);

    expect(clean.output).toMatch(/^copylint\.+Passed$/m);
    expect(clean.status, clean.output).toBe(0);
  }, 900_000);
});
