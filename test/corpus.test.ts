import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { checkFile, loadRuleSet } from '../src/check.js';

/**
 * The development corpus: realistic marketing documents in fixtures/corpus/, each with a
 * `<file>.corpus.json` sidecar naming the findings a compliance reviewer expects from the
 * built-in packs, as (ruleId, text) pairs — text null for a document-level finding.
 * Findings are matched to expectations as multisets over the whole corpus; recall and
 * precision must both reach MIN_SCORE.
 */
interface Expected {
  findings: Array<{ ruleId: string; text: string | null }>;
}

const MIN_SCORE = 0.95;
const BUILTIN_PACKS = ['cn-ad-law', 'cn-financial', 'cn-disclosures', 'pii'];
const root = new URL('../', import.meta.url).pathname;
const documents = fg.sync('fixtures/corpus/*.{md,txt,docx,pdf}', { cwd: root }).sort();

const keyOf = (ruleId: string, text: string | null) => `${ruleId} ${JSON.stringify(text)}`;

/** Takes each of `actual` out of `expected` once; what is left on either side did not match. */
function compare(expected: string[], actual: string[]): { missed: string[]; unexpected: string[] } {
  const left = new Map<string, number>();
  for (const key of expected) left.set(key, (left.get(key) ?? 0) + 1);
  const unexpected: string[] = [];
  for (const key of actual) {
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else unexpected.push(key);
  }
  const missed = [...left].flatMap(([key, n]) => Array<string>(n).fill(key));
  return { missed, unexpected };
}

describe('development corpus', () => {
  it('has documents, each with a sidecar', () => {
    expect(documents.length).toBeGreaterThanOrEqual(40);
    for (const doc of documents) expect(() => readFileSync(`${root}${doc}.corpus.json`), doc).not.toThrow();
  });

  it(`reaches recall and precision of at least ${MIN_SCORE} with the built-in packs`, async () => {
    const set = loadRuleSet(BUILTIN_PACKS, root);
    let expectedCount = 0;
    let actualCount = 0;
    const missed: string[] = [];
    const unexpected: string[] = [];
    for (const doc of documents) {
      const sidecar: Expected = JSON.parse(readFileSync(`${root}${doc}.corpus.json`, 'utf8'));
      const result = await checkFile(root + doc, set, doc);
      expect(result.error, `${doc} could not be read`).toBeNull();
      const expected = sidecar.findings.map((f) => keyOf(f.ruleId, f.text));
      const actual = result.findings.map((f) => keyOf(f.ruleId, f.text));
      const diff = compare(expected, actual);
      expectedCount += expected.length;
      actualCount += actual.length;
      missed.push(...diff.missed.map((key) => `${doc}: ${key}`));
      unexpected.push(...diff.unexpected.map((key) => `${doc}: ${key}`));
    }
    const recall = expectedCount ? (expectedCount - missed.length) / expectedCount : 1;
    const precision = actualCount ? (actualCount - unexpected.length) / actualCount : 1;
    console.log(`corpus: ${documents.length} documents, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`);
    for (const line of missed) console.log(`  missed     ${line}`);
    for (const line of unexpected) console.log(`  unexpected ${line}`);
    expect(recall).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(precision).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});
