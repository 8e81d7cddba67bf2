import type { Rule } from '../packs/types.js';
import { stripPunctuation } from '../packs/words.js';
import { documentClasses, type ClassResult, type Declared } from './classes.js';
import { distinctTexts, evaluate, type Candidate, type Context, type MatchDetail } from './evaluate.js';
import { exemptionOf, type Exemption } from './exempt.js';
import { DocumentWords } from './occurrences.js';
import type { RuleSet } from './ruleset.js';
import { Scopes } from './scopes.js';

/** A span of normalized text that one rule flags. */
export interface Hit {
  rule: Rule;
  start: number;
  end: number;
  detail: MatchDetail;
}

/** A span a rule would have flagged but for an exemption: --explain lists them. */
export interface Exempted extends Hit {
  exemption: Exemption;
}

export interface Matches {
  hits: Hit[];
  /** Document-level rules whose required statement is missing. */
  missing: Rule[];
  exempted: Exempted[];
  classes: ClassResult[];
}

const NOTHING_DECLARED: Declared = { document: [], packs: [] };

/**
 * Runs every rule of the set over one normalized document: one automaton pass, then only the rules
 * its words can trigger. The hits exemptions kept back are returned only when `keepExempted`
 * (--explain): a long document can hold hundreds of thousands.
 */
export function matchText(text: string, set: RuleSet, declared: Declared = NOTHING_DECLARED, keepExempted = true): Matches {
  const ctx: Context = { text, set, occ: new DocumentWords(text, set), scopes: new Scopes(text) };
  const classes = documentClasses(ctx, set.classes, declared);
  const inClass = new Set(classes.map((c) => c.name));
  const applies = (rule: Rule) => (!rule.classes.length || rule.classes.some((c) => inClass.has(c))) && !rule.skipClasses.some((c) => inClass.has(c));

  const triggered = new Set(set.alwaysRules);
  for (const id of ctx.occ.present()) for (const rule of set.rulesOf[id]) triggered.add(rule);
  const located: Array<{ rule: Rule; candidates: Candidate[] }> = [];
  const missing: Rule[] = [];
  for (const index of [...triggered].sort((a, b) => a - b)) {
    const rule = set.rules[index];
    if (!applies(rule)) continue;
    if (rule.match) located.push({ rule, candidates: evaluate(rule.match, ctx) });
    else if (!lacksStatement(rule, ctx)) continue;
    // Reported where the document says what makes the statement necessary (a daily rate, a past return).
    else if (rule.require!.at === 'when') located.push({ rule, candidates: evaluate(rule.require!.when!, ctx) });
    else missing.push(rule);
    ctx.occ.forgetMerged();
  }

  const claimed = new Uint8Array(text.length);
  for (const { candidates } of located) {
    for (const c of candidates) {
      if (!c.detail.words.length) claimed.fill(1, c.start, c.end);
      for (const w of c.detail.words) claimed.fill(1, w.start, w.end);
    }
  }
  const hits: Hit[] = [];
  const exempted: Exempted[] = [];
  for (let r = 0; r < located.length; r++) {
    const { rule, candidates } = located[r];
    const kept: Hit[] = [];
    const held: Exempted[] = [];
    for (const c of candidates) {
      const exemption = exemptionOf(c, ctx, claimed);
      if (!exemption) kept.push({ rule, start: c.start, end: c.end, detail: c.detail });
      else if (keepExempted) held.push({ rule, start: c.start, end: c.end, detail: c.detail, exemption });
    }
    candidates.length = 0;
    for (const hit of merged(kept)) hits.push(hit);
    for (const hit of merged(held)) exempted.push(hit);
  }
  return { hits, missing, exempted, classes };
}

/**
 * One rule, one report per phrase: hits of a rule that overlap become one hit over their
 * union (收益轻松翻倍 and 翻倍不是梦 are one claim), keeping the detail of the first.
 */
function merged<T extends Hit>(hits: T[]): T[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const hit of hits) {
    const last = out.at(-1);
    if (last && hit.start < last.end) {
      if (hit.end > last.end) out[out.length - 1] = { ...last, end: hit.end };
    } else out.push(hit);
  }
  return out;
}

/** None of the required statements is there, and the rule is triggered (by `when`, or by its classes alone). */
function lacksStatement(rule: Rule, ctx: Context): boolean {
  const spec = rule.require!;
  if (spec.must.some((phrase) => ctx.text.includes(phrase))) return false;
  const compact = stripPunctuation(ctx.text);
  if (spec.mustCompact.some((phrase) => compact.includes(phrase))) return false;
  return !spec.when || distinctTexts(spec.when, ctx, spec.min).length >= spec.min;
}
