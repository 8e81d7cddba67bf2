import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openPackage } from '../../src/extract/ooxml-zip.js';

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Makes the zip's headers claim every file unpacks to `size` bytes, as a zip bomb's may. */
function claimSize(bytes: Uint8Array, size: number): Uint8Array {
  const patched = bytes.slice();
  const view = new DataView(patched.buffer);
  for (let at = 0; at + 4 <= patched.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return patched;
}

describe('openPackage', () => {
  it('reads parts by name, ignoring case, and decodes UTF-8 and UTF-16', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>保本</a>', 'utf16le')]);
    const pkg = await openPackage(await zipOf({ 'word/Document.xml': '\ufeff<a>零风险</a>', 'word/u16.xml': utf16 }));
    expect(await pkg.read('word/document.xml')).toBe('<a>零风险</a>');
    expect(await pkg.read('word/u16.xml')).toBe('<a>保本</a>');
    expect(await pkg.read('word/missing.xml')).toBeNull();
  });

  it('refuses a part larger than the limit', async () => {
    const pkg = await openPackage(await zipOf({ 'big.xml': 'x'.repeat(5000) }), 1000);
    await expect(pkg.read('big.xml')).rejects.toMatchObject({
      code: 'too-large',
      message: 'big.xml unpacks to more than 1000 bytes (possibly a zip bomb): not read; check where the file came from',
    });
  });

  it('stops unpacking at the limit when the headers understate the size', async () => {
    const pkg = await openPackage(claimSize(await zipOf({ 'big.xml': 'x'.repeat(50_000) }), 10), 1000);
    await expect(pkg.read('big.xml')).rejects.toMatchObject({ code: 'too-large' });
  });

  it('calls a part that does not unpack damaged', async () => {
    const pkg = await openPackage(claimSize(await zipOf({ 'a.xml': 'x'.repeat(500) }), 10), 1000);
    await expect(pkg.read('a.xml')).rejects.toMatchObject({
      code: 'corrupt',
      message: 'damaged .docx (a.xml cannot be read): open it in Word and save it again',
    });
  });
});
