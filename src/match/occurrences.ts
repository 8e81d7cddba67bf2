import type { RuleSet } from './ruleset.js';
import { lowerBound } from './scopes.js';

/** Where the words of one set occur in a document, sorted by start (then longest first). */
export class Occurrences {
  readonly starts: Int32Array;
  readonly ends: Int32Array;

  constructor(pairs: number[]) {
    const order = Array.from({ length: pairs.length / 2 }, (_v, i) => i).sort((a, b) => pairs[2 * a] - pairs[2 * b] || pairs[2 * b + 1] - pairs[2 * a + 1]);
    this.starts = Int32Array.from(order, (i) => pairs[2 * i]);
    this.ends = Int32Array.from(order, (i) => pairs[2 * i + 1]);
  }

  get length(): number {
    return this.starts.length;
  }

  /** Index of the first occurrence starting at or after `at`. */
  from(at: number): number {
    return lowerBound(this.starts, at);
  }
}

/** One pass of the automaton over a document: the occurrences of every set that has any. */
export function scanSets(text: string, set: RuleSet): Array<Occurrences | undefined> {
  const pairs: Array<number[] | undefined> = new Array(set.sets.length);
  set.automaton.scan(text, (pattern, start, end) => {
    for (const id of set.members[pattern]) (pairs[id] ??= []).push(start, end);
  });
  return Array.from(pairs, (p) => (p ? new Occurrences(p) : undefined));
}
