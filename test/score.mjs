// Scores copylint on a folder of documents with <file>.corpus.json sidecars (the evaluation sets):
// a finding matches an expectation in the same document when their texts overlap (document-level
// findings: same rule), since reviewers and rules may draw a phrase's edges or category differently.
// Shared by test/holdout.test.ts (on src/) and test/bench/score.mjs (on dist/).
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';

const overlaps = (a, b) => (a === null || b === null ? a === b : a.includes(b) || b.includes(a));

/** Offsets in `source` of a finding's location (line and code-point column, 1-based). */
function spanOf(source, lineStarts, { line, column, endLine, endColumn }) {
  const at = (l, c) => {
    let i = lineStarts[l - 1];
    for (let k = 1; k < c; k++) i += source.codePointAt(i) > 0xffff ? 2 : 1;
    return i;
  };
  return [at(line, column), at(endLine, endColumn)];
}

/** Whether an expected text, at any of its places in the source, overlaps the finding's span. */
function overlapsInSource(source, lineStarts, text, got) {
  if (!source || !got.location) return false;
  const [start, end] = spanOf(source, lineStarts, got.location);
  for (let i = source.indexOf(text); i >= 0; i = source.indexOf(text, i + 1)) {
    if (i < end && start < i + text.length) return true;
  }
  return false;
}
// A document-level expectation is met by its rule firing anywhere in the document (a rule may
// point at the passage that makes the statement necessary); a span, by a finding whose text
// holds it or lies in it, or (in markdown and text, where locations index the source) whose
// place overlaps one of its places.
const sameIn = (source, lineStarts) => (want, got) =>
  want.text === null
    ? want.ruleId === got.ruleId
    : got.text !== null && (overlaps(want.text, got.text) || overlapsInSource(source, lineStarts, want.text, got));

function readSource(path) {
  if (!/\.(md|txt)$/.test(path)) return null;
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return text.decode(readFileSync(path));
  } catch {
    return null;
  }
}
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
    const source = readSource(root + doc);
    const same = sameIn(source, source ? [0, ...[...source.matchAll(/\n/g)].map((m) => m.index + 1)] : []);
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
