import { fingerprints } from '../fingerprint.js';
import { fromRoot, type RepoPaths } from '../repo.js';
import type { BaselineEntry, FileResult } from '../types.js';

export interface Baselined {
  /** The files with every baselined finding taken out; a baselined unreadable file is left out whole. */
  files: FileResult[];
  baselined: number;
  /** Entries of files checked in this run (or no longer there) that matched nothing. */
  stale: BaselineEntry[];
}

/** Splits a run's findings into new ones and those the baseline accepts. `exists` tells whether a baselined path is still there. */
export function applyBaseline(files: readonly FileResult[], entries: readonly BaselineEntry[], paths: RepoPaths, exists: (path: string) => boolean): Baselined {
  const unmatched = new Map(entries.map((entry) => [entry.fingerprint, entry]));
  const checkedPaths = new Set<string>();
  let baselined = 0;
  const kept: FileResult[] = [];
  for (const file of files) {
    const path = fromRoot(file.path, paths);
    checkedPaths.add(path);
    const prints = fingerprints(path, file);
    const known = (i: number) => unmatched.delete(prints[i]);
    if (file.error) {
      if (known(0)) baselined++;
      else kept.push(file);
      continue;
    }
    const findings = file.findings.filter((_, i) => !known(i));
    baselined += file.findings.length - findings.length;
    kept.push(findings.length === file.findings.length ? file : { ...file, findings });
  }
  const stale = [...unmatched.values()].filter((entry) => checkedPaths.has(entry.path) || !exists(entry.path));
  return { files: kept, baselined, stale };
}
