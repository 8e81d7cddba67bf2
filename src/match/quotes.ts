const OPENING = '“「『‘';
const CLOSING = '”」』’';
const REACH = 40;
const BETWEEN_QUOTES = '、，,';
const SENTENCE_BREAK = new Set([...'。;；!！?？\n\u2029'].map((c) => c.charCodeAt(0)));

/**
 * [start, end) of the run of adjacent quotations a hit lies in (“高收益、无风险”“稳赚不赔”), or
 * the hit itself: cues before and after a quoted slogan are measured from the whole run.
 */
export function quotedRun(text: string, start: number, end: number): [number, number] {
  const open = seek(text, start - 1, -1, OPENING, CLOSING);
  const close = seek(text, end, 1, CLOSING, OPENING);
  if (open < 0 || close < 0) return [start, end];
  let from = open;
  let to = close + 1;
  for (;;) {
    const previous = BETWEEN_QUOTES.includes(text[from - 1]) ? from - 2 : from - 1;
    const opening = CLOSING.includes(text[previous]) ? seek(text, previous - 1, -1, OPENING, CLOSING) : -1;
    if (opening < 0) break;
    from = opening;
  }
  for (;;) {
    const next = BETWEEN_QUOTES.includes(text[to]) ? to + 1 : to;
    const closing = OPENING.includes(text[next]) ? seek(text, next + 1, 1, CLOSING, OPENING) : -1;
    if (closing < 0) break;
    to = closing + 1;
  }
  return [from, to];
}

/** Index of the nearest `wanted` character from `at` going `step`, within the sentence and before any `stop`; -1 if none. */
function seek(text: string, at: number, step: 1 | -1, wanted: string, stop: string): number {
  for (let i = at, n = 0; i >= 0 && i < text.length && n < REACH; i += step, n++) {
    if (wanted.includes(text[i])) return i;
    if (stop.includes(text[i]) || SENTENCE_BREAK.has(text.charCodeAt(i))) return -1;
  }
  return -1;
}
