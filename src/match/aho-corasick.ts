/**
 * Aho–Corasick over UTF-16 code units. Every pattern ending at a position is
 * reported, including those that end inside a longer pattern's path (outputs are
 * collected along dictionary-suffix links), so `abcd` + `bc` on `xabcex` finds `bc`.
 */
export class AhoCorasick {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern indexes ending exactly at each node. */
  private readonly outputs: number[][] = [[]];
  /** Nearest node on the failure chain that has outputs, or -1. */
  private readonly outLink: number[] = [-1];

  constructor(readonly patterns: readonly string[]) {
    patterns.forEach((pattern, index) => this.insert(pattern, index));
    this.link();
  }

  /** Calls `onMatch(patternIndex, start, end)` for every occurrence, in order of `end`. */
  scan(text: string, onMatch: (patternIndex: number, start: number, end: number) => void): void {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let to = this.next[node].get(unit);
      while (to === undefined && node !== 0) {
        node = this.fail[node];
        to = this.next[node].get(unit);
      }
      node = to ?? 0;
      for (let hit = this.outputs[node].length ? node : this.outLink[node]; hit !== -1; hit = this.outLink[hit]) {
        for (const index of this.outputs[hit]) onMatch(index, i + 1 - this.patterns[index].length, i + 1);
      }
    }
  }

  private insert(pattern: string, index: number): void {
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let to = this.next[node].get(unit);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
        this.outLink.push(-1);
        this.next[node].set(unit, to);
      }
      node = to;
    }
    this.outputs[node].push(index);
  }

  private link(): void {
    const queue: number[] = [...this.next[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const [unit, child] of this.next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.next[f].has(unit)) f = this.fail[f];
        const target = this.next[f].get(unit);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const via = this.fail[child];
        this.outLink[child] = this.outputs[via].length ? via : this.outLink[via];
        queue.push(child);
      }
    }
  }
}
