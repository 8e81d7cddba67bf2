/**
 * Flag examples pin the span a rule must report: `销量{第一}`. `\{` and `\}` are literal
 * braces (SMS templates write `{姓名}`), `\\` a literal backslash.
 */
export function readExample(raw: string, pinned: boolean): { text: string; spans: Array<[number, number]> } | string {
  let text = '';
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && '{}\\'.includes(raw[i + 1] ?? '')) {
      text += raw[++i];
    } else if (ch === '{' || ch === '}') {
      if (!pinned) return `this example marks no span: write \\${ch} for a literal brace`;
      if (ch === '{' && open !== -1) return 'spans do not nest: close the first { before opening another';
      if (ch === '}' && open === -1) return 'a } without its {: write \\} for a literal brace';
      if (ch === '{') open = text.length;
      else {
        if (open === text.length) return 'an empty span {}: put the text the rule must report between the braces';
        spans.push([open, text.length]);
        open = -1;
      }
    } else text += ch;
  }
  if (open !== -1) return 'a { without its }: close the span, or write \\{ for a literal brace';
  if (pinned && !spans.length) return 'mark the span the rule must report with braces, e.g. 销量{第一}';
  return { text, spans };
}

/** The example text with its spans braced again, for messages. */
export function braced(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    out += escape(text.slice(at, start)) + '{' + escape(text.slice(start, end)) + '}';
    at = end;
  }
  return out + escape(text.slice(at));
}

function escape(s: string): string {
  return s.replace(/[{}\\]/g, '\\$&');
}

/** A fix example, `input → output`: the text checked, and the text once the rule's fixes are applied. */
export function readFixExample(raw: string): { input: string; output: string } | string {
  const parts = raw.split('→');
  if (parts.length !== 2) return 'write the text, " → ", and the text once fixed (one arrow)';
  const [input, output] = [parts[0].replace(/ $/u, ''), parts[1].replace(/^ /u, '')];
  if (!input.trim()) return 'the text before → is empty';
  return { input, output };
}
