import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Library, Loaded } from './types.js';

/** Written by the build (precompile.ts) beside the compiled code: the built-in packs and base lexicon, linked. */
const PRECOMPILED = new URL('../builtin-packs.json', import.meta.url);

interface Stored {
  key: string;
  packs: Loaded['packs'];
  library: { lexicons: Array<[string, unknown]>; exemptions: Array<[string, unknown]>; classes: Library['classes'] };
}

/** Identifies the exact bytes of the files a run would parse, in load order. */
export function sourcesKey(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export function serializeLoaded(key: string, loaded: Loaded): string {
  const stored = {
    key,
    packs: loaded.packs,
    library: { lexicons: [...loaded.library.lexicons], exemptions: [...loaded.library.exemptions], classes: loaded.library.classes },
  };
  return JSON.stringify(stored, (_k, value) => (value instanceof RegExp ? { $regexp: value.source, flags: value.flags } : value));
}

/** The linked built-in packs when the build stored them for these exact files, else null; every `file` relabelled. */
export function precompiledLoaded(key: string, relabel: (file: string) => string): Loaded | null {
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(PRECOMPILED, 'utf8'), (key, value) => {
      if (key === 'file' && typeof value === 'string') return relabel(value);
      return value && typeof value === 'object' && typeof value.$regexp === 'string' ? new RegExp(value.$regexp, value.flags) : value;
    });
  } catch {
    return null;
  }
  if (stored.key !== key) return null;
  return { packs: stored.packs, library: { ...stored.library, lexicons: new Map(stored.library.lexicons), exemptions: new Map(stored.library.exemptions) } as Library };
}
