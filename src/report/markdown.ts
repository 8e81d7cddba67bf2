import type { FileResult, Report } from '../types.js';
import { fromRoot } from '../repo.js';
import type { FormatContext } from './formats.js';
import { contextParts } from './hit.js';
import { escapeMarkdown as md } from './markdown-escape.js';
import { placeLabel } from './place.js';
import { countsOf } from './summary.js';

/** GitHub refuses a comment longer than this many characters. */
export const COMMENT_LIMIT = 65_536;
/** A step summary may hold 1 MiB; a UTF-16 unit takes at most 3 bytes of UTF-8. */
export const STEP_SUMMARY_LIMIT = Math.floor((1024 * 1024) / 3);
/** First line of every markdown report, so a bot can find its own comment to update. */
export const MARKDOWN_MARKER = '<!-- copylint -->';

interface Line {
  text: string;
  /** The findings the line stands for (a row: one), counted when the cap cuts it off. */
  findings?: number;
}

/** A pull-request comment: a summary table, then each file's findings; cut to `limit` characters with a note saying so. */
export function formatMarkdown(report: Report, context: FormatContext, limit = COMMENT_LIMIT): string {
  const lines: Line[] = [{ text: MARKDOWN_MARKER }, { text: `### copylint: ${headline(report)}` }, { text: '' }];
  const shown = report.files.filter((file) => file.error || file.findings.length || file.unlisted);
  if (shown.length) {
    lines.push({ text: '| file | errors | warnings | infos |' }, { text: '| --- | ---: | ---: | ---: |' });
    for (const file of shown) lines.push({ text: summaryRow(file, context) });
  }
  for (const file of shown.filter((f) => f.findings.length || f.unlisted)) {
    lines.push({ text: '' }, { text: `#### ${md(fromRoot(file.path, context.paths))}` }, { text: '' });
    lines.push({ text: '| place | severity | rule | finding | in context | suggestion |' }, { text: '| --- | --- | --- | --- | --- | --- |' });
    for (const finding of file.findings) {
      const parts = contextParts(finding);
      const context = parts ? `${md(parts[0])}**${md(parts[1])}**${md(parts[2])}` : '';
      const cells = [md(placeLabel(finding.location)), finding.severity, md(finding.ruleId), md(finding.message), context, md(finding.suggestion ?? '')];
      lines.push({ text: `| ${cells.join(' | ')} |`, findings: 1 });
    }
    const unlisted = file.unlisted ? file.unlisted.error + file.unlisted.warning + file.unlisted.info : 0;
    if (unlisted) lines.push({ text: '' }, { text: `_${unlisted} more ${plural(unlisted, 'finding')} in this file not listed (--max-findings-per-file)._`, findings: unlisted });
  }
  const stale = report.staleBaseline ?? [];
  if (stale.length) {
    lines.push({ text: '' }, { text: '#### Stale baseline entries' }, { text: '' }, { text: '| file | place | rule | text |' }, { text: '| --- | --- | --- | --- |' });
    for (const entry of stale) lines.push({ text: `| ${md(entry.path)} | ${md(entry.place)} | ${md(entry.ruleId)} | ${md(entry.text ?? '')} |` });
  }
  return capped(lines, limit);
}

function headline(report: Report): string {
  const { files, errors, warnings, infos, unreadable, baselined } = report.summary;
  const findings = errors + warnings + infos;
  const extra = [unreadable ? `${unreadable} unreadable` : '', baselined ? `${baselined} baselined` : '', report.staleBaseline?.length ? `${report.staleBaseline.length} stale baseline ${plural(report.staleBaseline.length, 'entry', 'entries')}` : '']
    .filter(Boolean)
    .map((part) => `, ${part}`)
    .join('');
  return `${findings} ${plural(findings, 'finding')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}, ${infos} ${plural(infos, 'info')}) in ${files} ${plural(files, 'file')}${extra}`;
}

function summaryRow(file: FileResult, context: FormatContext): string {
  const path = md(fromRoot(file.path, context.paths));
  if (file.error) return `| ${path} | unreadable: ${md(file.error.code)} | | |`;
  const counts = countsOf(file);
  return `| ${path} | ${counts.error} | ${counts.warning} | ${counts.info} |`;
}

/** Whole lines up to `limit` characters, then a note of the findings left out. */
function capped(lines: Line[], limit: number): string {
  const note = (n: number) => `\n_${n} more ${plural(n, 'finding')} not shown: the report is cut at ${limit.toLocaleString('en-US')} characters; see the SARIF or JSON report for all._\n`;
  let left = lines.reduce((n, line) => n + (line.findings ?? 0), 0);
  let out = '';
  for (const line of lines) {
    const next = `${line.text}\n`;
    if (out.length + next.length + note(left).length > limit) return out + note(left);
    out += next;
    left -= line.findings ?? 0;
  }
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
