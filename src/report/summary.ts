import type { FileResult, Severity, Summary } from '../types.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const PLURAL: Record<Severity, 'errors' | 'warnings' | 'infos'> = { error: 'errors', warning: 'warnings', info: 'infos' };
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A file's findings by severity, those listed and those past --max-findings-per-file. */
export function countsOf(file: FileResult): Record<Severity, number> {
  const counts = { error: file.unlisted?.error ?? 0, warning: file.unlisted?.warning ?? 0, info: file.unlisted?.info ?? 0 };
  for (const finding of file.findings) counts[finding.severity]++;
  return counts;
}

export function summarize(files: readonly FileResult[]): Summary {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, unreadable: 0, unlisted: 0 };
  for (const file of files) {
    if (file.error) summary.unreadable++;
    const counts = countsOf(file);
    for (const severity of SEVERITIES) {
      summary[PLURAL[severity]] += counts[severity];
      summary.unlisted += file.unlisted?.[severity] ?? 0;
    }
  }
  return summary;
}

export interface ExitPolicy {
  failOn: Severity;
  /** Unreadable files are reported but do not fail the run. */
  allowUnreadable: boolean;
}

/**
 * The one place a check's exit code is decided (README, "Exit codes"): 2 when not one file
 * could be read; 1 for a finding at or above `failOn` (listed or not), or for an unreadable
 * file unless allowed; 0 otherwise.
 */
export function exitCodeFor(files: readonly FileResult[], policy: ExitPolicy): 0 | 1 | 2 {
  if (files.length > 0 && files.every((file) => file.error)) return 2;
  if (!policy.allowUnreadable && files.some((file) => file.error)) return 1;
  const failing = files.some((file) => {
    const counts = countsOf(file);
    return SEVERITIES.some((severity) => RANK[severity] >= RANK[policy.failOn] && counts[severity] > 0);
  });
  return failing ? 1 : 0;
}
