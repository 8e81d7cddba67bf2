import type { Node } from 'yaml';
import type { Where } from './yaml-node.js';

/** Words in all word lists together, lexicons counted again wherever a list includes them. */
export const MAX_EXPANDED_WORDS = 5_000_000;

/**
 * A list that includes a lexicon holds a copy of its words, so a small pack can name a big
 * lexicon in many lists and make loading take rules times words. The copies are counted, and
 * loading stops at the one that passes the limit.
 */
export class WordBudget {
  private used = 0;

  constructor(private readonly limit = MAX_EXPANDED_WORDS) {}

  spend(words: number, where: Where, node: Node): void {
    this.used += words;
    if (this.used > this.limit) {
      throw where.error(node, `the word lists expand to more than ${this.limit.toLocaleString('en')} words, counting each lexicon again in every list that includes it: name a large lexicon on its own (words: $name) instead of inside lists`);
    }
  }
}
