import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { formatOf, SUPPORTED_EXTENSIONS } from './extract/index.js';
import { displayPath } from './paths.js';

export interface Target {
  /** Absolute path. */
  path: string;
  /** Path as shown in reports: relative inside the working folder, absolute outside it. */
  display: string;
  /** Named on the command line (an unknown type is then an error, not skipped). */
  explicit: boolean;
  /** The argument matched nothing. */
  missing?: boolean;
}

const DOCUMENTS = `**/*.{${SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Files, folders (recursive, hidden folders skipped) and globs → the documents to check, sorted. */
export async function discover(args: readonly string[], ignore: readonly string[], cwd: string): Promise<Target[]> {
  // Symbolic links are not followed: a link back up the tree would be walked forty levels deep.
  const options = { cwd, absolute: true, dot: false, caseSensitiveMatch: false, onlyFiles: true, followSymbolicLinks: false, ignore: [...ALWAYS_IGNORED, ...ignore] };
  const found = new Map<string, Target>();
  const add = (path: string, explicit: boolean, missing = false) => {
    if (!found.has(path)) found.set(path, { path, display: displayPath(path, cwd), explicit, missing });
  };
  for (const arg of args.length ? args : ['.']) {
    const path = resolve(cwd, arg);
    const kind = kindOf(path);
    if (kind === 'file') {
      add(path, true);
      continue;
    }
    // Loaded only for folders and globs: a pre-commit hook names files.
    const { default: fg } = await import('fast-glob');
    if (kind === 'dir') {
      const pattern = `${fg.convertPathToPattern(globBase(path, cwd))}/${DOCUMENTS}`;
      for (const file of await fg(pattern, options)) add(file, false);
    } else if (fg.isDynamicPattern(arg)) {
      const files = await fg(arg, options);
      if (!files.length) add(path, true, true);
      for (const file of files) if (formatOf(file)) add(file, false);
    } else add(path, true, true);
  }
  return [...found.values()].sort((a, b) => a.display.localeCompare(b.display));
}

/** Inside the working folder, glob relative to it, so that `--ignore drafts/**` means what it says. */
function globBase(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

function kindOf(path: string): 'file' | 'dir' | null {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}
