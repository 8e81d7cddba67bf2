import type Token from 'markdown-it/lib/token.mjs';
import { type Cell, LineTable, mapCell, mapGreedy, mapHeading, mapLines, rowCells, trimEndAscii } from './markdown-blocks.js';
import { readHtmlBlock } from './markdown-html.js';
import { InlineAligner, mayHaveUrls } from './markdown-inline.js';
import type { TextBuilder } from './markdown-output.js';
import { createMarkdownParser, TOO_DEEP, type ParseEnv } from './markdown-parser.js';

const md = createMarkdownParser();
const decodeEntity = (entity: string): string => md.utils.unescapeAll(entity);

/** Table cells carry no line range of their own: they are cut from the row being read. */
interface Row {
  line: number;
  cells: Cell[];
  next: number;
}

export interface Aligned {
  /** How often something was not where it was expected (0 when aligned). */
  resyncs: number;
  /** 0-based first lines of the runs of lines nested past markdown-it's limit, read raw. */
  tooDeep: number[];
}

/**
 * Parses `src` (line breaks already '\n') and appends the visible text of each block (inline content or
 * HTML block) to `out`, one block at a time.
 */
export function alignBlocks(src: string, out: TextBuilder): Aligned {
  const lines = new LineTable(src);
  const env: ParseEnv = { contentStarts: new Int32Array(lines.count).fill(-1) };
  const tokens = md.parse(src, env);
  const stats = { resyncs: 0 };
  const tooDeep: number[] = [];
  let positions = new Int32Array(256);
  let row: Row = { line: 0, cells: [], next: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'tr_open' && token.map) row = readRow(lines, env, token.map[0]);
    if (token.type === TOO_DEEP) {
      readRaw(src, token.meta as Array<[number, number]>, out);
      tooDeep.push(token.map![0]);
      continue;
    }
    const html = token.type === 'html_block';
    if (token.type !== 'inline' && !html) continue;
    // An HTML block's content keeps each line's end; only its last line's is trimmed, as mapLines does.
    const content = html ? token.content.slice(0, trimEndAscii(token.content, 0, token.content.length)) : token.content;
    if (positions.length <= content.length) positions = new Int32Array(2 * content.length + 1);
    const placed = html ? token.map !== null && mapLines(lines, token.map[0], content, positions) : place(lines, env, tokens[i - 1], token, row, positions);
    if (!placed) {
      stats.resyncs++;
      const [first, last] = token.map ?? [row.line, row.line + 1];
      mapGreedy(src, lines.start(first), lines.end(last - 1), content, positions);
    }
    if (html) readHtmlBlock(content, positions, out, decodeEntity);
    else new InlineAligner({ md, env, content, positions, out, stats, mayHaveUrls: mayHaveUrls(content) }, content, 0).walk(token.children ?? []);
    out.endBlock(positions[content.length]);
  }
  return { resyncs: stats.resyncs, tooDeep };
}

/** Lines as they are in the source, one block. */
function readRaw(src: string, ranges: Array<[number, number]>, out: TextBuilder): void {
  ranges.forEach(([start, end], k) => {
    if (k > 0) out.pushAt('\n', ranges[k - 1][1]);
    out.pushRun(src.slice(start, end), start);
  });
  out.endBlock(ranges.at(-1)![1]);
}

function place(lines: LineTable, env: ParseEnv, opener: Token, inline: Token, row: Row, positions: Int32Array): boolean {
  if (opener.type === 'th_open' || opener.type === 'td_open') return mapCell(lines.src, row.cells[row.next++], inline.content, positions);
  if (!inline.map) return false;
  const line = inline.map[0];
  if (opener.type === 'heading_open' && opener.markup.startsWith('#')) {
    return mapHeading(lines, line, env.contentStarts[line], inline.content, positions);
  }
  return mapLines(lines, line, inline.content, positions);
}

function readRow(lines: LineTable, env: ParseEnv, line: number): Row {
  const start = env.contentStarts[line] >= 0 ? env.contentStarts[line] : lines.start(line);
  return { line, cells: rowCells(lines.src, start, lines.end(line)), next: 0 };
}
