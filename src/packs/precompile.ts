import { writeFileSync } from 'node:fs';
import { loadPacks } from './load.js';
import { serializePacks } from './precompiled.js';

// Build step: parse and check the built-in packs once, so that a run loads them as
// JSON instead of parsing YAML and regular expressions at every start.
writeFileSync(new URL('../builtin-packs.json', import.meta.url), serializePacks(loadPacks([], process.cwd(), { precompiled: false })));
