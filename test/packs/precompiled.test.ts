import { describe, expect, it } from 'vitest';
// The build writes the cache beside dist/, so this test reads the built modules (npm test builds first).
import { builtinFiles, loadPacks } from '../../dist/packs/load.js';
import { precompiledLoaded, sourcesKey } from '../../dist/packs/precompiled.js';

const root = new URL('../../', import.meta.url).pathname;

describe('precompiled built-in packs', () => {
  it('are stored by the build for the exact files a default run reads, and for no others', () => {
    expect(precompiledLoaded(sourcesKey(builtinFiles()), (f: string) => f)).not.toBeNull();
    expect(precompiledLoaded('another set of files', (f: string) => f)).toBeNull();
  });

  it('are the packs parsed from YAML, relabelled for the working folder', () => {
    const fresh = loadPacks([], root, { precompiled: false });
    const ready = loadPacks([], root);
    expect(JSON.stringify(ready.packs)).toBe(JSON.stringify(fresh.packs));
    expect([...ready.library.lexicons.keys()]).toEqual([...fresh.library.lexicons.keys()]);
    expect(ready.packs.find((p: { id: string }) => p.id === 'cn-financial')!.file).toBe('rules/cn-financial/pack.yaml');
  });
});
