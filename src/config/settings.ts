import { isAbsolute, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { normalizeTerm } from '../packs/words.js';
import { TOOL_RULES, type RuleIds } from '../rule-ids.js';
import type { IgnoreGlob, Merged } from './merge.js';
import type { RuleSetting } from './read.js';
import type { Severity } from '../types.js';

/** What the configuration says for one document: the rest of its check depends on nothing else. */
export interface FileSettings {
  /** Full rule id → the severity it is reported with, or off. */
  rules: ReadonlyMap<string, RuleSetting>;
  /** Lawful phrases (normalized): a hit inside one is not reported. */
  allow: readonly string[];
  /** Report suppression comments that suppress nothing (copylint/unused-disable). */
  reportUnusedDisable: boolean;
}

/** The severity a finding of `ruleId` is reported with under the config's `rules`; null when the rule is off. */
export function configuredSeverity(rules: ReadonlyMap<string, RuleSetting>, ruleId: string, severity: Severity): Severity | null {
  const setting = rules.get(ruleId);
  return setting === 'off' ? null : (setting ?? severity);
}

export const DEFAULT_SETTINGS: FileSettings = { rules: new Map(), allow: [], reportUnusedDisable: false };

/** Resolves a merged config's rule ids against the rules of the run; an id that names no rule is an error at its node. */
export function fileSettings(merged: Merged, ids: RuleIds, reportUnusedDisable: boolean): FileSettings {
  const rules = new Map<string, RuleSetting>();
  for (const rule of merged.rules) {
    const full = ids.expand(rule.text);
    if (!full) throw rule.where.error(rule.node, `rules: no rule "${rule.text}" in the packs of this run${ids.hint(rule.text)}: see "copylint rules list"`);
    for (const id of full) rules.set(id, rule.setting);
  }
  const allow = merged.allow.map(({ text, node, where }) => {
    const phrase = normalizeTerm(text);
    if (!phrase) throw where.error(node, `allow: "${text}" is empty after normalization`);
    return phrase;
  });
  const unused = rules.get(TOOL_RULES.unusedDisable);
  return { rules, allow, reportUnusedDisable: reportUnusedDisable || (unused !== undefined && unused !== 'off') };
}

const matchers = new Map<string, picomatch.Matcher>();

/** The glob that ignores `path`, if any. A glob that matches a folder ignores everything in it. */
export function ignoredBy(path: string, globs: readonly IgnoreGlob[]): IgnoreGlob | null {
  for (const glob of globs) {
    const rel = relative(glob.base, path);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue;
    let matches = matchers.get(glob.glob);
    if (!matches) matchers.set(glob.glob, (matches = picomatch(glob.glob, { dot: true })));
    const parts = rel.split(sep);
    for (let i = parts.length; i > 0; i--) if (matches(parts.slice(0, i).join('/'))) return glob;
  }
  return null;
}
