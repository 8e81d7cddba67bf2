import { resolve } from 'node:path';
import type { Configs } from '../config/configs.js';
import { fileSettings, ignoredBy } from '../config/settings.js';
import { displayPath } from '../paths.js';
import type { RuleIds } from '../rule-ids.js';
import { ignoredNote, type Selection } from '../select.js';
import type { IgnoreGlob } from '../config/merge.js';

/** Text from standard input (--stdin), checked as if it were the file `name` (--stdin-filename). */
export interface StdinInput {
  bytes: Uint8Array;
  /** Chooses the format (markdown when none) and the configs that apply, as for a file of that name. */
  name: string | null;
}

export const STDIN_NAME = '<stdin>';

/** One target for the text read: the configs of the named file's folder apply, and its ignores. */
export function stdinSelection(input: StdinInput, cwd: string, ignore: readonly string[], configs: Configs, ids: RuleIds, reportUnusedDisable: boolean): Selection {
  const path = resolve(cwd, input.name ?? STDIN_NAME);
  const display = input.name ? displayPath(path, cwd) : STDIN_NAME;
  const merged = input.name ? configs.forFile(path) : configs.forRun();
  const cli: IgnoreGlob[] = ignore.map((glob) => ({ glob, base: cwd, from: '--ignore' }));
  const ignored = input.name ? ignoredBy(path, [...cli, ...merged.ignore]) : null;
  if (ignored) return { selected: [], notes: [ignoredNote(display, ignored)], leftOut: 1 };
  const target = { path, display, explicit: true };
  return { selected: [{ target, settings: fileSettings(merged, ids, reportUnusedDisable) }], notes: [], leftOut: 0 };
}
