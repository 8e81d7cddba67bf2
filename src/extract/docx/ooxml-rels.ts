import { isElement, type XmlElement } from './ooxml-xml.js';

export interface Relationship {
  id: string;
  /** Last segment of the relationship type URI (`header`, `footnotes`, …): the same in transitional and strict OOXML. */
  kind: string;
  /** Package path of the target part, without a leading slash. */
  target: string;
}

/** Path of the relationships part of `partPath`: word/document.xml → word/_rels/document.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Internal relationships listed in a .rels part, in document order. */
export function readRelationships(root: XmlElement, sourcePath: string): Relationship[] {
  const rels: Relationship[] = [];
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (!isElement(node) || node.localName !== 'Relationship') continue;
    if (node.getAttribute('TargetMode') === 'External') continue;
    const type = node.getAttribute('Type') ?? '';
    rels.push({
      id: node.getAttribute('Id') ?? '',
      kind: type.slice(type.lastIndexOf('/') + 1),
      target: resolveTarget(sourcePath, node.getAttribute('Target') ?? ''),
    });
  }
  return rels;
}

/** Resolves a relationship target against the folder of the part that names it. */
export function resolveTarget(sourcePath: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePath.split('/').slice(0, -1);
  for (const segment of decodePath(target).split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

function decodePath(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
