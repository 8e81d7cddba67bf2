import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
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

  it('writes into a pipe or device as it is, never renaming a file over it (/dev/null)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-out-'));
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    // Held open for reading and writing, so that writing to the pipe does not wait for a reader.
    const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
    try {
      writeAtomically(fifo, 'report', dir);
      expect(statSync(fifo).isFIFO()).toBe(true);
      const read = Buffer.alloc(16);
      expect(read.toString('utf8', 0, readSync(fd, read))).toBe('report');
      expect(readdirSync(dir)).toEqual(['pipe']);
    } finally {
      closeSync(fd);
    }
  });

  it('removes its temporary file when the rename fails, and names only the output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-out-'));
    mkdirSync(join(dir, 'taken', 'inside'), { recursive: true });
    expect(() => writeAtomically(join(dir, 'taken'), 'report', dir)).toThrow(/^--output taken: cannot write the report \(E[A-Z]+\): check the path and its permissions$/);
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});
