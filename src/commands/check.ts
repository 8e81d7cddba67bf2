import { discover, type Target } from '../discover.js';
import { FileChecker } from '../file-checker.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import type { Loaded } from '../packs/types.js';
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
  limits?: Limits;
  /** Follow symbolic links in folders, to targets inside the paths given. */
  followSymlinks?: boolean;
}

export interface CheckOutcome {
  report: Report;
  exitCode: 0 | 1 | 2;
}

/**
 * discover → check each file independently, in a worker that can be stopped → one report and its
 * exit code. The packs are compiled in the worker, where they are used.
 */
export async function runCheck(loaded: Loaded, options: CheckOptions): Promise<CheckOutcome | null> {
  const found = await discover(options.paths, options.ignore, options.cwd, { followSymlinks: options.followSymlinks });
  const targets = options.output ? withoutOutput(found, options.output, options.cwd) : found;
  if (!targets.length) return null;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const checkers = [new FileChecker(loaded, limits)];
  let files: FileResult[];
  try {
    files = await mapInOrder(targets, checkers, (target, checker) =>
      target.error ? Promise.resolve(notRead(target)) : checker.check({ path: target.path, display: target.display, limits, explain: Boolean(options.explain) }),
    );
  } finally {
    await Promise.all(checkers.map((checker) => checker.close()));
  }
  const report: Report = {
    tool: { name: 'copylint', version: VERSION },
    packs: loaded.packs.map(({ id, version, sha256 }) => ({ id, version, sha256 })),
    files,
    summary: summarize(files),
  };
  return { report, exitCode: exitCodeFor(files, options) };
}

function notRead(target: Target): FileResult {
  return { path: target.display, format: null, error: target.error!, warnings: [], classes: [], findings: [] };
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
