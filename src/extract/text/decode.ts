import { ExtractError } from '../../types.js';
import { plausibility } from './plausible.js';
import { invalidUtf8 } from './utf8.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Said when the bytes were not clean text in the encoding read (replaced bytes, an unsure guess). */
  warnings: string[];
}

/** Bytes judged when no byte order mark says what a file is. */
const SAMPLE = 64 * 1024;
/** Below this share of common characters, no decoding is text. */
const NOT_TEXT = 0.5;
/** Below this share, or this close to the runner-up, the guess is reported as unsure. */
const SURE = 0.9;
const MARGIN = 0.1;

const GUESSES = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
const LABEL: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030' };

/**
 * Decodes a text file. A byte order mark decides; then clean UTF-8 without NUL bytes is UTF-8.
 * Anything else is decoded every way copylint reads (UTF-8, GB18030, UTF-16 either way round)
 * and read the way that gives the most common text (ASCII, punctuation and the common hanzi):
 * a NUL byte proves nothing (Chinese in UTF-16 has none), and one stray byte must not turn a
 * UTF-8 file into GB18030 garbage.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return byMark('utf-8-bom', 'utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return byMark('utf-16le', 'utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return byMark('utf-16be', 'utf-16be', bytes.subarray(2));
  const hasNul = bytes.includes(0);
  const utf8 = hasNul ? null : strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings: [] };
  const sample = bytes.subarray(0, SAMPLE);
  const ranked = GUESSES.map((encoding) => ({ encoding, score: plausibility(loose(encoding, sample)) })).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (best.score < NOT_TEXT) throw hasNul ? binary() : new ExtractError('encoding', 'not text in any encoding copylint reads (UTF-8, GB18030, UTF-16): save it as UTF-8');
  const text = loose(best.encoding, bytes);
  // Text has no NUL characters: NUL bytes that no UTF-16 reading explains make a binary file.
  if (text.includes('\0')) throw binary();
  const warnings = replacedBytes(best.encoding, bytes, text);
  if (best.score < SURE || best.score - second.score < MARGIN) {
    warnings.push(`encoding unsure: read as ${LABEL[best.encoding]} (${Math.round(best.score * 100)}% common characters, ${LABEL[second.encoding]} ${Math.round(second.score * 100)}%); save it as UTF-8 to be sure`);
  }
  return { text, encoding: best.encoding, warnings };
}

function binary(): ExtractError {
  return new ExtractError('binary', 'binary file, not text: check the file type');
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function byMark(encoding: Encoding, label: string, bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding, warnings: [] };
  } catch {
    throw new ExtractError('encoding', `not valid ${LABEL[encoding]} text, though it starts with a ${LABEL[encoding]} byte order mark: save it as UTF-8`);
  }
}

/** Decodes, putting U+FFFD where bytes are not valid. */
function loose(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
}

/** The warning for bytes that were shown as U+FFFD, with where the first one is. */
function replacedBytes(encoding: Encoding, bytes: Uint8Array, text: string): string[] {
  if (encoding === 'utf-8') {
    const { first, firstLength, count } = invalidUtf8(bytes);
    if (count === 0) return [];
    const length = firstLength > 1 ? ` (${firstLength} bytes)` : '';
    const more = count > 1 ? ` and ${count - 1} more ${count === 2 ? 'place' : 'places'}` : '';
    return [`invalid UTF-8 at byte ${first}${length}${more}: shown as �; save it as UTF-8 to be sure nothing is lost`];
  }
  const at = text.indexOf('\ufffd');
  if (at === -1) return [];
  return [`invalid ${LABEL[encoding]} at character ${at + 1}: shown as �; save it as UTF-8 to be sure nothing is lost`];
}
