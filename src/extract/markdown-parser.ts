import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

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
  const md = new MarkdownIt({ html: true, linkify: false });
  md.core.ruler.disable('text_join');
  // Nothing is rendered, so links need no punycode or percent-encoding; validateLink only looks at the scheme, which those keep.
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  // First in the main chain (block starts) and in the chain the table rule asks about each body row.
  md.block.ruler.before('table', 'content_start', recordContentStart, { alt: ['blockquote'] });
  return md;
}

function recordContentStart(state: StateBlock, line: number): boolean {
  const { contentStarts } = state.env as ParseEnv;
  if (line < contentStarts.length) contentStarts[line] = state.bMarks[line] + state.tShift[line];
  return false;
}
