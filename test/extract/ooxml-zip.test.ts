import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InflateBudget, openPackage } from '../../src/extract/docx/ooxml-zip.js';
import { zip } from '../../fixtures/hostile/zip.mjs';

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
    const pkg = openPackage(await zipOf({ 'word/Document.xml': '\ufeff<a>零风险</a>', 'word/u16.xml': utf16 }), new InflateBudget(1000));
    expect(pkg.read('word/document.xml')).toBe('<a>零风险</a>');
    expect(pkg.read('word/u16.xml')).toBe('<a>保本</a>');
    expect(pkg.read('word/missing.xml')).toBeNull();
  });

  it('refuses a part larger than the budget, before unpacking it', async () => {
    const budget = new InflateBudget(1000);
    const pkg = openPackage(await zipOf({ 'big.xml': 'x'.repeat(5000) }), budget);
    expect(() => pkg.read('big.xml')).toThrow(
      expect.objectContaining({
        code: 'too-large',
        message: 'unpacks to more than 1 KB (big.xml and the parts before it; possibly a zip bomb): not read; raise --max-unzipped-size if the document is genuine',
      }),
    );
    expect(budget.used).toBe(0);
  });

  it('stops unpacking at the budget when the headers understate the size', async () => {
    const budget = new InflateBudget(1000);
    const pkg = openPackage(claimSize(await zipOf({ 'big.xml': 'x'.repeat(50_000) }), 10), budget);
    expect(() => pkg.read('big.xml')).toThrow(expect.objectContaining({ code: 'too-large' }));
    expect(budget.used).toBe(0);
  });

  it('counts every part against one budget for the whole document', async () => {
    const budget = new InflateBudget(1000);
    const pkg = openPackage(await zipOf({ 'a.xml': 'a'.repeat(600), 'b.xml': 'b'.repeat(600) }), budget);
    expect(pkg.read('a.xml')).toHaveLength(600);
    expect(() => pkg.read('b.xml')).toThrow(expect.objectContaining({ code: 'too-large' }));
    expect(budget.used).toBe(600);
  });

  it('unpacks a part once, however often and in whatever case it is asked for', async () => {
    const budget = new InflateBudget(1000);
    const pkg = openPackage(await zipOf({ 'word/header1.xml': 'h'.repeat(600) }), budget);
    for (const name of ['word/header1.xml', 'word/Header1.xml', 'WORD/HEADER1.XML']) expect(pkg.read(name)).toHaveLength(600);
    expect(budget.used).toBe(600);
  });

  it('calls a part that does not unpack to its recorded size damaged', async () => {
    const pkg = openPackage(claimSize(await zipOf({ 'a.xml': 'x'.repeat(500) }), 10), new InflateBudget(1000));
    expect(() => pkg.read('a.xml')).toThrow(
      expect.objectContaining({ code: 'corrupt', message: 'damaged .docx (a.xml cannot be read): open it in Word and save it again' }),
    );
  });

  it('calls two entries with one part name (ignoring case) damaged', () => {
    expect(() => openPackage(zip([['word/header1.xml', '<a/>'], ['word/HEADER1.xml', '<b/>']]), new InflateBudget(1000))).toThrow(
      expect.objectContaining({ code: 'corrupt', message: 'damaged .docx (two parts named word/HEADER1.xml): open it in Word and save it again' }),
    );
  });
});
