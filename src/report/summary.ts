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
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, unreadable: 0, unlisted: 0, baselined: 0, suppressed: 0 };
  for (const file of files) {
    if (file.error) summary.unreadable++;
    summary.suppressed += file.suppressed.length;
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
  /** More warnings than this in the whole run fail it; null or negative: no limit. */
  maxWarnings?: number | null;
}

/** What a baseline left of a run: whether anything at all could be read, and the stale entries reported. */
export interface RunFacts {
  nothingRead: boolean;
  staleReported: number;
}

/**
 * The one place a check's exit code is decided (README, "Exit codes"): 2 when not one file
 * could be read; 1 for a finding at or above `failOn` (listed or not; baselined and suppressed
 * ones are no longer in `files`; with --fix, only those that remain), for more warnings than
 * `maxWarnings`, for an unreadable file unless allowed, for a fixed file that could not be
 * written, or for a stale baseline entry reported with --report-stale-baseline; 0 otherwise.
 */
export function exitCodeFor(files: readonly FileResult[], policy: ExitPolicy, facts?: RunFacts): 0 | 1 | 2 {
  const nothingRead = facts ? facts.nothingRead : files.length > 0 && files.every((file) => file.error);
  if (nothingRead) return 2;
  if (facts?.staleReported) return 1;
  if (!policy.allowUnreadable && files.some((file) => file.error)) return 1;
  if (files.some((file) => file.fix?.writeError)) return 1;
  const failing = files.some((file) => {
    const counts = countsOf(file);
    return SEVERITIES.some((severity) => RANK[severity] >= RANK[policy.failOn] && counts[severity] > 0);
  });
  return failing || tooManyWarnings(files, policy) !== null ? 1 : 0;
}

/** The number of warnings (listed or not) when it is over the limit, else null. */
export function tooManyWarnings(files: readonly FileResult[], policy: ExitPolicy): number | null {
  const limit = policy.maxWarnings ?? -1;
  if (limit < 0) return null;
  const warnings = files.reduce((n, file) => n + countsOf(file).warning, 0);
  return warnings > limit ? warnings : null;
}
