import { readdirSync, readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/extract/docx/ooxml-parse.js';
import { isElement, type XmlElement, type XmlNode } from '../../src/extract/docx/ooxml-xml.js';

/** A tree as plain data: [namespace, localName, [qualified name, value] in order, children]; text as strings. */
type Tree = string | [string | null, string, Array<[string, string]>, Tree[]];

const isNamespaceDeclaration = (name: string) => name === 'xmlns' || name.startsWith('xmlns:');

function ours(node: XmlNode): Tree {
  if (!isElement(node)) return node.textContent;
  const attributes = node.attributeNames.filter((name) => !isNamespaceDeclaration(name));
  const pairs = attributes.map((name): [string, string] => [name, node.getAttribute(name) ?? '']);
  return [node.namespaceURI, node.localName, pairs, merge(childrenOf(node).map(ours))];
}

function childrenOf(node: XmlNode): XmlNode[] {
  const children: XmlNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

/** The same shape from @xmldom/xmldom, text nodes and CDATA merged as a DOM reader sees them. */
function theirs(node: any): Tree {
  if (node.nodeType !== 1) return node.data;
  const attributes = Array.from(node.attributes as ArrayLike<any>)
    .filter((a) => !isNamespaceDeclaration(a.name))
    .map((a): [string, string] => [a.name, a.value]);
  const children = Array.from(node.childNodes as ArrayLike<any>).filter((c) => [1, 3, 4].includes(c.nodeType));
  return [node.namespaceURI ?? null, node.localName, attributes, merge(children.map(theirs))];
}

function merge(trees: Tree[]): Tree[] {
  const merged: Tree[] = [];
  for (const tree of trees) {
    if (typeof tree === 'string' && typeof merged.at(-1) === 'string') merged[merged.length - 1] += tree;
    else merged.push(tree);
  }
  return merged;
}

const parsedByXmldom = (xml: string) => theirs(new DOMParser().parseFromString(xml, 'text/xml').documentElement);
const parsedByUs = (xml: string) => ours(parseXml(xml, 'x'));

describe('parseXml', () => {
  it('resolves default and prefixed namespaces, redeclared in a subtree', () => {
    const root = parseXml('<a xmlns="urn:d" xmlns:w="urn:w1"><w:b w:x="1" y="2"/><c xmlns:w="urn:w2"><w:b/></c></a>', 'x');
    expect(parsedByUs('<a xmlns="urn:d" xmlns:w="urn:w1"><w:b w:x="1" y="2"/><c xmlns:w="urn:w2"><w:b/></c></a>')).toEqual([
      'urn:d', 'a', [], [['urn:w1', 'b', [['w:x', '1'], ['y', '2']], []], ['urn:d', 'c', [], [['urn:w2', 'b', [], []]]]],
    ]);
    const b = root.firstChild as XmlElement;
    expect(b.getAttributeNS('urn:w1', 'x')).toBe('1');
    expect(b.getAttributeNS('urn:w1', 'y')).toBeNull();
    expect(b.getAttribute('y')).toBe('2');
  });

  it('decodes entities and CDATA, and skips comments and processing instructions', () => {
    const xml = '<?xml version="1.0"?><!-- c --><a t="&lt;&#x4FDD;&#26412;&quot;"><?pi x?>&amp;&#x20000;<![CDATA[<b>&amp;]]><!-- -- --></a>';
    expect(parsedByUs(xml)).toEqual([null, 'a', [['t', '<保本"']], ['&𠀀<b>&amp;']]);
  });

  it.each([
    ['truncated', '<a><b>x</b>'],
    ['mismatched end tag', '<a><b>x</c></a>'],
    ['no element', 'garbage'],
    ['empty', ''],
    ['a DTD', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['text after the root', '<a/>junk'],
    ['unterminated comment', '<a><!-- </a>'],
  ])('calls %s damaged', (_, xml) => {
    expect(() => parseXml(xml, 'word/x.xml')).toThrow('damaged .docx (word/x.xml cannot be read): open it in Word and save it again');
  });

  it('reads every part of the docx fixtures as @xmldom/xmldom does', async () => {
    const dir = new URL('../../fixtures/docx/', import.meta.url);
    let parts = 0;
    for (const name of ['all-parts.docx', 'all-parts-libreoffice.docx']) {
      const zip = await JSZip.loadAsync(readFileSync(new URL(name, dir)));
      for (const file of Object.values(zip.files)) {
        if (!/\.(xml|rels)$/.test(file.name)) continue;
        const xml = await file.async('string');
        expect(parsedByUs(xml), `${name} ${file.name}`).toEqual(parsedByXmldom(xml));
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(30);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  });

  it('reads any written tree as @xmldom/xmldom does', () => {
    const name = fc.constantFrom('p', 'r', 't', 'w:p', 'w:t', 'm:t', 'x:y');
    const text = fc.string({ unit: fc.constantFrom('保', '本', 'a', ' ', '\t', '\r', '\n', '<', '>', '&', '"', "'", '𠀀', ']]>') });
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const cdata = text.filter((t) => !t.includes(']]>')).map((t) => `<![CDATA[${t}]]>`);
    const comment = text.filter((t) => !t.includes('-')).map((t) => `<!--${t}-->`);
    const { tree } = fc.letrec<{ tree: string }>((tie) => ({
      tree: fc
        .tuple(name, fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'w:b', 'x:c'), text), { maxLength: 3, selector: ([n]) => n }), fc.array(fc.oneof(text.map(escape), cdata, comment, tie('tree')), { maxLength: 4 }))
        .map(([tag, attributes, children]) => `<${tag}${attributes.map(([n, v]) => ` ${n}="${escape(v)}"`).join('')}>${children.join('')}</${tag}>`),
    }));
    const namespaces = 'xmlns:w="urn:w" xmlns:m="urn:m" xmlns:x="urn:x"';
    fc.assert(
      fc.property(tree, (xml) => {
        const document = `<root ${namespaces}>${xml}</root>`;
        expect(parsedByUs(document)).toEqual(parsedByXmldom(document));
      }),
    );
  });
});
