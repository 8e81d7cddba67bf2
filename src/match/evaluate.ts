import type { Condition, Expr, RegexExpr, SeqExpr } from '../packs/types.js';
import type { Scope } from '../scopes.js';
import type { DocumentWords, Occurrences } from './occurrences.js';
import type { RuleSet } from './ruleset.js';
import { lowerBound } from '../sorted.js';
import type { Scopes } from './scopes.js';
import { exemptionOf } from './exempt.js';
import { VALIDATORS } from './validators.js';

/** One document, scanned once: everything an expression is evaluated against. */
export interface Context {
  text: string;
  set: RuleSet;
  occ: DocumentWords;
  scopes: Scopes;
}

/** A word an expression matched, for --explain. */
export interface WordHit {
  lexicon: string | null;
  text: string;
  start: number;
  end: number;
}

/** Which part of a rule matched, and with what: the detail --explain shows. */
export interface MatchDetail {
  path: string;
  scope: Scope | null;
  words: WordHit[];
  pattern: string | null;
}

/** A span an expression matched, before exemptions. */
export interface Candidate {
  start: number;
  end: number;
  detail: MatchDetail;
  /** Exemptions that apply to it: its own expression's and every enclosing one's. */
  conditions: Condition[];
}

/** Context parts of `all` are checked for exemptions without knowing other rules' hits. */
const NO_CLAIMS = new Uint8Array(0);

/** Widest word the near-search looks back over, in UTF-16 units. */
const LONGEST_WORD = 64;

export function evaluate(expr: Expr, ctx: Context, inherited: readonly Condition[] = []): Candidate[] {
  const conditions = expr.unless.length ? [...inherited, ...expr.unless] : (inherited as Condition[]);
  switch (expr.kind) {
    case 'words': {
      const occ = ctx.occ.of(expr.set);
      if (!occ) return [];
      const out: Candidate[] = [];
      for (let i = 0; i < occ.length; i++) {
        const [start, end] = [occ.starts[i], occ.ends[i]];
        out.push({ start, end, conditions, detail: { path: expr.path, scope: null, words: [word(ctx, expr.set.name, start, end)], pattern: null } });
      }
      return out;
    }
    case 'seq':
      return sequence(expr, ctx, conditions);
    case 'near':
      return near(expr, ctx, conditions);
    case 'regex':
      return pattern(expr, ctx, conditions);
    case 'any':
      return expr.parts.flatMap((part) => evaluate(part, ctx, conditions));
    case 'all': {
      const first = evaluate(expr.parts[0], ctx, conditions);
      if (!first.length) return [];
      const rest = expr.parts.slice(1).map((part) => byStart(evaluate(part, ctx).filter((o) => !exemptionOf(o, ctx, NO_CLAIMS))));
      return first.filter((c) => rest.every((others) => fitsAny(ctx, expr, c, others)));
    }
  }
}

function word(ctx: Context, lexicon: string | null, start: number, end: number): WordHit {
  return { lexicon, text: ctx.text.slice(start, end), start, end };
}

/** In one unit of `scope`, and (when given) at most `within` apart. */
/** Candidates sorted by start, with their starts for binary search and the longest one's length. */
interface ByStart {
  list: Candidate[];
  starts: Int32Array;
  longest: number;
}

function byStart(candidates: Candidate[]): ByStart {
  const list = candidates.sort((a, b) => a.start - b.start);
  return { list, starts: Int32Array.from(list, (c) => c.start), longest: list.reduce((most, c) => Math.max(most, c.end - c.start), 0) };
}

/**
 * Whether one of `others` goes with `c` in an `all`. Only those starting where one could are
 * looked at (inside c's unit of the scope, within reach, after c when ordered): comparing every
 * candidate with every other grew with the square of the document.
 */
function fitsAny(ctx: Context, expr: Extract<Expr, { kind: 'all' }>, c: Candidate, others: ByStart): boolean {
  let [from, to] = ctx.scopes.unit(expr.scope, c.start);
  if (expr.within !== null) [from, to] = [Math.max(from, c.start - expr.within - others.longest), Math.min(to, c.end + expr.within)];
  if (expr.ordered) from = Math.max(from, c.end);
  for (let i = lowerBound(others.starts, from); i < others.list.length && others.starts[i] <= to; i++) {
    const o = others.list[i];
    if ((!expr.ordered || o.start >= c.end) && together(ctx, expr.scope, expr.within, c, o)) return true;
  }
  return false;
}

function together(ctx: Context, scope: Scope, within: number | null, a: Candidate, b: Candidate): boolean {
  const gap = a.start < b.start ? b.start - a.end : a.start - b.end;
  return (within === null || gap <= within) && ctx.scopes.same(scope, Math.min(a.start, b.start), Math.max(a.start, b.start));
}

/** A word of each set in order, each starting at most `within` after the previous one ends, nearest first. */
function sequence(expr: SeqExpr, ctx: Context, conditions: Condition[]): Candidate[] {
  const lists = expr.sets.map((s) => ctx.occ.of(s));
  if (lists.some((l) => !l)) return [];
  const [first, ...rest] = lists as Occurrences[];
  const out: Candidate[] = [];
  for (let k = 0; k < first.length; k++) {
    const start = first.starts[k];
    let end = first.ends[k];
    const words = [word(ctx, expr.sets[0].name, start, end)];
    for (let j = 0; j < rest.length && words.length; j++) {
      const list = rest[j];
      const i = list.from(end);
      if (i >= list.length || list.starts[i] - end > expr.within[j]) words.length = 0;
      else {
        words.push(word(ctx, expr.sets[j + 1].name, list.starts[i], list.ends[i]));
        end = list.ends[i];
      }
    }
    if (words.length && ctx.scopes.same(expr.scope, start, end)) out.push({ start, end, conditions, detail: { path: expr.path, scope: expr.scope, words, pattern: null } });
  }
  return out;
}

/** A word of the first set with a word of each other set on either side, at most `within` away. */
function near(expr: SeqExpr, ctx: Context, conditions: Condition[]): Candidate[] {
  const lists = expr.sets.map((s) => ctx.occ.of(s));
  if (lists.some((l) => !l)) return [];
  const [first, ...rest] = lists as Occurrences[];
  const out: Candidate[] = [];
  for (let k = 0; k < first.length; k++) {
    const [a0, a1] = [first.starts[k], first.ends[k]];
    const words = [word(ctx, expr.sets[0].name, a0, a1)];
    for (let j = 0; j < rest.length && words.length; j++) {
      const list = rest[j];
      let best = -1;
      let bestGap = Infinity;
      const within = expr.within[j];
      for (let i = list.from(a0 - within - LONGEST_WORD); i < list.length && list.starts[i] <= a1 + within; i++) {
        const [s, e] = [list.starts[i], list.ends[i]];
        const gap = s >= a1 ? s - a1 : e <= a0 ? a0 - e : -1;
        if (gap >= 0 && gap <= within && gap < bestGap) [best, bestGap] = [i, gap];
      }
      if (best < 0) words.length = 0;
      else words.push(word(ctx, expr.sets[j + 1].name, list.starts[best], list.ends[best]));
    }
    if (!words.length) continue;
    const start = words.reduce((least, w) => Math.min(least, w.start), Infinity);
    const end = words.reduce((most, w) => Math.max(most, w.end), -Infinity);
    if (ctx.scopes.same(expr.scope, start, end)) out.push({ start, end, conditions, detail: { path: expr.path, scope: expr.scope, words: words.sort((x, y) => x.start - y.start), pattern: null } });
  }
  return out;
}

/** The pattern, run once on each unit of its scope that holds an anchor (on the whole text when it has none). */
function pattern(expr: RegexExpr, ctx: Context, conditions: Condition[]): Candidate[] {
  const units: Array<[number, number]> = [];
  if (!expr.anchors) units.push([0, ctx.text.length]);
  else {
    const occ = ctx.occ.of(expr.anchors);
    for (let i = 0; occ && i < occ.length; i++) {
      const unit = ctx.scopes.unit(expr.scope, occ.starts[i]);
      const last = units.at(-1);
      if (!last || last[0] !== unit[0]) units.push(unit);
    }
  }
  const out: Candidate[] = [];
  for (const [from, to] of units) {
    for (const m of ctx.text.slice(from, to).matchAll(expr.regexp)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (end === start || (expr.validate && !VALIDATORS[expr.validate](m[0]))) continue;
      if (expr.anchors || ctx.scopes.same(expr.scope, start, end)) out.push({ start, end, conditions, detail: { path: expr.path, scope: expr.scope, words: [], pattern: expr.source } });
    }
  }
  return out;
}

/**
 * Distinct texts of the expression's unexempted hits, up to `min` of them: the count classes
 * and document-level rules need. Parts of an `any` are evaluated one at a time, and
 * evaluation stops as soon as enough is found.
 */
export function distinctTexts(expr: Expr, ctx: Context, min: number): string[] {
  const seen = new Set<string>();
  const parts = expr.kind === 'any' && !expr.unless.length ? expr.parts : [expr];
  for (const part of parts) {
    // Overlapping hits of one part are one phrase (限时抢购 is one call to buy, not 限时 and 抢购).
    const counted: Array<[number, number]> = [];
    for (const hit of evaluate(part, ctx)) {
      if (exemptionOf(hit, ctx, NO_CLAIMS)) continue;
      // Hits come about in text order, so an overlap is with one of the last few.
      const joins = counted.slice(-8).some(([s, e]) => hit.start < e && s < hit.end);
      counted.push([hit.start, hit.end]);
      if (!joins) seen.add(ctx.text.slice(hit.start, hit.end));
      if (seen.size >= min) return [...seen];
    }
  }
  return [...seen];
}