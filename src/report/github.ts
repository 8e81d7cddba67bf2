import { fromRoot } from '../repo.js';
import type { Finding, Report, Severity } from '../types.js';
import type { FormatContext } from './formats.js';
import { hasFileLines, hitText } from './hit.js';
import { placeLabel } from './place.js';
import { visible } from './visible.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per finding and per unreadable file. The
 * runner shows only the first few annotations of each level per step: the step summary
 * (formatStepSummary) lists them all.
 */
export function formatGithub(report: Report, context: FormatContext): string {
  const lines = report.files.flatMap((file) => {
    const path = fromRoot(file.path, context.paths);
    if (file.error) return [annotation('error', { file: path, title: `copylint: unreadable (${file.error.code})` }, [file.error.message])];
    return file.findings.map((finding) => findingAnnotation(finding, path));
  });
  for (const entry of report.staleBaseline ?? []) {
    lines.push(annotation('error', { file: entry.path, title: 'copylint: stale baseline entry' }, [`${entry.ruleId} ${entry.place} “${entry.text ?? ''}” no longer matches: regenerate the baseline`]));
  }
  return lines.map((line) => `${line}\n`).join('');
}

function findingAnnotation(finding: Finding, file: string): string {
  const location = finding.location;
  const where = hasFileLines(location) ? { line: location.line, col: location.column, endLine: location.endLine, endColumn: location.endColumn } : {};
  const hit = hitText(finding);
  const place = location && !hasFileLines(location) ? ` (${placeLabel(location)})` : '';
  const lines = [hit === null ? finding.message : `${finding.message}：“${hit}”${place}`];
  if (finding.suggestion) lines.push(`建议：${finding.suggestion}`);
  if (finding.fix) lines.push(finding.fix.replacement ? `替换为：${finding.fix.replacement}` : `删除：${finding.text ?? ''}`);
  lines.push(`依据：${finding.basis}`);
  return annotation(COMMAND[finding.severity], { file, ...where, title: finding.ruleId }, lines);
}

type Properties = Record<string, string | number | undefined>;

/** `::error file=…,line=…::message`, escaped as the runner unescapes it; control characters from documents shown visibly. */
export function annotation(command: string, properties: Properties, lines: string[]): string {
  const list = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(visible(String(value)))}`)
    .join(',');
  return `::${command} ${list}::${escapeData(lines.map(visible).join('\n'))}`;
}

export function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

