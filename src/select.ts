import type { Configs } from './config/configs.js';
import type { IgnoreGlob, Merged } from './config/merge.js';
import { fileSettings, ignoredBy, type FileSettings } from './config/settings.js';
import { discover, type Target } from './discover.js';
import { withoutOutputs } from './output.js';
import { visible } from './report/visible.js';
import type { RuleIds } from './rule-ids.js';

export interface SelectOptions {
  paths: string[];
  /** --ignore globs, relative to the working folder. */
  ignore: string[];
  cwd: string;
  /** Report files, which are never checked themselves. */
  outputs: ReadonlyArray<{ path: string; flag: string }>;
  configs: Configs;
  ids: RuleIds;
  reportUnusedDisable: boolean;
  /** --changed: only these files (absolute paths); null: every document found. */
  changed: ReadonlySet<string> | null;
  /** Follow symbolic links in folders, to targets inside the paths given. */
  followSymlinks?: boolean;
}

export interface Selection {
  selected: Array<{ target: Target; settings: FileSettings }>;
  /** One line each for stderr: a file named on the command line that an ignore glob skips. */
  notes: string[];
  /** Documents found but left out (ignored, or unchanged): nothing to check is then a clean run. */
  leftOut: number;
}

/** discover → without the report file → only changed files → without ignored files, each with its settings. */
export async function selectTargets(options: SelectOptions): Promise<Selection> {
  const found = await discover(options.paths, options.ignore, options.cwd, { followSymlinks: options.followSymlinks });
  const targets = withoutOutputs(found, options.outputs);
  const cli: IgnoreGlob[] = options.ignore.map((glob) => ({ glob, base: options.cwd, from: '--ignore' }));
  const settingsOf = new Map<Merged, FileSettings>();
  const selection: Selection = { selected: [], notes: [], leftOut: 0 };
  for (const target of targets) {
    // A path that matched nothing is always reported; an unlisted folder is filtered like a file.
    const missing = target.error?.code === 'not-found';
    if (!missing && options.changed && !options.changed.has(target.path)) {
      selection.leftOut++;
      continue;
    }
    const merged = missing ? options.configs.forRun() : options.configs.forFile(target.path);
    const ignored = missing ? null : ignoredBy(target.path, [...cli, ...merged.ignore]);
    if (ignored) {
      selection.leftOut++;
      if (target.explicit) selection.notes.push(ignoredNote(target.display, ignored));
      continue;
    }
    let settings = settingsOf.get(merged);
    if (!settings) settingsOf.set(merged, (settings = fileSettings(merged, options.ids, options.reportUnusedDisable)));
    selection.selected.push({ target, settings });
  }
  return selection;
}

export function ignoredNote(shown: string, glob: IgnoreGlob): string {
  const by = glob.from === '--ignore' ? `--ignore "${glob.glob}"` : `"${glob.glob}" in ${glob.from}`;
  return `${visible(shown)}: not checked: ignored by ${visible(by)}`;
}
