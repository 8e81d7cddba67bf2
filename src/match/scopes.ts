import { SCOPE_TABLE, SCOPES, type Scope } from '../scopes.js';
import { lowerBound } from '../sorted.js';
import { IntList } from './int-list.js';

/** Character → the scopes it ends, from the one table. */
const ENDS = new Map<number, Scope[]>();
for (const scope of SCOPES) {
  for (const ch of SCOPE_TABLE[scope].ends) {
    const code = ch.charCodeAt(0);
    ENDS.set(code, [...(ENDS.get(code) ?? []), scope]);
  }
}

/** Where each scope's units end in one normalized document: answers "same unit?" and "which unit?" by binary search. */
export class Scopes {
  private readonly ends: Record<Scope, Int32Array>;

  constructor(private readonly text: string) {
    const found: Record<Scope, IntList> = { clause: new IntList(), sentence: new IntList(), paragraph: new IntList(), document: new IntList() };
    for (let i = 0; i < text.length; i++) {
      const ends = ENDS.get(text.charCodeAt(i));
      if (ends && !insideNumber(text, i)) for (const scope of ends) found[scope].push(i);
    }
    this.ends = { clause: found.clause.view(), sentence: found.sentence.view(), paragraph: found.paragraph.view(), document: new Int32Array(0) };
  }

  /** True when no unit of `scope` ends in [from, to). */
  same(scope: Scope, from: number, to: number): boolean {
    if (to <= from) return true;
    const ends = this.ends[scope];
    return lowerBound(ends, to) === lowerBound(ends, from);
  }

  /** [start, end) of the unit of `scope` holding position `at`. */
  unit(scope: Scope, at: number): [number, number] {
    const ends = this.ends[scope];
    const i = lowerBound(ends, at);
    return [i > 0 ? ends[i - 1] + 1 : 0, i < ends.length ? ends[i] : this.text.length];
  }
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** A comma or colon between digits is part of a number or a time (1,260; 23:59), not a break. */
function insideNumber(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (code === 0x2c || code === 0x3a) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}
