import type { Pack, Pattern, Rule } from '../packs/types.js';
import { AhoCorasick } from './aho-corasick.js';

export type LiteralKind = 'term' | 'allow' | 'when' | 'anchor';

export interface LiteralRef {
  /** Index in `rules`, or for an anchor, in `patterns`. */
  target: number;
  kind: LiteralKind;
}

/** A pattern of some rule: what it flags (`hit`) or counts towards a require rule's trigger (`when`). */
export interface RulePattern extends Pattern {
  rule: number;
  role: 'hit' | 'when';
}

/** Every loaded rule, with one automaton over all their literals and the patterns' anchors. */
export interface RuleSet {
  packs: Pack[];
  rules: Rule[];
  patterns: RulePattern[];
  literals: AhoCorasick;
  refs: LiteralRef[];
}

export function compileRuleSet(packs: Pack[]): RuleSet {
  const rules = packs.flatMap((pack) => pack.rules);
  const patterns: RulePattern[] = rules.flatMap((rule, index) => [
    ...rule.patterns.map((p) => ({ ...p, rule: index, role: 'hit' as const })),
    ...(rule.require?.whenPatterns ?? []).map((p) => ({ ...p, rule: index, role: 'when' as const })),
  ]);
  const words: string[] = [];
  const refs: LiteralRef[] = [];
  const add = (target: number, kind: LiteralKind, list: readonly string[]) => {
    for (const word of list) {
      words.push(word);
      refs.push({ target, kind });
    }
  };
  rules.forEach((rule, index) => {
    add(index, 'term', rule.terms);
    add(index, 'allow', rule.allow);
    add(index, 'when', rule.require?.whenTerms ?? []);
  });
  patterns.forEach((pattern, index) => add(index, 'anchor', pattern.anchors ?? []));
  return { packs, rules, patterns, literals: new AhoCorasick(words), refs };
}
