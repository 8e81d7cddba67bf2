// Prints every literal the automaton looks for in the built-in packs (terms, trigger
// terms and the patterns' anchors), one a line: grep -F's share of the work.
import { loadPacks } from '../../dist/packs/load.js';

const literals = new Set();
for (const rule of loadPacks([], process.cwd()).flatMap((p) => p.rules)) {
  for (const term of [...rule.terms, ...(rule.require?.whenTerms ?? [])]) literals.add(term);
  for (const pattern of [...rule.patterns, ...(rule.require?.whenPatterns ?? [])]) for (const a of pattern.anchors ?? []) literals.add(a);
}
process.stdout.write([...literals].join('\n') + '\n');
