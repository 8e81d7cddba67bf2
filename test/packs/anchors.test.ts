import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorsOf } from '../../src/packs/anchors.js';

const sorted = (a: string[] | null) => (a ? [...a].sort() : a);

describe('anchorsOf', () => {
  it('takes the longest literal run of a sequence', () => {
    expect(sorted(anchorsOf('年化\\d+%保证收益'))).toEqual(['%保证收益']);
  });
  it('unions alternatives, and expands small classes', () => {
    expect(sorted(anchorsOf('(?:保本|刚兑)[付息]'))).toEqual(['保本', '刚兑']);
    expect(sorted(anchorsOf('[保担]本'))).toEqual(['保本', '担本']);
  });
  it('steps over assertions and required groups', () => {
    expect(sorted(anchorsOf('(?<![确担])保本(?!点)'))).toEqual(['保本']);
    expect(sorted(anchorsOf('\\d+(?:万|亿)用户'))).toEqual(['用户']);
  });
  it('gives up where a match needs no literal', () => {
    expect(anchorsOf('\\d{11}')).toBeNull();
    expect(anchorsOf('保本|\\d+')).toBeNull();
    expect(anchorsOf('(?:保本)?\\d+')).toBeNull();
  });
  it('never misses: every match of a random pattern contains an anchor', () => {
    const atom = fc.oneof(
      fc.constantFrom('保', '本', '息', 'a', 'b'),
      fc.constantFrom('[保本]', '\\d', '.', '(?:保本|息)', '(?:a|b)?', '保+', '(?<!a)', '(?=b)'),
    );
    fc.assert(
      fc.property(fc.array(atom, { minLength: 1, maxLength: 5 }), fc.string({ unit: fc.constantFrom('保', '本', '息', 'a', 'b', '1'), maxLength: 30 }), (atoms, text) => {
        const source = atoms.join('');
        const anchors = anchorsOf(source);
        if (!anchors) return;
        for (const m of text.matchAll(new RegExp(source, 'gu'))) {
          if (m[0].length) expect(anchors.some((a) => m[0].includes(a)), `${source} on ${m[0]}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
