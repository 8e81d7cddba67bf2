import { describe, expect, it } from 'vitest';
import { caseVariantDocx, caseVariants, headerBombDocx } from '../../fixtures/hostile/inputs.mjs';
import { checkDocument, loadRuleSet } from '../../src/check.js';
import { extractDocx } from '../../src/extract/docx/docx.js';
import { InflateBudget } from '../../src/extract/docx/ooxml-zip.js';
import { MB } from '../../src/limits.js';

const root = new URL('../../', import.meta.url).pathname;
const set = loadRuleSet(['fixtures/packs/fixture-terms.yaml'], root);
const MIB = 1024 * 1024;

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected an error');
}

describe('a docx whose parts add up to a zip bomb', () => {
  it('is refused once all parts together pass --max-unzipped-size, each part being under it', () => {
    const budget = new InflateBudget(10 * MB);
    const bomb = headerBombDocx(40, 1);
    expect(bomb.length).toBeLessThan(100_000);
    expect(failure(() => extractDocx(bomb, { maxUnzippedSize: 10 * MB }, budget))).toEqual({
      code: 'too-large',
      message: 'unpacks to more than 10 MB (word/header10.xml and the parts before it; possibly a zip bomb): not read; raise --max-unzipped-size if the document is genuine',
    });
    expect(budget.used).toBeLessThanOrEqual(10 * MB);
    expect(budget.used).toBeGreaterThan(9 * MIB);
  });

  it('is read when the limit is raised above it', () => {
    const budget = new InflateBudget(100 * MB);
    const doc = extractDocx(headerBombDocx(40, 1), { maxUnzippedSize: 100 * MB }, budget);
    expect(checkDocument(doc, set).findings).toHaveLength(40);
    expect(budget.used).toBeGreaterThan(40 * MIB);
  });
});

describe('one header named through 64 case variants of its name', () => {
  it('makes 64 different names', () => {
    const names = caseVariants('header1.xml', 64);
    expect(new Set(names).size).toBe(64);
    expect(names.slice(0, 3)).toEqual(['header1.xml', 'Header1.xml', 'hEader1.xml']);
  });

  it('has its hit reported once', () => {
    const findings = checkDocument(extractDocx(caseVariantDocx(64)), set).findings;
    expect(findings.map((f) => [f.text, f.location])).toEqual([['保本保息', { part: 'header', paragraph: 1, column: 4, endColumn: 8 }]]);
  });

  it('unpacks its 5 MiB once, not 64 times', () => {
    const budget = new InflateBudget(200 * MB);
    extractDocx(caseVariantDocx(64, 5), { maxUnzippedSize: 200 * MB }, budget);
    expect(budget.used).toBeGreaterThan(5 * MIB);
    expect(budget.used).toBeLessThan(6 * MIB);
  });
});
