import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigPack } from '../../fixtures/hostile/inputs.mjs';
import { main } from '../../src/cli.js';
import { loadPacks } from '../../src/packs/load.js';
import type { Expr } from '../../src/packs/types.js';

const dir = mkdtempSync(join(tmpdir(), 'copylint-packs-'));
writeFileSync(join(dir, 'in.md'), '词3甲 词汇0\n');
writeFileSync(join(dir, 'big.yaml'), bigPack(0.3, 50));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

describe('pack size', () => {
  it('a pack over --max-pack-size is refused before it is parsed', async () => {
    const { code, stdout, stderr } = await run(['check', 'in.md', '--pack', 'big.yaml', '--max-pack-size', '100KB']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('copylint: big.yaml: the pack is 315 KB, over the 100 KB limit for packs: raise --max-pack-size if it is meant to be this large\n');
  });

  it('is read when the limit is raised, by every command that reads packs', async () => {
    expect((await run(['check', 'in.md', '--pack', 'big.yaml', '--max-pack-size', '1', '--fail-on', 'warning'])).code).toBe(1);
    expect((await run(['rules', 'list', '--pack', 'big.yaml', '--max-pack-size', '100KB'])).code).toBe(2);
    expect((await run(['rules', 'list', '--pack', 'big.yaml', '--max-pack-size', '1'])).stdout.split('\n').filter(Boolean)).toHaveLength(51);
  });

  it('a FIFO named as a pack is refused at once', async () => {
    expect(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status).toBe(0);
    const { code, stderr } = await run(['check', 'in.md', '--pack', 'pipe.yaml']);
    expect(code).toBe(2);
    expect(stderr).toBe('copylint: pipe.yaml: not a regular file: name a YAML pack file\n');
  });
});

describe('loading time grows with the pack, not with rules times words', () => {
  it('a lexicon named on its own is used as it is, not copied for each rule', () => {
    const { packs, library } = loadPacks(['big.yaml'], dir);
    const many = library.lexicons.get('many')!;
    const sets = packs[0].rules.map((rule) => (rule.match as Extract<Expr, { kind: 'all' }>).parts[1]).map((part) => (part as Extract<Expr, { kind: 'words' }>).set);
    expect(sets).toHaveLength(50);
    expect(sets.every((set) => set === many)).toBe(true);
  });

  it('lists that copy a lexicon are counted, and loading stops past 5,000,000 copied words', () => {
    const words = Array.from({ length: 50_001 }, (_, i) => `    - 词${i.toString(36)}\n`).join('');
    const rules = Array.from({ length: 100 }, (_, i) => `  - id: r${i}\n    severity: info\n    message: m\n    basis: b\n    match: { words: [$many, 另${i}] }\n`).join('');
    writeFileSync(join(dir, 'copies.yaml'), `format: 2\nid: copies\nname: C\nversion: 1.0.0\nlexicon:\n  many:\n${words}rules:\n${rules}`);
    expect(() => loadPacks(['copies.yaml'], dir)).toThrow(
      'copies.yaml:50508:21: the word lists expand to more than 5,000,000 words, counting each lexicon again in every list that includes it: name a large lexicon on its own (words: $name) instead of inside lists',
    );
  });
});
