import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/extract/docx/ooxml-parse.js';
import { readRelationships, relsPathOf, resolveTarget } from '../../src/extract/docx/ooxml-rels.js';

describe('relationships', () => {
  it('finds the relationships part of a part', () => {
    expect(relsPathOf('word/document.xml')).toBe('word/_rels/document.xml.rels');
    expect(relsPathOf('document.xml')).toBe('_rels/document.xml.rels');
  });

  it.each([
    ['word/document.xml', 'header1.xml', 'word/header1.xml'],
    ['word/document.xml', '/word/footer1.xml', 'word/footer1.xml'],
    ['word/document.xml', '../customXml/item1.xml', 'customXml/item1.xml'],
    ['word/document.xml', './sub/./a%20b.xml', 'word/sub/a b.xml'],
    ['', 'word/document.xml', 'word/document.xml'],
  ])('resolves %s → %s', (source, target, resolved) => {
    expect(resolveTarget(source, target)).toBe(resolved);
  });

  it('lists internal relationships with the last segment of their type', () => {
    const xml = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
      + '<Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/footnotes" Target="footnotes.xml"/>'
      + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com" TargetMode="External"/>'
      + '</Relationships>';
    expect(readRelationships(parseXml(xml, 'r'), 'word/document.xml')).toEqual([
      { id: 'rId1', kind: 'header', target: 'word/header1.xml' },
      { id: 'rId2', kind: 'footnotes', target: 'word/footnotes.xml' },
    ]);
  });
});
