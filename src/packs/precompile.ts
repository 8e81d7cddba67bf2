import { writeFileSync } from 'node:fs';
import { BUILTIN_RULES_DIR } from '../paths.js';
import { builtinFiles, loadPacks } from './load.js';
import { serializeLoaded, sourcesKey } from './precompiled.js';

// Build step: parse, check and link the built-in packs once, so that a default run loads
// them as JSON instead of parsing YAML and regular expressions at every start.
writeFileSync(new URL('../builtin-packs.json', import.meta.url), serializeLoaded(sourcesKey(builtinFiles()), loadPacks([], BUILTIN_RULES_DIR, { precompiled: false })));
