// Writes a pack whose size is the benchmark's variable: `words` words spread over lexicons
// used by `rules` rules (half plain word rules, half seq rules). Besides a few words the
// benchmark folder holds, the words are fixed pseudo-random Chinese of three to five
// characters, which real copy seldom contains: only the size of the packs changes between
// runs, not how much there is to report.
import { writeFileSync } from 'node:fs';

const COMMON = ['稳赚不赔', '保本保息', '零风险', '名额有限', '理财产品', '业绩比较基准'];

export function writeScalePack(path, { words, rules }) {
  // mulberry32: exact 32-bit arithmetic, so the words are the same on every machine.
  let seed = 11;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  const vocabulary = new Set(COMMON.slice(0, Math.min(words, COMMON.length)));
  while (vocabulary.size < words) {
    const length = 3 + (next() % 3);
    let word = '';
    for (let i = 0; i < length; i++) word += String.fromCodePoint(0x4e00 + (next() % 0x5000));
    vocabulary.add(word);
  }
  const list = [...vocabulary];
  const perRule = Math.max(2, Math.floor(list.length / rules));
  const lines = ['format: 2', `id: scale-${words}-${rules}`, 'name: 规模测试', 'version: 1.0.0', 'lexicon:'];
  for (let r = 0; r < rules; r++) lines.push(`  w${r}: [${list.slice((r * perRule) % list.length, ((r * perRule) % list.length) + perRule).join(', ') || list[0]}]`);
  lines.push('rules:');
  for (let r = 0; r < rules; r++) {
    const match = r % 2 ? `{ seq: [$w${r}, $w${(r + 1) % rules}], within: 4 }` : `{ words: [$w${r}] }`;
    lines.push(`  - id: r${r}`, '    severity: info', '    message: m', '    basis: b', `    match: ${match}`, '    unless: [negated]');
  }
  writeFileSync(path, lines.join('\n') + '\n');
}
