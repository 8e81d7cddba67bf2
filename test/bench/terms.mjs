// Prints every word the automaton looks for with the built-in packs (all lexicons in use,
// inline word lists, the patterns' anchors), one a line: grep -F's share of the work.
import { compileRuleSet } from '../../dist/match/ruleset.js';
import { loadPacks } from '../../dist/packs/load.js';

const set = compileRuleSet(loadPacks([], process.cwd()));
const words = new Set(set.sets.flatMap((s) => s.words));
process.stdout.write([...words].join('\n') + '\n');
