import { lineStarts } from '../locate.js';

/**
 * Where each character of a block's inline content (markdown-it's `inline.content`) sits in the source.
 * Every function fills `positions[i]` for each content index and `positions[content.length]` with the
 * index just after the block, and returns false when the content is not where the source says it is.
 */

/** Line boundaries of the parsed source. */
export class LineTable {
  private readonly starts: number[];

  constructor(readonly src: string) {
    this.starts = lineStarts(src);
  }

  get count(): number {
    return this.starts.length;
  }

  start(line: number): number {
    return this.starts[line];
  }

  /** Index of the line's '\n' (or the end of the source). */
  end(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.src.length;
  }
}

/**
 * Paragraphs and setext headings: content line k is the tail of source line `firstLine + k` after
 * its container prefix (`>`, list marker, indentation); the last line is also trimmed at its end.
 * Mapped from each line's end, so prefixes never need to be parsed again.
 */
export function mapLines(lines: LineTable, firstLine: number, content: string, positions: Int32Array): boolean {
  const src = lines.src;
  let from = 0;
  for (let line = firstLine; ; line++) {
    if (line >= lines.count) return false;
    const newline = content.indexOf('\n', from);
    const to = newline === -1 ? content.length : newline;
    const end = newline === -1 ? trimEndAscii(src, lines.start(line), lines.end(line)) : lines.end(line);
    const start = end - (to - from);
    if (!sameTail(src, start, content, from, to)) return false;
    for (let j = from; j <= to; j++) positions[j] = start + (j - from);
    if (newline === -1) return true;
    from = newline + 1;
  }
}

/** ATX headings: the content is the line after the opening `#`s, without a closing sequence. */
export function mapHeading(lines: LineTable, line: number, contentStart: number, content: string, positions: Int32Array): boolean {
  const src = lines.src;
  const lineEnd = lines.end(line);
  let from = contentStart >= 0 ? contentStart : lines.start(line);
  while (from < lineEnd && src.charCodeAt(from) === 0x23) from++;
  const at = src.slice(from, lineEnd).indexOf(content);
  if (at < 0) return false;
  fillRun(positions, 0, content.length + 1, from + at);
  return true;
}

export interface Cell {
  /** Source range of the cell, trimmed. */
  start: number;
  end: number;
  /** Backslashes of `\|` inside it, which markdown-it drops. */
  dropped: number[];
}

/** The cells of a GFM table row as markdown-it splits them: unescaped `|` separate, `\|` becomes `|`. */
export function rowCells(src: string, rowStart: number, lineEnd: number): Cell[] {
  const raw = src.slice(rowStart, lineEnd);
  const start = rowStart + raw.length - raw.trimStart().length;
  const end = start + raw.trim().length;
  const cells: Cell[] = [];
  let cell: Cell = { start, end, dropped: [] };
  for (let i = start; i < end; i++) {
    if (src.charCodeAt(i) !== 0x7c) continue;
    if (i > start && src.charCodeAt(i - 1) === 0x5c) {
      cell.dropped.push(i - 1);
      continue;
    }
    cells.push({ ...cell, end: i });
    cell = { start: i + 1, end, dropped: [] };
  }
  cells.push(cell);
  if (cells.length > 0 && cells[0].start === cells[0].end) cells.shift();
  if (cells.length > 0 && cells[cells.length - 1].start === cells[cells.length - 1].end) cells.pop();
  return cells.map((c) => trimCell(src, c));
}

/** Fills a cell's positions; false when markdown-it's cell text is not the one computed. */
export function mapCell(src: string, cell: Cell | undefined, content: string, positions: Int32Array): boolean {
  if (!cell) return content === '';
  let j = 0;
  let next = 0;
  for (let i = cell.start; i < cell.end; i++) {
    if (i === cell.dropped[next]) {
      next++;
      continue;
    }
    if (src.charCodeAt(i) !== content.charCodeAt(j)) return false;
    positions[j++] = i;
  }
  positions[j] = cell.end;
  return j === content.length;
}

/** Last resort for content that is not where it was expected: each unit at its next occurrence in [from, to). */
export function mapGreedy(src: string, from: number, to: number, content: string, positions: Int32Array): void {
  let cursor = from;
  for (let j = 0; j < content.length; j++) {
    let found = cursor;
    while (found < to && src.charCodeAt(found) !== content.charCodeAt(j)) found++;
    positions[j] = found < to ? found : cursor;
    if (found < to) cursor = found + 1;
  }
  positions[content.length] = cursor;
}

function trimCell(src: string, cell: Cell): Cell {
  const raw = src.slice(cell.start, cell.end);
  const start = cell.start + raw.length - raw.trimStart().length;
  const end = Math.max(start, cell.end - (raw.length - raw.trimEnd().length));
  return { start, end, dropped: cell.dropped };
}

export function trimEndAscii(src: string, from: number, to: number): number {
  let end = to;
  while (end > from && isAsciiTrimmable(src.charCodeAt(end - 1))) end--;
  return end;
}

function isAsciiTrimmable(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Compares a content line with the source, past the spaces markdown-it may pad a partly used tab with. */
function sameTail(src: string, start: number, content: string, from: number, to: number): boolean {
  let j = from;
  while (j < to && (content.charCodeAt(j) === 0x20 || content.charCodeAt(j) === 0x09)) j++;
  if (start + (j - from) < 0) return false;
  for (; j < to; j++) if (src.charCodeAt(start + (j - from)) !== content.charCodeAt(j)) return false;
  return true;
}

function fillRun(positions: Int32Array, from: number, to: number, start: number): void {
  for (let j = from; j < to; j++) positions[j] = start + j - from;
}
