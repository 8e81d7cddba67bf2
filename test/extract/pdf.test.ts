import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractPdf } from '../../src/extract/pdf/pdf.js';
import { BLOCK_BREAK, ExtractError, type Extracted } from '../../src/types.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url)));

interface Expected {
  error: string | null;
  warnings: string[];
  findings: Array<{ text: string; location: { page: number; line: number; column: number; endLine: number; endColumn: number } }>;
}
const sidecar = (name: string): Expected =>
  JSON.parse(readFileSync(new URL(`../../fixtures/pdf/${name}.expected.json`, import.meta.url), 'utf8'));

/** What pdf-parse gives, page by page, for the fixtures with text. */
const PAGES: Record<string, string[]> = {
  'brochure.pdf': [
    [
      '鑫盈稳健理财计划产品说明书',
      '本产品为非保本浮动收益型理财产品，业绩比较基准为年化 3.2%—4.0%，过往业绩不',
      '代表未来表现。',
      '本计划精选优质资产，投资零风险，适合追求稳健回报的客户。',
      '凭借专业的投研团队与严格的风控体系，本计划自成立以来过往各期业绩表现稳赚不',
      '赔，深受广大投资者的信赖。',
      '2024 年第一季度，产品规模突破 50 亿元，近一年年化收益高达 8%。',
    ].join('\n'),
    ['认购须知', '本计划荣获国家级金融创新奖，预期收益率 4.5%，认购起点 1 万元。', '理财非存款，产品有风险，投资须谨慎。'].join('\n'),
  ],
  'non-embedded-font.pdf': [['鑫盈理财 限时专享', '最高收益可达 6.8%，本金保本。', '理财非存款，产品有风险，投资须谨慎。'].join('\n')],
  'owner-restricted.pdf': [
    ['鑫盈理财·限时专享', '业绩比较基准3.0%—3.8%，投资无风险，首次认购享手续费', '优惠。', '理财非存款，产品有风险，投资须谨慎。'].join('\n'),
  ],
};

/** The span of a hit, found here only to check locate against the hand-checked sidecar. */
function locateHit(extracted: Extracted, hit: string) {
  const start = extracted.source.indexOf(hit);
  expect(extracted.source.indexOf(hit, start + 1)).toBe(-1);
  const first = extracted.locate(start);
  const last = extracted.locate(start + hit.length - 1);
  return { page: first.page, line: first.line, column: first.column, endLine: last.line, endColumn: last.column + 1 };
}

describe('extractPdf on documents with text', () => {
  for (const [name, pages] of Object.entries(PAGES)) {
    it(`reads ${name} page by page`, async () => {
      const extracted = await extractPdf(fixture(name));
      expect(extracted.format).toBe('pdf');
      expect(extracted.source).toBe(pages.join(BLOCK_BREAK));
      expect(extracted.text).toBe(extracted.source);
      expect(extracted.toSource).toBeNull();
      expect(extracted.warnings).toEqual([]);
    });

    it(`locates the sidecar's hits in ${name}`, async () => {
      const extracted = await extractPdf(fixture(name));
      for (const finding of sidecar(name).findings) {
        expect(locateHit(extracted, finding.text)).toEqual(finding.location);
      }
    });
  }

  it('needs the CMaps for a non-embedded Chinese font', async () => {
    const extracted = await extractPdf(fixture('non-embedded-font.pdf'));
    expect(extracted.text).toContain('最高收益可达');
  });

  it('keeps a hit broken by a line wrap, line break included', async () => {
    const extracted = await extractPdf(fixture('brochure.pdf'));
    const start = extracted.source.indexOf('稳赚不\n赔');
    expect(extracted.locate(start + 3)).toEqual({ page: 1, line: 5, column: 38 });
    expect(extracted.locate(start + 4)).toEqual({ page: 1, line: 6, column: 1 });
  });

  it('counts lines from 1 again on each page', async () => {
    const extracted = await extractPdf(fixture('brochure.pdf'));
    expect(extracted.locate(extracted.source.indexOf('认购须知'))).toEqual({ page: 2, line: 1, column: 1 });
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = fixture('brochure.pdf');
    const copy = bytes.slice();
    await extractPdf(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});

describe('extractPdf on documents without text', () => {
  it('warns about a scanned PDF and returns no text', async () => {
    const extracted = await extractPdf(fixture('scanned.pdf'));
    expect(extracted).toMatchObject({ text: '', source: '', toSource: null, warnings: ['no text layer: scanned?'] });
  });

  it('returns nothing for a PDF without pages', async () => {
    const extracted = await extractPdf(handMadePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']));
    expect(extracted).toMatchObject({ text: '', warnings: ['no pages: nothing to check'] });
  });
});

describe('extractPdf on files it cannot read', () => {
  const cases: Array<[string, string, string]> = [
    ['encrypted.pdf', 'encrypted', 'encrypted: needs a password'],
    ['empty.pdf', 'empty', 'empty: the file has 0 bytes; export the PDF again'],
    ['not-a-pdf.pdf', 'not-pdf', 'not a PDF: no %PDF- header; check the file type or its extension'],
    ['truncated.pdf', 'corrupt', 'corrupt: Invalid PDF structure; re-export the PDF from the original document'],
  ];
  for (const [name, code, message] of cases) {
    it(`rejects ${name} with ${code}`, async () => {
      await expect(extractPdf(fixture(name))).rejects.toEqual(new ExtractError(code, message));
      expect(sidecar(name).error).toBe(code);
    });
  }

  it('turns any other pdf.js failure into a one-line corrupt error', async () => {
    const pageTreeLoop = handMadePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']);
    const error = await extractPdf(pageTreeLoop).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect(error).toMatchObject({ code: 'corrupt' });
    expect((error as Error).message).toMatch(/^corrupt: [^\n]+; re-export the PDF from the original document$/);
  });

  it('reads a PDF whose header follows some junk, as pdf.js does', async () => {
    const brochure = fixture('brochure.pdf');
    const shifted = new Uint8Array([...Buffer.from('junk\n'), ...brochure]);
    await expect(extractPdf(shifted)).resolves.toMatchObject({ warnings: [] });
  });
});

describe('extractPdf output', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints nothing while reading any fixture', async () => {
    const spies = [
      vi.spyOn(console, 'log'),
      vi.spyOn(console, 'warn'),
      vi.spyOn(console, 'error'),
      vi.spyOn(console, 'info'),
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
    ];
    for (const name of ['brochure.pdf', 'non-embedded-font.pdf', 'owner-restricted.pdf', 'scanned.pdf', 'truncated.pdf', 'encrypted.pdf']) {
      await extractPdf(fixture(name)).catch(() => undefined);
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('loading', () => {
  it('imports pdf-parse only when a PDF is read', () => {
    const source = readFileSync(new URL('../../src/extract/pdf/pdf-read.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'pdf-parse'/m);
    expect(source).toContain("await import('pdf-parse')");
  });
});

/** A minimal PDF with a correct cross-reference table around the given objects. */
function handMadePdf(objects: string[]): Uint8Array {
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
