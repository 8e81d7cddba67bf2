import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Node } from 'yaml';
import { displayPath } from '../paths.js';
import type { Severity } from '../types.js';
import { UserError } from '../user-error.js';
import { readYaml, type MapReader, type Where } from '../packs/yaml-node.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export type RuleSetting = Severity | 'off';
const KEYS = ['extends', 'packs', 'rules', 'ignore', 'allow', 'lexicon', 'failOn', 'maxWarnings'];

/** A string of a config file, with its node for `file:line:column` errors. */
export interface Written {
  text: string;
  node: Node;
}

/** One config file as written and checked for shape; its paths are still relative to `dir`. */
export interface ConfigFile {
  file: string;
  /** As shown in messages: relative to the working folder. */
  shown: string;
  dir: string;
  where: Where;
  extends: Written[];
  packs: Written[] | null;
  rules: Array<Written & { setting: RuleSetting }>;
  ignore: string[];
  allow: Written[];
  /** `name: { extend, remove }` changes to the packs' word lists, read by the pack loader. */
  lexicon: MapReader | null;
  failOn: Severity | null;
  maxWarnings: number | null;
}

/** Reads and checks one config file: YAML syntax, known keys, and the type of each value. */
export function readConfigFile(file: string, cwd: string): ConfigFile {
  const shown = displayPath(file, cwd);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${shown}: ${code === 'ENOENT' ? 'no such config file' : `cannot read the config (${code})`}: check the path`);
  }
  const { where, top } = readYaml(shown, bytes, 'config');
  const config: ConfigFile = {
    file, shown, dir: dirname(file), where, extends: [], packs: null, rules: [], ignore: [], allow: [], lexicon: null, failOn: null, maxWarnings: null,
  };
  if (!top) return config;
  top.onlyKeys(KEYS);
  config.extends = top.stringList('extends').map(written);
  config.packs = top.get('packs') === undefined ? null : top.strings('packs').map(written);
  if (config.packs?.length === 0) throw top.error('packs', 'packs is empty: name packs, or leave the key out to use every built-in pack');
  config.rules = readRules(top);
  config.ignore = top.strings('ignore').map(({ text }) => text);
  config.allow = top.strings('allow').map(written);
  config.lexicon = readLexicon(top);
  config.failOn = readSeverity(top);
  if (top.get('maxWarnings') !== undefined) config.maxWarnings = top.integer('maxWarnings', 0, 0);
  return config;
}

function written({ text, node }: { text: string; node: Node }): Written {
  return { text, node };
}

function readRules(top: MapReader): ConfigFile['rules'] {
  const rules = top.map('rules', 'rules');
  return (rules?.entries() ?? []).map(({ key, keyNode, value }) => {
    const setting = rules!.where.stringOf(value);
    if (setting !== 'off' && !SEVERITIES.includes(setting as Severity)) {
      throw rules!.where.error(value ?? keyNode, `rules.${key} must be off, error, warning or info`);
    }
    return { text: key, node: keyNode, setting: setting as RuleSetting };
  });
}

function readSeverity(top: MapReader): Severity | null {
  const value = top.string('failOn');
  if (value !== null && !SEVERITIES.includes(value as Severity)) throw top.error('failOn', `failOn must be error, warning or info`);
  return value as Severity | null;
}

/** Only changes: a config adds words to (or removes them from) lists the packs define; it defines no list of its own. */
function readLexicon(top: MapReader): MapReader | null {
  const section = top.map('lexicon', 'lexicon');
  for (const { key, value } of section?.entries() ?? []) {
    if (!section!.where.isMapping(value)) {
      throw section!.where.error(value, `lexicon.${key} must be { extend: [...], remove: [...] }: a config changes the word lists of the packs`);
    }
  }
  return section;
}
