import type { Finding, Location } from '../types.js';

/** The hit as a reader sees it, on one line: cut from the flattened context when there is one. */
export function hitText(finding: Pick<Finding, 'text' | 'context' | 'contextSpan'>): string | null {
  if (finding.context !== null && finding.contextSpan) return finding.context.slice(finding.contextSpan[0], finding.contextSpan[1]);
  return finding.text === null ? null : finding.text.replace(/\s*\n\s*/gu, ' ');
}

/** Lines and columns of the file itself (markdown, text), which editors and CI annotations can point at; pdf lines count within a page and docx has none. */
export function hasFileLines(location: Location | null): location is Location & { line: number; endLine: number } {
  return location !== null && location.line !== undefined && location.endLine !== undefined && location.page === undefined;
}

/** The sentence around the hit, split at the hit: [before, hit, after]; null for a document-level finding. */
export function contextParts(finding: Finding): [string, string, string] | null {
  if (finding.context === null || !finding.contextSpan) return null;
  const [start, end] = finding.contextSpan;
  return [finding.context.slice(0, start), finding.context.slice(start, end), finding.context.slice(end)];
}
