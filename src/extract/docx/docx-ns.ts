import { forEachDescendant, isElement, type XmlElement, type XmlNode } from './ooxml-xml.js';

// Transitional and strict OOXML name the same elements in different namespaces.
const W = [
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
];
const R = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];
const MATH = [
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
  'http://purl.oclc.org/ooxml/officeDocument/math',
];
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export function isW(node: XmlNode): node is XmlElement {
  return isElement(node) && W.includes(node.namespaceURI ?? '');
}

export function isMath(node: XmlNode): node is XmlElement {
  return isElement(node) && MATH.includes(node.namespaceURI ?? '');
}

export function wAttr(node: XmlElement, name: string): string | null {
  return firstAttr(node, W, name);
}

export function rAttr(node: XmlElement, name: string): string | null {
  return firstAttr(node, R, name);
}

/** The w: elements under `root` with one of `localNames`, in document order. */
export function wElements(root: XmlElement, localNames: readonly string[]): XmlElement[] {
  const found: XmlElement[] = [];
  forEachDescendant(root, (node) => {
    if (isW(node) && localNames.includes(node.localName)) found.push(node);
  });
  return found;
}

function firstAttr(node: XmlElement, namespaces: string[], name: string): string | null {
  for (const ns of namespaces) {
    const value = node.getAttributeNS(ns, name);
    if (value) return value;
  }
  return null;
}
