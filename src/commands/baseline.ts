import { resolve } from 'node:path';
import { baselineOf, formatBaseline } from '../baseline/file.js';
import type { Configs } from '../config/configs.js';
import { checkOutputPath, writeAtomically } from '../output.js';
import { displayPath } from '../paths.js';
import { SUPPORTED_LIST } from '../extract/index.js';
import type { Loaded } from '../packs/types.js';
import { repoPaths } from '../repo.js';
import { UserError } from '../user-error.js';
import { runCheck } from './check.js';

export interface BaselineOptions {
  paths: string[];
  ignore: string[];
  cwd: string;
  /** The baseline file, as the user named it. */
  file: string;
  /** The configuration, as for check: its ignores, rule settings and allowed phrases apply. */
  configs?: Configs;
}

/** Checks like `check` and writes one entry per finding and per unreadable file; returns the line to print. */
export async function writeBaseline(set: Loaded, options: BaselineOptions): Promise<string> {
  const file = resolve(options.cwd, options.file);
  const flag = `--output ${displayPath(file, options.cwd)}`;
  checkOutputPath(file, options.cwd, flag);
  const outcome = await runCheck(set, { paths: options.paths, ignore: options.ignore, cwd: options.cwd, outputs: [{ path: file, flag }], failOn: 'info', allowUnreadable: true, configs: options.configs });
  if (!outcome) throw new UserError(`no documents (${SUPPORTED_LIST}) found in ${options.paths.join(' ')}: name files or folders that hold some`);
  const entries = baselineOf(outcome.report.files, repoPaths(options.cwd));
  writeAtomically(file, formatBaseline(entries), options.cwd, flag);
  const unreadable = outcome.report.summary.unreadable;
  const findings = entries.length - unreadable;
  return `baseline: ${findings} finding${findings === 1 ? '' : 's'} and ${unreadable} unreadable file${unreadable === 1 ? '' : 's'} written to ${displayPath(file, options.cwd)}\n`;
}
