import { describe, expect, it } from 'vitest';
import { braced, readExample } from '../../src/packs/examples.js';

describe('examples pin their span', () => {
  it('reads braced spans, several of them', () => {
    expect(readExample('销量{第一}', true)).toEqual({ text: '销量第一', spans: [[2, 4]] });
    expect(readExample('{保本}{保息}', true)).toEqual({ text: '保本保息', spans: [[0, 2], [2, 4]] });
  });

  it('escapes braces and backslashes, for SMS templates', () => {
    expect(readExample('尊敬的\\{姓名\\}：{保本}', true)).toEqual({ text: '尊敬的{姓名}：保本', spans: [[8, 10]] });
    expect(readExample('a\\\\{b}', true)).toEqual({ text: 'a\\b', spans: [[2, 3]] });
    expect(braced('尊敬的{姓名}：保本', [[8, 10]])).toBe('尊敬的\\{姓名\\}：{保本}');
  });

  it('says what is wrong with a span', () => {
    expect(readExample('销量第一', true)).toMatch(/mark the span/);
    expect(readExample('{销量{第一}}', true)).toMatch(/do not nest/);
    expect(readExample('销量}第一', true)).toMatch(/without its \{/);
    expect(readExample('销量{第一', true)).toMatch(/without its \}/);
    expect(readExample('销量{}第一', true)).toMatch(/empty span/);
    expect(readExample('{姓名}', false)).toMatch(/marks no span/);
    expect(readExample('\\{姓名\\}', false)).toEqual({ text: '{姓名}', spans: [] });
  });
});
