import { realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** rules/ beside src/ and dist/, wherever the package is installed. */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../rules/', import.meta.url));

/** A path as a report shows it: relative inside the working folder, absolute outside it (never `../../…`). */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return path;
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}

/** The file's stats, following links; null when it does not exist or cannot be reached. */
export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The path with every link resolved; null when it leads nowhere. */
export function realOrNull(path: string): string | null {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
}
