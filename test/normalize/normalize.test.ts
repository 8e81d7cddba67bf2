import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';

const norm = (s: string) => normalize(s).text;

describe('normalize', () => {
  it('folds traditional characters to simplified', () => {
    expect(norm('無風險，穩賺不賠')).toBe('无风险,稳赚不赔');
  });
  it('drops noise between CJK characters, also line breaks', () => {
    expect(norm('无 风 险')).toBe('无风险');
    expect(norm('稳-赚\n不*赔')).toBe('稳赚不赔');
    expect(norm('年化 8%')).toBe('年化8%');
  });
  it('keeps noise between Latin letters and between digits', () => {
    expect(norm('a b')).toBe('a b');
    expect(norm('2023.03')).toBe('2023.03');
  });
  it('folds full width and case', () => {
    expect(norm('ＡＢＣ１０％')).toBe('abc10%');
  });
  it('removes zero-width characters', () => {
    expect(norm('理财\u200b非存款')).toBe('理财非存款');
  });
  it('never joins across a block break', () => {
    expect(norm('保本\u2029保息')).toBe('保本\u2029保息');
  });
  it('maps every normalized unit back to its input index', () => {
    const n = normalize('稳 赚\n不赔');
    expect(n.text).toBe('稳赚不赔');
    expect(Array.from(n.toInput)).toEqual([0, 2, 4, 5]);
  });
  it('maps both halves of an astral character to its start', () => {
    const n = normalize('x𠀀y');
    expect(Array.from(n.toInput)).toEqual([0, 1, 1, 3]);
  });
});
