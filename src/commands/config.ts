import { existsSync, linkSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CONFIG_NAMES, type Configs } from '../config/configs.js';
import { fileSettings, ignoredBy } from '../config/settings.js';
import { starterConfig } from '../config/starter.js';
import type { MapReader } from '../packs/yaml-node.js';
import { builtinNames } from '../packs/sources.js';
import { displayPath } from '../paths.js';
import { ruleIdsOf } from '../rule-ids.js';
import type { Loaded } from '../packs/types.js';
import { UserError } from '../user-error.js';

/** Writes the starter config into `cwd`; never over a config already there. Returns the file written. */
export function initConfig(cwd: string): string {
  const existing = CONFIG_NAMES.find((name) => existsSync(join(cwd, name)));
  if (existing) throw new UserError(`${existing}: a config is already here: edit it (copylint init never overwrites one)`);
  const target = join(cwd, CONFIG_NAMES[0]);
  const temporary = join(cwd, `.${CONFIG_NAMES[0]}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, starterConfig(), { flag: 'wx' });
    // A hard link appears whole and fails if the name was taken meanwhile: no overwrite, no half file.
    linkSync(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError(`${CONFIG_NAMES[0]}: a config is already here: edit it (copylint init never overwrites one)`);
    throw new UserError(`${CONFIG_NAMES[0]}: cannot write the config (${code ?? (error as Error).message}): check the folder's permissions`);
  } finally {
    rmSync(temporary, { force: true });
  }
  return CONFIG_NAMES[0];
}

/** The configuration that applies to one file, and where each part comes from, as JSON. */
export function printConfig(path: string, configs: Configs, set: Loaded, packRefs: readonly string[] | null): string {
  const file = resolve(configs.cwd, path);
  const run = configs.forRun();
  const merged = configs.forFile(file);
  const ignored = ignoredBy(file, merged.ignore);
  const settings = fileSettings(merged, ruleIdsOf(set), false);
  const shown = {
    file: displayPath(file, configs.cwd),
    configs: merged.files,
    ignored: ignored ? `${ignored.glob} (${ignored.from})` : null,
    rules: Object.fromEntries(settings.rules),
    ignore: merged.ignore.map(({ glob, from }) => ({ glob, from })),
    allow: merged.allow.map(({ text }) => text),
    run: {
      configs: run.files,
      packs: (packRefs ?? builtinNames()).map((ref) => (builtinNames().includes(ref) ? ref : displayPath(ref, configs.cwd))),
      lexicon: lexiconChanges(run.lexicon),
      failOn: run.failOn ?? 'error',
      maxWarnings: run.maxWarnings,
    },
  };
  return `${JSON.stringify(shown, null, 2)}\n`;
}

function lexiconChanges(sections: readonly MapReader[]): Record<string, { extend: string[]; remove: string[] }> {
  const out: Record<string, { extend: string[]; remove: string[] }> = {};
  for (const section of sections) {
    for (const { key, value } of section.entries()) {
      const change = section.where.asMap(value, `lexicon.${key}`);
      const entry = (out[key] ??= { extend: [], remove: [] });
      for (const { text } of change.strings('extend')) entry.extend.push(text);
      for (const { text } of change.strings('remove')) entry.remove.push(text);
    }
  }
  return out;
}
