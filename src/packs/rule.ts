import type { Severity } from '../types.js';
import { normalize } from '../normalize/normalize.js';
import { compilePattern } from './regex.js';
import type { MapReader } from './yaml-node.js';
import type { Pattern, RequireSpec, Rule, Sourced, ValidatorName } from './types.js';

const RULE_KEYS = [
  'id', 'severity', 'message', 'basis', 'suggestion', 'replace', 'terms', 'patterns',
  'validate', 'allow', 'negation', 'require', 'examples',
] as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const VALIDATORS: readonly ValidatorName[] = ['id-card', 'luhn'];
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Reads, validates and compiles one rule of a pack. */
export function readRule(rule: MapReader, packId: string, file: string): Rule {
  rule.onlyKeys(RULE_KEYS);
  const id = rule.string('id', true);
  if (!ID_PATTERN.test(id)) throw rule.error('id', `rule id "${id}" must be lower-case letters, digits and dashes`);
  const severity = rule.string('severity', true) as Severity;
  if (!SEVERITIES.includes(severity)) throw rule.error('severity', `severity must be one of ${SEVERITIES.join(', ')}`);

  const terms = readTerms(rule, 'terms');
  const patterns = readPatterns(rule, 'patterns');
  const requireSpec = readRequire(rule);
  if (requireSpec && (terms.length || patterns.length)) {
    throw rule.error('require', 'a rule has either terms/patterns or require, not both');
  }
  if (!requireSpec && !terms.length && !patterns.length) {
    throw rule.error(null, `rule "${id}" needs terms, patterns or require`);
  }
  if (severity === 'error') {
    const short = terms.find((t) => [...t].length < 2);
    if (short) throw rule.error('terms', `a one-character term ("${short}") cannot be an error: it flags too much; make it longer or a warning`);
  }
  const validate = rule.string('validate') as ValidatorName | null;
  if (validate && !VALIDATORS.includes(validate)) throw rule.error('validate', `validate must be one of ${VALIDATORS.join(', ')}`);
  if (validate && !patterns.length) throw rule.error('validate', 'validate checks pattern hits: give the rule patterns');

  return {
    id: `${packId}/${id}`,
    packId,
    severity,
    message: rule.string('message', true),
    basis: rule.string('basis', true),
    suggestion: rule.string('suggestion'),
    replace: rule.has('replace') ? rule.string('replace') : null,
    terms,
    patterns,
    validate,
    allow: readTerms(rule, 'allow'),
    negation: rule.boolean('negation'),
    require: requireSpec,
    examples: readExamples(rule),
    file,
    line: rule.line(),
  };
}

function readTerms(reader: MapReader, key: string): string[] {
  return reader.strings(key).map(({ text, node }) => {
    const normalized = normalizeTerm(text);
    if (!normalized) throw reader.errorAt(node, `${key} has an entry that is empty after normalization: "${text}"`);
    return normalized;
  });
}

/** Terms are folded exactly as documents are, with every space inside them dropped. */
export function normalizeTerm(text: string): string {
  return normalize(text.trim()).text.replace(/\s+/gu, '');
}

function readPatterns(reader: MapReader, key: string): Pattern[] {
  return reader.strings(key).map(({ text, node }) => {
    const compiled = compilePattern(text);
    if (typeof compiled === 'string') throw reader.errorAt(node, compiled);
    return compiled;
  });
}

function readRequire(rule: MapReader): RequireSpec | null {
  const spec = rule.map('require', 'require');
  if (!spec) return null;
  spec.onlyKeys(['when', 'must']);
  const when = spec.map('when', 'require.when', true)!;
  when.onlyKeys(['terms', 'patterns', 'min']);
  const whenTerms = readTerms(when, 'terms');
  const whenPatterns = readPatterns(when, 'patterns');
  if (!whenTerms.length && !whenPatterns.length) throw when.error(null, 'require.when needs terms or patterns');
  const must = spec.strings('must').map(({ text }) => normalizeTerm(text));
  const mustCompact = must.map(stripPunctuation);
  if (!must.length) throw spec.error(null, 'require needs "must": the phrases of which one must appear');
  if (mustCompact.some((m) => !m)) throw spec.error('must', 'require.must has an entry with no letters or characters');
  return { whenTerms, whenPatterns, min: when.integer('min', 1), must, mustCompact };
}

/** Required statements are compared without punctuation or spacing. */
export function stripPunctuation(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

function readExamples(rule: MapReader): { flag: Sourced[]; pass: Sourced[] } {
  const examples = rule.map('examples', 'examples');
  if (!examples) return { flag: [], pass: [] };
  examples.onlyKeys(['flag', 'pass']);
  const read = (key: string) =>
    examples.strings(key).map(({ text, node }) => ({ text, line: examples.lineOf(node) }));
  return { flag: read('flag'), pass: read('pass') };
}
