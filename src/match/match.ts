import type { Rule } from '../packs/types.js';
import { stripPunctuation } from '../packs/rule.js';
import { isExempt } from './negation.js';
import type { RuleSet } from './ruleset.js';
import { VALIDATORS } from './validators.js';

/** A span of normalized text that one rule flags. */
export interface Hit {
  rule: Rule;
  start: number;
  end: number;
}

export interface Matches {
  hits: Hit[];
  /** Document-level rules whose required statement is missing. */
  missing: Rule[];
}

/** Runs every rule of the set over one normalized document. */
export function matchText(text: string, set: RuleSet): Matches {
  const candidates: Array<Hit[]> = set.rules.map(() => []);
  const allowed: Array<Array<[number, number]>> = set.rules.map(() => []);
  const triggers = new Int32Array(set.rules.length);

  const anchored = new Uint8Array(set.patterns.length);
  set.literals.scan(text, (index, start, end) => {
    const { target, kind } = set.refs[index];
    if (kind === 'term') candidates[target].push({ rule: set.rules[target], start, end });
    else if (kind === 'allow') allowed[target].push([start, end]);
    else if (kind === 'when') triggers[target]++;
    else anchored[target] = 1;
  });

  set.patterns.forEach((pattern, index) => {
    if (pattern.anchors && !anchored[index]) return;
    const rule = set.rules[pattern.rule];
    for (const [start, end, value] of matchAll(pattern.regexp, text)) {
      if (pattern.role === 'when') triggers[pattern.rule]++;
      else if (!rule.validate || VALIDATORS[rule.validate](value)) candidates[pattern.rule].push({ rule, start, end });
    }
  });

  const claimed = coverage(candidates, text.length);
  const hits = candidates.flatMap((list, index) =>
    outermost(list.filter((hit) => !exempt(hit, allowed[index], text, claimed))),
  );
  const missing = set.rules.filter((rule, index) => rule.require && triggers[index] >= rule.require.min);
  return { hits, missing: missing.length ? lacking(missing, text) : [] };
}

function matchAll(pattern: RegExp, text: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (const m of text.matchAll(pattern)) {
    if (m[0].length) out.push([m.index, m.index + m[0].length, m[0]]);
  }
  return out;
}

function exempt(hit: Hit, allowed: Array<[number, number]>, text: string, claimed: Uint8Array): boolean {
  if (allowed.some(([s, e]) => s <= hit.start && hit.end <= e)) return true;
  return hit.rule.negation && isExempt(text, hit.start, hit.end, claimed);
}

/** Characters inside some flagged phrase: the 无 of 无风险 in 无风险、保本 negates nothing. */
function coverage(candidates: Hit[][], length: number): Uint8Array {
  const claimed = new Uint8Array(length);
  for (const list of candidates) for (const hit of list) claimed.fill(1, hit.start, hit.end);
  return claimed;
}

/** One rule, one report per span: drop duplicates and hits inside a longer hit of the same rule. */
function outermost(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.end <= reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}

/** Rules whose required statement is absent; the statement as written is looked for before the costlier compact form. */
function lacking(rules: Rule[], text: string): Rule[] {
  let compact: string | null = null;
  return rules.filter((rule) => {
    const { must, mustCompact } = rule.require!;
    if (must.some((phrase) => text.includes(phrase))) return false;
    compact ??= stripPunctuation(text);
    return !mustCompact.some((phrase) => compact!.includes(phrase));
  });
}
