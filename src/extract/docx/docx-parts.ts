import type { DocxPart } from '../../types.js';
import { rAttr, wAttr, wElements } from './docx-ns.js';
import type { Relationship } from './ooxml-rels.js';
import type { XmlElement } from './ooxml-xml.js';

export interface PartFile {
  path: string;
  part: DocxPart;
  variant?: 'first' | 'even';
}

const VARIANTS: Record<string, 'first' | 'even'> = { first: 'first', even: 'even' };

/**
 * The parts read after the body, in reading order: headers, footers, footnotes, endnotes,
 * comments. Headers and footers come in the order sections refer to them, then any that
 * no section refers to (Word keeps those too); a part's variant is that of its first reference.
 * Each part is read once, however many relationships name it and in whatever case (part names
 * ignore case), and never the body again.
 */
export function partsAfterBody(documentRoot: XmlElement, rels: Relationship[], bodyPath: string): PartFile[] {
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const references = wElements(documentRoot, ['headerReference', 'footerReference']);
  const parts = [
    ...headersOrFooters('header', references, rels, byId),
    ...headersOrFooters('footer', references, rels, byId),
    ...notesOrComments('footnotes', rels),
    ...notesOrComments('endnotes', rels),
    ...notesOrComments('comments', rels),
  ];
  const seen = new Set([bodyPath.toLowerCase()]);
  return parts.filter((file) => {
    const key = file.path.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function headersOrFooters(
  part: 'header' | 'footer',
  references: XmlElement[],
  rels: Relationship[],
  byId: Map<string, Relationship>,
): PartFile[] {
  const files = new Map<string, PartFile>();
  for (const reference of references) {
    if (reference.localName !== `${part}Reference`) continue;
    const rel = byId.get(rAttr(reference, 'id') ?? '');
    if (rel?.kind !== part || files.has(rel.target.toLowerCase())) continue;
    const variant = VARIANTS[wAttr(reference, 'type') ?? ''];
    files.set(rel.target.toLowerCase(), variant ? { path: rel.target, part, variant } : { path: rel.target, part });
  }
  for (const rel of rels) {
    if (rel.kind === part && !files.has(rel.target.toLowerCase())) files.set(rel.target.toLowerCase(), { path: rel.target, part });
  }
  return [...files.values()];
}

function notesOrComments(part: 'footnotes' | 'endnotes' | 'comments', rels: Relationship[]): PartFile[] {
  const rel = rels.find((r) => r.kind === part);
  return rel ? [{ path: rel.target, part }] : [];
}
