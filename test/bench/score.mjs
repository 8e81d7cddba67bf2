// Scores the built-in packs on a folder of documents with sidecars, e.g. a new blind set before
// anyone tunes on it. Run: npm run build && node test/bench/score.mjs <folder>
import { checkFile, loadRuleSet } from '../../dist/check.js';
import { scoreFolder } from '../score.mjs';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node test/bench/score.mjs <folder>');
const set = loadRuleSet([], new URL('../../', import.meta.url).pathname);
const { report } = await scoreFolder('', folder.replace(/\/$/, ''), (path, display) => checkFile(path, set, display));
console.log(report);
