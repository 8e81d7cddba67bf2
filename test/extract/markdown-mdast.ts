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

export function visibleRegions(src: string): Region[] {
  const tree = fromMarkdown(src, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const regions: Region[] = [];
  const lineStarts = [0];
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let block = -1;
  const visit = (node: Nodes): void => {
    if (BLOCKS.has(node.type)) block++;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    if (node.type === 'text') regions.push(...textRegions(src, lineStarts, node.value, start, end, block));
    else if (node.type === 'break') regions.push({ start, end, value: '\n', exact: false, block });
    else if (node.type === 'image' || node.type === 'imageReference') regions.push(altRegion(src, node.alt ?? '', start, block));
    else if (node.type === 'link' && src[start] !== '[') return;
    else if ('children' in node) for (const child of (node as Parents).children) visit(child);
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
