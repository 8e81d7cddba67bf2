import { describe, expect, it } from 'vitest';
import { hasOleStream } from '../../src/extract/docx/ooxml-sniff.js';

function directory(entries: Array<[string, number]>): Uint8Array {
  const bytes = new Uint8Array(512 + 128 * entries.length);
  entries.forEach(([name, type], i) => {
    const at = 512 + 128 * i;
    for (let c = 0; c < name.length; c++) bytes[at + 2 * c] = name.charCodeAt(c);
    bytes[at + 0x40] = 2 * (name.length + 1);
    bytes[at + 0x42] = type;
  });
  return bytes;
}

describe('hasOleStream', () => {
  it('finds a stream by its directory entry', () => {
    expect(hasOleStream(directory([['Root Entry', 5], ['EncryptedPackage', 2]]), 'EncryptedPackage')).toBe(true);
  });

  it('ignores storages, other names, and names not on a directory-entry boundary', () => {
    expect(hasOleStream(directory([['EncryptedPackage', 1]]), 'EncryptedPackage')).toBe(false);
    expect(hasOleStream(directory([['WordDocument', 2]]), 'EncryptedPackage')).toBe(false);
    const shifted = new Uint8Array(1024);
    shifted.set(directory([['EncryptedPackage', 2]]).subarray(512), 512 + 64);
    expect(hasOleStream(shifted, 'EncryptedPackage')).toBe(false);
  });
});
