import MarkdownIt, { type Options } from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/** markdown-it's own default: deeper than this, its parser would risk the stack. */
export const MAX_NESTING = 100;

/** What one parse leaves behind besides its tokens. */
export interface ParseEnv {
  /** Source index where each line's content starts inside its containers (`>`, list markers), where a block or table row began. */
  contentStarts: Int32Array;
  /** Link reference definitions, filled in by markdown-it. */
  references?: Record<string, unknown>;
}

/**
 * markdown-it with GFM tables and strikethrough, raw HTML recognised (tags are stepped over, blocks read for their text),
 * no linkify, and escapes and entities kept as their own tokens so each maps back to its markup.
 */
export function createMarkdownParser(): MarkdownIt {
  // maxNesting is an option of markdown-it that its type definitions leave out.
  const md = new MarkdownIt({ html: true, linkify: false, maxNesting: MAX_NESTING } as Options);
  md.core.ruler.disable('text_join');
  // Nothing is rendered, so links need no punycode or percent-encoding; validateLink only looks at the scheme, which those keep.
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  // First in the main chain (block starts) and in the chain the table rule asks about each body row.
  md.block.ruler.before('table', 'content_start', recordContentStart, { alt: ['blockquote'] });
  keepTooDeep(md);
  return md;
}

/** A token for the lines markdown-it would drop past its nesting limit; `meta` is their [start, end) in the source. */
export const TOO_DEEP = 'copylint_too_deep';

/**
 * Past `maxNesting` containers (100 block quotes, or about 50 list levels) markdown-it skips the
 * rest of the container without a word. Those lines are kept instead, as one block of raw lines
 * (markup included), so that a hit hidden that deep is still found.
 */
function keepTooDeep(md: MarkdownIt): void {
  const tokenize = md.block.tokenize.bind(md.block);
  md.block.tokenize = (state: StateBlock, startLine: number, endLine: number) => {
    const line = state.level >= MAX_NESTING ? state.skipEmptyLines(startLine) : endLine;
    if (line >= endLine || state.sCount[line] < state.blkIndent) return tokenize(state, startLine, endLine);
    const ranges: Array<[number, number]> = [];
    for (let l = line; l < endLine; l++) ranges.push([state.bMarks[l] + state.tShift[l], state.eMarks[l]]);
    const token = state.push(TOO_DEEP, '', 0);
    token.map = [line, endLine];
    token.meta = ranges;
    state.line = endLine;
  };
}

function recordContentStart(state: StateBlock, line: number): boolean {
  const { contentStarts } = state.env as ParseEnv;
  if (line < contentStarts.length) contentStarts[line] = state.bMarks[line] + state.tShift[line];
  return false;
}
