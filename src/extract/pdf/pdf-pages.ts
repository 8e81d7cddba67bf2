import { BLOCK_BREAK, type Extracted, type Point } from '../../types.js';
import { columnCounter, floorIndex, lineStarts } from '../locate.js';

export const NO_TEXT_LAYER = 'no text layer: scanned?';
export const NO_PAGES = 'no pages: nothing to check';

/**
 * Joins page texts with BLOCK_BREAK, so nothing matches across pages, into an Extracted whose
 * source is the page texts as read and whose locations are page, line within the page, column.
 */
export function fromPages(pages: string[]): Extracted {
  if (pages.every((page) => page.trim() === '')) return noText(pages.length > 0 ? [NO_TEXT_LAYER] : [NO_PAGES]);
  const source = pages.join(BLOCK_BREAK);
  const text = breakAtBlankLines(source);
  const toSource = text === source ? null : identity(text.length);
  return { format: 'pdf', text, source, toSource, locate: pageLocator(pages, source), warnings: [] };
}

function noText(warnings: string[]): Extracted {
  return { format: 'pdf', text: '', source: '', toSource: null, locate: () => ({ page: 1, line: 1, column: 1 }), warnings };
}

/** A blank line separates paragraphs: the '\n' ending it becomes BLOCK_BREAK (same length, so offsets hold). */
function breakAtBlankLines(s: string): string {
  return s.replace(/\n[^\S\n\u2029]*\n/g, (blank) => blank.slice(0, -1) + BLOCK_BREAK);
}

function identity(length: number): Int32Array {
  const map = new Int32Array(length);
  for (let i = 0; i < length; i++) map[i] = i;
  return map;
}

function pageLocator(pages: string[], source: string): (index: number) => Point {
  const pageStarts: number[] = [];
  const linesOfPage: number[][] = [];
  let start = 0;
  for (const page of pages) {
    pageStarts.push(start);
    linesOfPage.push(lineStarts(page).map((offset) => start + offset));
    start += page.length + BLOCK_BREAK.length;
  }
  const columnOf = columnCounter(source);
  return (index) => {
    const page = floorIndex(pageStarts, index);
    const starts = linesOfPage[page];
    const line = floorIndex(starts, index);
    return { page: page + 1, line: line + 1, column: columnOf(starts[line], index) };
  };
}
