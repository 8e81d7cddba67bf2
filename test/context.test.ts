import { describe, expect, it } from 'vitest';
import { contextAround } from '../src/context.js';

function show(text: string, hit: string): string {
  const start = text.indexOf(hit);
  const { context, span } = contextAround(text, start, start + hit.length);
  return `${context.slice(0, span[0])}[${context.slice(span[0], span[1])}]${context.slice(span[1])}`;
}

describe('contextAround', () => {
  it('gives the sentence around the hit', () => {
    expect(show('第一句。本产品稳赚不赔，欢迎咨询。第三句。', '稳赚不赔')).toBe('本产品[稳赚不赔]，欢迎咨询。');
  });
  it('joins wrapped CJK lines, also after CJK punctuation and inside the hit', () => {
    expect(show('保本保息，\n稳赚不\n赔。', '稳赚不\n赔')).toBe('保本保息，[稳赚不赔]。');
  });
  it('keeps a space where Latin text was wrapped', () => {
    expect(show('Guaranteed\nreturns 保本。', '保本')).toBe('Guaranteed returns [保本]。');
  });
  it('stops at a block break and marks a cut sentence with an ellipsis', () => {
    expect(show('标题\u2029正文保本', '保本')).toBe('正文[保本]');
    expect(show(`${'很'.repeat(50)}保本${'长'.repeat(50)}`, '保本')).toBe(`…${'很'.repeat(40)}[保本]${'长'.repeat(40)}…`);
  });
});
