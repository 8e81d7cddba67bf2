import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

const PACK = new URL('../fixtures/packs/fixture-terms.yaml', import.meta.url).pathname;
const GIT_USER = ['-c', 'user.name=copylint test', '-c', 'user.email=test@copylint.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', [...GIT_USER, ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/**
 * A project on a branch: main holds four documents; the branch changes one, adds one, deletes
 * one; then, uncommitted, one more is edited (and staged), one created, one created that git ignores.
 */
function scratchRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copylint-git-'));
  git(dir, 'init', '-q');
  write(dir, { 'old.md': '保本\n', 'kept.md': '零风险\n', 'gone.md': '保本\n', 'docs/plan.md': '国家级\n' });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'main');
  git(dir, 'checkout', '-q', '-b', 'feature');
  write(dir, { 'old.md': '保本保息\n', 'new.md': '稳赚不赔\n' });
  rmSync(join(dir, 'gone.md'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'feature');
  write(dir, { 'docs/plan.md': '国家级品质\n', 'draft.md': '无风险\n', 'ignored.md': '保本\n', '.gitignore': 'ignored.md\n' });
  git(dir, 'add', 'docs/plan.md');
  return dir;
}

const paths = (stdout: string) => JSON.parse(stdout).files.map((f: { path: string }) => f.path);

describe('--changed', () => {
  it('checks documents changed since the merge base with --since, staged or not, and untracked ones', async () => {
    const dir = scratchRepository();
    const { code, stdout } = await run(['check', '--changed', '--since', 'main', '--format', 'json', '--pack', PACK], dir);
    expect(code).toBe(1);
    expect(paths(stdout)).toEqual(['docs/plan.md', 'draft.md', 'new.md', 'old.md']);
  });

  it('without --since and without origin/HEAD, checks what differs from HEAD', async () => {
    const dir = scratchRepository();
    const { stdout } = await run(['check', '--changed', '--format', 'json', '--pack', PACK], dir);
    expect(paths(stdout)).toEqual(['docs/plan.md', 'draft.md']);
  });

  it('defaults to the merge base with origin/HEAD when a clone has one', async () => {
    const upstream = scratchRepository();
    git(upstream, 'checkout', '-q', 'main');
    const dir = mkdtempSync(join(tmpdir(), 'copylint-clone-'));
    git(dir, 'clone', '-q', upstream, '.');
    git(dir, 'checkout', '-q', '-b', 'work');
    write(dir, { 'kept.md': '零风险，保本\n' });
    git(dir, 'commit', '-q', '-am', 'work');
    const { stdout } = await run(['check', '--changed', '--format', 'json', '--pack', PACK], dir);
    expect(paths(stdout)).toEqual(['kept.md']);
  });

  it('keeps to the paths named, and --since alone implies --changed', async () => {
    const dir = scratchRepository();
    const { stdout } = await run(['check', 'docs', '--since', 'main', '--format', 'json', '--pack', PACK], dir);
    expect(paths(stdout)).toEqual(['docs/plan.md']);
  });

  it('is a clean run, exit 0, when no document changed', async () => {
    const dir = scratchRepository();
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'all');
    expect(await run(['check', '--changed', '--pack', PACK], dir)).toEqual({ code: 0, stdout: '✔ 0 findings (0 errors, 0 warnings, 0 infos) in 0 files\n', stderr: '' });
  });

  it('says to fetch more history in a shallow clone, exit 2', async () => {
    const upstream = scratchRepository();
    const dir = mkdtempSync(join(tmpdir(), 'copylint-shallow-'));
    git(dir, 'clone', '-q', '--depth', '1', '--no-single-branch', `file://${upstream}`, '.');
    const since = await run(['check', '--changed', '--since', 'origin/main', '--pack', PACK], dir);
    expect(since).toEqual({
      code: 2,
      stdout: '',
      stderr: 'copylint: --changed: this clone is shallow and does not reach where HEAD and origin/main meet: fetch more history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)\n',
    });
    git(dir, 'remote', 'set-head', 'origin', '--delete');
    const fallback = await run(['check', '--changed', '--pack', PACK], dir);
    expect(fallback.code).toBe(2);
    expect(fallback.stderr).toBe('copylint: --changed: this clone is shallow and has no origin/HEAD: name the base branch with --since (e.g. --since origin/main) and fetch more history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)\n');
  });

  it('names a ref that does not exist, and a folder outside git, exit 2', async () => {
    const dir = scratchRepository();
    expect(await run(['check', '--since', 'nope', '--pack', PACK], dir)).toEqual({
      code: 2, stdout: '', stderr: 'copylint: --since nope: no such branch, tag or commit here: check the name, or fetch it first (git fetch origin <branch>)\n',
    });
    const outside = mkdtempSync(join(tmpdir(), 'copylint-nogit-'));
    expect((await run(['check', '--changed', '--pack', PACK], outside)).stderr).toBe('copylint: --changed: the working folder is not inside a git repository: run copylint in one, or name the files to check\n');
  });
});
