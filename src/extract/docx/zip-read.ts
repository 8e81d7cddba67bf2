import { constants } from 'node:buffer';
import { crc32, inflateRawSync } from 'node:zlib';
import { ExtractError } from '../../types.js';

/** One file of a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END = 0x06054b50;
const END64 = 0x06064b50;
const LOCATOR64 = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;

/**
 * The entries of a zip, read from its central directory (zip64 included). Every offset is
 * checked against the bytes, so a truncated or altered file is `corrupt`, never a throw of
 * another kind.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) [count, offset] = zip64End(view, end);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(view, at, 46);
    if (view.getUint32(at, true) !== CENTRAL) throw notAZip();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    need(view, at + 46, nameLength + extraLength);
    const entry: ZipEntry = {
      name: Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8'),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The unpacked bytes of `entry`, refused when they would pass `maxSize`: zlib stops within one
 * 16 KiB chunk of it, whatever the zip claims.
 */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry, maxSize: number, tooLarge: () => Error): Buffer {
  if (entry.flags & ENCRYPTED || (entry.method !== STORED && entry.method !== DEFLATED)) throw damaged(entry);
  if (entry.size > maxSize) throw tooLarge();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  need(view, entry.localOffset, 30);
  if (view.getUint32(entry.localOffset, true) !== LOCAL) throw damaged(entry);
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  need(view, start, entry.compressedSize);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
  let out: Buffer;
  if (entry.method === STORED) out = data;
  else {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(maxSize, constants.MAX_LENGTH)) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw damaged(entry);
    }
  }
  if (out.length > maxSize) throw tooLarge();
  if (out.length !== entry.size || crc32(out) !== entry.crc) throw damaged(entry);
  return out;
}

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === END) return at;
  }
  throw notAZip();
}

function zip64End(view: DataView, end: number): [number, number] {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== LOCATOR64) throw notAZip();
  const at = safeNumber(view.getBigUint64(locator + 8, true));
  need(view, at, 56);
  if (view.getUint32(at, true) !== END64) throw notAZip();
  return [safeNumber(view.getBigUint64(at + 32, true)), safeNumber(view.getBigUint64(at + 48, true))];
}

/** Sizes and offset too large for 32 bits are in the zip64 extra field, in this order, when their field is all ones. */
function readZip64Extra(view: DataView, from: number, length: number, entry: ZipEntry): void {
  for (let at = from; at + 4 <= from + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw notAZip();
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function need(view: DataView, at: number, length: number): void {
  if (at < 0 || length < 0 || at + length > view.byteLength) throw notAZip();
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw notAZip();
  return Number(value);
}

function notAZip(): ExtractError {
  return new ExtractError('corrupt', 'damaged or incomplete .docx (not a readable zip): open it in Word and save it again');
}

function damaged(entry: ZipEntry): ExtractError {
  return new ExtractError('corrupt', `damaged .docx (${entry.name} cannot be read): open it in Word and save it again`);
}
