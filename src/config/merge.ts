import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinNames } from '../packs/sources.js';
import type { MapReader, Where } from '../packs/yaml-node.js';
import type { Severity } from '../types.js';
import type { ConfigFile, RuleSetting, Written } from './read.js';

/** A glob of an `ignore` list, with the folder it is relative to and the config that wrote it. */
export interface IgnoreGlob {
  glob: string;
  base: string;
  from: string;
}

/** Several config files merged, farther (or extended) first and nearer (or extending) last. */
export interface Merged {
  /** The files merged, as shown, in the order they were applied. */
  files: string[];
  /** Built-in names, or absolute paths resolved from the config that named them; null: not set. */
  packs: string[] | null;
  lexicon: MapReader[];
  failOn: Severity | null;
  maxWarnings: number | null;
  /** In the order written: a later setting of a rule wins. */
  rules: Array<Written & { setting: RuleSetting; where: Where }>;
  ignore: IgnoreGlob[];
  allow: Array<Written & { where: Where }>;
}

export const EMPTY: Merged = { files: [], packs: null, lexicon: [], failOn: null, maxWarnings: null, rules: [], ignore: [], allow: [] };

/**
 * Nearer over farther: a scalar or a `packs` list set nearer replaces the farther one;
 * `rules` merge rule by rule; `ignore`, `allow` and `lexicon` changes add up.
 */
export function merge(configs: readonly ConfigFile[]): Merged {
  const out: Merged = { ...EMPTY, files: [], rules: [], ignore: [], allow: [], lexicon: [] };
  for (const config of configs) {
    out.files.push(config.shown);
    if (config.packs) out.packs = config.packs.map((ref) => packRef(ref, config));
    if (config.lexicon) out.lexicon.push(config.lexicon);
    out.failOn = config.failOn ?? out.failOn;
    out.maxWarnings = config.maxWarnings ?? out.maxWarnings;
    for (const rule of config.rules) out.rules.push({ ...rule, where: config.where });
    for (const glob of config.ignore) out.ignore.push({ glob, base: config.dir, from: config.shown });
    for (const phrase of config.allow) out.allow.push({ ...phrase, where: config.where });
  }
  return out;
}

/** A built-in pack by name, or a pack file or folder relative to the config that names it. */
function packRef({ text, node }: Written, config: ConfigFile): string {
  if (builtinNames().includes(text)) return text;
  const path = resolve(config.dir, text);
  if (!existsSync(path)) {
    throw config.where.error(node, `packs: no pack "${text}" (relative to this config's folder): name a built-in pack (${builtinNames().join(', ')}), a YAML file or a folder of them`);
  }
  return path;
}
