import type { FileResult, Severity, Summary } from '../types.js';

export function summarize(files: readonly FileResult[]): Summary {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, unreadable: 0, baselined: 0, suppressed: 0 };
  for (const file of files) {
    if (file.error) summary.unreadable++;
    summary.suppressed += file.suppressed.length;
    for (const finding of file.findings) summary[PLURAL[finding.severity]]++;
  }
  return summary;
}

const PLURAL: Record<Severity, 'errors' | 'warnings' | 'infos'> = { error: 'errors', warning: 'warnings', info: 'infos' };

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

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
 * could be read; 1 for a finding at or above `failOn` (baselined and suppressed ones are no
 * longer in `files`; with --fix, only those that remain), for more warnings than
 * `maxWarnings`, for an unreadable file unless allowed, for a fixed file that could not be
 * written, or for a stale baseline entry reported with --report-stale-baseline; 0 otherwise.
 */
export function exitCodeFor(files: readonly FileResult[], policy: ExitPolicy, facts?: RunFacts): 0 | 1 | 2 {
  const nothingRead = facts ? facts.nothingRead : files.length > 0 && files.every((file) => file.error);
  if (nothingRead) return 2;
  if (facts?.staleReported) return 1;
  if (!policy.allowUnreadable && files.some((file) => file.error)) return 1;
  if (files.some((file) => file.fix?.writeError)) return 1;
  const failing = files.some((file) => file.findings.some((f) => RANK[f.severity] >= RANK[policy.failOn]));
  return failing || tooManyWarnings(files, policy) !== null ? 1 : 0;
}

/** The number of warnings when it is over the limit, else null. */
export function tooManyWarnings(files: readonly FileResult[], policy: ExitPolicy): number | null {
  const limit = policy.maxWarnings ?? -1;
  if (limit < 0) return null;
  const warnings = files.reduce((n, file) => n + file.findings.filter((f) => f.severity === 'warning').length, 0);
  return warnings > limit ? warnings : null;
}
