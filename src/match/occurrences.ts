import type { WordSet } from '../packs/types.js';
import type { RuleSet } from './ruleset.js';
import { lowerBound } from './scopes.js';

/** Where the words of one set occur in a document, sorted by start (then longest first). */
export class Occurrences {
  readonly starts: Int32Array;
  readonly ends: Int32Array;

  /** `pairs` holds start, end, start, end … in the automaton's order (by end). */
  constructor(pairs: readonly number[]) {
    const n = pairs.length / 2;
    if (inOrder(pairs)) {
      this.starts = new Int32Array(n);
      this.ends = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        this.starts[i] = pairs[2 * i];
        this.ends[i] = pairs[2 * i + 1];
      }
      return;
    }
    // One numeric sort of packed keys (start, then longer first) instead of a comparator per pair.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = pairs[2 * i] * LENGTHS + (LENGTHS - 1 - (pairs[2 * i + 1] - pairs[2 * i]));
    keys.sort();
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const start = Math.floor(keys[i] / LENGTHS);
      this.starts[i] = start;
      this.ends[i] = start + (LENGTHS - 1 - (keys[i] - start * LENGTHS));
    }
  }

  get length(): number {
    return this.starts.length;
  }

  /** Index of the first occurrence starting at or after `at`. */
  from(at: number): number {
    return lowerBound(this.starts, at);
  }
}

/** Word lengths fit below this; starts are multiplied by it, and the product stays an exact double. */
const LENGTHS = 1 << 20;

/** Already sorted by start, longer first: usual, since the automaton reports by end. */
function inOrder(pairs: readonly number[]): boolean {
  for (let i = 2; i < pairs.length; i += 2) {
    if (pairs[i] < pairs[i - 2] || (pairs[i] === pairs[i - 2] && pairs[i + 1] > pairs[i - 1])) return false;
  }
  return true;
}

/**
 * One pass of the automaton over a document. The occurrences of a set are sorted the first
 * time a rule or an exemption asks for them; sets of single characters used only by
 * exemptions (digits, letters) are looked for only then, by one scan of the text.
 */
export class DocumentWords {
  private readonly pairs: Array<number[] | undefined>;
  private readonly sorted: Array<Occurrences | undefined>;

  constructor(
    private readonly text: string,
    private readonly set: RuleSet,
  ) {
    this.pairs = new Array(set.sets.length);
    this.sorted = new Array(set.sets.length);
    const { pairs } = this;
    set.automaton.scan(text, (pattern, start, end) => {
      for (const id of set.members[pattern]) (pairs[id] ??= []).push(start, end);
    });
  }

  /** The occurrences of a set's words, or undefined when none of them occurs. */
  of(words: WordSet): Occurrences | undefined {
    return this.byId(this.set.setId(words));
  }

  byId(id: number): Occurrences | undefined {
    if (this.set.charSets[id] && !this.charsScanned) this.scanChars();
    const pairs = this.pairs[id];
    if (!pairs || !pairs.length) return undefined;
    return (this.sorted[id] ??= new Occurrences(pairs));
  }

  private charsScanned = false;

  /** One pass for every set of single characters, the first time any of them is asked for. */
  private scanChars(): void {
    this.charsScanned = true;
    const { text, pairs } = this;
    const { charOwners } = this.set;
    for (const id of charOwners.values()) for (const owner of id) pairs[owner] ??= [];
    for (let i = 0; i < text.length; i++) {
      const owners = charOwners.get(text.charCodeAt(i));
      if (owners) for (const owner of owners) pairs[owner]!.push(i, i + 1);
    }
  }

  /** Ids of the sets the automaton found (sets of single characters are looked for only when asked). */
  *present(): Iterable<number> {
    for (let id = 0; id < this.pairs.length; id++) if (this.pairs[id]?.length && !this.set.charSets[id]) yield id;
  }
}


