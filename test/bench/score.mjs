// Scores the built-in packs on a folder of documents with <file>.corpus.json sidecars
// (as in fixtures/holdout): a finding matches an expectation in the same document
// when their texts overlap (document-level: same rule). Strict (rule, text) scoring
// is test/corpus.test.ts. Run: npm run build && node test/bench/score.mjs <folder>
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { checkFile, loadRuleSet } from '../../dist/check.js';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node test/bench/score.mjs <folder>');
const set = loadRuleSet([], new URL('../../', import.meta.url).pathname);
const documents = fg.sync(`${folder}/*.{md,txt,docx,pdf}`).filter((f) => !f.endsWith('README.md')).sort();
const overlaps = (a, b) => (a === null || b === null ? a === b : a.includes(b) || b.includes(a));
const same = (x, y) => overlaps(x.text, y.text) && (x.text !== null || x.ruleId === y.ruleId);

let expected = 0;
let reported = 0;
const missed = [];
const unexpected = [];
for (const doc of documents) {
  const want = JSON.parse(readFileSync(`${doc}.corpus.json`, 'utf8')).findings;
  const got = (await checkFile(doc, set, doc)).findings;
  for (const x of want) if (!got.some((y) => same(x, y))) missed.push(`${doc}: ${x.ruleId} ${JSON.stringify(x.text)}`);
  for (const y of got) if (!want.some((x) => same(x, y))) unexpected.push(`${doc}: ${y.ruleId} ${JSON.stringify(y.text)}`);
  expected += want.length;
  reported += got.length;
}
const ratio = (n, d) => (d ? n / d : 1).toFixed(3);
console.log(`${documents.length} documents: recall ${ratio(expected - missed.length, expected)} (${expected - missed.length}/${expected}), precision ${ratio(reported - unexpected.length, reported)} (${reported - unexpected.length}/${reported})`);
for (const line of missed) console.log(`  missed      ${line}`);
for (const line of unexpected) console.log(`  unexpected  ${line}`);
