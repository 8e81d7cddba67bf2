import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { checkFile, loadRuleSet } from '../src/check.js';
import { scoreFolder } from './score.mjs';

/**
 * The evaluation sets in fixtures/holdout*: documents written blind from the regulations alone, without the packs,
 * each scored blind first (see its README) and then used to widen the packs. They now guard
 * against regressions; a new blind set is scored with test/bench/score.mjs before anyone tunes on it.
 */
const MIN_SCORE = 0.95;
const root = new URL('../', import.meta.url).pathname;
const folders = fg.sync('fixtures/holdout*', { cwd: root, onlyDirectories: true }).sort();
const set = loadRuleSet([], root);

describe.each(folders)('%s', (folder) => {
  it(`reaches recall and precision of at least ${MIN_SCORE}`, async () => {
    const { recall, precision, report } = await scoreFolder(root, folder, (path, display) => checkFile(path, set, display));
    console.log(report);
    expect(recall).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(precision).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});
