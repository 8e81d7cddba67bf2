import { visible } from '../report/visible.js';

const CONTEXT = 3;
/** Beyond this many differing lines the shortest edit script costs too much; one hunk replaces the differing middle instead. */
const MAX_EDIT_DISTANCE = 4000;

type Op = { kind: ' ' | '-' | '+'; line: string };

/**
 * A unified diff of one file (`git apply` and `patch` read it). Document text is shown inert:
 * each line's content goes through visible(), its line ending stays as it is, so the patch
 * applies to any file whose lines hold no control characters.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const shown = visible(path);
  return `--- a/${shown}\n+++ b/${shown}\n${hunks(ops).join('')}`;
}

/** Lines with their endings (the last one may have none). */
function splitLines(s: string): string[] {
  return s.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function hunks(ops: Op[]): string[] {
  const out: string[] = [];
  let i = 0;
  let oldLine = 1;
  let newLine = 1;
  while (i < ops.length) {
    let change = i;
    while (change < ops.length && ops[change].kind === ' ') change++;
    if (change === ops.length) break;
    const start = Math.max(i, change - CONTEXT);
    for (let k = i; k < start; k++) oldLine++, newLine++;
    let end = change;
    for (let k = change; k < ops.length; k++) {
      if (ops[k].kind !== ' ') end = k + 1;
      else if (k - end >= 2 * CONTEXT) break;
    }
    end = Math.min(ops.length, end + CONTEXT);
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n`);
    for (const op of slice) out.push(renderLine(op));
    oldLine += oldCount;
    newLine += newCount;
    i = end;
  }
  return out;
}

function range(line: number, count: number): string {
  return `${count === 0 ? line - 1 : line},${count}`;
}

function renderLine({ kind, line }: Op): string {
  const ending = /\r?\n$/.exec(line)?.[0] ?? '';
  const content = visible(line.slice(0, line.length - ending.length));
  return ending ? `${kind}${content}${ending}` : `${kind}${content}\n\\ No newline at end of file\n`;
}

/** Shortest edit script (Myers) between two line lists, after their common start and end. */
function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const same = (lines: string[]) => lines.map((line): Op => ({ kind: ' ', line }));
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  return [...same(a.slice(0, head)), ...middle, ...same(a.slice(a.length - tail))];
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) x++, y++;
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
}

/** Walks the saved frontiers back from (n, m): `trace[d]` holds v[k] for k in [-d-1, d+1] at its index k + d + 1. */
function backtrack(a: string[], b: string[], trace: Int32Array[], last: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d--) {
    const prev = trace[d];
    const at = (k: number) => prev[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: ' ', line: a[--x] }), y--;
    if (down) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  while (x > 0 && y > 0) ops.push({ kind: ' ', line: a[--x] }), y--;
  return ops.reverse();
}
