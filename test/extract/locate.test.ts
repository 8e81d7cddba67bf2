import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnCounter, lineLocator } from '../../src/extract/locate.js';

/** Columns by walking the line, as a reader counts them: one a code point. */
function walked(s: string, from: number, index: number): number {
  return [...s.slice(from, index)].length + 1;
}

describe('columnCounter', () => {
  it('counts code points, a surrogate pair as one', () => {
    const s = 'a𠀀b😀c';
    const columnOf = columnCounter(s);
    expect([0, 1, 3, 4, 6].map((i) => columnOf(0, i))).toEqual([1, 2, 3, 4, 5]);
    expect(columnOf(3, 6)).toBe(3);
  });

  it('agrees with walking the line, on any text', () => {
    const unit = fc.constantFrom('a', '保', '𠀀', '😀', '\n', '\ud800', '\udc00');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((units) => units.join('')), fc.nat(), fc.nat(), (s, x, y) => {
        const [from, index] = [x % (s.length + 1), y % (s.length + 1)].sort((a, b) => a - b);
        // A column is asked for at the start of a character, never inside a pair.
        fc.pre(!(/[\udc00-\udfff]/.test(s[index] ?? '') && /[\ud800-\udbff]/.test(s[index - 1] ?? '')));
        expect(columnCounter(s)(from, index)).toBe(walked(s, from, index));
      }),
      { seed: 20_260_101, numRuns: 500 },
    );
  });

  it('places the last character of a 2,000,000-character line', () => {
    const s = `${'保'.repeat(2_000_000)}𠀀本`;
    expect(lineLocator(s)(s.length - 1)).toEqual({ line: 1, column: 2_000_002 });
  });
});
