import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docx } from '../../fixtures/hostile/inputs.mjs';
import { zip } from '../../fixtures/hostile/zip.mjs';
import { checkDocument } from '../../src/check.js';
import { extractDocx } from '../../src/extract/docx/docx.js';
import { extractMarkdown, markdownText } from '../../src/extract/markdown/markdown.js';
import { InflateBudget } from '../../src/extract/docx/ooxml-zip.js';
import { readZipDirectory, unpackEntry } from '../../src/extract/docx/zip-read.js';
import { compileRuleSet } from '../../src/match/ruleset.js';
import { normalize } from '../../src/normalize/normalize.js';
import { parsePack } from '../../src/packs/load.js';
import { normalizeTerm } from '../../src/packs/words.js';
import { ExtractError } from '../../src/types.js';
import { markdownDocument } from '../extract/markdown-gen.js';

// Fixed seeds and bounded runs: `npm test` runs the same cases every time.
const RUNS = { seed: 11, numRuns: 300 };

/** The terms markdown-gen.ts writes, as one rule that flags each of them. */
const TERMS = ['稳赚不赔', '保本', '零风险', '国家级', '预期收益率', '无风险'];
const PACK = `format: 2\nid: p\nname: P\nversion: 1\nrules:\n  - id: r\n    severity: warning\n    message: m\n    basis: b\n    match: { words: [${TERMS.join(', ')}] }\n`;
const set = compileRuleSet(parsePack('p.yaml', Buffer.from(PACK)));

const ENTITIES: Record<string, string> = { amp: '&', nbsp: '\u00a0', copy: '©' };

/** A source slice with its markdown and HTML markup taken out: what a reader sees of it. */
function withoutMarkup(slice: string): string {
  return slice
    .replace(/(`+)[\s\S]*?\1/g, '')
    .replace(/\]\([^)]*\)|\]\[[^\]]*\]/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .replace(/\\(.)/g, '$1')
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
    .replace(/[*_~[\]!|]/g, '');
}

/** The source index of a reported line and column (code points). */
function indexOf(source: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = source.indexOf('\n', at) + 1;
  for (let c = 1; c < column; c++) at += source.codePointAt(at)! > 0xffff ? 2 : 1;
  return at;
}

describe('markdown extraction, on generated documents', () => {
  it('maps every character of the text to a place inside the source', () => {
    fc.assert(
      fc.property(markdownDocument, (src) => {
        const { text, toSource } = markdownText(src);
        expect(toSource.length).toBe(text.length);
        for (const at of toSource) expect(at >= 0 && at < src.length).toBe(true);
      }),
      RUNS,
    );
  });

  it('reports each hit at a location whose source, markup removed, is the text matched', () => {
    fc.assert(
      fc.property(markdownDocument, (src) => {
        for (const finding of checkDocument(extractMarkdown(Buffer.from(src)), set).findings) {
          const { line, column, endLine, endColumn } = finding.location as Required<NonNullable<typeof finding.location>>;
          const slice = src.slice(indexOf(src, line, column), indexOf(src, endLine, endColumn));
          expect(slice).toBe(finding.text);
          expect(normalizeTerm(withoutMarkup(slice))).toBe(finding.explain!.words.map((w) => w.text).join(''));
        }
      }),
      RUNS,
    );
  });
});

describe('normalization', () => {
  const unit = fc.constantFrom('保', '本', '穩', '賺', 'Ａ', 'a', '１', ' ', '\n', '*', '·', '\u200b', '\ufeff', '𠀀', '😀', '\u3000', '，', '-');
  const input = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));

  it('maps each normalized unit back inside the input, never backwards', () => {
    fc.assert(
      fc.property(input, (text) => {
        const { text: normalized, toInput } = normalize(text);
        expect(toInput.length).toBe(normalized.length);
        for (let i = 0; i < toInput.length; i++) {
          expect(toInput[i] >= 0 && toInput[i] < text.length).toBe(true);
          if (i > 0) expect(toInput[i]).toBeGreaterThanOrEqual(toInput[i - 1]);
        }
      }),
      RUNS,
    );
  });
});

describe('the docx reader, on damaged packages', () => {
  const LIMIT = 2_000_000;
  const header = `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>${'零风险'.repeat(2000)}</w:t></w:r></w:p></w:hdr>`;
  const packages = {
    'a real document': entriesOf(readFileSync(new URL('../../fixtures/docx/all-parts.docx', import.meta.url))),
    'a made one': entriesOf(docx({ paragraphs: ['本产品保本保息', '稳赚不赔'], documentRels: [['rH1', 'header', 'header1.xml']], entries: [['word/header1.xml', header]] })),
  };

  const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 });
  const damage = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), flips }),
    fc.record({ kind: fc.constant('truncate' as const), keep: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ kind: fc.constant('duplicate' as const), entry: fc.nat(), upper: fc.boolean(), flips: fc.option(flips) }),
  );
  type Damage = typeof damage extends fc.Arbitrary<infer D> ? D : never;

  function damaged(entries: Array<[string, Buffer]>, how: Damage): Buffer {
    if (how.kind === 'duplicate') {
      // An entry written a second time under its name (or the name in capitals), then maybe bits flipped too.
      const [name, body] = entries[how.entry % entries.length];
      const bytes = zip([...entries, [how.upper ? name.toUpperCase() : name, body]]);
      return how.flips ? flipped(bytes, how.flips) : bytes;
    }
    const bytes = zip(entries);
    if (how.kind === 'truncate') return bytes.subarray(0, Math.floor(bytes.length * how.keep));
    return flipped(bytes, how.flips);
  }

  it.each(Object.entries(packages))('%s: reads or reports an error code, and never unpacks more than its budget', (_label, entries) => {
    fc.assert(
      fc.property(damage, (how) => {
        const budget = new InflateBudget(LIMIT);
        try {
          extractDocx(damaged(entries, how), { maxUnzippedSize: LIMIT }, budget);
        } catch (error) {
          expect(error).toBeInstanceOf(ExtractError);
          expect((error as ExtractError).code).toMatch(/^(corrupt|too-large|empty|doc-binary|encrypted)$/);
        }
        expect(budget.used).toBeLessThanOrEqual(LIMIT);
      }),
      RUNS,
    );
  });
});

/** The entries of a zip, unpacked. */
function entriesOf(bytes: Uint8Array): Array<[string, Buffer]> {
  return readZipDirectory(bytes).map((entry) => [entry.name, unpackEntry(bytes, entry, Infinity, () => new Error('too large'))]);
}

function flipped(bytes: Buffer, flips: Array<[number, number]>): Buffer {
  const out = Buffer.from(bytes);
  for (const [at, bit] of flips) out[at % out.length] ^= 1 << bit;
  return out;
}
