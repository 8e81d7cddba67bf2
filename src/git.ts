import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { UserError } from './user-error.js';

const DEPTH_HINT = 'fetch more history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)';

/**
 * The files --changed checks: those that differ in the working tree (staged or not) from the
 * merge base of HEAD and `since` (default: origin/HEAD, or HEAD itself when there is no
 * origin/HEAD), and untracked files not ignored by git. Deleted files are not listed.
 */
export function changedFiles(cwd: string, since: string | null): Set<string> {
  // The top level as seen from the working folder (not git's real path), so that paths compare equal.
  const up = git(cwd, ['rev-parse', '--show-cdup'], () => "--changed: the working folder is not inside a git repository: run copylint in one, or name the files to check").trim();
  const top = resolve(cwd, up);
  const shallow = git(top, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  if (!succeeds(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) throw new UserError('--changed: the repository has no commit yet: commit once, or name the files to check');
  const base = baseOf(top, since, shallow);
  const listed = [
    ...split(git(top, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', base, '--'])),
    ...split(git(top, ['ls-files', '--others', '--exclude-standard', '-z'])),
  ];
  return new Set(listed.map((file) => join(top, file)));
}

function baseOf(top: string, since: string | null, shallow: boolean): string {
  const ref = since ?? (succeeds(top, ['rev-parse', '--verify', '--quiet', 'origin/HEAD^{commit}']) ? 'origin/HEAD' : null);
  if (ref === null) {
    if (shallow) throw new UserError(`--changed: this clone is shallow and has no origin/HEAD: name the base branch with --since (e.g. --since origin/main) and ${DEPTH_HINT}`);
    return 'HEAD';
  }
  if (!succeeds(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) {
    throw new UserError(`--since ${ref}: no such branch, tag or commit here: check the name, or fetch it first (git fetch origin <branch>)`);
  }
  const found = run(top, ['merge-base', 'HEAD', ref]);
  if (found.status === 0) return found.stdout.trim();
  if (shallow) throw new UserError(`--changed: this clone is shallow and does not reach where HEAD and ${ref} meet: ${DEPTH_HINT}`);
  throw new UserError(`--changed: HEAD and ${ref} share no history: name another base with --since`);
}

function split(listing: string): string[] {
  return listing.split('\0').filter(Boolean);
}

function git(cwd: string, args: string[], onFailure?: () => string): string {
  const result = run(cwd, args);
  if (result.status !== 0) throw new UserError(onFailure?.() ?? `--changed: git ${args[0]} failed: ${result.stderr.trim().split('\n')[0]}`);
  return result.stdout;
}

function succeeds(cwd: string, args: string[]): boolean {
  return run(cwd, args).status === 0;
}

function run(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new UserError(`--changed: cannot run git (${(result.error as NodeJS.ErrnoException).code ?? result.error.message}): install git, or name the files to check`);
  return result;
}
