import { UNREADABLE_RULE } from '../fingerprint.js';
import { fromRoot } from '../repo.js';
import type { BaselineEntry, FileResult, Finding, Report } from '../types.js';
import type { FormatContext } from './formats.js';
import { hitText } from './hit.js';
import { placeLabel } from './place.js';
import { visible } from './visible.js';

/**
 * JUnit XML as GitLab and Jenkins read it: a testsuite per file, a testcase per rule of the
 * run, and a failing testcase per finding (named by rule and place, since GitLab keeps one
 * failure per testcase and merges testcases of the same name). An unreadable file is one
 * testcase with an <error>.
 */
export function formatJunit(report: Report, context: FormatContext): string {
  const suites = report.files.map((file) => suite(file, fromRoot(file.path, context.paths), context));
  if (report.staleBaseline?.length) suites.push(staleSuite(report.staleBaseline));
  const count = (key: keyof Counts) => suites.reduce((sum, s) => sum + s.counts[key], 0);
  const head = `<testsuites name="copylint" tests="${count('tests')}" failures="${count('failures')}" errors="${count('errors')}" time="0">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites.flatMap((s) => s.xml), '</testsuites>', ''].join('\n');
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
}

function suite(file: FileResult, path: string, context: FormatContext): { xml: string[]; counts: Counts } {
  const cases: string[] = [];
  let failures = 0;
  if (file.error) {
    const error = `<error type="${attr(file.error.code)}" message="${attr(file.error.message)}">${text(`${file.error.message} (${file.error.code})`)}</error>`;
    cases.push(testcase(path, UNREADABLE_RULE, error));
  } else {
    const byRule = new Map<string, Finding[]>();
    for (const finding of file.findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
    const ruleIds = [...new Set([...context.rules.map((rule) => rule.id), ...byRule.keys()])];
    for (const ruleId of ruleIds) {
      const findings = byRule.get(ruleId) ?? [];
      if (!findings.length) cases.push(testcase(path, ruleId, null));
      for (const finding of findings) cases.push(testcase(path, `${ruleId} ${placeLabel(finding.location)}`, failure(finding)));
      failures += findings.length;
    }
  }
  const counts = { tests: cases.length, failures, errors: file.error ? 1 : 0 };
  const open = `  <testsuite name="${attr(path)}" tests="${counts.tests}" failures="${failures}" errors="${counts.errors}" skipped="0" time="0">`;
  return { xml: [open, ...cases, '  </testsuite>'], counts };
}

/** With --report-stale-baseline: the entries that matched nothing, which fail the run, as failing testcases. */
function staleSuite(entries: readonly BaselineEntry[]): { xml: string[]; counts: Counts } {
  const cases = entries.map((entry) => {
    const what = `${entry.ruleId} ${entry.place} “${entry.text ?? ''}” no longer matches: regenerate the baseline`;
    return testcase(entry.path, `stale baseline entry: ${entry.ruleId} ${entry.place}`.trimEnd(), `<failure type="stale" message="${attr(what)}">${text(what)}</failure>`);
  });
  const open = `  <testsuite name="baseline" tests="${cases.length}" failures="${cases.length}" errors="0" skipped="0" time="0">`;
  return { xml: [open, ...cases, '  </testsuite>'], counts: { tests: cases.length, failures: cases.length, errors: 0 } };
}

function testcase(path: string, name: string, body: string | null): string {
  const open = `    <testcase classname="${attr(path)}" name="${attr(name)}" file="${attr(path)}" time="0"`;
  return body === null ? `${open}/>` : `${open}>\n      ${body}\n    </testcase>`;
}

function failure(finding: Finding): string {
  const hit = hitText(finding);
  const message = hit === null ? finding.message : `${finding.message}：“${hit}”`;
  const lines = [`${placeLabel(finding.location)} ${finding.severity} ${message}`];
  if (finding.context !== null) lines.push(`原文：${finding.context}`);
  if (finding.suggestion) lines.push(`建议：${finding.suggestion}`);
  if (finding.fix) lines.push(finding.fix.replacement ? `替换为：${finding.fix.replacement}` : `删除：${finding.text ?? ''}`);
  lines.push(`依据：${finding.basis}`);
  return `<failure type="${finding.severity}" message="${attr(message)}">${text(lines.join('\n'))}</failure>`;
}

/** Characters XML 1.0 forbids: C0 controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Element text: markup escaped, forbidden characters shown visibly (a lone surrogate becomes U+FFFD). */
function text(value: string): string {
  return value
    .split('\n')
    .map((line) => visible(line.replace(FORBIDDEN, replacement)))
    .join('\n')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;');
}

/** Attribute value: one line, quotes escaped too. */
function attr(value: string): string {
  return text(value.replace(/\r?\n/gu, ' ')).replace(/"/gu, '&quot;').replace(/'/gu, '&apos;');
}

function replacement(ch: string): string {
  return ch.length === 1 && ch >= '\ud800' && ch <= '\udfff' ? '\ufffd' : ch;
}
