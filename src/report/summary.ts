import type { FileResult, Severity, Summary } from '../types.js';

export function summarize(files: readonly FileResult[]): Summary {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  for (const file of files) {
    if (file.error) summary.unreadable++;
    for (const finding of file.findings) summary[PLURAL[finding.severity]]++;
  }
  return summary;
}

const PLURAL: Record<Severity, 'errors' | 'warnings' | 'infos'> = { error: 'errors', warning: 'warnings', info: 'infos' };

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The one place the exit code is decided: 1 if any finding is at or above `failOn`. */
export function exitCodeFor(files: readonly FileResult[], failOn: Severity): 0 | 1 | 2 {
  if (files.length > 0 && files.every((file) => file.error)) return 2;
  const failing = files.some((file) => file.findings.some((f) => RANK[f.severity] >= RANK[failOn]));
  return failing ? 1 : 0;
}
