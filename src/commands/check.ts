import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyBaseline } from '../baseline/apply.js';
import { checkFile } from '../check.js';
import { discover } from '../discover.js';
import type { RuleSet } from '../match/ruleset.js';
import { withoutOutput } from '../output.js';
import { exitCodeFor, summarize, type ExitPolicy } from '../report/summary.js';
import type { RepoPaths } from '../repo.js';
import type { BaselineEntry, FileResult, Report } from '../types.js';
import { VERSION } from '../version.js';

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
}

export interface CheckOutcome {
  report: Report;
  exitCode: 0 | 1 | 2;
}

/** Files read ahead while others are checked, so the disk is not waited on. */
const IN_FLIGHT = 8;

/** discover → check each file independently → one report and its exit code. */
export async function runCheck(set: RuleSet, options: CheckOptions): Promise<CheckOutcome | null> {
  const found = await discover(options.paths, options.ignore, options.cwd);
  const targets = options.outputs.reduce((left, output) => withoutOutput(left, output.path, options.cwd, output.flag), found);
  if (!targets.length) return null;
  const files = await mapInOrder(targets, IN_FLIGHT, (target) =>
    target.missing
      ? Promise.resolve<FileResult>({ path: target.display, format: null, error: { code: 'not-found', message: 'no such file, folder or matching glob' }, warnings: [], classes: [], findings: [] })
      : checkFile(target.path, set, target.display).then((file) => (options.explain ? file : withoutDetail(file))),
  );
  const kept = options.baseline ? applyBaseline(files, options.baseline.entries, options.baseline.paths, (path) => existsSync(resolve(options.baseline!.paths.root, path))) : null;
  const shown = kept?.files ?? files;
  const report: Report = {
    tool: { name: 'copylint', version: VERSION },
    packs: set.packs.map(({ id, version, sha256 }) => ({ id, version, sha256 })),
    files: shown,
    summary: { ...summarize(shown), files: files.length, baselined: kept?.baselined ?? 0 },
  };
  const stale = options.baseline?.reportStale ? kept!.stale : [];
  if (options.baseline?.reportStale) report.staleBaseline = stale;
  const nothingRead = files.every((file) => file.error);
  return { report, exitCode: exitCodeFor(shown, options, { nothingRead, staleReported: stale.length }) };
}

function withoutDetail({ explain: _explain, findings, ...file }: FileResult): FileResult {
  return { ...file, findings: findings.map(({ explain: _detail, ...finding }) => finding) };
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
