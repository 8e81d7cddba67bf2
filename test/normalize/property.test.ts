import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { extractText } from '../../src/extract/text/text.js';
import { compileRuleSet } from '../../src/match/ruleset.js';
import { parsePack } from '../../src/packs/load.js';
import { normalizeTerm } from '../../src/packs/words.js';

const TERMS = ['稳赚不赔', '无风险', '保本保息', '年化10%', '刚性兑付'];
const PACK = `format: 2\nid: p\nname: P\nversion: 1\nrules:\n  - id: r\n    severity: warning\n    message: m\n    basis: b\n    match: { words: [${TERMS.join(', ')}] }\n`;
const set = compileRuleSet(parsePack('p.yaml', Buffer.from(PACK)));

const TRADITIONAL: Record<string, string> = { 稳: '穩', 赚: '賺', 赔: '賠', 无: '無', 风: '風', 险: '險', 刚: '剛', 兑: '兌', 年: '年' };
const NOISE = [' ', '*', '-', '_', '·', '.', '/', '|', '~', '\n', '\u200b', '\u3000'];
const FILLER = ['产', '品', '收', '益', 'a', 'B', '1', '，', '。', '😀', '𠀀', ' ', '\n'];

/** A term disguised the ways evasions do: traditional forms, full width, noise between characters. */
const disguised = fc.constantFrom(...TERMS).chain((term) =>
  fc.tuple(...[...term].map(() => fc.tuple(fc.boolean(), fc.boolean(), fc.array(fc.constantFrom(...NOISE), { maxLength: 2 })))).map((choices) =>
    [...term]
      .map((ch, i) => {
        const [traditional, wide, noise] = choices[i];
        let out = traditional && TRADITIONAL[ch] ? TRADITIONAL[ch] : ch;
        if (wide && /[0-9%]/.test(out)) out = String.fromCodePoint(out.codePointAt(0)! + 0xfee0);
        // A blank line ends a paragraph in plain text, as in markdown: noise joins a phrase only within one.
        return i < term.length - 1 && /\p{Script=Han}/u.test(ch) && /\p{Script=Han}/u.test(term[i + 1]) ? out + noise.join('').replace(/\n(\s*)\n/g, '\n$1') : out;
      })
      .join(''),
  ),
);
const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }).map((a) => a.join(''));
const documentText = fc.array(fc.tuple(filler, disguised), { minLength: 1, maxLength: 6 }).map((parts) => parts.flat().join('') + '。');

describe('normalization, end to end', () => {
  it('reports spans whose original text normalizes back to a term, never inside a character', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const { findings } = checkDocument(extractText(Buffer.from(text)), set);
        expect(findings.length).toBeGreaterThan(0);
        for (const finding of findings) {
          expect(TERMS).toContain(normalizeTerm(finding.text!).replace(/[*\-_·./|~]/gu, ''));
          expect(finding.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/u);
          expect(text.includes(finding.text!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds every disguised term it is given', () => {
    fc.assert(
      fc.property(fc.array(disguised, { minLength: 1, maxLength: 5 }), (terms) => {
        const text = terms.join('，');
        expect(checkDocument(extractText(Buffer.from(text)), set).findings).toHaveLength(terms.length);
      }),
      { numRuns: 300 },
    );
  });
});
