import type { Matches } from '../match/match.js';
import type { PartOfCondition } from '../packs/types.js';

/**
 * A config's `allow` phrases are lawful wherever they stand (a bank's own product names):
 * a hit that lies inside an occurrence of one is kept back, as an exemption --explain shows.
 */
export function withoutAllowed(matches: Matches, text: string, allow: readonly string[]): Matches {
  const occurrences = allow.flatMap((phrase) => occurrencesOf(text, phrase));
  if (!occurrences.length) return matches;
  const condition: PartOfCondition = { kind: 'part-of', set: { name: null, words: [...allow] }, path: 'config allow' };
  const hits: Matches['hits'] = [];
  const exempted = [...matches.exempted];
  for (const hit of matches.hits) {
    const around = occurrences.find(([start, end]) => start <= hit.start && hit.end <= end);
    if (!around) hits.push(hit);
    else exempted.push({ ...hit, exemption: { condition, cue: { lexicon: null, text: text.slice(around[0], around[1]), start: around[0], end: around[1] } } });
  }
  return { ...matches, hits, exempted };
}

function occurrencesOf(text: string, phrase: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + 1)) found.push([i, i + phrase.length]);
  return found;
}
