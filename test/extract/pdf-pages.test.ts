import { describe, expect, it } from 'vitest';
import { fromPages, NO_PAGES, NO_TEXT_LAYER } from '../../src/extract/pdf/pdf-pages.js';
import { BLOCK_BREAK } from '../../src/types.js';

describe('fromPages', () => {
  it('joins pages with BLOCK_BREAK and keeps the source as read', () => {
    const extracted = fromPages(['理财非存\n款', '高达 8%']);
    expect(extracted.source).toBe(`理财非存\n款${BLOCK_BREAK}高达 8%`);
    expect(extracted.text).toBe(extracted.source);
    expect(extracted.toSource).toBeNull();
    expect(extracted.warnings).toEqual([]);
  });

  it('locates page, line within the page and column', () => {
    const { locate } = fromPages(['甲乙\n丙丁', '一\n二三\n四']);
    expect(locate(0)).toEqual({ page: 1, line: 1, column: 1 });
    expect(locate(4)).toEqual({ page: 1, line: 2, column: 2 });
    expect(locate(6)).toEqual({ page: 2, line: 1, column: 1 });
    expect(locate(9)).toEqual({ page: 2, line: 2, column: 2 });
    expect(locate(11)).toEqual({ page: 2, line: 3, column: 1 });
  });

  it('counts columns in code points', () => {
    const { locate } = fromPages(['𠀀𠀁保本']);
    expect(locate(4)).toEqual({ page: 1, line: 1, column: 3 });
  });

  it('turns the end of a blank line into BLOCK_BREAK without moving offsets', () => {
    const extracted = fromPages(['保\n \n本', '第\n一']);
    expect(extracted.source).toBe(`保\n \n本${BLOCK_BREAK}第\n一`);
    expect(extracted.text).toBe(`保\n ${BLOCK_BREAK}本${BLOCK_BREAK}第\n一`);
    expect(Array.from(extracted.toSource ?? [])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(extracted.locate(4)).toEqual({ page: 1, line: 3, column: 1 });
  });

  it('warns when pages carry no text', () => {
    const extracted = fromPages(['', ' \n ']);
    expect(extracted).toMatchObject({ text: '', source: '', toSource: null, warnings: [NO_TEXT_LAYER] });
    expect(NO_TEXT_LAYER).toBe('no text layer: scanned?');
  });

  it('warns when there are no pages at all', () => {
    expect(fromPages([])).toMatchObject({ text: '', source: '', warnings: [NO_PAGES] });
  });
});
