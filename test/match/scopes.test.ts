import { describe, expect, it } from 'vitest';
import { Scopes } from '../../src/match/scopes.js';
import { extractText } from '../../src/extract/text/text.js';
import { SCOPE_TABLE, SCOPES } from '../../src/scopes.js';

describe('scopes', () => {
  const text = '保本，高收益；稳赚。不赔\n下一行\u2029下一段';
  const scopes = new Scopes(text);

  it('end where the one table says', () => {
    expect(SCOPES).toEqual(['clause', 'sentence', 'paragraph', 'document']);
    expect(scopes.same('clause', 0, 2)).toBe(true);
    expect(scopes.same('clause', 0, 3)).toBe(false);
    expect(scopes.same('sentence', 0, 6)).toBe(true);
    expect(scopes.same('sentence', 0, 7)).toBe(false);
    expect(scopes.same('paragraph', 0, 15)).toBe(true);
    expect(scopes.same('paragraph', 0, 19)).toBe(false);
    expect(scopes.same('document', 0, text.length)).toBe(true);
    expect(scopes.unit('sentence', 1)).toEqual([0, 6]);
    expect(scopes.unit('paragraph', 18)).toEqual([17, text.length]);
  });

  it('are not ended by a comma or colon inside a number or a time', () => {
    const clock = new Scopes('今晚23:59关闭，共1,260元');
    expect(clock.same('clause', 0, 9)).toBe(true);
    expect(clock.same('clause', 0, 10)).toBe(false);
    expect(clock.same('clause', 10, 17)).toBe(true);
  });

  it('hold a gap no wider than the unit allows', () => {
    expect(SCOPE_TABLE.clause.reach).toBeLessThan(SCOPE_TABLE.sentence.reach);
    expect(SCOPE_TABLE.sentence.reach).toBeLessThan(SCOPE_TABLE.paragraph.reach);
  });

  it('a blank line ends a paragraph of plain text, as a block does in markdown', () => {
    const doc = extractText(Buffer.from('第一段\n\n第二段\r\n \r\n第三段\n第三段续'));
    expect(doc.text).toBe('第一段\n\u2029第二段\r\n \r\u2029第三段\n第三段续');
    expect(doc.source).toBe('第一段\n\n第二段\r\n \r\n第三段\n第三段续');
  });
});
