import { Chalk, type ChalkInstance } from 'chalk';
import type { BaselineEntry, Explanation, FileResult, Finding, Report, Severity } from '../types.js';
import { fixLines } from './fix-lines.js';
import { placeLabel } from './place.js';
import { visible } from './visible.js';

export { placeLabel };

export interface StylishOptions {
  color: boolean;
}

/** Human-readable report for a terminal: grouped by file, wide characters aligned. */
export function formatStylish(report: Report, options: StylishOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const blocks = report.files.filter((file) => file.error || file.findings.length || file.unlisted || file.warnings.length || hasFixLines(file)).map((file) => fileBlock(file, c));
  const stale = report.staleBaseline?.length ? [staleBlock(report.staleBaseline, c)] : [];
  return [...blocks, ...stale, summaryLine(report, c)].join('\n\n') + '\n';
}

function fileBlock(file: FileResult, c: ChalkInstance): string {
  const lines = [c.underline(visible(file.path))];
  if (file.error) lines.push(`  ${c.red('unreadable')}  ${visible(file.error.message)}  ${c.dim(`(${visible(file.error.code)})`)}`);
  for (const warning of file.warnings) lines.push(`  ${c.yellow('warning')}  ${visible(warning)}`);
  const labels = file.findings.map((f) => placeLabel(f.location));
  const width = labels.reduce((w, l) => Math.max(w, displayWidth(l)), 0);
  const blocks = file.findings.map((finding, i) => findingLines(finding, pad(labels[i], width), width, c));
  if (file.unlisted) blocks.push([`  ${c.dim(`… ${unlistedLine(file.unlisted)}`)}`]);
  if (file.fix) blocks.push(fixLines(file.fix, placeLabel, c));
  if (file.explain) blocks.push(explainLines(file.explain, c));
  return [lines, ...blocks].map((block) => block.join('\n')).join('\n');
}

function hasFixLines({ fix }: FileResult): boolean {
  return Boolean(fix && (fix.applied || fix.writeError || fix.notFixed.length));
}

/** With --explain: the document's classes and the hits exemptions kept back, each with why. */
function explainLines({ classes, exempted }: NonNullable<FileResult['explain']>, c: ChalkInstance): string[] {
  const lines = [`  ${c.cyan('类别')} ${classes.length ? classes.map((k) => `${visible(k.name)}（${visible(k.source === 'computed' ? k.signals.join('、') : k.source)}）`).join('  ') : '无'}`];
  for (const hit of exempted) {
    const { condition, kind, lexicon, cue } = hit.exemption;
    const why = `${visible(condition)}: ${kind}${lexicon ? ` $${visible(lexicon)}` : ''}${cue ? ` “${visible(cue)}”` : ''}`;
    lines.push(`  ${c.cyan('豁免')} ${placeLabel(hit.location)}  ${visible(hit.text)}  ${c.dim(visible(hit.ruleId))}  ← ${why}`);
  }
  return lines;
}

/** Which part of the rule matched, with which words: `match.any[2].seq（clause）$guarantee-verb“保证” + $return-noun“收益”`. */
function explained(explain: Explanation): string {
  const words = explain.words.map((w) => `${w.lexicon ? `$${visible(w.lexicon)}` : ''}“${visible(w.text)}”`).join(' + ');
  const scope = explain.scope ? `（${explain.scope}）` : '';
  return `${visible(explain.part)}${scope} ${words || `/${visible(explain.pattern ?? '')}/`}`;
}

function findingLines(finding: Finding, label: string, width: number, c: ChalkInstance): string[] {
  const indent = ' '.repeat(width + 4);
  const head = `  ${c.dim(label)}  ${severityLabel(finding.severity, c)}  ${visible(finding.message)}  ${c.dim(visible(finding.ruleId))}`;
  const lines = [head];
  if (finding.context !== null && finding.contextSpan) lines.push(indent + highlight(finding.context, finding.contextSpan, c));
  if (finding.suggestion) lines.push(`${indent}${c.green('建议')} ${visible(finding.suggestion)}`);
  if (finding.fix) lines.push(finding.fix.replacement ? `${indent}${c.green('替换为')} ${visible(finding.fix.replacement)}` : `${indent}${c.green('删除')} ${visible(finding.text ?? '')}`);
  lines.push(`${indent}${c.dim(`依据 ${visible(finding.basis)}`)}`);
  if (finding.explain) lines.push(`${indent}${c.cyan('匹配')} ${explained(finding.explain)}`);
  return lines;
}

function highlight(context: string, [start, end]: [number, number], c: ChalkInstance): string {
  const hit = visible(context.slice(start, end));
  const marked = c.level > 0 ? c.bold.red(hit) : `>>${hit}<<`;
  return visible(context.slice(0, start)) + marked + visible(context.slice(end));
}

function severityLabel(severity: Severity, c: ChalkInstance): string {
  const text = severity.padEnd(7);
  return severity === 'error' ? c.red(text) : severity === 'warning' ? c.yellow(text) : c.blue(text);
}

/** Columns a label takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `129000 more findings not listed (129000 errors, 0 warnings, 0 infos): …` */
function unlistedLine(unlisted: Record<Severity, number>): string {
  const n = unlisted.error + unlisted.warning + unlisted.info;
  const bySeverity = `${count(unlisted.error, 'error')}, ${count(unlisted.warning, 'warning')}, ${count(unlisted.info, 'info')}`;
  return `${n} more ${n === 1 ? 'finding' : 'findings'} not listed (${bySeverity}): raise --max-findings-per-file to list them`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** With --report-stale-baseline: entries that matched nothing, to be removed by regenerating the baseline. */
function staleBlock(entries: readonly BaselineEntry[], c: ChalkInstance): string {
  const lines = entries.map((entry) => `  ${c.red('stale')}  ${visible(entry.path)}  ${entry.place ? `${visible(entry.place)}  ` : ''}${c.dim(visible(entry.ruleId))}  ${visible(entry.text ?? '')}`);
  return [c.underline('baseline entries that no longer match'), ...lines].join('\n');
}

function summaryLine(report: Report, c: ChalkInstance): string {
  const { errors, warnings, infos, files, unreadable, unlisted, baselined, suppressed } = report.summary;
  const stale = report.staleBaseline?.length ?? 0;
  const problems = errors + warnings + infos;
  const counts = `${count(problems, 'finding')} (${count(errors, 'error')}, ${count(warnings, 'warning')}, ${count(infos, 'info')}) in ${count(files, 'file')}`;
  const dryRun = report.files.some((file) => file.fix?.applied && !file.fix.written);
  const fixed = report.summary.fixed === undefined ? '' : `${report.summary.fixed} ${dryRun ? 'to fix (dry run)' : 'fixed'}`;
  const extra = [
    unreadable ? `${unreadable} unreadable` : '',
    unlisted ? `${unlisted} not listed` : '',
    baselined ? `${baselined} baselined` : '',
    stale ? `${stale} stale baseline ${stale === 1 ? 'entry' : 'entries'}` : '',
    suppressed ? `${suppressed} suppressed` : '',
    fixed,
  ]
    .filter(Boolean)
    .map((part) => `, ${part}`)
    .join('');
  const mark = errors || unreadable || stale ? c.red('✖') : problems ? c.yellow('⚠') : c.green('✔');
  return `${mark} ${counts}${extra}`;
}
