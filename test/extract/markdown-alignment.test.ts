import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/extract/markdown/markdown.js';
import { BLOCK_BREAK } from '../../src/types.js';
import { markdownDocument } from './markdown-gen.js';
import { type Region, visibleRegions } from './markdown-mdast.js';

/**
 * The fast extractor (markdown-it + cursor alignment) against the slow positional parser
 * (micromark + mdast, GFM). Where an mdast text line is its source slice verbatim, every one of its
 * characters must come out with exactly that offset; where it is not (escapes, entities), the
 * characters inside it must be the same multiset. Nothing may come from outside these regions, and a
 * block break must separate exactly the characters of different mdast blocks.
 */
function disagreements(src: string): string[] {
  const { text, toSource, resyncs } = markdownText(src);
  const regions = visibleRegions(src);
  const problems: string[] = resyncs === 0 ? [] : [`${resyncs} resyncs`];
  const owner = regionOwners(regions, src.length);
  const seen = new Map<Region, string>();
  let lastBlock = -1;
  let breakSince = true;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === BLOCK_BREAK) {
      breakSince = true;
      continue;
    }
    const offset = toSource[i];
    const region = owner[offset];
    if (!region) {
      problems.push(`${JSON.stringify(text[i])}@${offset} is outside every visible region`);
      continue;
    }
    if (region.exact && region.value[offset - region.start] !== text[i]) problems.push(`${JSON.stringify(text[i])}@${offset}, mdast has ${JSON.stringify(region.value[offset - region.start])}`);
    seen.set(region, (seen.get(region) ?? '') + text[i]);
    if ((region.block !== lastBlock) !== breakSince && lastBlock !== -1) problems.push(`block break wrong before ${JSON.stringify(text[i])}@${offset}`);
    lastBlock = region.block;
    breakSince = false;
  }
  for (const region of regions) {
    const got = [...(seen.get(region) ?? '')].sort().join('');
    const want = [...region.value].sort().join('');
    if (got !== want) problems.push(`[${region.start},${region.end}) has ${JSON.stringify(got)}, mdast ${JSON.stringify(want)}`);
  }
  return problems;
}

function regionOwners(regions: Region[], length: number): Array<Region | undefined> {
  const owner = new Array<Region | undefined>(length + 1);
  for (const region of regions) for (let o = region.start; o < region.end; o++) owner[o] = region;
  return owner;
}

/** Self-consistency that needs no second parser: each character is the one at its offset (an entity's at its `&`, a `<br>`'s line break at its `<`), in order. */
function selfCheck(src: string): string[] {
  const { text, toSource } = markdownText(src);
  const problems: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && toSource[i] < toSource[i - 1]) problems.push(`offset goes back at ${i}`);
    if (text[i] === BLOCK_BREAK || text[i] === src[toSource[i]] || src[toSource[i]] === '&') continue;
    if (text[i] === '\n' && src.startsWith('<br', toSource[i])) continue;
    problems.push(`${JSON.stringify(text[i])}@${toSource[i]} is ${JSON.stringify(src[toSource[i]])} in the source`);
  }
  return problems;
}

describe('markdown alignment', () => {
  it('puts every visible character where mdast puts it', () => {
    fc.assert(
      fc.property(markdownDocument, (src) => {
        expect(disagreements(src)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('maps every character to itself in the source, in order', () => {
    fc.assert(
      fc.property(markdownDocument, (src) => {
        expect(selfCheck(src)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
