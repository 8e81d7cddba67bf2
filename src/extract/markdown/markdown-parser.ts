import MarkdownIt, { type Options } from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/** markdown-it's own default: deeper than this, its parser would risk the stack. */
export const MAX_NESTING = 100;

/** What one parse leaves behind besides its tokens. */
export interface ParseEnv {
  /** Source index where each line's content starts inside its containers (`>`, list markers), where a block or table row began. */
  contentStarts: Int32Array;
  /** Link reference definitions, filled in by markdown-it. */
  references?: Record<string, unknown>;
  /** The blocks parsed so far, kept as they complete (see parseBlocks). */
  blocks?: Block[];
}

/** What alignment needs of a block-level token: the token itself is let go once its top-level block is complete. */
export interface Block {
  /** `inline`, `html_block`, `tr_open` or TOO_DEEP. */
  type: string;
  map: [number, number] | null;
  content: string;
  /** For inline content: the type and markup of the token that opened its block (`heading_open`, `td_open` …). */
  opener: string;
  markup: string;
  /** For TOO_DEEP: the [start, end) of each line. */
  ranges: Array<[number, number]> | null;
}

const KEPT = new Set(['inline', 'html_block', 'tr_open']);

/**
 * The blocks of `src`, in order. markdown-it keeps every token of a document until it is done:
 * ten times the document in memory, more with inline tokens. Here each top-level block's tokens
 * are reduced to what alignment needs as soon as the next one starts, and inline content is left
 * to be parsed one block at a time (after every link reference definition is known).
 */
export function parseBlocks(md: MarkdownIt, src: string, env: ParseEnv): Block[] {
  env.blocks = [];
  const rest = md.parse(src, env);
  keepBlocks(rest, env.blocks);
  return env.blocks;
}

function keepBlocks(tokens: Token[], blocks: Block[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!KEPT.has(token.type) && token.type !== TOO_DEEP) continue;
    const opener = tokens[i - 1];
    blocks.push({
      type: token.type,
      map: token.map as [number, number] | null,
      content: token.content,
      opener: token.type === 'inline' && opener ? opener.type : '',
      markup: token.type === 'inline' && opener ? opener.markup : '',
      ranges: token.type === TOO_DEEP ? (token.meta as Array<[number, number]>) : null,
    });
  }
  tokens.length = 0;
}

/**
 * markdown-it with GFM tables and strikethrough, raw HTML recognised (tags are stepped over, blocks read for their text),
 * no linkify, and escapes and entities kept as their own tokens so each maps back to its markup.
 */
export function createMarkdownParser(): MarkdownIt {
  // maxNesting is an option of markdown-it that its type definitions leave out.
  const md = new MarkdownIt({ html: true, linkify: false, maxNesting: MAX_NESTING } as Options);
  md.core.ruler.disable('text_join');
  // Inline content is parsed block by block by the reader (parseBlocks), not all at once.
  md.core.ruler.disable('inline');
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

/** Runs first at each block start: notes where the line's content starts, and at the top level lets the finished blocks' tokens go. */
function recordContentStart(state: StateBlock, line: number, _endLine: number, silent: boolean): boolean {
  const env = state.env as ParseEnv;
  if (line < env.contentStarts.length) env.contentStarts[line] = state.bMarks[line] + state.tShift[line];
  if (!silent && state.level === 0 && env.blocks) keepBlocks(state.tokens, env.blocks);
  return false;
}
