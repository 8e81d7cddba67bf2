/**
 * Text from documents, packs and file names is untrusted: an escape sequence in it could
 * clear the screen, retitle the window or erase earlier lines of a report. Every control
 * character that a terminal would act on is shown as a visible stand-in instead.
 */

/** C0 controls except tab, DEL, C1 controls, bidi overrides and isolates, and the Unicode line and paragraph separators. */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** ␛ for ESC (the Control Pictures block) for C0 and DEL; `<U+202E>` for the rest, which have no picture. */
function standIn(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp);
  if (cp === 0x7f) return '\u2421';
  return `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** `text` with every unsafe control character replaced by a visible stand-in; newlines too, so one value stays one line. */
export function visible(text: string): string {
  return text.replace(UNSAFE, standIn);
}

/** The same for multi-line text of our own making: newlines kept, everything else made visible. */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}

/** JSON.stringify escapes C0 only; these are escaped too, so a report printed to a terminal is inert and parses the same. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function inertJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
