import { DEFAULT_LIMITS, type Limits } from '../../limits.js';
import { BLOCK_BREAK, ExtractError, type Extracted, type Point } from '../../types.js';
import { isW } from './docx-ns.js';
import { paragraphTexts } from './docx-paragraphs.js';
import { partsAfterBody, type PartFile } from './docx-parts.js';
import { columnCounter, floorIndex } from '../locate.js';
import { readRelationships, relsPathOf, type Relationship } from './ooxml-rels.js';
import { assertNotLegacyOffice } from './ooxml-sniff.js';
import { parseXml } from './ooxml-parse.js';
import type { XmlElement } from './ooxml-xml.js';
import { InflateBudget, openPackage, type OoxmlPackage } from './ooxml-zip.js';

interface Paragraph {
  file: PartFile;
  /** 1-based, within its part file. */
  number: number;
  text: string;
}

/**
 * Word .docx: the body (tables and text boxes included), then headers, footers, footnotes,
 * endnotes and comments, one block per paragraph. `source` joins the paragraphs with '\n'
 * and `text` with BLOCK_BREAK, so both have the same length and `toSource` is the identity.
 * All parts together may unpack to `limits.maxUnzippedSize` bytes, counted in `budget`.
 */
export function extractDocx(bytes: Uint8Array, limits: Pick<Limits, 'maxUnzippedSize'> = DEFAULT_LIMITS, budget = new InflateBudget(limits.maxUnzippedSize)): Extracted {
  assertNotLegacyOffice(bytes);
  const pkg = openPackage(bytes, budget);
  const bodyPath = mainDocumentPath(pkg);
  const bodyRoot = readBody(pkg, bodyPath);
  const paragraphs = numbered({ path: bodyPath, part: 'body' }, paragraphTexts(bodyRoot));
  const warnings: string[] = [];
  for (const file of partsAfterBody(bodyRoot, relationshipsOf(pkg, bodyPath), bodyPath)) {
    const xml = pkg.read(file.path);
    if (xml === null) warnings.push(`${file.part} part ${file.path} is listed but missing: its text was not checked`);
    else for (const paragraph of numbered(file, paragraphTexts(parseXml(xml, file.path)))) paragraphs.push(paragraph);
  }
  if (paragraphs.every((p) => p.text.trim() === '')) warnings.push('no text found (text inside pictures is not read)');
  return assemble(paragraphs, warnings);
}

function mainDocumentPath(pkg: OoxmlPackage): string {
  const rels = relationshipsOf(pkg, '');
  return rels.find((rel) => rel.kind === 'officeDocument')?.target ?? 'word/document.xml';
}

function relationshipsOf(pkg: OoxmlPackage, partPath: string): Relationship[] {
  const path = partPath === '' ? '_rels/.rels' : relsPathOf(partPath);
  const xml = pkg.read(path);
  return xml === null ? [] : readRelationships(parseXml(xml, path), partPath);
}

function readBody(pkg: OoxmlPackage, path: string): XmlElement {
  const xml = pkg.read(path);
  const root = xml === null ? null : parseXml(xml, path);
  if (!root || !isW(root) || root.localName !== 'document') {
    throw new ExtractError('corrupt', `not a Word document (no readable ${path}): open it in Word and save it again as .docx`);
  }
  return root;
}

function numbered(file: PartFile, texts: string[]): Paragraph[] {
  return texts.map((text, i) => ({ file, number: i + 1, text }));
}

function assemble(paragraphs: Paragraph[], warnings: string[]): Extracted {
  const texts = paragraphs.map((p) => p.text);
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  const source = texts.join('\n');
  const toSource = new Int32Array(source.length);
  for (let i = 0; i < toSource.length; i++) toSource[i] = i;
  const columnOf = columnCounter(source);
  const locate = (index: number): Point => {
    const k = floorIndex(starts, index);
    const paragraph = paragraphs[k];
    if (!paragraph) return { part: 'body', paragraph: 1, column: 1 };
    return pointIn(paragraph, columnOf(starts[k], index));
  };
  return { format: 'docx', text: texts.join(BLOCK_BREAK), source, toSource, locate, warnings };
}

function pointIn({ file, number }: Paragraph, column: number): Point {
  const point: Point = { part: file.part, paragraph: number, column };
  if (file.variant) point.variant = file.variant;
  return point;
}
