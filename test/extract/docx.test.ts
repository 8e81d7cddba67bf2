import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/extract/docx/docx.js';
import { BLOCK_BREAK, ExtractError } from '../../src/types.js';
import { buildDocx, locationOf, p, paragraphs, wPart } from './docx-build.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/docx/${name}`, import.meta.url));

const allParts = await extractDocx(fixture('all-parts.docx'));
const savedByLibreOffice = await extractDocx(fixture('all-parts-libreoffice.docx'));

describe('extractDocx: fixtures/docx/all-parts.docx', () => {
  const extracted = allParts;

  it('reads every part a reader sees, one block per paragraph, in reading order', () => {
    expect(paragraphs(extracted)).toEqual([
      // body: title, split runs, revisions, the 2×2 table, a modern text box (read once), a VML-only one
      '产品说明书', '本产品稳赚不赔，欢迎咨询。', '本产品属于无风险类别。',
      '产品要素', '内容', '收益说明', '本期预期收益率为4.5%',
      '活动详情见右侧文本框', '限时活动', '参与即享零风险体验', '', '旧版文本框：最高收益可期',
      '级别：\t国家级产品', '上一行\n下一行：行业第一', '详见脚注及尾注', '本段有批注',
      // headers (default, first, even), footer, footnotes, endnote, comments
      '某某理财', '荣获国家级品牌', '首页页眉：最高收益达8%', '偶数页页眉：稳赚不赔',
      '联系电话 95500', '承诺零风险收益',
      '注：数据来源于公开资料。', '注：本产品保本。', '尾注：行业第一',
      '请核实', '建议删除', '原文：稳赚不赔',
    ]);
    expect(extracted.warnings).toEqual([]);
  });

  it.each([
    ['稳赚不赔', 0, { part: 'body', paragraph: 2, column: 4, endColumn: 8 }],
    ['无风险', 0, { part: 'body', paragraph: 3, column: 6, endColumn: 9 }],
    ['预期收益率', 0, { part: 'body', paragraph: 7, column: 3, endColumn: 8 }],
    ['零风险', 0, { part: 'body', paragraph: 10, column: 5, endColumn: 8 }],
    ['最高收益', 0, { part: 'body', paragraph: 12, column: 7, endColumn: 11 }],
    ['国家级', 0, { part: 'body', paragraph: 13, column: 5, endColumn: 8 }],
    ['第一', 0, { part: 'body', paragraph: 14, column: 11, endColumn: 13 }],
    ['国家级', 1, { part: 'header', paragraph: 2, column: 3, endColumn: 6 }],
    ['最高收益', 1, { part: 'header', variant: 'first', paragraph: 1, column: 6, endColumn: 10 }],
    ['稳赚不赔', 1, { part: 'header', variant: 'even', paragraph: 1, column: 7, endColumn: 11 }],
    ['零风险', 1, { part: 'footer', paragraph: 2, column: 3, endColumn: 6 }],
    ['保本', 0, { part: 'footnotes', paragraph: 2, column: 6, endColumn: 8 }],
    ['第一', 1, { part: 'endnotes', paragraph: 1, column: 6, endColumn: 8 }],
    ['稳赚不赔', 2, { part: 'comments', paragraph: 3, column: 4, endColumn: 8 }],
  ])('locates %s (occurrence %i)', (term, nth, location) => {
    expect(locationOf(extracted, term, nth)).toEqual({ ...location, text: term });
  });

  it('has the same length in text and source, differing only at paragraph ends', () => {
    expect(extracted.source.length).toBe(extracted.text.length);
    expect(extracted.text.replaceAll(BLOCK_BREAK, '\n')).toBe(extracted.source);
    expect(Array.from(extracted.toSource ?? []).every((s, i) => s === i)).toBe(true);
  });
});

describe('extractDocx: fixtures/docx/all-parts-libreoffice.docx (saved by LibreOffice)', () => {
  const extracted = savedByLibreOffice;

  it('reads the text box LibreOffice writes twice once, and its comments in its order', () => {
    expect(paragraphs(extracted).filter((text) => text.includes('零风险'))).toEqual(['参与即享零风险体验', '承诺零风险收益']);
    expect(locationOf(extracted, '稳赚不赔', 2)).toEqual({ part: 'comments', paragraph: 2, column: 4, endColumn: 8, text: '稳赚不赔' });
    expect(locationOf(extracted, '稳赚不赔', 1)).toEqual({ part: 'header', variant: 'even', paragraph: 1, column: 7, endColumn: 11, text: '稳赚不赔' });
  });
});

describe('extractDocx: the text of a paragraph', () => {
  const bodyOf = async (body: string) => paragraphs(await extractDocx(await buildDocx({ body })));

  it('joins runs and turns tabs, breaks and non-breaking hyphens into characters', async () => {
    const body = '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
      + '<w:r><w:t>稳</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>赚</w:t><w:tab/><w:t>A</w:t><w:br/><w:cr/><w:noBreakHyphen/><w:t>B</w:t></w:r></w:p>';
    expect(await bodyOf(body)).toEqual(['稳赚\tA\n\n-B']);
  });

  it('keeps inserted and moved-to text, drops deleted and moved-away text', async () => {
    // A deleted run should hold w:delText, but some writers leave w:t in it.
    const body = '<w:p><w:r><w:t>保</w:t></w:r><w:del><w:r><w:delText>删</w:delText></w:r><w:r><w:t>错</w:t></w:r></w:del>'
      + '<w:ins><w:r><w:t>本</w:t></w:r></w:ins><w:moveFrom><w:r><w:t>旧</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>新</w:t></w:r></w:moveTo></w:p>';
    expect(await bodyOf(body)).toEqual(['保本新']);
  });

  it('keeps field results and drops field codes', async () => {
    const body = '<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
      + '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
      + '<w:fldSimple w:instr=" DATE "><w:r><w:t>页</w:t></w:r></w:fldSimple></w:p>';
    expect(await bodyOf(body)).toEqual(['第一页']);
  });

  it('keeps ruby base text, content controls and math, not the ruby annotation', async () => {
    const body = '<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>bǎo</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>保</w:t></w:r></w:rubyBase></w:ruby></w:r>'
      + '<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t>本</w:t></w:r></w:sdtContent></w:sdt>'
      + '<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath></w:p>';
    expect(await bodyOf(body)).toEqual(['保本x=1']);
  });
});

describe('extractDocx: text boxes and numbering', () => {
  const box = (...texts: string[]) => `<w:txbxContent>${texts.map((t) => p(t)).join('')}</w:txbxContent>`;
  const modern = (inner: string) => `<w:drawing><wps:wsp><wps:txbx>${inner}</wps:txbx></wps:wsp></w:drawing>`;
  const vml = (inner: string) => `<w:pict><v:rect><v:textbox>${inner}</v:textbox></v:rect></w:pict>`;

  it('reads the first mc:Choice of a text box, then the paragraphs after its anchor', async () => {
    const alternate = `<mc:AlternateContent><mc:Choice Requires="wps">${modern(box('框一', '框二'))}</mc:Choice>`
      + `<mc:Choice Requires="x">${modern(box('重复'))}</mc:Choice><mc:Fallback>${vml(box('框一', '框二'))}</mc:Fallback></mc:AlternateContent>`;
    const extracted = await extractDocx(await buildDocx({ body: `<w:p><w:r><w:t>前</w:t>${alternate}<w:t>后</w:t></w:r></w:p>${p('下段')}` }));
    expect(paragraphs(extracted)).toEqual(['前后', '框一', '框二', '下段']);
    expect(locationOf(extracted, '框二')).toMatchObject({ part: 'body', paragraph: 3, column: 1 });
    expect(locationOf(extracted, '下段')).toMatchObject({ part: 'body', paragraph: 4, column: 1 });
  });

  it('reads the mc:Fallback when there is no mc:Choice, and a VML text box on its own', async () => {
    const body = `<w:p><w:r><mc:AlternateContent><mc:Fallback>${vml(box('备用'))}</mc:Fallback></mc:AlternateContent></w:r></w:p>`
      + `<w:p><w:r>${vml(box('旧框'))}</w:r></w:p>`;
    expect(paragraphs(await extractDocx(await buildDocx({ body })))).toEqual(['', '备用', '', '旧框']);
  });

  it('numbers the paragraphs of nested tables in document order, empty ones included', async () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const inner = `<w:tbl><w:tr>${cell(p('内一'))}${cell(p('内二'))}</w:tr></w:tbl>`;
    const body = `${p('甲')}<w:tbl><w:tr>${cell(`${p('外')}${inner}<w:p/>`)}${cell(p('右'))}</w:tr></w:tbl>${p('乙')}`;
    const extracted = await extractDocx(await buildDocx({ body }));
    expect(paragraphs(extracted)).toEqual(['甲', '外', '内一', '内二', '', '右', '乙']);
    expect(locationOf(extracted, '乙')).toMatchObject({ paragraph: 7 });
  });
});

describe('extractDocx: parts', () => {
  const hdr = (text: string) => wPart('hdr', p(text));
  const headers = {
    rels: [
      ['rId1', 'header', 'header1.xml'],
      ['rId2', 'header', '/word/header2.xml'],
      ['rId3', 'header', 'header3.xml'],
      ['rId4', 'footer', 'footer1.xml'],
    ] as Array<[string, string, string]>,
    parts: { 'word/header1.xml': hdr('首页'), 'word/Header2.xml': hdr('默认'), 'word/header3.xml': hdr('无引用'), 'word/footer1.xml': wPart('ftr', p('偶页脚')) },
  };
  const sectPr = '<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:headerReference w:type="first" r:id="rId1"/>'
    + '<w:footerReference w:type="even" r:id="rId4"/><w:titlePg/></w:sectPr>';

  it('reads headers in the order sections refer to them, then those no section refers to', async () => {
    const extracted = await extractDocx(await buildDocx({ body: p('正文') + sectPr, ...headers }));
    expect(paragraphs(extracted)).toEqual(['正文', '默认', '首页', '无引用', '偶页脚']);
    expect(extracted.locate(extracted.text.indexOf('默认'))).toEqual({ part: 'header', paragraph: 1, column: 1 });
    expect(extracted.locate(extracted.text.indexOf('首页') + 1)).toEqual({ part: 'header', variant: 'first', paragraph: 1, column: 2 });
    expect(extracted.locate(extracted.text.indexOf('无引用'))).toEqual({ part: 'header', paragraph: 1, column: 1 });
    expect(extracted.locate(extracted.text.indexOf('偶页脚'))).toEqual({ part: 'footer', variant: 'even', paragraph: 1, column: 1 });
  });

  it('skips separator notes, numbering the notes a reader sees from 1', async () => {
    const note = (type: string | null, id: number, text: string) =>
      `<w:footnote${type ? ` w:type="${type}"` : ''} w:id="${id}"><w:p><w:r><w:separator/></w:r><w:r><w:t>${text}</w:t></w:r></w:p></w:footnote>`;
    const footnotes = wPart('footnotes', note('separator', -1, '线') + note('continuationSeparator', 0, '续线') + note(null, 1, '注一') + note(null, 2, '注二'));
    const extracted = await extractDocx(await buildDocx({ body: p('正文'), rels: [['rId9', 'footnotes', 'footnotes.xml']], parts: { 'word/footnotes.xml': footnotes } }));
    expect(paragraphs(extracted)).toEqual(['正文', '注一', '注二']);
    expect(locationOf(extracted, '注二')).toMatchObject({ part: 'footnotes', paragraph: 2, column: 1, endColumn: 3 });
  });

  it('reads comments and endnotes, and warns about a listed part that is missing', async () => {
    const comments = wPart('comments', `<w:comment w:id="0" w:author="甲">${p('批注一')}${p('批注二')}</w:comment>`);
    const rels: Array<[string, string, string]> = [['rId1', 'comments', 'comments.xml'], ['rId2', 'endnotes', 'endnotes.xml']];
    const extracted = await extractDocx(await buildDocx({ body: p('正文'), rels, parts: { 'word/comments.xml': comments } }));
    expect(paragraphs(extracted)).toEqual(['正文', '批注一', '批注二']);
    expect(locationOf(extracted, '批注二')).toMatchObject({ part: 'comments', paragraph: 2 });
    expect(extracted.warnings).toEqual(['endnotes part word/endnotes.xml is listed but missing: its text was not checked']);
  });

  it('reads strict OOXML', async () => {
    const strict = '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>严格</w:t></w:r></w:p></w:body></w:document>';
    const bytes = await buildDocx({ body: '', parts: { 'word/document.xml': strict } });
    expect(paragraphs(await extractDocx(bytes))).toEqual(['严格']);
  });

  it('warns when a document has no text', async () => {
    const extracted = await extractDocx(await buildDocx({ body: '<w:p/>' }));
    expect(extracted.warnings).toEqual(['no text found (text inside pictures is not read)']);
  });
});

describe('extractDocx: locate', () => {
  it('counts columns in code points and puts a paragraph end in its paragraph', async () => {
    const extracted = await extractDocx(await buildDocx({ body: p('𠀀𠀁保本') + p('乙') }));
    expect(locationOf(extracted, '保本')).toEqual({ part: 'body', paragraph: 1, column: 3, endColumn: 5, text: '保本' });
    expect(extracted.locate(6)).toEqual({ part: 'body', paragraph: 1, column: 5 });
    expect(extracted.locate(7)).toEqual({ part: 'body', paragraph: 2, column: 1 });
  });
});

describe('extractDocx: unreadable files', () => {
  const failure = async (bytes: Uint8Array) => {
    try {
      await extractDocx(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(ExtractError);
      const { code, message } = error as ExtractError;
      return { code, message };
    }
    throw new Error('expected an ExtractError');
  };

  it.each([
    ['empty.docx', 'empty', 'empty file (0 bytes): save the document again from Word'],
    ['word97.docx', 'doc-binary', 'Word 97–2003 document: save it as .docx'],
    ['truncated.docx', 'corrupt', 'damaged or incomplete .docx (not a readable zip): open it in Word and save it again'],
  ])('%s: %s', async (name, code, message) => {
    expect(await failure(fixture(name))).toEqual({ code, message });
  });

  it('an OLE file holding an EncryptedPackage stream: encrypted', async () => {
    expect(await failure(oleFile(['EncryptionInfo', 'EncryptedPackage']))).toEqual({
      code: 'encrypted',
      message: 'encrypted: remove the password in Word and save again',
    });
  });

  it('a zip without word/document.xml: corrupt', async () => {
    const bytes = await buildDocx({ body: '', parts: {} });
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    zip.remove('word/document.xml');
    expect(await failure(await zip.generateAsync({ type: 'uint8array' }))).toEqual({
      code: 'corrupt',
      message: 'not a Word document (no readable word/document.xml): open it in Word and save it again as .docx',
    });
  });

  it('a part that is not XML: corrupt, naming the part', async () => {
    const bytes = await buildDocx({ body: p('正文'), rels: [['rId1', 'header', 'header1.xml']], parts: { 'word/header1.xml': 'not xml' } });
    expect(await failure(bytes)).toEqual({
      code: 'corrupt',
      message: 'damaged .docx (word/header1.xml cannot be read): open it in Word and save it again',
    });
  });

  it('plain text named .docx: corrupt', async () => {
    expect((await failure(new TextEncoder().encode('保本保息'))).code).toBe('corrupt');
  });
});

/** A minimal OLE compound file: the signature, then one directory sector naming `streams`. */
function oleFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 512 + 128 * i;
    for (let c = 0; c < name.length; c++) bytes[at + 2 * c] = name.charCodeAt(c);
    bytes[at + 0x40] = 2 * (name.length + 1);
    bytes[at + 0x42] = i === 0 ? 5 : 2;
  });
  return bytes;
}
