import { contextAround } from './context.js';
import type { Matches } from './match/match.js';
import type { Normalized } from './normalize/normalize.js';
import type { Rule } from './packs/types.js';
import type { Extracted, Finding, Location } from './types.js';

/** Maps hits on the normalized text back through normalization and extraction to the source. */
export function toFindings(matches: Matches, normalized: Normalized, doc: Extracted): Finding[] {
  const located = matches.hits
    .map((hit) => {
      const textStart = normalized.toInput[hit.start];
      const textLast = normalized.toInput[hit.end - 1];
      const sourceStart = toSource(doc, textStart);
      const sourceLast = toSource(doc, textLast);
      const { context, span } = contextAround(doc.text, textStart, textLast + charLength(doc.text, textLast));
      const finding: Finding = {
        ...ruleFields(hit.rule),
        text: doc.source.slice(sourceStart, sourceLast + charLength(doc.source, sourceLast)),
        location: locationOf(doc, sourceStart, sourceLast),
        context,
        contextSpan: span,
      };
      return { finding, order: sourceStart };
    })
    .sort((a, b) => a.order - b.order || a.finding.ruleId.localeCompare(b.finding.ruleId))
    .map(({ finding }) => finding);
  const documentLevel = matches.missing.map((rule) => ({
    ...ruleFields(rule),
    text: null,
    location: null,
    context: null,
    contextSpan: null,
  }));
  return [...located, ...documentLevel];
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
