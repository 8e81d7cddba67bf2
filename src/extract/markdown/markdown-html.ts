import type { TextBuilder } from './markdown-output.js';

/** Tags around which a browser starts a new box of text: nothing is matched across them. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote caption center dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
/** Elements whose contents a browser never shows. */
const HIDDEN = new Set(['script', 'style', 'template']);
const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y;
/** Up to a tag's `>`; a `>` inside a quoted attribute value does not end it. */
const ATTRIBUTES = /(?:[^>"']+|"[^"]*"|'[^']*')*/y;
const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * Appends the text a browser shows of an HTML block to `out`: tags, comments, declarations and the
 * contents of script, style and template are stepped over, entities decode to characters mapped to their
 * `&`, block-level tags end a block and `<br>` is a line break. `positions` maps content to source;
 * `decode` returns an entity's characters, or the entity itself when it is none.
 */
export function readHtmlBlock(content: string, positions: Int32Array, out: TextBuilder, decode: (entity: string) => string): void {
  new HtmlReader(content, positions, out, decode).read();
}

class HtmlReader {
  /** Text of the current block not yet written, and the source index of each of its units. */
  private text = '';
  private sources: number[] = [];
  /** Start of the plain text not yet taken into `text`. */
  private from = 0;

  constructor(
    private readonly content: string,
    private readonly positions: Int32Array,
    private readonly out: TextBuilder,
    private readonly decode: (entity: string) => string,
  ) {}

  read(): void {
    const { content } = this;
    for (let at = 0; at < content.length; ) {
      const c = content.charCodeAt(at);
      const end = c === 0x3c ? this.markup(at) : c === 0x26 ? this.entity(at) : -1;
      if (end < 0) at++;
      else at = this.from = end;
    }
    this.take(content.length);
    this.flush();
  }

  /** Where the tag, comment or declaration at `at` ends; -1 when its `<` is text. */
  private markup(at: number): number {
    const { content } = this;
    const next = content.charCodeAt(at + 1);
    if (next === 0x21 || next === 0x3f) {
      this.take(at);
      // `<!-->` and `<!--->` are empty comments to a browser, hence the search from `<!` on.
      return content.startsWith('<!--', at) ? endAfter(content, '-->', at + 2) : endAfter(content, '>', at);
    }
    const closing = next === 0x2f;
    TAG_NAME.lastIndex = at + (closing ? 2 : 1);
    const name = TAG_NAME.exec(content)?.[0].toLowerCase();
    if (!name) return -1;
    this.take(at);
    ATTRIBUTES.lastIndex = TAG_NAME.lastIndex;
    ATTRIBUTES.test(content);
    const end = content.charCodeAt(ATTRIBUTES.lastIndex) === 0x3e ? ATTRIBUTES.lastIndex + 1 : content.length;
    if (name === 'br') this.add('\n', at);
    else if (BLOCK_TAGS.has(name)) this.endBlock(at);
    if (closing || !HIDDEN.has(name)) return end;
    const close = new RegExp(`</${name}\\b`, 'gi');
    close.lastIndex = end;
    return close.exec(content)?.index ?? content.length;
  }

  private entity(at: number): number {
    ENTITY.lastIndex = at;
    const entity = ENTITY.exec(this.content)?.[0];
    if (!entity) return -1;
    const decoded = this.decode(entity);
    if (decoded === entity) return -1;
    this.take(at);
    this.add(decoded, at);
    return at + entity.length;
  }

  /** Plain text from `from` up to `to`. */
  private take(to: number): void {
    this.text += this.content.slice(this.from, to);
    for (let j = this.from; j < to; j++) this.sources.push(this.positions[j]);
    this.from = to;
  }

  /** Characters that all come from content index `at`. */
  private add(text: string, at: number): void {
    this.text += text;
    for (let j = 0; j < text.length; j++) this.sources.push(this.positions[at]);
  }

  private endBlock(at: number): void {
    this.flush();
    this.out.endBlock(this.positions[at]);
  }

  /** Writes the text taken so far, less the blanks and line breaks around it (layout, not copy). */
  private flush(): void {
    const { text } = this;
    let start = 0;
    let end = text.length;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) this.out.pushMapped(text.slice(start, end), Int32Array.from(this.sources), start);
    this.text = '';
    this.sources = [];
  }
}

function endAfter(content: string, marker: string, from: number): number {
  const at = content.indexOf(marker, from);
  return at === -1 ? content.length : at + marker.length;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}
