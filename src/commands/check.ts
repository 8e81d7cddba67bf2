import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { applyBaseline } from '../baseline/apply.js';
import { Configs } from '../config/configs.js';
import { formatOf } from '../extract/index.js';
import { FileChecker } from '../file-checker.js';
import type { FixedFile, FixMode } from '../fix/run.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import type { Loaded } from '../packs/types.js';
import { exitCodeFor, summarize, tooManyWarnings, type ExitPolicy } from '../report/summary.js';
import type { RepoPaths } from '../repo.js';
import { ruleIdsOf } from '../rule-ids.js';
import { selectTargets, type Selection } from '../select.js';
import { unreadFile, type BaselineEntry, type FileResult, type Report } from '../types.js';
import { VERSION } from '../version.js';
import { stdinSelection, type StdinInput } from './stdin.js';

export interface CheckOptions extends ExitPolicy {
  paths: string[];
  ignore: string[];
  cwd: string;
  /** The report files (absolute, with the flag that named them), which are never checked themselves. */
  outputs: Array<{ path: string; flag: string }>;
  /** Findings to accept (--baseline), and whether to report entries that no longer match. */
  baseline?: { entries: BaselineEntry[]; reportStale: boolean; paths: RepoPaths };
  /** Keep the match detail: which words and rule part matched, the document's classes, exempted hits. */
  explain?: boolean;
  /** Where the configuration comes from; none given: no configuration. */
  configs?: Configs;
  /** Report only errors; the exit code still counts every finding. */
  quiet?: boolean;
  reportUnusedDisable?: boolean;
  /** --changed: only these files (absolute paths). */
  changed?: ReadonlySet<string> | null;
  /** --stdin: check this text instead of files. */
  stdin?: StdinInput | null;
  /** Apply the findings' fixes to markdown and text files, or only show them as a diff. */
  fix?: FixMode | null;
  limits?: Limits;
  /** Follow symbolic links in folders, to targets inside the paths given. */
  followSymlinks?: boolean;
}

export interface CheckOutcome {
  report: Report;
  exitCode: 0 | 1 | 2;
  /** Lines for standard error: ignored files named on the command line, too many warnings. */
  notes: string[];
  /** With --fix-dry-run: the unified diff of every file's fixes. */
  patch: string;
}

/** Files checked at once, each in its own worker: one per core, and not so many that their memory adds up. */
const WORKERS = Math.max(1, Math.min(availableParallelism(), 4));

/**
 * discover → check each file independently, in a worker that can be stopped → one report and its
 * exit code. The packs are compiled in the worker, where they are used.
 */
export async function runCheck(loaded: Loaded, options: CheckOptions): Promise<CheckOutcome | null> {
  const configs = options.configs ?? new Configs(options.cwd, { kind: 'none' });
  const ids = ruleIdsOf(loaded);
  const reportUnusedDisable = Boolean(options.reportUnusedDisable);
  const limits = options.limits ?? DEFAULT_LIMITS;
  // The first worker compiles the packs while the documents are being found.
  const checkers = [new FileChecker(loaded, limits)];
  checkers[0].warm();
  let selection: Selection;
  let results: FixedFile[];
  try {
    selection = options.stdin
      ? stdinSelection(options.stdin, options.cwd, options.ignore, configs, ids, reportUnusedDisable)
      : await selectTargets({ ...options, configs, ids, reportUnusedDisable, changed: options.changed ?? null, followSymlinks: Boolean(options.followSymlinks) });
    if (!selection.selected.length && !selection.leftOut) return null;
    while (checkers.length < Math.min(WORKERS, selection.selected.length)) checkers.push(new FileChecker(loaded, limits));
    results = await mapInOrder(selection.selected, checkers, ({ target, settings }, checker): Promise<FixedFile> => {
      if (target.error) return Promise.resolve({ file: unreadFile(target.display, null, target.error), patch: '' });
      const stdin = options.stdin ?? null;
      const format = stdin ? formatOf(target.display) ?? 'markdown' : formatOf(target.path);
      return checker.check({ path: target.path, display: target.display, format, settings, explain: Boolean(options.explain), bytes: stdin?.bytes ?? null, fix: options.fix ?? null });
    });
  } finally {
    await Promise.all(checkers.map((checker) => checker.close()));
  }
  const files = results.map(({ file }) => file);
  const kept = options.baseline ? applyBaseline(files, options.baseline.entries, options.baseline.paths, (path) => existsSync(resolve(options.baseline!.paths.root, path))) : null;
  const counted = kept?.files ?? files;
  const notes = [...selection.notes];
  const warnings = tooManyWarnings(counted, options);
  if (warnings !== null) notes.push(`${warnings} warning${warnings === 1 ? '' : 's'}, more than the ${options.maxWarnings} allowed (--max-warnings or maxWarnings): fix some, or raise the limit`);
  const shown = options.quiet ? counted.map(errorsOnly) : counted;
  const report: Report = {
    tool: { name: 'copylint', version: VERSION },
    packs: loaded.packs.map(({ id, version, sha256 }) => ({ id, version, sha256 })),
    files: shown,
    summary: { ...summarize(shown), files: files.length, baselined: kept?.baselined ?? 0, ...(options.fix ? { fixed: files.reduce((n, f) => n + (f.fix?.applied ?? 0), 0) } : {}) },
  };
  const stale = options.baseline?.reportStale ? kept!.stale : [];
  if (options.baseline?.reportStale) report.staleBaseline = stale;
  const nothingRead = files.length > 0 && files.every((file) => file.error);
  return { report, exitCode: exitCodeFor(counted, options, { nothingRead, staleReported: stale.length }), notes, patch: results.map(({ patch }) => patch).join('') };
}

function errorsOnly(file: FileResult): FileResult {
  return { ...file, findings: file.findings.filter((f) => f.severity === 'error') };
}

/** Runs `work` over `items`, one lane per worker; results keep the items' order. */
async function mapInOrder<T, W, R>(items: readonly T[], workers: readonly W[], work: (item: T, worker: W) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (worker: W) => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i], worker);
  };
  await Promise.all(workers.slice(0, items.length).map(lane));
  return results;
}
