import { contextAround } from './context.js';
import { fixOf } from './fix/replacement.js';
import type { MatchDetail } from './match/evaluate.js';
import type { Matches } from './match/match.js';
import type { Normalized } from './normalize/normalize.js';
import type { Rule } from './packs/types.js';
import type { ClassInfo, ExemptedHit, Explanation, Extracted, Finding, Location, Severity } from './types.js';

export interface DocumentFindings {
  findings: Finding[];
  /** Where each finding stands in the extracted text and in the source (null for a document-level one), for --fix. */
  places: Array<Place | null>;
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
  /** The severity a rule is reported with (the config's), or null when it is off: for the findings only counted. */
  severity?: (rule: Rule) => Severity | null;
}

/** A hit's [start, end) in the extracted text and in the source, in UTF-16 units. */
export interface Place {
  textStart: number;
  textEnd: number;
  sourceStart: number;
  sourceEnd: number;
}

/**
 * Maps hits on the normalized text back through normalization and extraction to the source.
 * Only the first `max` findings are built (located, with their context and fix): a document
 * with a million hits costs a sort, not a million reports.
 */
export function toFindings(matches: Matches, normalized: Normalized, doc: Extracted, options: FindingOptions = {}): DocumentFindings {
  const max = options.max ?? Infinity;
  const ordered = matches.hits
    .map((hit) => ({ hit, order: toSource(doc, normalized.toInput[hit.start]) }))
    .sort((a, b) => a.order - b.order || a.hit.rule.id.localeCompare(b.hit.rule.id));
  const located = ordered.slice(0, max).map(({ hit }) => {
    const span = toSourceSpan(doc, normalized, hit.start, hit.end);
    const { context, span: contextSpan } = contextAround(doc.text, span.textStart, span.textEnd);
    const fix = fixOf(hit.rule.fix, normalized.text, hit.start, hit.end, doc.text.slice(span.textStart, span.textEnd));
    const finding: Finding = { ...ruleFields(hit.rule), fix, text: span.text, location: span.location, context, contextSpan, explain: explanation(hit.detail) };
    const { textStart, textEnd, sourceStart, sourceEnd } = span;
    return { finding, place: { textStart, textEnd, sourceStart, sourceEnd } };
  });
  const documentLevel = matches.missing.slice(0, Math.max(0, max - located.length)).map((rule) => ({ ...ruleFields(rule), text: null, location: null, context: null, contextSpan: null }));
  const unlisted = countUnlisted([...ordered.slice(located.length).map(({ hit }) => hit.rule), ...matches.missing.slice(documentLevel.length)], options.severity);
  const exempted = (options.exempted === false ? [] : matches.exempted).map((hit): ExemptedHit => {
    const span = toSourceSpan(doc, normalized, hit.start, hit.end);
    const { condition, cue } = hit.exemption;
    return {
      ruleId: hit.rule.id,
      text: span.text,
      location: span.location,
      explain: explanation(hit.detail),
      exemption: { condition: condition.path, kind: condition.kind, lexicon: condition.kind === 'quoted' ? null : condition.set.name, cue: cue?.text ?? null },
    };
  });
  return {
    findings: [...located.map(({ finding }) => finding), ...documentLevel],
    places: [...located.map(({ place }) => place), ...documentLevel.map(() => null)],
    ...(unlisted ? { unlisted } : {}),
    classes: matches.classes,
    exempted,
  };
}

function countUnlisted(rules: Rule[], severityOf: (rule: Rule) => Severity | null = (rule) => rule.severity): Record<Severity, number> | undefined {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const rule of rules) {
    const severity = severityOf(rule);
    if (severity) counts[severity]++;
  }
  return counts.error + counts.warning + counts.info ? counts : undefined;
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
  const sourceEnd = sourceLast + charLength(doc.source, sourceLast);
  return {
    textStart,
    textEnd: textLast + charLength(doc.text, textLast),
    sourceStart,
    sourceEnd,
    text: doc.source.slice(sourceStart, sourceEnd),
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
    // Set per hit (a rule's fix may not apply to every hit); null here keeps its place in the report.
    fix: null as Finding['fix'],
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
