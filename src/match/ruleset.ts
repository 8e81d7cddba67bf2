import type { Pack, Rule } from '../packs/types.js';
import { AhoCorasick } from './aho-corasick.js';

export type LiteralKind = 'term' | 'allow' | 'when';

export interface LiteralRef {
  rule: number;
  kind: LiteralKind;
}

/** Every loaded rule, with one automaton over all their literals. */
export interface RuleSet {
  packs: Pack[];
  rules: Rule[];
  literals: AhoCorasick;
  refs: LiteralRef[];
}

export function compileRuleSet(packs: Pack[]): RuleSet {
  const rules = packs.flatMap((pack) => pack.rules);
  const words: string[] = [];
  const refs: LiteralRef[] = [];
  const add = (rule: number, kind: LiteralKind, list: readonly string[]) => {
    for (const word of list) {
      words.push(word);
      refs.push({ rule, kind });
    }
  };
  rules.forEach((rule, index) => {
    add(index, 'term', rule.terms);
    add(index, 'allow', rule.allow);
    add(index, 'when', rule.require?.whenTerms ?? []);
  });
  return { packs, rules, literals: new AhoCorasick(words), refs };
}
