import { ExtractError } from '../types.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/**
 * Decodes a text file: BOMs first, then strict UTF-8, then GB18030 (a superset of GBK).
 * Detectors guess short GBK strings wrong, so UTF-8 validity decides.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new ExtractError('binary', 'binary file, not text: check the file type');
  try {
    return { text: strict('utf-8', bytes), encoding: 'utf-8' };
  } catch {
    return { text: strict('gb18030', bytes), encoding: 'gb18030' };
  }
}

function strict(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (label === 'utf-8') throw new Error('not utf-8');
    throw new ExtractError('encoding', `not valid ${label.toUpperCase()} text: save it as UTF-8`);
  }
}

/** A NUL byte in the first 8 KiB, without a UTF-16 BOM, means this is not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
