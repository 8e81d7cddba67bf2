import type MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { labelEndOf, linkEnd } from './markdown-links.js';
import type { TextBuilder } from './markdown-output.js';
import type { ParseEnv } from './markdown-parser.js';

/** One block's inline content and where its characters are in the source. */
export interface InlineBlock {
  md: MarkdownIt;
  env: ParseEnv;
  content: string;
  /** Content index → source index. */
  positions: Int32Array;
  out: TextBuilder;
  /** Times a token was not found at the cursor and had to be searched for (0 when alignment is right). */
  stats: { resyncs: number };
  /** Whether the content holds anything like a written-out URL, so that text tokens need looking at. */
  mayHaveUrls: boolean;
}

interface LinkFrame {
  labelEnd: number;
  max: number;
}

/**
 * Walks markdown-it's inline tokens with a cursor over the string they were parsed from, stepping
 * over each piece of markup by its known length or by re-running markdown-it's own scanners, and
 * emits visible characters with their source index.
 */
export class InlineAligner {
  private cursor = 0;
  private max: number;
  private state: StateInline | null = null;
  private readonly links: LinkFrame[] = [];
  private inAutolink = false;

  constructor(private readonly block: InlineBlock, private readonly src: string, private readonly base: number) {
    this.max = src.length;
  }

  walk(tokens: Token[]): void {
    for (const token of tokens) this.step(token);
  }

  private step(token: Token): void {
    switch (token.type) {
      case 'text': return this.text(token.content);
      case 'text_special': return this.special(token);
      case 'softbreak':
      case 'hardbreak': return this.lineBreak();
      case 'code_inline': return this.codeSpan(token.markup.length);
      case 'html_inline': return this.skip(token.content);
      case 'link_open': return this.linkOpen(token);
      case 'link_close': return this.linkClose(token);
      case 'image': return this.image(token);
      default: return this.skip(token.markup);
    }
  }

  private text(text: string): void {
    if (this.inAutolink) return;
    this.expect(text);
    const from = this.base + this.cursor;
    let at = 0;
    for (const [start, end] of this.block.mayHaveUrls ? bareUrls(text) : []) {
      this.emit(text.slice(at, start), from + at);
      at = end;
    }
    this.emit(at === 0 ? text : text.slice(at), from + at);
    this.cursor += text.length;
  }

  /** Escapes map to the escaped character; an entity's characters all map to its `&`. */
  private special(token: Token): void {
    if (token.content === token.markup) return this.text(token.content);
    this.expect(token.markup);
    const at = this.base + this.cursor;
    if (token.info === 'entity') this.block.out.pushAt(token.content, this.block.positions[at]);
    else this.emit(token.content, at + 1);
    this.cursor += token.markup.length;
  }

  private lineBreak(): void {
    const newline = this.src.indexOf('\n', this.cursor);
    if (newline === -1 || newline >= this.max) return this.lost();
    this.block.out.pushAt('\n', this.block.positions[this.base + newline]);
    this.cursor = newline + 1;
    while (this.cursor < this.max && isSpace(this.src.charCodeAt(this.cursor))) this.cursor++;
  }

  /** Like markdown-it: the span ends at the next backtick run of the opening run's length. */
  private codeSpan(ticks: number): void {
    for (let from = this.cursor + ticks; ; ) {
      const start = this.src.indexOf('`', from);
      if (start === -1) return this.lost();
      let end = start + 1;
      while (end < this.max && this.src.charCodeAt(end) === 0x60) end++;
      if (end - start === ticks) {
        this.cursor = end;
        return;
      }
      from = end;
    }
  }

  private linkOpen(token: Token): void {
    if (token.markup === 'autolink') {
      const end = this.src.indexOf('>', this.cursor);
      if (end === -1) return this.lost();
      this.cursor = end + 1;
      this.inAutolink = true;
      return;
    }
    const labelEnd = this.src.charCodeAt(this.cursor) === 0x5b ? labelEndOf(this.parserState(), this.cursor, this.max, true) : -1;
    if (labelEnd < 0) return this.lost();
    this.links.push({ labelEnd, max: this.max });
    this.max = labelEnd;
    this.cursor++;
  }

  private linkClose(token: Token): void {
    if (token.markup === 'autolink') {
      this.inAutolink = false;
      return;
    }
    const frame = this.links.pop();
    if (!frame) return this.lost();
    this.max = frame.max;
    this.cursor = linkEnd(this.parserState(), frame.labelEnd, this.max, false);
  }

  /** The alt text was parsed on its own, from the label between `![` and `]`. */
  private image(token: Token): void {
    if (!this.src.startsWith('![', this.cursor)) return this.lost();
    const labelEnd = labelEndOf(this.parserState(), this.cursor + 1, this.max, false);
    if (labelEnd < 0) return this.lost();
    const label = this.src.slice(this.cursor + 2, labelEnd);
    new InlineAligner(this.block, label, this.base + this.cursor + 2).walk(token.children ?? []);
    this.cursor = linkEnd(this.parserState(), labelEnd, this.max, true);
  }

  private skip(markup: string): void {
    this.expect(markup);
    this.cursor += markup.length;
  }

  private emit(text: string, contentIndex: number): void {
    if (text.length > 0) this.block.out.pushMapped(text, this.block.positions, contentIndex);
  }

  /** Markup or text not where the walk expected it: find it ahead, and count the miss. */
  private expect(text: string): void {
    if (this.src.startsWith(text, this.cursor)) return;
    this.block.stats.resyncs++;
    const found = this.src.indexOf(text, this.cursor);
    if (found !== -1) this.cursor = found;
  }

  private lost(): void {
    this.block.stats.resyncs++;
  }

  private parserState(): StateInline {
    const { md, env } = this.block;
    this.state ??= new md.inline.State(this.src, md, env, []);
    return this.state;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

const BARE_URL = /\b(?:(?:https?|ftp):\/\/|www\.)[!-~]*/g;

export function mayHaveUrls(content: string): boolean {
  return content.includes('://') || content.includes('www.');
}

/** URLs written out in text (not linkified, but not copy either): up to the first space or non-ASCII character. */
function bareUrls(text: string): Array<[number, number]> {
  if (!mayHaveUrls(text)) return [];
  return [...text.matchAll(BARE_URL)].map((m) => [m.index, m.index + m[0].length]);
}
