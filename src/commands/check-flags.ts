import { Configs, type ConfigSource } from '../config/configs.js';
import type { Merged } from '../config/merge.js';
import { parseSize } from '../limits.js';
import { loadPacks } from '../packs/load.js';
import type { Loaded } from '../packs/types.js';
import type { Severity } from '../types.js';
import { UserError } from '../user-error.js';

/** The flags of `copylint check` that the configuration can also set, or that exclude each other. */
export interface CheckFlags {
  paths: string[];
  config?: string | false;
  failOn?: Severity;
  maxWarnings?: string;
  stdin?: boolean;
  stdinFilename?: string;
  changed?: boolean;
  since?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

/** The configs of a run (--config, --no-config or found), and the rules of its run-wide `packs` and `lexicon` unless --pack names others. */
export function configuredRules(flags: { config?: string | false; pack?: string[]; maxPackSize?: string }, cwd: string): { configs: Configs; run: Merged; loaded: Loaded } {
  const configs = new Configs(cwd, configSource(flags));
  const run = configs.forRun();
  const packs = flags.pack?.length ? flags.pack : run.packs ?? [];
  const maxPackSize = flags.maxPackSize === undefined ? undefined : parseSize('--max-pack-size', flags.maxPackSize);
  return { configs, run, loaded: loadPacks(packs, cwd, { precompiled: true, lexicon: run.lexicon, maxPackSize }) };
}

export function configSource(flags: { config?: string | false }): ConfigSource {
  if (flags.config === false) return { kind: 'none' };
  return typeof flags.config === 'string' ? { kind: 'file', path: flags.config } : { kind: 'discover' };
}

/** A flag given on the command line wins over the configuration; the configuration over the default. */
export function runPolicy(flags: CheckFlags, config: Merged): { failOn: Severity; maxWarnings: number | null } {
  return { failOn: flags.failOn ?? config.failOn ?? 'error', maxWarnings: flags.maxWarnings === undefined ? config.maxWarnings : wholeNumber(flags.maxWarnings) };
}

/** Flags that make no sense together get one line saying which, before anything is read. */
export function checkFlagCombinations(flags: CheckFlags): void {
  if (flags.stdinFilename !== undefined && !flags.stdin) throw new UserError('--stdin-filename: only with --stdin: add --stdin, or name the file as a path');
  if (flags.stdin && flags.paths.length) throw new UserError(`--stdin: checks standard input only: drop the paths (${flags.paths.join(' ')}), or drop --stdin`);
  if (flags.stdin && (flags.changed || flags.since !== undefined)) throw new UserError('--stdin and --changed: choose one');
  if (flags.fix && flags.fixDryRun) throw new UserError('--fix and --fix-dry-run: give one of them (--fix-dry-run only shows what --fix would write)');
  if (flags.fix && flags.stdin) throw new UserError('--fix and --stdin: standard input cannot be written back: use --fix-dry-run for a diff');
}

function wholeNumber(text: string): number {
  if (!/^-?\d+$/u.test(text) || Number(text) < -1) throw new UserError(`--max-warnings ${text}: not a whole number of 0 or more (-1: no limit); see "copylint check --help"`);
  return Number(text);
}
