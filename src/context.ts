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
  const rawBefore = text.slice(left, start);
  const rawHit = text.slice(start, end);
  const rawAfter = text.slice(end, right);
  const before = (left > 0 && !SENTENCE_END.test(text[left - 1]) ? '…' : '') + flatten(rawBefore, text[left - 1], rawHit[0]).trimStart();
  const hit = flatten(rawHit, rawBefore.at(-1), rawAfter[0]);
  const after = flatten(rawAfter, rawHit.at(-1), text[right]).trimEnd() + (right < text.length && !SENTENCE_END.test(text[right - 1]) ? '…' : '');
  return { context: before + hit + after, span: [before.length, before.length + hit.length] };
}

/** Line breaks inside a sentence: gone between CJK characters (wrapped text), a space elsewhere. */
function flatten(s: string, previous: string | undefined, next: string | undefined): string {
  return s.replace(/[ \t]*\r?\n[ \t]*/g, (match: string, offset: number) => {
    const before = offset > 0 ? s.codePointAt(offset - 1)! : previous?.codePointAt(0) ?? 0;
    const after = offset + match.length < s.length ? s.codePointAt(offset + match.length)! : next?.codePointAt(0) ?? 0;
    return isHan(before) || isHan(after) || isCjkPunctuation(before) ? '' : ' ';
  });
}

function isCjkPunctuation(cp: number): boolean {
  return (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef);
}
