import type { Point } from '../types.js';

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

/** 1-based column of `index`, counting code points from `from`. */
export function columnOf(s: string, from: number, index: number): number {
  let column = 1;
  for (let i = from; i < index; i++) {
    const c = s.charCodeAt(i);
    const isLow = c >= 0xdc00 && c <= 0xdfff;
    const prev = i > from ? s.charCodeAt(i - 1) : 0;
    if (!(isLow && prev >= 0xd800 && prev <= 0xdbff)) column++;
  }
  return column;
}

/** Locator for line/column positions in a plain string. */
export function lineLocator(s: string): (index: number) => Point {
  const starts = lineStarts(s);
  return (index) => {
    const line = floorIndex(starts, index);
    return { line: line + 1, column: columnOf(s, starts[line], index) };
  };
}
