import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { checkFile, loadRuleSet } from '../src/check.js';
import { scoreFolder } from './score.mjs';

/**
 * The evaluation sets: documents with <file>.corpus.json sidecars, each written without the packs
 * (from the regulations alone, or around real fined phrases) and scored blind before anyone tuned
 * on it (its README keeps that score). They now guard against regressions, each at floors just under
 * what the packs reach today: the tuned holdouts at 0.95, the later blind sets where they stand.
 * fixtures/corpus, written with the packs, has its own exact test.
 */
const FLOORS: Record<string, { recall: number; precision: number }> = {
  'fixtures/holdout': { recall: 0.95, precision: 0.95 },
  'fixtures/holdout-2': { recall: 0.95, precision: 0.95 },
  'fixtures/holdout-3': { recall: 0.95, precision: 0.95 },
  'fixtures/holdout-4': { recall: 0.95, precision: 0.95 },
  'fixtures/blind-5': { recall: 0.8, precision: 0.86 },
  'fixtures/blind-6': { recall: 0.93, precision: 0.94 },
  'fixtures/blind-7': { recall: 0.91, precision: 0.98 },
  'fixtures/blind-8': { recall: 0.8, precision: 0.93 },
  'fixtures/blind-9': { recall: 0.74, precision: 0.92 },
  'fixtures/blind-10': { recall: 0.75, precision: 0.89 },
  'fixtures/real-cases': { recall: 0.67, precision: 0.98 },
};
const root = new URL('../', import.meta.url).pathname;
const set = loadRuleSet([], root);

it('every evaluation set in fixtures/ has floors here', () => {
  const sets = fg.sync('fixtures/*/*.corpus.json', { cwd: root }).map((f) => f.split('/').slice(0, 2).join('/'));
  const unguarded = [...new Set(sets)].filter((s) => s !== 'fixtures/corpus' && !(s in FLOORS));
  expect(unguarded).toEqual([]);
});

describe.each(Object.entries(FLOORS))('%s', (folder, floor) => {
  it(`reaches recall ${floor.recall} and precision ${floor.precision}`, async () => {
    const { recall, precision, report } = await scoreFolder(root, folder, (path, display) => checkFile(path, set, display));
    console.log(report.split('\n')[0]);
    expect(recall, report).toBeGreaterThanOrEqual(floor.recall);
    expect(precision, report).toBeGreaterThanOrEqual(floor.precision);
  });
});
