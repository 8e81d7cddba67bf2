import iconv from 'iconv-lite';
import { decodeText, type Encoding } from '../extract/text/decode.js';
import type { Edit } from './plan.js';

/** A fix that would not decode back to the text it was meant to give: the file is left as it was. */
export class UnsafeFix extends Error {}

/**
 * The file's bytes with each edit's span (UTF-16 indexes of the decoded text) replaced by its
 * text in the file's own encoding. Every other byte is copied, so a BOM, line endings and any
 * byte sequence a decoder would not give back the same stay exactly as they were.
 */
export function spliceBytes(bytes: Uint8Array, edits: readonly Edit[], expected: string): Uint8Array {
  const { text, encoding } = decodeText(bytes);
  const offsets = byteOffsets(bytes, encoding, text, edits.flatMap((e) => [e.start, e.end]));
  const parts: Uint8Array[] = [];
  let at = 0;
  edits.forEach((edit, i) => {
    parts.push(bytes.subarray(at, offsets[2 * i]), encode(edit.text, encoding));
    at = offsets[2 * i + 1];
  });
  parts.push(bytes.subarray(at));
  const out = Buffer.concat(parts);
  const check = decodeText(out);
  if (check.text !== expected || check.encoding !== encoding) throw new UnsafeFix(`the fixed file would not read back as ${encoding}`);
  return out;
}

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}

/** Byte offset of each UTF-16 index of the decoded text (indexes ascending, each at a character boundary). */
function byteOffsets(bytes: Uint8Array, encoding: Encoding, text: string, indexes: readonly number[]): number[] {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return indexes.map((i) => 2 + 2 * i);
  const step = encoding === 'gb18030' ? gb18030Steps(bytes) : utf8Steps(text, encoding === 'utf-8-bom' ? 3 : 0);
  const out: number[] = [];
  let unit = 0;
  let next = 0;
  for (const [byte, units] of step) {
    while (next < indexes.length && indexes[next] === unit) out[next++] = byte;
    if (next === indexes.length) break;
    unit += units;
  }
  return out;
}

/** [byte offset, UTF-16 units] of each character of a UTF-8 text, then of its end. */
function* utf8Steps(text: string, start: number): Generator<[number, number]> {
  let byte = start;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    yield [byte, units];
    byte += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += units;
  }
  yield [byte, 0];
}

/**
 * The same for GB18030 bytes (already decoded strictly, so well formed): one byte below 0x81,
 * four when the second byte is a digit (a character beyond the BMP when the first is 0x90 or
 * more), otherwise two.
 */
function* gb18030Steps(bytes: Uint8Array): Generator<[number, number]> {
  let byte = 0;
  while (byte < bytes.length) {
    const lead = bytes[byte];
    if (lead < 0x81 || lead === 0xff) {
      yield [byte, 1];
      byte += 1;
    } else if (bytes[byte + 1] >= 0x30 && bytes[byte + 1] <= 0x39) {
      yield [byte, lead >= 0x90 ? 2 : 1];
      byte += 4;
    } else {
      yield [byte, 1];
      byte += 2;
    }
  }
  yield [byte, 0];
}
