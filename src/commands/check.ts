import { checkFile } from '../check.js';
import { discover, type Target } from '../discover.js';
import type { RuleSet } from '../match/ruleset.js';
import { withoutOutput } from '../output.js';
import { exitCodeFor, summarize, type ExitPolicy } from '../report/summary.js';
import type { FileResult, Report } from '../types.js';
import { VERSION } from '../version.js';

export interface CheckOptions extends ExitPolicy {
  paths: string[];
  ignore: string[];
  cwd: string;
  /** Absolute path of the report file, which is never checked itself. */
  output: string | null;
  /** Keep the match detail: which words and rule part matched, the document's classes, exempted hits. */
  explain?: boolean;
  /** Follow symbolic links in folders, to targets inside the paths given. */
  followSymlinks?: boolean;
}

export interface CheckOutcome {
  report: Report;
  exitCode: 0 | 1 | 2;
}

/** Files read ahead while others are checked, so the disk is not waited on. */
const IN_FLIGHT = 8;

/** discover → check each file independently → one report and its exit code. */
export async function runCheck(set: RuleSet, options: CheckOptions): Promise<CheckOutcome | null> {
  const found = await discover(options.paths, options.ignore, options.cwd, { followSymlinks: options.followSymlinks });
  const targets = options.output ? withoutOutput(found, options.output, options.cwd) : found;
  if (!targets.length) return null;
  const files = await mapInOrder(targets, IN_FLIGHT, (target) =>
    target.error
      ? Promise.resolve(notRead(target))
      : checkFile(target.path, set, target.display).then((file) => (options.explain ? file : withoutDetail(file))),
  );
  const report: Report = {
    tool: { name: 'copylint', version: VERSION },
    packs: set.packs.map(({ id, version, sha256 }) => ({ id, version, sha256 })),
    files,
    summary: summarize(files),
  };
  return { report, exitCode: exitCodeFor(files, options) };
}

function notRead(target: Target): FileResult {
  return { path: target.display, format: null, error: target.error!, warnings: [], classes: [], findings: [] };
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
