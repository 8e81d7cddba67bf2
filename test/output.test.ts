import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../src/output.js';

describe('writeAtomically', () => {
  it('replaces the file whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-out-'));
    writeFileSync(join(dir, 'r.txt'), 'old');
    writeAtomically(join(dir, 'r.txt'), 'new', dir);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['r.txt']);
  });

  it('writes into a device as it is, never renaming a file over it', () => {
    writeAtomically('/dev/null', 'report', tmpdir());
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('removes its temporary file when the rename fails, and names only the output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-out-'));
    mkdirSync(join(dir, 'taken', 'inside'), { recursive: true });
    expect(() => writeAtomically(join(dir, 'taken'), 'report', dir)).toThrow(/^--output taken: cannot write the report \(E[A-Z]+\): check the path and its permissions$/);
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});
