import fs, { lstatSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { followLinks, globRecording, type Walked } from './discover-walk.js';
import { formatOf, SUPPORTED_EXTENSIONS } from './extract/index.js';
import { displayPath, realOrNull } from './paths.js';

export interface Target {
  /** Absolute path. */
  path: string;
  /** Path as shown in reports: relative inside the working folder, absolute outside it. */
  display: string;
  /** Named on the command line (an unknown type is then an error, not skipped). */
  explicit: boolean;
  /** Not a document to read: the argument matched nothing, or a folder could not be listed. */
  error?: { code: string; message: string };
}

export interface DiscoverOptions {
  /** Follow symbolic links found in folders, to targets inside the folders named. */
  followSymlinks?: boolean;
  /** How folders are listed (fs.readdir; a test stands in one that fails). */
  readdir?: typeof fs.readdir;
}

const DOCUMENTS = `**/*.{${SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Files, folders (recursive, hidden folders skipped) and globs → the documents to check, sorted,
 * each once however many paths lead to it.
 */
export async function discover(args: readonly string[], ignore: readonly string[], cwd: string, discoverOptions: DiscoverOptions = {}): Promise<Target[]> {
  // Symbolic links are not followed: a link back up the tree would be walked forty levels deep.
  const options = { cwd, absolute: true, dot: false, caseSensitiveMatch: false, onlyFiles: true, followSymbolicLinks: false, ignore: [...ALWAYS_IGNORED, ...ignore] };
  const found = new Map<string, Target>();
  const add = (path: string, explicit: boolean, error?: Target['error']) => {
    const key = error ? path : realOrNull(path) ?? path;
    if (!found.has(key)) found.set(key, { path, display: displayPath(path, cwd), explicit, ...(error ? { error } : {}) });
  };
  const addWalked = ({ files, unread }: Walked) => {
    for (const file of files) add(file, false);
    for (const folder of unread) add(folder.path, false, unreadFolder(folder.code));
  };
  const argList = args.length ? args : ['.'];
  const roots = discoverOptions.followSymlinks ? argList.map((arg) => realOrNull(resolve(cwd, arg))).filter((r): r is string => r !== null) : [];
  for (const arg of argList) {
    const path = resolve(cwd, arg);
    const kind = kindOf(path);
    if (kind === 'file') {
      add(path, true);
      continue;
    }
    // Loaded only for folders and globs: a pre-commit hook names files.
    const { default: fg } = await import('fast-glob');
    if (kind === 'dir') {
      const base = fg.convertPathToPattern(globBase(path, cwd));
      addWalked(await globRecording(fg, `${base}/${DOCUMENTS}`, options, discoverOptions.readdir));
      if (discoverOptions.followSymlinks) addWalked(await followLinks(fg, path, roots, (folder) => fg.convertPathToPattern(globBase(folder, cwd)), DOCUMENTS, options));
    } else if (kind !== 'none') {
      add(path, true, kind);
    } else if (fg.isDynamicPattern(arg)) {
      const { files, unread } = await globRecording(fg, arg, options);
      if (!files.length && !unread.length) add(path, true, NOT_FOUND);
      addWalked({ files: files.filter((file) => formatOf(file)), unread });
    } else add(path, true, NOT_FOUND);
  }
  return [...found.values()].sort((a, b) => a.display.localeCompare(b.display));
}

const NOT_FOUND = { code: 'not-found', message: 'no such file, folder or matching glob' };

function unreadFolder(code: string): NonNullable<Target['error']> {
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
  return { code: 'unreadable', message: `folder cannot be read (${why}): the documents in it were not checked; check its permissions` };
}

/** Inside the working folder, glob relative to it, so that `--ignore drafts/**` means what it says. */
function globBase(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** What a path names; a path that exists but cannot be followed is an error of its own, not "not found". */
function kindOf(path: string): 'file' | 'dir' | 'none' | NonNullable<Target['error']> {
  try {
    return statSync(path).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { code: 'unreadable', message: 'symbolic link loop: the link never reaches a file; fix or remove it' };
    if (code === 'EACCES' || code === 'EPERM') return { code: 'unreadable', message: 'permission denied: check the permissions of the folders on its path' };
    if (code === 'ENOENT' && isSymbolicLink(path)) return { code: 'not-found', message: 'broken symbolic link: what it points to does not exist' };
    return 'none';
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
