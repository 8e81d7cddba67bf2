import { foldWidthAndCase, isDigit, isHan, isNoise, isZeroWidth } from './chars.js';
import { simplify } from './simplify.js';

/** Normalized text, and for each of its UTF-16 units the index in the input it came from. */
export interface Normalized {
  text: string;
  toInput: Int32Array;
}

/**
 * Folds the forms evasions use onto one: traditional → simplified, full width → half
 * width, lower case, zero-width characters dropped, and noise (spaces, line breaks,
 * `*-_·./|~`) dropped where it stands between CJK characters (or a CJK character and a digit).
 */
export function normalize(input: string): Normalized {
  const out = new Uint16Array(input.length);
  const toInput = new Int32Array(input.length);
  let length = 0;
  let lastContent = -1;
  let noiseStart = -1;

  const emit = (cp: number, from: number) => {
    if (cp > 0xffff) {
      out[length] = 0xd800 + ((cp - 0x10000) >> 10);
      toInput[length++] = from;
      out[length] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else out[length] = cp;
    toInput[length++] = from;
  };

  for (let i = 0; i < input.length; ) {
    const raw = input.codePointAt(i)!;
    const width = raw > 0xffff ? 2 : 1;
    if (isZeroWidth(raw)) {
      i += width;
      continue;
    }
    const cp = raw < 0x80 ? foldWidthAndCase(raw) : simplifyFolded(raw);
    if (isNoise(cp)) {
      if (noiseStart === -1) noiseStart = i;
      i += width;
      continue;
    }
    if (noiseStart !== -1) {
      if (!joins(lastContent, cp)) emitNoise(input, noiseStart, i, emit);
      noiseStart = -1;
    }
    emit(cp, i);
    lastContent = cp;
    i += width;
  }
  if (noiseStart !== -1) emitNoise(input, noiseStart, input.length, emit);
  return { text: decodeUtf16(out.subarray(0, length)), toInput: toInput.subarray(0, length) };
}

function simplifyFolded(cp: number): number {
  const folded = foldWidthAndCase(cp);
  return isHan(folded) ? simplify(folded) : folded;
}

/** Noise between two CJK characters, or a CJK character and a digit, is an evasion or a wrap. */
function joins(before: number, after: number): boolean {
  const hanBefore = isHan(before);
  const hanAfter = isHan(after);
  return (hanBefore || hanAfter) && (hanBefore || isDigit(before)) && (hanAfter || isDigit(after));
}

function emitNoise(input: string, from: number, to: number, emit: (cp: number, from: number) => void) {
  for (let i = from; i < to; ) {
    const cp = input.codePointAt(i)!;
    if (!isZeroWidth(cp)) emit(foldWidthAndCase(cp), i);
    i += cp > 0xffff ? 2 : 1;
  }
}

const utf16 = new TextDecoder('utf-16le');

function decodeUtf16(units: Uint16Array): string {
  return utf16.decode(new Uint8Array(units.buffer, units.byteOffset, units.byteLength));
}
