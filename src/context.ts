import { isHan } from './normalize/chars.js';

const SENTENCE_END = /[。！？!?；;\u2029]/u;
const REACH = 40;

/** The sentence around text[start, end), flattened to one line, with the hit's span inside it. */
export function contextAround(text: string, start: number, end: number): { context: string; span: [number, number] } {
  let left = start;
  while (left > 0 && start - left < REACH && !SENTENCE_END.test(text[left - 1])) left--;
  let right = end;
  while (right < text.length && right - end < REACH && text[right] !== '\u2029') {
    right++;
    if (SENTENCE_END.test(text[right - 1])) break;
  }
  const before = (left > 0 && !SENTENCE_END.test(text[left - 1]) ? '…' : '') + flatten(text.slice(left, start)).trimStart();
  const hit = flatten(text.slice(start, end));
  const after = flatten(text.slice(end, right)).trimEnd() + (right < text.length && !SENTENCE_END.test(text[right - 1]) ? '…' : '');
  return { context: before + hit + after, span: [before.length, before.length + hit.length] };
}

/** Line breaks inside a sentence: gone between CJK characters (wrapped text), a space elsewhere. */
function flatten(s: string): string {
  return s.replace(/[ \t]*\r?\n[ \t]*/g, (_match, offset: number, whole: string) => {
    const before = whole.codePointAt(offset - 1) ?? 0;
    const after = whole.codePointAt(offset + _match.length) ?? 0;
    return isHan(before) || isHan(after) ? '' : ' ';
  });
}
