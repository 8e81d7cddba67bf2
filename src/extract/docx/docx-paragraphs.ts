import { isMath, isW, MC, wAttr } from './docx-ns.js';
import { isElement, type XmlElement, type XmlNode } from './ooxml-xml.js';

/** Run content that stands for one character. */
const CHARACTER: Record<string, string> = { tab: '\t', ptab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-' };

/**
 * Subtrees with no visible text, or text a reader does not see: properties (tab stops live in
 * w:pPr), deleted and moved-away revisions, field codes, and ruby annotations (pinyin above
 * the base text, which would split a phrase in two).
 */
const HIDDEN = new Set([
  'pPr', 'rPr', 'sectPr', 'sdtPr', 'sdtEndPr',
  'del', 'delText', 'moveFrom', 'instrText', 'delInstrText', 'rt',
]);

/** Footnotes and endnotes that only draw the line above the notes. */
const SEPARATOR_NOTES = new Set(['separator', 'continuationSeparator']);

/**
 * Text of every paragraph of a part, numbered in the order its <w:p> opens: a paragraph
 * inside a table cell or a text box counts like any other, and one in a text box comes
 * after the paragraph that anchors the box. A text box's VML copy (mc:Fallback) and
 * separator notes are not counted.
 */
export function paragraphTexts(root: XmlElement): string[] {
  const texts: string[][] = [];
  const open: string[][] = [];
  const append = (text: string): false => {
    open.at(-1)?.push(text);
    return false;
  };
  walk(root, {
    enter(node) {
      if (!isElement(node)) return false;
      if (isMath(node) && node.localName === 't') return append(node.textContent ?? '');
      if (!isW(node)) return enterOther(node);
      const name = node.localName ?? '';
      if (name === 't') return append(node.textContent ?? '');
      if (name in CHARACTER) return append(CHARACTER[name]);
      if (name === 'p') {
        const pieces: string[] = [];
        texts.push(pieces);
        open.push(pieces);
        return true;
      }
      if (name === 'footnote' || name === 'endnote') return !SEPARATOR_NOTES.has(wAttr(node, 'type') ?? '');
      return !HIDDEN.has(name);
    },
    leave(node) {
      if (isW(node) && node.localName === 'p') open.pop();
    },
  });
  return texts.map((pieces) => pieces.join(''));
}

/** Of a text box written twice (mc:AlternateContent), read the first mc:Choice, or else the fallback. */
function enterOther(node: XmlElement): boolean {
  if (node.namespaceURI !== MC) return true;
  if (node.localName === 'Choice' || node.localName === 'Fallback') return !hasEarlierSibling(node, 'Choice');
  return true;
}

function hasEarlierSibling(node: XmlElement, localName: string): boolean {
  for (let n = node.parentNode?.firstChild ?? null; n && n !== node; n = n.nextSibling) {
    if (isElement(n) && n.namespaceURI === MC && n.localName === localName) return true;
  }
  return false;
}

interface Visitor {
  /** Returns whether to visit the node's children; `leave` is called only for nodes entered. */
  enter(node: XmlNode): boolean;
  leave(node: XmlNode): void;
}

/** Depth-first walk without recursion, so a deeply nested part cannot overflow the stack. */
function walk(root: XmlNode, visitor: Visitor): void {
  let node = root.firstChild;
  while (node) {
    if (visitor.enter(node)) {
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      visitor.leave(node);
    }
    while (!node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return;
      visitor.leave(node);
    }
    node = node.nextSibling;
  }
}
