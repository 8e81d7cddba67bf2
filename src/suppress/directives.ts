import { columnCounter } from '../extract/locate.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';
const KINDS: readonly string[] = ['disable-next-line', 'disable', 'enable'];

/** A suppression comment as written, and where it stands. */
export interface Directive {
  /** null: a `copylint-…` comment of no known kind. */
  kind: DirectiveKind | null;
  name: string;
  /** Rule ids as written (short or full); empty: every rule. */
  ids: string[];
  reason: string | null;
  /** The whole comment. */
  text: string;
  line: number;
  column: number;
  endColumn: number;
  /** UTF-16 offsets of the comment's line in the source, without its line break. */
  lineStart: number;
  lineEnd: number;
  /** UTF-16 offsets of the comment within its line. */
  span: [number, number];
}

const MARKDOWN = /<!--\s*copylint-([a-z-]+)((?:[^-]|-(?!->))*)-->/gu;
const TEXT = /^[ \t]*(?:#|\/\/)[ \t]*copylint-([a-z-]+)(.*)$/u;
const FENCE = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})/u;

/**
 * Suppression comments, read from the source lines: HTML comments in markdown (outside fenced
 * code), `#` and `//` comment lines in text. Nothing else is read, so docx and pdf have none.
 */
export function readDirectives(source: string, format: 'markdown' | 'text'): Directive[] {
  if (!source.includes('copylint-')) return [];
  const found: Directive[] = [];
  let fence: string | null = null;
  let lineStart = 0;
  source.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const start = lineStart;
    lineStart += raw.length + 1;
    if (format === 'markdown') {
      const marker = FENCE.exec(line)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence ? null : marker;
        return;
      }
      if (fence || !line.includes('copylint-')) return;
      for (const m of line.matchAll(MARKDOWN)) found.push(directive(m[1], m[2], line, index + 1, start, [m.index!, m.index! + m[0].length]));
    } else {
      const m = TEXT.exec(line);
      if (m) found.push(directive(m[1], m[2], line, index + 1, start, [line.length - line.trimStart().length, line.length]));
    }
  });
  return found;
}

function directive(name: string, body: string, line: string, number: number, lineStart: number, span: [number, number]): Directive {
  const separator = /(?:^|\s)--+/u.exec(body);
  const ids = (separator ? body.slice(0, separator.index) : body).split(',').map((id) => id.trim()).filter(Boolean);
  const reason = separator ? body.slice(separator.index + separator[0].length).trim() : '';
  const columnOf = columnCounter(line);
  return {
    kind: KINDS.includes(name) && (body === '' || /^\s/u.test(body)) ? (name as DirectiveKind) : null,
    name,
    ids,
    reason: reason || null,
    text: line.slice(span[0], span[1]),
    line: number,
    column: columnOf(0, span[0]),
    endColumn: columnOf(0, span[1]),
    lineStart,
    lineEnd: lineStart + line.length,
    span,
  };
}
