import type { Severity } from '../types.js';
import { readExample, readFixExample } from './examples.js';
import type { ExprReader } from './expr.js';
import { readFix } from './fix.js';
import { legacyProblem } from './legacy.js';
import type { Expr, FixExample, FlagExample, RequireSpec, Rule, Sourced, WordSet } from './types.js';
import { normalizeTerm, stripPunctuation } from './words.js';
import type { MapReader } from './yaml-node.js';

const RULE_KEYS = [
  'id', 'severity', 'message', 'basis', 'suggestion', 'replace', 'fix', 'match', 'unless', 'require',
  'classes', 'skip-classes', 'cases', 'examples',
] as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Reads, validates and compiles one rule of a pack. */
export function readRule(rule: MapReader, packId: string, file: string, exprs: ExprReader): Rule {
  const legacy = legacyProblem(rule);
  if (legacy) throw legacy;
  rule.onlyKeys(RULE_KEYS);
  const id = rule.string('id', true);
  if (!ID_PATTERN.test(id)) throw rule.error('id', `rule id "${id}" must be lower-case letters, digits and dashes`);
  const severity = rule.string('severity', true) as Severity;
  if (!SEVERITIES.includes(severity)) throw rule.error('severity', `severity must be one of ${SEVERITIES.join(', ')}`);

  const unless = exprs.conditions(rule.get('unless'), rule.where, 'unless');
  const matchNode = rule.get('match');
  const match = matchNode === undefined ? null : exprs.expr(matchNode, rule.where, 'match');
  if (match) match.unless = [...match.unless, ...unless];
  const requireSpec = readRequire(rule, exprs);
  if (requireSpec && match) throw rule.error('require', 'a rule has either match or require, not both');
  if (!requireSpec && !match) throw rule.error(null, `rule "${id}" needs match (what to flag) or require (a statement the document must hold)`);
  if (requireSpec && unless.length) throw rule.error('unless', 'unless exempts hits of match; a require rule has none');
  if (severity === 'error' && match) checkNoSingleCharacterWords(match, rule);
  const classes = exprs.classNames(rule.get('classes'), rule.where, 'classes');
  if (requireSpec && !requireSpec.when && !classes.length) throw rule.error('require', 'require needs "when", or the rule needs "classes", to say which documents must hold the statement');

  return {
    id: `${packId}/${id}`,
    packId,
    severity,
    message: rule.string('message', true),
    basis: rule.string('basis', true),
    suggestion: rule.string('suggestion'),
    fix: readFix(rule, exprs.lexicons),
    match,
    require: requireSpec,
    classes,
    skipClasses: exprs.classNames(rule.get('skip-classes'), rule.where, 'skip-classes'),
    cases: names(rule, 'cases'),
    examples: readExamples(rule),
    file,
    line: rule.line(),
  };
}

function names(rule: MapReader, key: string): string[] {
  return rule.stringList(key).map(({ text }) => text);
}


/** The first one-character word of each set looked at, found once however many rules use the set. */
const shortWords = new WeakMap<WordSet, string | undefined>();

/** A one-character word flags too much to be an error on its own (it may still be part of a seq). */
function checkNoSingleCharacterWords(expr: Expr, rule: MapReader): void {
  if (expr.kind === 'words') {
    if (!shortWords.has(expr.set)) shortWords.set(expr.set, expr.set.words.find((w) => [...w].length < 2));
    const short = shortWords.get(expr.set);
    if (short) throw rule.error('match', `a one-character word ("${short}") cannot be an error on its own: it flags too much; make it longer, part of a seq, or a warning`);
  }
  if (expr.kind === 'any') for (const part of expr.parts) checkNoSingleCharacterWords(part, rule);
}

function readRequire(rule: MapReader, exprs: ExprReader): RequireSpec | null {
  const spec = rule.map('require', 'require');
  if (!spec) return null;
  spec.onlyKeys(['when', 'min', 'must', 'at']);
  const whenNode = spec.get('when');
  const when = whenNode === undefined ? null : exprs.expr(whenNode, spec.where, 'require.when');
  const must = spec.strings('must').map(({ text }) => normalizeTerm(text));
  const mustCompact = must.map(stripPunctuation);
  if (!must.length) throw spec.error(null, 'require needs "must": the phrases of which one must appear');
  if (mustCompact.some((m) => !m)) throw spec.error('must', 'require.must has an entry with no letters or characters');
  const at = spec.string('at') ?? 'document';
  if (at !== 'document' && at !== 'when') throw spec.error('at', 'require.at must be "document" (the default) or "when"');
  if (at === 'when' && !when) throw spec.error('at', 'at: when reports the missing statement at each hit of "when"; add a "when"');
  return { when, min: spec.integer('min', 1), must, mustCompact, at };
}

function readExamples(rule: MapReader): Rule['examples'] {
  const examples = rule.map('examples', 'examples');
  if (!examples) return { flag: [], pass: [], fix: [] };
  examples.onlyKeys(['flag', 'pass', 'fix']);
  // A document-level finding has no span, so only located rules' flag examples pin one.
  const pinned = { flag: !rule.has('require') || rule.map('require', 'require')?.string('at') === 'when', pass: false };
  const read = (key: 'flag' | 'pass') =>
    examples.strings(key).map(({ text, node }) => {
      const parsed = readExample(text, pinned[key]);
      if (typeof parsed === 'string') throw examples.errorAt(node, `examples.${key}: ${parsed}`);
      return { text: parsed.text, spans: parsed.spans, line: examples.lineOf(node) };
    });
  return { flag: read('flag'), pass: read('pass').map(({ text, line }) => ({ text, line })), fix: readFixExamples(rule, examples) };
}

function readFixExamples(rule: MapReader, examples: MapReader): FixExample[] {
  const items = examples.strings('fix');
  if (items.length && !rule.has('fix') && !rule.has('replace')) throw examples.error('fix', 'examples.fix: the rule has no fix to try them with');
  return items.map(({ text, node }) => {
    const parsed = readFixExample(text);
    if (typeof parsed === 'string') throw examples.errorAt(node, `examples.fix: ${parsed}`);
    return { ...parsed, line: examples.lineOf(node) };
  });
}
