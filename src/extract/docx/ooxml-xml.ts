
/** The XML tree of an OOXML part (see ooxml-parse.ts), with the few DOM members the extractor uses. */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export abstract class XmlNode {
  abstract readonly nodeType: number;
  parentNode: XmlElement | null = null;
  firstChild: XmlNode | null = null;
  nextSibling: XmlNode | null = null;
  abstract readonly textContent: string;
}

export class XmlText extends XmlNode {
  readonly nodeType = TEXT_NODE;
  constructor(readonly textContent: string) {
    super();
  }
}

/** Namespace URIs by prefix ('' for the default namespace), as declared where an element is. */
export type NamespaceScope = Readonly<Record<string, string>>;

export class XmlElement extends XmlNode {
  readonly nodeType = ELEMENT_NODE;
  private lastChild: XmlNode | null = null;

  constructor(
    readonly localName: string,
    readonly namespaceURI: string | null,
    /** Qualified name, value, qualified name, value, …: flat, as parts have many elements. */
    private readonly attributes: readonly string[],
    private readonly scope: NamespaceScope,
  ) {
    super();
  }

  append(child: XmlNode): void {
    child.parentNode = this;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
  }

  get textContent(): string {
    const only = this.firstChild;
    if (only && only.nodeType === TEXT_NODE && !only.nextSibling) return only.textContent;
    let text = '';
    forEachDescendant(this, (node) => {
      if (node.nodeType === TEXT_NODE) text += node.textContent;
    });
    return text;
  }

  /** Qualified names of the attributes (namespace declarations included), in document order. */
  get attributeNames(): string[] {
    return this.attributes.filter((_, i) => i % 2 === 0);
  }

  getAttribute(name: string): string | null {
    const { attributes } = this;
    for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1];
    return null;
  }

  /** Unprefixed attributes are in no namespace, so only prefixed ones can match. */
  getAttributeNS(namespace: string, localName: string): string | null {
    const { attributes } = this;
    for (let i = 0; i < attributes.length; i += 2) {
      const name = attributes[i];
      const colon = name.indexOf(':');
      if (colon !== -1 && name.slice(colon + 1) === localName && this.scope[name.slice(0, colon)] === namespace) return attributes[i + 1];
    }
    return null;
  }
}

export function isElement(node: XmlNode): node is XmlElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Calls `visit` on every node under `root`, in document order. */
export function forEachDescendant(root: XmlNode, visit: (node: XmlNode) => void): void {
  let node = root.firstChild;
  while (node) {
    visit(node);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (!node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return;
    }
    node = node.nextSibling;
  }
}
