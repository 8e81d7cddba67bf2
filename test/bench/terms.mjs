// Prints every literal term of the built-in packs, one a line: grep -F's share of the work.
import { loadPacks } from '../../dist/packs/load.js';

const terms = new Set(loadPacks([], process.cwd()).flatMap((p) => p.rules.flatMap((r) => [...r.terms, ...(r.require?.whenTerms ?? [])])));
process.stdout.write([...terms].join('\n') + '\n');
