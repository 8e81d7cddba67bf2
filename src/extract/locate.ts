import type { Point } from '../types.js';
import { lowerBound } from '../sorted.js';

/** UTF-16 indexes at which each line of `s` starts ('\n' ends a line; a '\r' before it belongs to the line). */
export function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the last element of the sorted `starts` that is <= `index`. */
export function floorIndex(starts: ArrayLike<number>, index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The 1-based column of `index` in `s`, counting code points from `from`. Found by arithmetic and
 * a search among the surrogate pairs of `s` (listed once, on first use), not by walking the line:
 * a document of one long line with many hits would otherwise be walked once a hit.
 */
export function columnCounter(s: string): (from: number, index: number) => number {
  let pairEnds: Int32Array | null = null;
  return (from, index) => {
    pairEnds ??= lowSurrogatesOfPairs(s);
    const pairs = pairEnds.length === 0 ? 0 : lowerBound(pairEnds, index) - lowerBound(pairEnds, from + 1);
    return 1 + index - from - pairs;
  };
}

/** Locator for line/column positions in a plain string. */
export function lineLocator(s: string): (index: number) => Point {
  const starts = lineStarts(s);
  const columnOf = columnCounter(s);
  return (index) => {
    const line = floorIndex(starts, index);
    return { line: line + 1, column: columnOf(starts[line], index) };
  };
}

/** Index of the second unit of every surrogate pair, ascending. */
function lowSurrogatesOfPairs(s: string): Int32Array {
  const found: number[] = [];
  for (const m of s.matchAll(/[\ud800-\udbff][\udc00-\udfff]/g)) found.push(m.index + 1);
  return Int32Array.from(found);
}
