import JSZip from 'jszip';
import type { Extracted, Location } from '../../src/types.js';

/** Builders of small .docx packages, written part by part, for the extractor's unit tests. */

const NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
].join(' ');

const RELATIONSHIP_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** A WordprocessingML part: `w:<root>` around `inner`. */
export function wPart(root: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${root} ${NAMESPACES}>${inner}</w:${root}>`;
}

/** A paragraph of one run per piece of text. */
export function p(...texts: string[]): string {
  return `<w:p>${texts.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
}

export interface DocxSpec {
  /** Inside w:body. */
  body: string;
  /** Relationships of word/document.xml: [id, last segment of the type, target]. */
  rels?: Array<[string, string, string]>;
  /** More parts, by path. */
  parts?: Record<string, string>;
}

export async function buildDocx({ body, rels = [], parts = {} }: DocxSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', relationships([['rId1', 'officeDocument', 'word/document.xml']]));
  zip.file('word/document.xml', wPart('document', `<w:body>${body}</w:body>`));
  zip.file('word/_rels/document.xml.rels', relationships(rels));
  for (const [path, xml] of Object.entries(parts)) zip.file(path, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function relationships(rels: Array<[string, string, string]>): string {
  const items = rels.map(([id, kind, target]) => `<Relationship Id="${id}" Type="${RELATIONSHIP_TYPE}${kind}" Target="${target}"/>`);
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** The paragraphs of an extraction, as `text` separates them. */
export function paragraphs(extracted: Extracted): string[] {
  return extracted.text === '' ? [] : extracted.text.split('\u2029');
}

/** Where the pipeline would report the `nth` occurrence of a (BMP-only) `term` in `text`, mapped through toSource and locate. */
export function locationOf(extracted: Extracted, term: string, nth = 0): Location & { text: string } {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = extracted.text.indexOf(term, index + 1);
  if (index === -1) throw new Error(`"${term}" not found`);
  const toSource = (i: number) => (extracted.toSource ? extracted.toSource[i] : i);
  const start = toSource(index);
  const last = toSource(index + term.length - 1);
  const { column, ...where } = extracted.locate(start);
  const endColumn = extracted.locate(last).column + 1;
  return { ...where, column, endColumn, text: extracted.source.slice(start, last + 1) };
}
