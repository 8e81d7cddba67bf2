import type Token from 'markdown-it/lib/token.mjs';
import { type Cell, LineTable, mapCell, mapGreedy, mapHeading, mapLines, rowCells, trimEndAscii } from './markdown-blocks.js';
import { readHtmlBlock } from './markdown-html.js';
import { InlineAligner, mayHaveUrls } from './markdown-inline.js';
import type { TextBuilder } from './markdown-output.js';
import { type Block, createMarkdownParser, parseBlocks, TOO_DEEP, type ParseEnv } from './markdown-parser.js';

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
  const blocks = parseBlocks(md, src, env);
  const stats = { resyncs: 0 };
  const tooDeep: number[] = [];
  let positions = new Int32Array(256);
  let row: Row = { line: 0, cells: [], next: 0 };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    // Let each block go once read: the text builder now holds what it had to say.
    blocks[i] = DONE;
    if (block.type === 'tr_open' && block.map) row = readRow(lines, env, block.map[0]);
    if (block.type === TOO_DEEP) {
      readRaw(src, block.ranges!, out);
      tooDeep.push(block.map![0]);
      continue;
    }
    const html = block.type === 'html_block';
    if (block.type !== 'inline' && !html) continue;
    // An HTML block's content keeps each line's end; only its last line's is trimmed, as mapLines does.
    const content = html ? block.content.slice(0, trimEndAscii(block.content, 0, block.content.length)) : block.content;
    if (positions.length <= content.length) positions = new Int32Array(2 * content.length + 1);
    const placed = html ? block.map !== null && mapLines(lines, block.map[0], content, positions) : place(lines, env, block, row, positions);
    if (!placed) {
      stats.resyncs++;
      const [first, last] = block.map ?? [row.line, row.line + 1];
      mapGreedy(src, lines.start(first), lines.end(last - 1), content, positions);
    }
    if (html) readHtmlBlock(content, positions, out, decodeEntity);
    else new InlineAligner({ md, env, content, positions, out, stats, mayHaveUrls: mayHaveUrls(content) }, content, 0).walk(inlineTokens(content, env));
    out.endBlock(positions[content.length]);
  }
  return { resyncs: stats.resyncs, tooDeep };
}

const DONE: Block = { type: '', map: null, content: '', opener: '', markup: '', ranges: null };

function inlineTokens(content: string, env: ParseEnv): Token[] {
  const tokens: Token[] = [];
  md.inline.parse(content, md, env, tokens);
  return tokens;
}

/** Lines as they are in the source, one block. */
function readRaw(src: string, ranges: Array<[number, number]>, out: TextBuilder): void {
  ranges.forEach(([start, end], k) => {
    if (k > 0) out.pushAt('\n', ranges[k - 1][1]);
    out.pushRun(src.slice(start, end), start);
  });
  out.endBlock(ranges.at(-1)![1]);
}

function place(lines: LineTable, env: ParseEnv, inline: Block, row: Row, positions: Int32Array): boolean {
  if (inline.opener === 'th_open' || inline.opener === 'td_open') return mapCell(lines.src, row.cells[row.next++], inline.content, positions);
  if (!inline.map) return false;
  const line = inline.map[0];
  if (inline.opener === 'heading_open' && inline.markup.startsWith('#')) {
    return mapHeading(lines, line, env.contentStarts[line], inline.content, positions);
  }
  return mapLines(lines, line, inline.content, positions);
}

function readRow(lines: LineTable, env: ParseEnv, line: number): Row {
  const start = env.contentStarts[line] >= 0 ? env.contentStarts[line] : lines.start(line);
  return { line, cells: rowCells(lines.src, start, lines.end(line)), next: 0 };
}
