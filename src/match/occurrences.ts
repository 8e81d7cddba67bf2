import type { WordSet } from '../packs/types.js';
import type { RuleSet } from './ruleset.js';
import { IntList } from './int-list.js';
import { lowerBound } from '../sorted.js';

/** Where the words of one set occur in a document, sorted by start (then longest first). */
export class Occurrences {
  constructor(
    readonly starts: Int32Array,
    readonly ends: Int32Array,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  /** Index of the first occurrence starting at or after `at`. */
  from(at: number): number {
    return lowerBound(this.starts, at);
  }
}

/**
 * One pass of the automaton over a document. Each word's occurrences are kept once, as where
 * they end; a set's occurrences are merged from its words' the first time a rule or an exemption
 * asks for them (a common word belongs to dozens of sets, and a long document holds it a hundred
 * thousand times). Sets of single characters used only by exemptions (digits, letters) are
 * looked for only then, by one scan of the text.
 */
export class DocumentWords {
  /** For each automaton pattern, where its occurrences end, in order. */
  private readonly endsOf: Array<IntList | undefined>;
  private readonly sorted: Array<Occurrences | null | undefined>;
  /** Merged occurrences by the words found: sets that differ only in words absent here share them. */
  private readonly byWordsFound = new Map<string, Occurrences>();
  /** Sets whose merged occurrences are held, to be let go by forgetMerged(). */
  private readonly mergedIds: number[] = [];
  private charStarts: Array<IntList | undefined> | null = null;

  constructor(
    private readonly text: string,
    private readonly set: RuleSet,
  ) {
    const endsOf: Array<IntList | undefined> = new Array(set.members.length);
    this.endsOf = endsOf;
    this.sorted = new Array(set.sets.length);
    set.automaton.scan(text, (pattern, _start, end) => (endsOf[pattern] ??= new IntList()).push(end));
  }

  /** The occurrences of a set's words, or undefined when none of them occurs. */
  of(words: WordSet): Occurrences | undefined {
    return this.byId(this.set.setId(words));
  }

  byId(id: number): Occurrences | undefined {
    let found = this.sorted[id];
    if (found === undefined) {
      if (this.set.charSets[id]) found = this.fromChars(id) ?? null;
      else {
        found = this.fromPatterns(id) ?? null;
        if (found) this.mergedIds.push(id);
      }
      this.sorted[id] = found;
    }
    return found ?? undefined;
  }

  /**
   * Lets go of every set's merged occurrences; the next ask merges them again. A long document's
   * merged lists take many times its size, and each rule needs only its own.
   */
  forgetMerged(): void {
    for (const id of this.mergedIds) this.sorted[id] = undefined;
    this.mergedIds.length = 0;
    this.byWordsFound.clear();
  }

  /** Ids of the sets the automaton found (sets of single characters are looked for only when asked). */
  present(): number[] {
    const found = new Set<number>();
    this.endsOf.forEach((ends, pattern) => {
      if (ends) for (const id of this.set.members[pattern]) if (!this.set.charSets[id]) found.add(id);
    });
    return [...found];
  }

  /** Each word's occurrences are in order already: a k-way merge puts the set's in order without a sort. */
  private fromPatterns(id: number): Occurrences | undefined {
    const { patterns } = this.set.automaton;
    const lists: WordList[] = [];
    const found: number[] = [];
    for (const pattern of this.set.patternsOf[id]) {
      const ends = this.endsOf[pattern];
      if (ends) {
        lists.push({ length: patterns[pattern].length, ends: ends.view(), at: 0 });
        found.push(pattern);
      }
    }
    if (!lists.length) return undefined;
    const key = found.join();
    let merged = this.byWordsFound.get(key);
    if (!merged) this.byWordsFound.set(key, (merged = merge(lists)));
    return merged;
  }

  /** One pass for every set of single characters, the first time any of them is asked for. */
  private fromChars(id: number): Occurrences | undefined {
    if (!this.charStarts) {
      const starts: Array<IntList | undefined> = new Array(this.set.sets.length);
      const { text } = this;
      for (let i = 0; i < text.length; i++) {
        const owners = this.set.charOwners.get(text.charCodeAt(i));
        if (owners) for (const owner of owners) (starts[owner] ??= new IntList()).push(i);
      }
      this.charStarts = starts;
    }
    const starts = this.charStarts[id]?.view();
    this.charStarts[id] = undefined;
    return starts ? new Occurrences(starts, starts.map((start) => start + 1)) : undefined;
  }
}

interface WordList {
  length: number;
  ends: Int32Array;
  at: number;
}

const startOf = (l: WordList) => l.ends[l.at] - l.length;

/** Before: starts earlier, or at the same place and is longer. */
const before = (a: WordList, b: WordList) => startOf(a) < startOf(b) || (startOf(a) === startOf(b) && a.length > b.length);

function merge(lists: WordList[]): Occurrences {
  const total = lists.reduce((sum, l) => sum + l.ends.length, 0);
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const heap = lists;
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i, heap.length);
  let size = heap.length;
  for (let k = 0; k < total; k++) {
    const top = heap[0];
    starts[k] = startOf(top);
    ends[k] = top.ends[top.at];
    if (++top.at === top.ends.length) heap[0] = heap[--size];
    siftDown(heap, 0, size);
  }
  return new Occurrences(starts, ends);
}

function siftDown(heap: WordList[], from: number, size: number): void {
  for (let i = from; ; ) {
    const left = 2 * i + 1;
    if (left >= size) return;
    const child = left + 1 < size && before(heap[left + 1], heap[left]) ? left + 1 : left;
    if (!before(heap[child], heap[i])) return;
    [heap[i], heap[child]] = [heap[child], heap[i]];
    i = child;
  }
}
