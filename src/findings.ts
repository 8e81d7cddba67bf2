import { contextAround } from './context.js';
import type { MatchDetail } from './match/evaluate.js';
import type { Matches } from './match/match.js';
import type { Normalized } from './normalize/normalize.js';
import type { Rule } from './packs/types.js';
import type { ClassInfo, ExemptedHit, Explanation, Extracted, Finding, Location, Severity } from './types.js';

export interface DocumentFindings {
  findings: Finding[];
  /** Findings past `max`, by severity; only when some were left out. */
  unlisted?: Record<Severity, number>;
  classes: ClassInfo[];
  exempted: ExemptedHit[];
}

export interface FindingOptions {
  /** Findings to build in full, in report order; the rest are only counted. */
  max?: number;
  /** Build the hits exemptions kept back (--explain). */
  exempted?: boolean;
}

/**
 * Maps hits on the normalized text back through normalization and extraction to the source.
 * Only the first `max` findings are built (located, with their context): a document with a
 * million hits costs a sort, not a million reports.
 */
export function toFindings(matches: Matches, normalized: Normalized, doc: Extracted, options: FindingOptions = {}): DocumentFindings {
  const max = options.max ?? Infinity;
  const ordered = matches.hits
    .map((hit) => ({ hit, order: toSource(doc, normalized.toInput[hit.start]) }))
    .sort((a, b) => a.order - b.order || a.hit.rule.id.localeCompare(b.hit.rule.id));
  const located = ordered.slice(0, max).map(({ hit }): Finding => {
    const span = toSourceSpan(doc, normalized, hit.start, hit.end);
    const { context, span: contextSpan } = contextAround(doc.text, span.textStart, span.textEnd);
    return { ...ruleFields(hit.rule), text: span.text, location: span.location, context, contextSpan, explain: explanation(hit.detail) };
  });
  const documentLevel = matches.missing.slice(0, Math.max(0, max - located.length)).map((rule) => ({ ...ruleFields(rule), text: null, location: null, context: null, contextSpan: null }));
  const unlisted = countUnlisted([...ordered.slice(located.length).map(({ hit }) => hit.rule), ...matches.missing.slice(documentLevel.length)]);
  const exempted = (options.exempted === false ? [] : matches.exempted).map((hit): ExemptedHit => {
    const span = toSourceSpan(doc, normalized, hit.start, hit.end);
    const { condition, cue } = hit.exemption;
    return {
      ruleId: hit.rule.id,
      text: span.text,
      location: span.location,
      explain: explanation(hit.detail),
      exemption: { condition: condition.path, kind: condition.kind, lexicon: condition.set.name, cue: cue?.text ?? null },
    };
  });
  return { findings: [...located, ...documentLevel], ...(unlisted ? { unlisted } : {}), classes: matches.classes, exempted };
}

function countUnlisted(rules: Rule[]): Record<Severity, number> | undefined {
  if (!rules.length) return undefined;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const rule of rules) counts[rule.severity]++;
  return counts;
}

function explanation(detail: MatchDetail): Explanation {
  return { part: detail.path, scope: detail.scope, words: detail.words.map(({ lexicon, text }) => ({ lexicon, text })), pattern: detail.pattern };
}

/** A normalized span [start, end) as the reader sees it: its source text and location. */
function toSourceSpan(doc: Extracted, normalized: Normalized, start: number, end: number) {
  const textStart = normalized.toInput[start];
  const textLast = normalized.toInput[end - 1];
  const sourceStart = toSource(doc, textStart);
  const sourceLast = toSource(doc, textLast);
  return {
    textStart,
    textEnd: textLast + charLength(doc.text, textLast),
    sourceStart,
    text: doc.source.slice(sourceStart, sourceLast + charLength(doc.source, sourceLast)),
    location: locationOf(doc, sourceStart, sourceLast),
  };
}

function ruleFields(rule: Rule) {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message: rule.message,
    basis: rule.basis,
    suggestion: rule.suggestion,
    fix: rule.replace === null ? null : { replacement: rule.replace },
  };
}

function toSource(doc: Extracted, textIndex: number): number {
  return doc.toSource ? doc.toSource[textIndex] : textIndex;
}

function charLength(s: string, index: number): number {
  const c = s.charCodeAt(index);
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

function locationOf(doc: Extracted, sourceStart: number, sourceLast: number): Location {
  const start = doc.locate(sourceStart);
  const last = doc.locate(sourceLast);
  const location: Location =
    start.line === undefined
      ? { column: start.column, endColumn: last.column + 1 }
      : { line: start.line, column: start.column, endLine: last.line, endColumn: last.column + 1 };
  if (start.page !== undefined) location.page = start.page;
  if (start.part !== undefined) location.part = start.part;
  if (start.variant !== undefined) location.variant = start.variant;
  if (start.paragraph !== undefined) location.paragraph = start.paragraph;
  return location;
}
