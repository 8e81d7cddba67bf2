import { fingerprints, textFingerprints } from '../fingerprint.js';
import { fromRoot, type RepoPaths } from '../repo.js';
import type { BaselineEntry, FileResult } from '../types.js';

export interface Baselined {
  /** The files with every baselined finding taken out; a baselined unreadable file is left out whole. */
  files: FileResult[];
  baselined: number;
  /** Entries of files checked in this run (or no longer there) that matched nothing. */
  stale: BaselineEntry[];
}

/**
 * Splits a run's findings into new ones and those the baseline accepts: first by fingerprint
 * (text and context), then, for what is left on both sides, by text alone, so fixing one
 * finding does not make its neighbour in the sentence new. `exists` tells whether a
 * baselined path is still there.
 */
export function applyBaseline(files: readonly FileResult[], entries: readonly BaselineEntry[], paths: RepoPaths, exists: (path: string) => boolean): Baselined {
  const unmatched = new Set(entries);
  const byPrint = new Map(entries.map((entry) => [entry.fingerprint, entry]));
  const byText = new Map<string, BaselineEntry[]>();
  for (const entry of entries) byText.set(entry.textFingerprint, [...(byText.get(entry.textFingerprint) ?? []), entry]);
  const take = (entry: BaselineEntry | undefined) => entry !== undefined && unmatched.delete(entry);

  const checked = files.map((file) => {
    const path = fromRoot(file.path, paths);
    const count = file.error ? 1 : file.findings.length;
    const prints = fingerprints(path, file);
    return { file, path, prints, loose: textFingerprints(path, file), accepted: Array.from({ length: count }, (_, i) => take(byPrint.get(prints[i]))) };
  });
  for (const item of checked) {
    item.accepted = item.accepted.map((done, i) => done || take(byText.get(item.loose[i])?.find((entry) => unmatched.has(entry))));
  }

  let baselined = 0;
  const kept: FileResult[] = [];
  for (const { file, accepted } of checked) {
    baselined += accepted.filter(Boolean).length;
    if (file.error) {
      if (!accepted[0]) kept.push(file);
      continue;
    }
    const findings = file.findings.filter((_, i) => !accepted[i]);
    kept.push(findings.length === file.findings.length ? file : { ...file, findings });
  }
  const checkedPaths = new Set(checked.map((item) => item.path));
  const stale = [...unmatched].filter((entry) => checkedPaths.has(entry.path) || !exists(entry.path));
  return { files: kept, baselined, stale };
}
