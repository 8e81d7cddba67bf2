import type { Condition, CueCondition, WordSet } from '../packs/types.js';
import type { Candidate, Context, WordHit } from './evaluate.js';
import type { Occurrences } from './occurrences.js';
import { quotedRun } from './quotes.js';

/** Why a candidate is not reported: the condition that held, and the word that made it hold. */
export interface Exemption {
  condition: Condition;
  cue: WordHit | null;
}

const LONGEST_WORD = 64;

/**
 * The first of a candidate's exemptions that holds, or null. `claimed` marks characters of
 * the words every candidate of any rule was made of: for a condition that asks for it, a cue
 * there is part of another flagged phrase and counts for nothing (the 无 of 无风险 in
 * 无风险、保本 negates nothing).
 */
export function exemptionOf(candidate: Candidate, ctx: Context, claimed: Uint8Array): Exemption | null {
  let run: [number, number] | null = null;
  for (const condition of candidate.conditions) {
    if (condition.kind === 'quoted') {
      run ??= quotedRun(ctx.text, candidate.start, candidate.end);
      if (run[0] < candidate.start || run[1] > candidate.end) return { condition, cue: null };
      continue;
    }
    const occ = ctx.occ.of(condition.set);
    if (!occ) continue;
    let cue: WordHit | null | undefined;
    if (condition.kind === 'part-of') cue = containing(occ, candidate, ctx, condition.set);
    else if (condition.kind === 'inside') cue = between(occ, candidate, ctx, condition.set, condition.except ? ctx.occ.of(condition.except) : undefined);
    else {
      run ??= quotedRun(ctx.text, candidate.start, candidate.end);
      cue = nearby(occ, condition, candidate, run, ctx, claimed);
    }
    if (cue) return { condition, cue };
  }
  return null;
}

function hit(ctx: Context, set: WordSet, start: number, end: number): WordHit {
  return { lexicon: set.name, text: ctx.text.slice(start, end), start, end };
}

/**
 * An occurrence that holds the candidate, or one of the words it was made of: 非保本 holds
 * 保本, and 保证金 holds the 保证 of 保证金账户的收益.
 */
function containing(occ: Occurrences, c: Candidate, ctx: Context, set: WordSet): WordHit | null {
  const spans = c.detail.words.length ? c.detail.words : [c];
  for (const { start, end } of spans) {
    for (let i = occ.from(start + 1) - 1; i >= 0 && occ.starts[i] >= start - LONGEST_WORD; i--) {
      if (occ.ends[i] >= end) return hit(ctx, set, occ.starts[i], occ.ends[i]);
    }
  }
  return null;
}

/** An occurrence inside the candidate that is none of the words it matched (保证…不…收益), nor inside an `except` word. */
function between(occ: Occurrences, c: Candidate, ctx: Context, set: WordSet, except: Occurrences | undefined): WordHit | null {
  for (let i = occ.from(c.start); i < occ.length && occ.starts[i] < c.end; i++) {
    const [s, e] = [occ.starts[i], occ.ends[i]];
    if (e > c.end || c.detail.words.some((w) => s < w.end && w.start < e)) continue;
    if (!(except && covered(except, s, e))) return hit(ctx, set, s, e);
  }
  return null;
}

/** A cue before, after or around the candidate, measured from the quotations it stands in, in one unit of the scope. */
function nearby(occ: Occurrences, cond: CueCondition, c: Candidate, [from, to]: [number, number], ctx: Context, claimed: Uint8Array): WordHit | null {
  const except = cond.except ? ctx.occ.of(cond.except) : undefined;
  const usable = (s: number, e: number) => !(cond.outsideHits && claimed[s]) && !(except && covered(except, s, e));
  if (cond.kind !== 'after') {
    const limit = cond.within === null ? ctx.scopes.unit(cond.scope, from)[0] : from - cond.within - LONGEST_WORD;
    for (let i = occ.from(c.start) - 1; i >= 0 && occ.starts[i] >= limit; i--) {
      const [s, e] = [occ.starts[i], occ.ends[i]];
      if (e > c.start || (cond.within !== null && from - e > cond.within)) continue;
      if (ctx.scopes.same(cond.scope, s, Math.min(from, c.start)) && usable(s, e)) return hit(ctx, cond.set, s, e);
    }
  }
  if (cond.kind !== 'before') {
    const limit = cond.within === null ? ctx.scopes.unit(cond.scope, Math.max(to - 1, c.end - 1))[1] : to + cond.within;
    for (let i = occ.from(c.end); i < occ.length && occ.starts[i] <= limit; i++) {
      const [s, e] = [occ.starts[i], occ.ends[i]];
      if (cond.within !== null && s - to > cond.within) continue;
      if (ctx.scopes.same(cond.scope, Math.max(to, c.end), s) && usable(s, e)) return hit(ctx, cond.set, s, e);
    }
  }
  return null;
}

/** True when an occurrence of the except list holds [s, e) (不 inside 不仅). */
function covered(except: Occurrences, s: number, e: number): boolean {
  for (let i = except.from(s + 1) - 1; i >= 0 && except.starts[i] >= s - LONGEST_WORD; i--) {
    if (except.ends[i] >= e) return true;
  }
  return false;
}
