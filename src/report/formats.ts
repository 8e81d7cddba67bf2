import type { Rule } from '../packs/types.js';
import type { RepoPaths } from '../repo.js';
import type { Report } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

/** What a CI format says about a rule: the pack's words, its replacement, and whether it is about the whole document. */
export type RuleInfo = Pick<Rule, 'id' | 'packId' | 'severity' | 'message' | 'basis' | 'suggestion' | 'classes'> & {
  replace: string | null;
  /** A `require` rule: reported once for the whole document. */
  documentLevel: boolean;
};

export interface FormatContext {
  /** Colours (stylish, to a terminal only). */
  color: boolean;
  /** CI formats name files from the repository root (src/repo.ts). */
  paths: RepoPaths;
  /** Every rule of the run, in pack order. */
  rules: readonly RuleInfo[];
}

/** A formatter is pure: it never writes and never decides the exit code. */
export type Formatter = (report: Report, context: FormatContext) => string;

export const FORMATS = {
  stylish: (report, context) => formatStylish(report, { color: context.color }),
  json: (report) => formatJson(report),
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  markdown: (report, context) => formatMarkdown(report, context),
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
/** Formats that name files from the repository root, so git is asked where it is. */
export const FROM_ROOT: readonly FormatName[] = ['sarif', 'github', 'junit', 'markdown'];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

export function ruleInfo(rule: Rule): RuleInfo {
  const { id, packId, severity, message, basis, suggestion, classes } = rule;
  const replace = rule.fix?.kind === 'replace' ? rule.fix.text : null;
  return { id, packId, severity, message, basis, suggestion, replace, documentLevel: rule.require !== null, classes };
}
