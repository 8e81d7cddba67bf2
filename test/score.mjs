// Scores copylint on a folder of documents with <file>.corpus.json sidecars (the evaluation sets):
// a finding matches an expectation in the same document when their texts overlap (document-level
// findings: same rule), since reviewers and rules may draw a phrase's edges or category differently.
// Shared by test/holdout.test.ts (on src/) and test/bench/score.mjs (on dist/).
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';

const overlaps = (a, b) => (a === null || b === null ? a === b : a.includes(b) || b.includes(a));
// A document-level expectation is met by its rule firing anywhere in the document (a rule may
// point at the passage that makes the statement necessary); a span, by an overlapping finding.
const same = (want, got) => (want.text === null ? want.ruleId === got.ruleId : got.text !== null && overlaps(want.text, got.text));
const describe = (doc, f) => `${doc}: ${f.ruleId} ${JSON.stringify(f.text)}`;

/**
 * @param {string} root folder the set's path is relative to ('' for the working folder)
 * @param {string} folder the set
 * @param {(path: string, display: string) => Promise<{findings: Array<{ruleId: string, text: string | null}>}>} check
 */
export async function scoreFolder(root, folder, check) {
  const documents = fg.sync(`${folder}/*.{md,txt,docx,pdf}`, { cwd: root || undefined, ignore: ['**/README.md'] }).sort();
  let expected = 0;
  let reported = 0;
  const missed = [];
  const unexpected = [];
  const families = new Map();
  for (const doc of documents) {
    const want = JSON.parse(readFileSync(`${root}${doc}.corpus.json`, 'utf8')).findings;
    const got = (await check(root + doc, doc)).findings;
    for (const w of want) {
      const found = got.some((g) => same(w, g));
      if (!found) missed.push(describe(doc, w));
      const family = w.family ?? (w.text === null ? w.ruleId : undefined);
      if (family === undefined) continue;
      const tally = families.get(family) ?? { found: 0, total: 0 };
      tally.found += found ? 1 : 0;
      tally.total += 1;
      families.set(family, tally);
    }
    unexpected.push(...got.filter((g) => !want.some((w) => same(w, g))).map((g) => describe(doc, g)));
    expected += want.length;
    reported += got.length;
  }
  const recall = expected ? (expected - missed.length) / expected : 1;
  const precision = reported ? (reported - unexpected.length) / reported : 1;
  const summary = `${folder}: ${documents.length} documents, recall ${recall.toFixed(3)} (${expected - missed.length}/${expected}), precision ${precision.toFixed(3)} (${reported - unexpected.length}/${reported})`;
  // Sets whose sidecars name a phrasing family also get recall per family: which kinds of wording
  // the packs do not carry to yet.
  const byFamily = [...families].sort(([a], [b]) => a.localeCompare(b)).map(([name, t]) => `  family     ${name.padEnd(36)} ${t.found}/${t.total}`);
  const lines = [summary, ...byFamily, ...missed.map((l) => `  missed     ${l}`), ...unexpected.map((l) => `  unexpected ${l}`)];
  return { recall, precision, report: lines.join('\n') };
}
