// Scores the built-in packs on real copy kept outside the project (a development set of fined
// ads quoted by regulators, and lawful published text), as its README prescribes: markers are
// stripped before checking, a finding counts when it overlaps a marked span, ⟨…⟩ spans are
// optional, and document-level findings count only on compliant/ (as false alarms).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkBytes, loadRuleSet } from '../dist/check.js';

const root = new URL('../', import.meta.url).pathname;

/**
 * The folder holding violations/ and compliant/: $COPYLINT_REAL, or shared/real beside the
 * repository or beside any folder above it (a clone one level deeper still finds it).
 */
export function realCopyFolder() {
  const candidates = [];
  if (process.env.COPYLINT_REAL) candidates.push(resolve(process.env.COPYLINT_REAL));
  else for (let dir = resolve(root, '..'); ; dir = dirname(dir)) {
    candidates.push(join(dir, 'shared', 'real'));
    if (dirname(dir) === dir) break;
  }
  const folder = candidates.find((c) => existsSync(join(c, 'violations')) && existsSync(join(c, 'compliant')));
  if (!folder) throw new Error(`real copy not found (looked in ${candidates[0]} and above): set COPYLINT_REAL to the folder holding violations/ and compliant/`);
  return folder;
}

function stripMarkers(raw) {
  let text = '';
  const spans = [];
  const open = [];
  for (const ch of raw) {
    if (ch === '⟦' || ch === '⟨') open.push({ start: text.length, must: ch === '⟦' });
    else if (ch === '⟧' || ch === '⟩') spans.push({ ...open.pop(), end: text.length });
    else text += ch;
  }
  return { text, spans: spans.map((s) => ({ ...s, text: text.slice(s.start, s.end) })) };
}

function offsetOf(text, lineStarts, line, column) {
  let i = lineStarts[line - 1];
  for (let c = 1; c < column; c++) i += text.codePointAt(i) > 0xffff ? 2 : 1;
  return i;
}

export async function scoreRealCopy(folder = realCopyFolder()) {
  const set = loadRuleSet([], root);
  let must = 0;
  let found = 0;
  let reported = 0;
  let good = 0;
  const lines = [];
  for (const kind of ['violations', 'compliant']) {
    for (const name of readdirSync(join(folder, kind)).filter((f) => f.endsWith('.md')).sort()) {
      const { text, spans } = stripMarkers(readFileSync(join(folder, kind, name), 'utf8'));
      const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
      const located = [];
      for (const f of await checkBytes(Buffer.from(text), 'markdown', set)) {
        if (f.location) {
          const { line, column, endLine, endColumn } = f.location;
          located.push({ start: offsetOf(text, lineStarts, line, column), end: offsetOf(text, lineStarts, endLine, endColumn), f });
        } else if (kind === 'compliant') {
          reported++;
          lines.push(`  false alarm ${kind}/${name}: ${f.ruleId} (document)`);
        }
      }
      for (const { start, end, f } of located) {
        reported++;
        if (spans.some((s) => s.start < end && start < s.end)) good++;
        else lines.push(`  false alarm ${kind}/${name}: ${f.ruleId} ${JSON.stringify(f.text)}`);
      }
      for (const s of spans.filter((x) => x.must)) {
        must++;
        if (located.some(({ start, end }) => s.start < end && start < s.end)) found++;
        else lines.push(`  missed      ${kind}/${name}: ${JSON.stringify(s.text)}`);
      }
    }
  }
  const recall = must ? found / must : 1;
  const precision = reported ? good / reported : 1;
  const summary = `real copy: recall ${recall.toFixed(3)} (${found}/${must}), precision ${precision.toFixed(3)} (${good}/${reported})`;
  return { recall, precision, report: [summary, ...lines].join('\n') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { report } = await scoreRealCopy(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(report);
}
