import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkDocument, loadRuleSet } from '../../src/check.js';
import { extractText, plainText } from '../../src/extract/text/text.js';
import { fixBytes } from '../../src/fix/loop.js';
import { fixFile } from '../../src/fix/run.js';

const root = new URL('../../', import.meta.url).pathname;
const set = loadRuleSet(['fixtures/packs/fix-terms.yaml'], root);

/** Fixable phrases of fixtures/packs/fix-terms.yaml and what each must become. */
const PHRASES: Array<[string, string]> = [
  ['预期收益率', '业绩比较基准'],
  ['预 期 收\n益 率', '业绩比较基准'],
  ['預期收益率', '业绩比较基准'],
  ['國家級品质', '品质'],
  ['13812345678', '138****5678'],
  ['１３９１２３４５６７８', '１３９****５６７８'],
];
/** Text around them that no rule flags: CJK, ASCII, CRLF, blank lines, characters beyond the BMP, GB18030's lone 0x80 (€). */
const FILLER = ['好', '天气', '，', '。', ' ', '\n', '\r\n', '\n\n', 'a', 'B', '、', '的', '😀', '¡', '€'];

type Encode = (segment: string) => Buffer;
const ENCODINGS: Record<string, { bom: number[]; encode: Encode }> = {
  'utf-8': { bom: [], encode: (s) => Buffer.from(s, 'utf8') },
  'utf-8 with BOM': { bom: [0xef, 0xbb, 0xbf], encode: (s) => Buffer.from(s, 'utf8') },
  'utf-16le': { bom: [0xff, 0xfe], encode: (s) => Buffer.from(s, 'utf16le') },
  'utf-16be': { bom: [0xfe, 0xff], encode: (s) => Buffer.from(s, 'utf16le').swap16() },
  gb18030: { bom: [], encode: (s) => Buffer.concat(s.split('€').flatMap((part, i) => [...(i ? [Buffer.from([0x80])] : []), iconv.encode(part, 'gb18030')])) },
};

const filler = fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 5 }).map((parts) => ({ text: parts.join(''), fixed: null as string | null }));
const phrase = fc.constantFrom(...PHRASES).map(([text, fixed]) => ({ text, fixed: fixed as string | null }));
// Filler between phrases, so that two telephone numbers never run together into one longer number.
const segments = fc.tuple(fc.array(fc.tuple(filler, fc.option(phrase, { nil: undefined })), { minLength: 1, maxLength: 8 }), filler).map(([pairs, last]) => [...pairs.flatMap(([f, p]) => (p ? [f, p] : [f])), last]);
const documents = fc.record({ encoding: fc.constantFrom(...Object.keys(ENCODINGS)), segments });

/** The file's bytes, segment by segment: `fixed` puts each phrase's fix in its place and copies every other segment's bytes. */
function bytesOf(encoding: string, segments: Array<{ text: string; fixed: string | null }>, fixed: boolean): Buffer {
  const { bom, encode } = ENCODINGS[encoding];
  return Buffer.concat([Buffer.from(bom), ...segments.map((s) => encode(fixed && s.fixed !== null ? s.fixed : s.text))]);
}

const FAST_CHECK = { seed: 20240611, numRuns: 300 };

describe('--fix, for random documents with random fixable phrases', () => {
  it('changes the bytes of the fixed phrases only: every other byte stays as it was', () => {
    fc.assert(
      fc.property(documents, ({ encoding, segments }) => {
        const run = fixBytes(bytesOf(encoding, segments, false), { extract: extractText, visible: plainText, check: (doc) => checkDocument(doc, set) });
        expect(Buffer.from(run.bytes)).toEqual(bytesOf(encoding, segments, true));
        expect(run.applied).toBe(segments.filter((s) => s.fixed !== null).length);
        expect(run.found.findings).toEqual([]);
      }),
      FAST_CHECK,
    );
  });

  it('leaves the original file and no temporary file behind when writing fails part way', async () => {
    await fc.assert(
      fc.asyncProperty(documents, fc.double({ min: 0, max: 1, noNaN: true }), async ({ encoding, segments }, fraction) => {
        fc.pre(segments.some((s) => s.fixed !== null));
        const dir = mkdtempSync(join(tmpdir(), 'copylint-fix-'));
        const original = bytesOf(encoding, segments, false);
        writeFileSync(join(dir, 'copy.txt'), original);
        const failing = (path: string, data: string | Uint8Array, options: { flag: string }) => {
          writeFileSync(path, Buffer.from(data).subarray(0, Math.floor(fraction * data.length)), options);
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        };
        const { file } = await fixFile(join(dir, 'copy.txt'), 'copy.txt', set, 'write', failing);
        expect(readFileSync(join(dir, 'copy.txt'))).toEqual(original);
        expect(readdirSync(dir)).toEqual(['copy.txt']);
        expect(file.fix).toEqual({ applied: 0, written: false, notFixed: [], writeError: 'cannot write the fixed file (ENOSPC), so it is left as it was: check its permissions and the free space' });
        expect(file.findings.length).toBe(segments.filter((s) => s.fixed !== null).length);
      }),
      { seed: 20240611, numRuns: 40 },
    );
  });
});
