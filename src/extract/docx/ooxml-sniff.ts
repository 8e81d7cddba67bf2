import { ExtractError } from '../../types.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OLE_HEADER_SIZE = 512;
const DIRECTORY_ENTRY_SIZE = 128;
const STREAM_OBJECT = 2;

/** Refuses, with a message saying what to do, bytes that cannot be an Office Open XML package. */
export function assertNotLegacyOffice(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ExtractError('empty', 'empty file (0 bytes): save the document again from Word');
  if (!isOle(bytes)) return;
  if (hasOleStream(bytes, 'EncryptedPackage')) {
    throw new ExtractError('encrypted', 'encrypted: remove the password in Word and save again');
  }
  throw new ExtractError('doc-binary', 'Word 97–2003 document: save it as .docx');
}

function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_MAGIC.length && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Whether an OLE compound file has a stream called `name`. Directory entries
 * always start at a multiple of 128 bytes (sectors are 512 or 4096 bytes), so
 * checking every aligned slot finds them without following the FAT chains.
 */
export function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const nameBytes = 2 * (name.length + 1);
  for (let at = OLE_HEADER_SIZE; at + DIRECTORY_ENTRY_SIZE <= bytes.length; at += DIRECTORY_ENTRY_SIZE) {
    if (readUint16(bytes, at + 0x40) !== nameBytes || bytes[at + 0x42] !== STREAM_OBJECT) continue;
    if (readUtf16(bytes, at, name.length) === name) return true;
  }
  return false;
}

function readUint16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function readUtf16(bytes: Uint8Array, at: number, chars: number): string {
  let s = '';
  for (let i = 0; i < chars; i++) s += String.fromCharCode(readUint16(bytes, at + 2 * i));
  return s;
}
