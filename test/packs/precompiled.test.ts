import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { loadPacks } from '../../src/packs/load.js';
import { deserializePacks, serializePacks } from '../../src/packs/precompiled.js';

const root = new URL('../../', import.meta.url).pathname;

describe('precompiled built-in packs', () => {
  it('round-trip through the build’s JSON unchanged, regular expressions included', () => {
    const parsed = loadPacks([], root, { precompiled: false });
    const restored = deserializePacks(serializePacks(parsed));
    expect(restored).toEqual(parsed);
    expect(restored[0].rules.flatMap((r) => r.patterns)[0].regexp).toBeInstanceOf(RegExp);
  });

  it('give the built CLI exactly the findings of a fresh parse', async () => {
    expect(existsSync(`${root}dist/builtin-packs.json`), 'run npm run build first').toBe(true);
    const args = ['check', 'fixtures/text/sms-utf8.txt', 'fixtures/markdown', '--format', 'json'];
    const built = spawnSync('node', ['bin/copylint.js', ...args], { cwd: root, encoding: 'utf8' });
    let fresh = '';
    await main(args, { stdout: (t) => void (fresh += t), stderr: () => {}, cwd: root, env: {}, isTTY: false });
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(fresh));
  });
});
