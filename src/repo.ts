import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Where report paths are taken from, so that CI formats and baselines name a file the same from any subfolder. */
export interface RepoPaths {
  /** git's top level, or the working folder outside git; real path. */
  root: string;
  /** The working folder, real path: report paths are relative to it. */
  cwd: string;
}

/** git's top level (`git rev-parse --show-toplevel`), or the working folder when it is not in a repository or git is missing. */
export function repoPaths(cwd: string): RepoPaths {
  const real = realpathSync(cwd);
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: real, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { root: top ? realpathSync(top) : real, cwd: real };
  } catch {
    return { root: real, cwd: real };
  }
}

/** A report path (relative to the working folder, or absolute) as a path from the repository root with `/`; absolute when outside it. */
export function fromRoot(path: string, paths: RepoPaths): string {
  const absolute = resolve(paths.cwd, path);
  const rel = relative(paths.root, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return absolute.split(sep).join('/');
  return rel.split(sep).join('/');
}

/** Is `path` (from fromRoot) inside the repository? */
export function insideRoot(path: string): boolean {
  return !path.startsWith('/') && !/^[A-Za-z]:\//u.test(path);
}
