import type { Finding, Location } from '../types.js';

/** The hit as a reader sees it, on one line: cut from the flattened context when there is one. */
export function hitText(finding: Finding): string | null {
  if (finding.context !== null && finding.contextSpan) return finding.context.slice(...finding.contextSpan);
  return finding.text === null ? null : finding.text.replace(/\s*\n\s*/gu, ' ');
}

/** Lines and columns of the file itself (markdown, text), which editors and CI annotations can point at; pdf lines count within a page and docx has none. */
export function hasFileLines(location: Location | null): location is Location & { line: number; endLine: number } {
  return location !== null && location.line !== undefined && location.endLine !== undefined && location.page === undefined;
}
