import type { Extracted } from '../../types.js';
import { decodeText } from '../text/decode.js';
import { lineLocator } from '../locate.js';
import { alignBlocks } from './markdown-align.js';
import { MAX_NESTING } from './markdown-parser.js';
import { blankOut, readFrontMatter } from './markdown-front-matter.js';
import { TextBuilder } from './markdown-output.js';

/** Markdown: the visible text of each block, mapped character by character back to the decoded file. */
export function extractMarkdown(bytes: Uint8Array): Extracted {
  const decoded = decodeText(bytes);
  const source = decoded.text;
  const { text, toSource, declaredClasses, tooDeep } = markdownText(source);
  const warnings = [...decoded.warnings, ...tooDeep.map((line) => `nested more than ${MAX_NESTING} levels deep from line ${line + 1}: read as plain text, markup included`)];
  return { format: 'markdown', text, source, toSource, locate: lineLocator(source), warnings, declaredClasses };
}

export interface MarkdownText {
  text: string;
  toSource: Int32Array;
  /** Times alignment had to search for a token instead of finding it at the cursor: 0 unless there is a bug. */
  resyncs: number;
  /** 0-based first lines of the runs of lines nested too deep for the parser, read as plain text. */
  tooDeep: number[];
  declaredClasses: string[];
}

/** Visible text of a markdown document; front matter values come first, each as its own block. */
export function markdownText(source: string): MarkdownText {
  const { src: parsed, toOriginal } = unifyLineBreaks(source);
  const frontMatter = readFrontMatter(parsed);
  const src = frontMatter ? blankOut(parsed, frontMatter.end) : parsed;
  const out = new TextBuilder(src.length + 64);
  for (const value of frontMatter?.values ?? []) {
    out.pushMapped(value.text, value.positions, 0);
    out.endBlock(value.positions[value.text.length]);
  }
  const { resyncs, tooDeep } = alignBlocks(src, out);
  const { text, toSource } = out.finish();
  if (toOriginal) for (let i = 0; i < toSource.length; i++) toSource[i] = toOriginal[toSource[i]];
  return { text, toSource, resyncs, tooDeep, declaredClasses: frontMatter?.classes ?? [] };
}

/**
 * markdown-it turns CRLF and CR into LF and NUL into U+FFFD before parsing; do the same first, so that
 * token text can be compared with the string parsed, and keep the way back to the file's own indexes.
 */
function unifyLineBreaks(source: string): { src: string; toOriginal: Int32Array | null } {
  const src = source.includes('\0') ? source.replaceAll('\0', '\uFFFD') : source;
  if (!src.includes('\r')) return { src, toOriginal: null };
  const toOriginal = new Int32Array(src.length + 1);
  let unified = '';
  let from = 0;
  let length = 0;
  for (let i = src.indexOf('\r'); i !== -1; i = src.indexOf('\r', from)) {
    for (let j = from; j <= i; j++) toOriginal[length + j - from] = j;
    unified += src.slice(from, i) + '\n';
    length += i - from + 1;
    from = src.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
  }
  for (let j = from; j <= src.length; j++) toOriginal[length + j - from] = j;
  return { src: unified + src.slice(from), toOriginal };
}
