import fs from 'node:fs';
import { sep } from 'node:path';
import type FastGlob from 'fast-glob';
import { formatOf } from './extract/index.js';
import { realOrNull, statOrNull } from './paths.js';

/** A folder that could not be listed: its documents were not checked, and the report says so. */
export interface UnreadFolder {
  path: string;
  code: string;
}

export interface Walked {
  files: string[];
  unread: UnreadFolder[];
}

type Glob = typeof FastGlob;
type Options = FastGlob.Options;
type Callback = (error: NodeJS.ErrnoException | null, entries?: unknown) => void;

/**
 * Runs fast-glob, recording each folder it cannot list instead of stopping the walk there:
 * one unreadable folder must not hide the documents beside it.
 */
export async function globRecording(fg: Glob, pattern: string, options: Options, listFolder: typeof fs.readdir = fs.readdir): Promise<Walked> {
  const unread: UnreadFolder[] = [];
  const readdir = (path: string, ...rest: unknown[]) => {
    const callback = rest.pop() as Callback;
    const record: Callback = (error, entries) => {
      if (error && error.code !== 'ENOENT') unread.push({ path, code: error.code ?? 'EIO' });
      callback(error, entries);
    };
    if (rest.length) listFolder(path, rest[0] as { withFileTypes: true }, record);
    else listFolder(path, record);
  };
  const files = await fg(pattern, { ...options, suppressErrors: true, fs: { readdir: readdir as unknown as typeof fs.readdir } });
  return { files, unread };
}

/**
 * With --follow-symlinks: the documents behind the symbolic links under `root`, followed only to
 * targets inside one of `roots` (real paths), each folder once, so a link back up the tree is not
 * walked again. Paths are shown through the link, as the user sees them; `baseOf` gives a folder's
 * base for a glob, so that --ignore applies behind links too.
 */
export async function followLinks(fg: Glob, root: string, roots: readonly string[], baseOf: (folder: string) => string, documents: string, options: Options): Promise<Walked> {
  const walked = new Set<string>([realOrNull(root) ?? root]);
  const out: Walked = { files: [], unread: [] };
  const pending = [root];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    for (const link of await linksUnder(fg, baseOf(folder), options)) {
      const target = realOrNull(link);
      if (!target || !roots.some((root) => isInside(target, root))) continue;
      const stat = statOrNull(link);
      if (stat?.isFile() && formatOf(link)) out.files.push(link);
      if (!stat?.isDirectory() || walked.has(target)) continue;
      walked.add(target);
      const inside = await globRecording(fg, `${baseOf(link)}/${documents}`, options);
      for (const file of inside.files) out.files.push(file);
      for (const folderError of inside.unread) out.unread.push(folderError);
      pending.push(link);
    }
  }
  return out;
}

/** Symbolic links anywhere under `folder`, not followed; folders that cannot be listed are left to the documents walk to report. */
async function linksUnder(fg: Glob, base: string, options: Options): Promise<string[]> {
  const entries = await fg(`${base}/**`, { ...options, onlyFiles: false, objectMode: true, suppressErrors: true });
  return entries.filter((entry) => entry.dirent.isSymbolicLink()).map((entry) => entry.path);
}

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
