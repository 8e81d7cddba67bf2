import { PackError } from './errors.js';
import type { MapReader } from './yaml-node.js';

/** Pack format 1 constructs, each with what to write instead (README, "From pack format 1"). */
const REPLACEMENTS: Record<string, string> = {
  terms: 'match: { words: [...] }',
  patterns: "match: { regex: '...' } (several: match: { any: [{ regex: '...' }, ...] })",
  allow: 'unless: [{ part-of: [...] }]',
  negation: 'unless: [negated, warned-against] (the shared exemptions of the base lexicon)',
  validate: 'validate: beside the regex it checks, inside match',
};

/** One clear error for the first format-1 construct of a rule, saying what to write instead. */
export function legacyProblem(rule: MapReader): PackError | null {
  const old = Object.keys(REPLACEMENTS).find((key) => rule.has(key));
  if (old) return rule.error(old, `"${old}" is pack format 1: write ${REPLACEMENTS[old]} (README, "From pack format 1")`);
  const when = rule.map('require', 'require')?.map('when', 'require.when');
  const inWhen = ['terms', 'patterns'].find((key) => when?.has(key));
  if (inWhen) return when!.error(inWhen, `require.when.${inWhen} is pack format 1: write require.when as a match expression, e.g. { any: [{ words: [...] }, { regex: '...' }] } (README, "From pack format 1")`);
  return null;
}
