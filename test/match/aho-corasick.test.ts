import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../src/match/aho-corasick.js';

function all(patterns: string[], text: string): string[] {
  const found: string[] = [];
  new AhoCorasick(patterns).scan(text, (index, start, end) => found.push(`${patterns[index]}@${start}-${end}`));
  return found.sort();
}

function naive(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((p) => {
    if (!p) return;
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) found.push(`${p}@${i}-${i + p.length}`);
  });
  return found.sort();
}

describe('AhoCorasick', () => {
  it('finds a pattern that ends inside a longer one', () => {
    expect(all(['abcd', 'bc'], 'xabcex')).toEqual(['bc@2-4']);
  });
  it('finds overlapping and nested patterns', () => {
    expect(all(['保本', '保本保息', '保息'], '保本保息')).toEqual(['保息@2-4', '保本@0-2', '保本保息@0-4']);
  });
  it('reports a pattern given twice once per index', () => {
    expect(all(['零风险', '零风险'], '零风险')).toEqual(['零风险@0-3', '零风险@0-3']);
  });
  it('agrees with a naive search on random input', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '保', '本');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(alphabet, { maxLength: 40 }), (patterns, chars) => {
        const text = chars.join('');
        expect(all(patterns, text)).toEqual(naive(patterns, text));
      }),
      { numRuns: 500 },
    );
  });
});
