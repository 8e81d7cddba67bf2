import { checkFile } from '../check.js';
import { discover } from '../discover.js';
import type { RuleSet } from '../match/ruleset.js';
import { exitCodeFor, summarize } from '../report/summary.js';
import type { FileResult, Report, Severity } from '../types.js';
import { VERSION } from '../version.js';

export interface CheckOptions {
  paths: string[];
  ignore: string[];
  failOn: Severity;
  cwd: string;
}

export interface CheckOutcome {
  report: Report;
  exitCode: 0 | 1 | 2;
}

/** discover → check each file independently → one report and its exit code. */
export async function runCheck(set: RuleSet, options: CheckOptions): Promise<CheckOutcome | null> {
  const targets = await discover(options.paths, options.ignore, options.cwd);
  if (!targets.length) return null;
  const files: FileResult[] = [];
  for (const target of targets) {
    if (target.missing) {
      files.push({ path: target.display, format: null, error: { code: 'not-found', message: 'no such file, folder or matching glob' }, warnings: [], findings: [] });
    } else files.push(await checkFile(target.path, set, target.display));
  }
  const report: Report = {
    tool: { name: 'copylint', version: VERSION },
    packs: set.packs.map(({ id, version, sha256 }) => ({ id, version, sha256 })),
    files,
    summary: summarize(files),
  };
  return { report, exitCode: exitCodeFor(files, options.failOn) };
}
