import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * What the slow positional parser says is visible, as regions of the source. A region whose
 * characters are exactly its source slice (`exact`) pins every character to its offset; one with
 * escapes or entities (value ≠ slice) only pins which characters lie inside it.
 */
export interface Region {
  start: number;
  end: number;
  value: string;
  exact: boolean;
  /** Index of the mdast block (paragraph, heading, table cell) it belongs to. */
  block: number;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Where an `html` node is an HTML block rather than inline HTML. */
const FLOW = new Set(['root', 'blockquote', 'listItem']);

export function visibleRegions(src: string): Region[] {
  const tree = fromMarkdown(src, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const regions: Region[] = [];
  const lineStarts = [0];
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let block = -1;
  const visit = (node: Nodes, parent?: Parents): void => {
    if (BLOCKS.has(node.type)) block++;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    if (node.type === 'text') regions.push(...textRegions(src, lineStarts, node.value, start, end, block));
    else if (node.type === 'html' && parent && FLOW.has(parent.type)) regions.push(...htmlRegions(src, lineStarts, node.value, start, end, () => ++block));
    else if (node.type === 'break') regions.push({ start, end, value: '\n', exact: false, block });
    else if (node.type === 'image' || node.type === 'imageReference') regions.push(altRegion(src, node.alt ?? '', start, block));
    else if (node.type === 'link' && src[start] !== '[') return;
    else if ('children' in node) for (const child of (node as Parents).children) visit(child, node as Parents);
  };
  visit(tree);
  return regions;
}

/**
 * A text node, line by line: its first line starts at the node, a middle line ends where its source line
 * ends (less trailing blanks), the last line ends at the node; the '\n' between lines is the source's.
 */
function textRegions(src: string, lineStarts: number[], value: string, start: number, end: number, block: number): Region[] {
  const parts = value.split('\n');
  const firstLine = lineOf(lineStarts, start);
  return parts.flatMap((part, k) => {
    const line = firstLine + k;
    const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : src.length;
    const partEnd = k === parts.length - 1 ? end : trimBlankEnd(src, lineEnd);
    const partStart = k === 0 ? start : partEnd - part.length;
    const exact = src.slice(partStart, partEnd) === part;
    const region = { start: exact ? partStart : k === 0 ? start : lineStarts[line], end: partEnd, value: part, exact, block };
    return k === parts.length - 1 ? [region] : [region, { start: lineEnd, end: lineEnd + 1, value: '\n', exact: true, block }];
  });
}

/**
 * An HTML block, read the simple way, which is enough for the HTML that markdown-gen writes: every tag, comment,
 * script and style is markup; entities are the few it uses; `<br>` is a line break; the block tags it uses start
 * a block; blanks at either end of a block are layout. One region per character (per entity).
 */
function htmlRegions(src: string, lineStarts: number[], value: string, start: number, end: number, nextBlock: () => number): Region[] {
  const offsets = valueOffsets(src, lineStarts, value, start, end);
  const regions: Region[] = [];
  let block = nextBlock();
  let pending: Region[] = [];
  const char = (from: number, length: number, text: string) => {
    const offset = offsets[from];
    pending.push({ start: offset, end: offset + length, value: text, exact: length === 1 && src[offset] === text, block });
  };
  const text = (from: number, to: number) => {
    for (let i = from; i < to; i++) char(i, 1, value[i]);
  };
  const endBlock = () => {
    const blank = (region: Region) => /^[ \t\n]$/.test(region.value);
    while (pending.length > 0 && blank(pending[0])) pending.shift();
    while (pending.length > 0 && blank(pending[pending.length - 1])) pending.pop();
    regions.push(...pending);
    pending = [];
    block = nextBlock();
  };
  let at = 0;
  for (const match of value.matchAll(HTML_MARKUP)) {
    text(at, match.index);
    const markup = match[0];
    if (markup.startsWith('&')) char(match.index, markup.length, HTML_ENTITIES[markup]);
    else if (/^<br\b/.test(markup)) char(match.index, markup.length, '\n');
    else if (HTML_BLOCK_TAG.test(markup)) endBlock();
    at = match.index + markup.length;
  }
  text(at, value.length);
  endBlock();
  return regions;
}

// A comment or script left open (a lazy line ended its block quote) runs to the end of the block.
const HTML_MARKUP = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1>|$)|<[a-z/][^>]*>|&[#a-z0-9]+;/gi;
const HTML_BLOCK_TAG = /^<\/?(?:div|p|section|center|table|tr|td)\b/;
const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&nbsp;': '\u00a0', '&#x4fdd;': '保', '&#20445;': '保' };

/** Source offset of each unit of a node's value whose lines after the first are the tails of their source lines. */
function valueOffsets(src: string, lineStarts: number[], value: string, start: number, end: number): number[] {
  const offsets: number[] = [];
  const parts = value.split('\n');
  const firstLine = lineOf(lineStarts, start);
  parts.forEach((part, k) => {
    const line = firstLine + k;
    const lineEnd = k === parts.length - 1 ? end : line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : src.length;
    const from = k === 0 ? start : lineEnd - part.length;
    for (let j = 0; j < part.length; j++) offsets.push(from + j);
    if (k < parts.length - 1) offsets.push(lineEnd);
  });
  return offsets;
}

/** Image alt text sits between `![` and the label's `]` (generated alts hold no brackets). */
function altRegion(src: string, alt: string, start: number, block: number): Region {
  const from = start + 2;
  const to = src.indexOf(']', from);
  return { start: from, end: to, value: alt, exact: src.slice(from, to) === alt, block };
}

function lineOf(lineStarts: number[], offset: number): number {
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
  return line;
}

function trimBlankEnd(src: string, end: number): number {
  let at = end;
  while (at > 0 && (src[at - 1] === ' ' || src[at - 1] === '\t')) at--;
  return at;
}
