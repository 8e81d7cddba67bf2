import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { applyBaseline } from '../baseline/apply.js';
import { checkFile, checkSource } from '../check.js';
import { Configs } from '../config/configs.js';
import { formatOf } from '../extract/index.js';
import type { FixedFile, FixMode } from '../fix/run.js';
import type { RuleSet } from '../match/ruleset.js';
import { exitCodeFor, summarize, tooManyWarnings, type ExitPolicy } from '../report/summary.js';
import type { RepoPaths } from '../repo.js';
import { ruleIdsOf } from '../rule-ids.js';
import { selectTargets, type Selection } from '../select.js';
import type { BaselineEntry, FileResult, Report } from '../types.js';
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
}

export interface CheckOutcome {
  report: Report;
  exitCode: 0 | 1 | 2;
  /** Lines for standard error: ignored files named on the command line, too many warnings. */
  notes: string[];
  /** With --fix-dry-run: the unified diff of every file's fixes. */
  patch: string;
}

/** Files read ahead while others are checked, so the disk is not waited on. */
const IN_FLIGHT = 8;

/** discover → check each file independently → one report and its exit code. */
export async function runCheck(set: RuleSet, options: CheckOptions): Promise<CheckOutcome | null> {
  const configs = options.configs ?? new Configs(options.cwd, { kind: 'none' });
  const ids = ruleIdsOf(set);
  const reportUnusedDisable = Boolean(options.reportUnusedDisable);
  const selection: Selection = options.stdin
    ? stdinSelection(options.stdin, options.cwd, options.ignore, configs, ids, reportUnusedDisable)
    : await selectTargets({ ...options, configs, ids, reportUnusedDisable, changed: options.changed ?? null });
  if (!selection.selected.length && !selection.leftOut) return null;
  const fix = options.fix ? await import('../fix/run.js') : null;
  const results = await mapInOrder(selection.selected, IN_FLIGHT, ({ target, settings }): Promise<FixedFile> => {
    if (target.missing) {
      return Promise.resolve({ file: { path: target.display, format: null, error: { code: 'not-found', message: 'no such file, folder or matching glob' }, warnings: [], classes: [], findings: [], suppressed: [] }, patch: '' });
    }
    const detail = (file: FileResult) => (options.explain ? file : withoutDetail(file));
    if (fix) {
      const source = options.stdin
        ? { read: async () => options.stdin!.bytes, path: null, display: target.display, format: formatOf(target.display) ?? 'markdown', settings }
        : { read: () => readFile(target.path), path: target.path, display: target.display, format: formatOf(target.path), settings };
      return fix.fixSource(source, set, options.fix!).then(({ file, patch }) => ({ file: detail(file), patch }));
    }
    const checked = options.stdin
      ? checkSource(async () => options.stdin!.bytes, set, target.display, formatOf(target.display) ?? 'markdown', settings)
      : checkFile(target.path, set, target.display, undefined, settings);
    return checked.then((file) => ({ file: detail(file), patch: '' }));
  });
  const files = results.map(({ file }) => file);
  const kept = options.baseline ? applyBaseline(files, options.baseline.entries, options.baseline.paths, (path) => existsSync(resolve(options.baseline!.paths.root, path))) : null;
  const counted = kept?.files ?? files;
  const notes = [...selection.notes];
  const warnings = tooManyWarnings(counted, options);
  if (warnings !== null) notes.push(`${warnings} warning${warnings === 1 ? '' : 's'}, more than the ${options.maxWarnings} allowed (--max-warnings or maxWarnings): fix some, or raise the limit`);
  const shown = options.quiet ? counted.map(errorsOnly) : counted;
  const report: Report = {
    tool: { name: 'copylint', version: VERSION },
    packs: set.packs.map(({ id, version, sha256 }) => ({ id, version, sha256 })),
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

function withoutDetail({ explain: _explain, ...file }: FileResult): FileResult {
  return { ...file, findings: file.findings.map(({ explain: _detail, ...finding }) => finding) };
}

/** Runs `work` over `items` with at most `limit` under way; results keep the items' order. */
async function mapInOrder<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
