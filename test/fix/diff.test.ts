import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';

const lines = (n: number, change: Record<number, string> = {}) => Array.from({ length: n }, (_, i) => change[i + 1] ?? `第${i + 1}行`).join('\n') + '\n';

describe('unifiedDiff', () => {
  it('is empty when nothing changed', () => {
    expect(unifiedDiff('a.md', lines(3), lines(3))).toBe('');
  });

  it('gives each change three lines of context, and joins changes whose context would touch', () => {
    const diff = unifiedDiff('a.md', lines(20), lines(20, { 2: '改2', 8: '改8', 18: '改18' }));
    expect(diff).toBe(
      [
        '--- a/a.md',
        '+++ b/a.md',
        '@@ -1,11 +1,11 @@',
        ' 第1行', '-第2行', '+改2', ' 第3行', ' 第4行', ' 第5行', ' 第6行', ' 第7行', '-第8行', '+改8', ' 第9行', ' 第10行', ' 第11行',
        '@@ -15,6 +15,6 @@',
        ' 第15行', ' 第16行', ' 第17行', '-第18行', '+改18', ' 第19行', ' 第20行',
        '',
      ].join('\n'),
    );
  });

  it('counts lines removed and added when a fix joins two lines', () => {
    expect(unifiedDiff('a.txt', '甲\n国家\n级品质\n乙\n', '甲\n品质\n乙\n')).toBe('--- a/a.txt\n+++ b/a.txt\n@@ -1,4 +1,3 @@\n 甲\n-国家\n-级品质\n+品质\n 乙\n');
    expect(unifiedDiff('a.txt', '甲\n国家级\n品质\n', '甲\n品质\n')).toBe('--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,2 @@\n 甲\n-国家级\n 品质\n');
  });

  it('marks a last line without a line break, and keeps CRLF as the file has it', () => {
    expect(unifiedDiff('a.txt', '甲\r\n国家级品质', '甲\r\n品质')).toBe('--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n 甲\r\n-国家级品质\n\\ No newline at end of file\n+品质\n\\ No newline at end of file\n');
  });

  it('shows control characters of the document, and of its name, inert', () => {
    expect(unifiedDiff('a\u001b[2J.md', '\u001b]0;x\u0007国家级\n', '\u001b]0;x\u0007\n')).toBe('--- a/a␛[2J.md\n+++ b/a␛[2J.md\n@@ -1,1 +1,1 @@\n-␛]0;x␇国家级\n+␛]0;x␇\n');
  });

  it('stays short for a long file with a change far in', () => {
    const diff = unifiedDiff('a.md', lines(50000), lines(50000, { 40000: '改' }));
    expect(diff.split('\n')).toHaveLength(3 + 8 + 1);
    expect(diff).toContain('@@ -39997,7 +39997,7 @@\n');
  });
});

/** Applies a unified diff of one file as `patch` would, checking every context and removed line. */
function applyPatch(before: string, patch: string): string {
  const old = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  let at = 0;
  const rows = patch.split('\n').slice(2, -1);
  for (let i = 0; i < rows.length; i++) {
    const hunk = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(rows[i]);
    if (!hunk) throw new Error(`not a hunk header: ${rows[i]}`);
    const start = Number(hunk[2]) === 0 ? Number(hunk[1]) : Number(hunk[1]) - 1;
    while (at < start) out.push(old[at++]);
    while (i + 1 < rows.length && !rows[i + 1].startsWith('@@')) {
      const row = rows[++i];
      const noEol = rows[i + 1] === '\\ No newline at end of file';
      const line = row.slice(1) + (noEol ? '' : '\n');
      if (noEol) i++;
      if (row[0] !== '+' && old[at++] !== line) throw new Error(`line ${at} is not ${JSON.stringify(line)}`);
      if (row[0] !== '-') out.push(line);
    }
  }
  while (at < old.length) out.push(old[at++]);
  return out.join('');
}

describe('unifiedDiff, applied back', () => {
  const text = fc.array(fc.constantFrom('甲', '乙', '丙', '丁', ''), { maxLength: 40 }).chain((a) => fc.boolean().map((end) => a.join('\n') + (end && a.length ? '\n' : '')));

  it('turns any text into any other', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const patch = unifiedDiff('a.txt', before, after);
        expect(patch ? applyPatch(before, patch) : before).toBe(after);
      }),
      { seed: 20240611, numRuns: 500 },
    );
  });

  it('still gives a patch that applies beyond the edit distance it searches', () => {
    const before = lines(6000);
    const after = lines(6000, Object.fromEntries(Array.from({ length: 2500 }, (_, i) => [2 * i + 1, `改${i}`])));
    expect(applyPatch(before, unifiedDiff('a.txt', before, after))).toBe(after);
  });
});
