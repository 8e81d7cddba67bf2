import { pathToFileURL } from 'node:url';
import { FINGERPRINT_KEY, fingerprints, suppressedFingerprints, UNREADABLE_RULE } from '../fingerprint.js';
import { fromRoot, insideRoot } from '../repo.js';
import type { FileResult, Finding, Report, Severity, Suppressed } from '../types.js';
import type { FormatContext, RuleInfo } from './formats.js';
import { hasFileLines, hitText } from './hit.js';
import { escapeMarkdown } from './markdown-escape.js';
import { placeLabel } from './place.js';
import { inertJson } from './visible.js';

/** The OASIS schema the log declares (the 2.1.0 standard with its errata). */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Unreadable files are results of this rule, so that code scanning shows them as alerts (it shows no tool notifications of third-party tools). */
const UNREADABLE: RuleInfo = {
  id: UNREADABLE_RULE,
  packId: 'copylint',
  severity: 'error',
  message: '文件无法读取，未经审查',
  basis: '无法读取的文件（加密、损坏、格式不符）未经任何规则检查，须人工审查或修复后重新检查。',
  suggestion: '按错误提示修复文件（如去除密码、重新导出），或人工审查后将其列入基线。',
  replace: null,
  documentLevel: true,
  classes: [],
};

/** SARIF 2.1.0 as GitHub code scanning ingests it: every rule described, each result at its file and place, with a stable fingerprint. */
export function formatSarif(report: Report, context: FormatContext): string {
  const rules = describedRules(report, context.rules);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = report.files.flatMap((file) => {
    const path = fromRoot(file.path, context.paths);
    const prints = fingerprints(path, file);
    if (file.error) return [unreadableResult(file, path, prints[0], index)];
    const suppressedPrints = suppressedFingerprints(path, file);
    return [
      ...file.findings.map((finding, i) => result(finding, path, prints[i], index)),
      ...file.suppressed.map((entry, i) => suppressedResult(entry, rules, path, suppressedPrints[i], index)),
    ];
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'copylint', version: report.tool.version, semanticVersion: report.tool.version, rules: rules.map(descriptor) } },
        invocations: [{ executionSuccessful: true }],
        columnKind: 'unicodeCodePoints',
        results,
        properties: { packs: report.packs, summary: report.summary },
      },
    ],
  };
  return `${inertJson(JSON.stringify(log, null, 2))}\n`;
}

/** The run's rules, then the unreadable rule, then any rule a finding names that the run's list lacks. */
function describedRules(report: Report, rules: readonly RuleInfo[]): RuleInfo[] {
  const all = [...rules, UNREADABLE];
  const known = new Set(all.map((rule) => rule.id));
  for (const finding of report.files.flatMap((file) => file.findings)) {
    if (known.has(finding.ruleId)) continue;
    known.add(finding.ruleId);
    const { ruleId: id, severity, message, basis, suggestion } = finding;
    all.push({ id, packId: id.split('/')[0], severity, message, basis, suggestion, replace: finding.fix?.replacement ?? null, documentLevel: finding.location === null, classes: [] });
  }
  return all;
}

function descriptor(rule: RuleInfo) {
  const suggestion = rule.suggestion ? [`建议：${rule.suggestion}`] : [];
  const replace = rule.replace ? [`替换为：${rule.replace}`] : [];
  const markdown = [`**${escapeMarkdown(rule.message)}**`, '', `依据：${escapeMarkdown(rule.basis)}`, ...[...suggestion, ...replace].map((line) => `\n${escapeMarkdown(line)}`)];
  const tags = [rule.packId, 'compliance', rule.documentLevel ? 'document-level' : 'passage', ...rule.classes.map((name) => `class:${name}`)];
  return {
    id: rule.id,
    shortDescription: { text: rule.message },
    fullDescription: { text: `${rule.message}。依据：${rule.basis}` },
    help: { text: [rule.message, `依据：${rule.basis}`, ...suggestion, ...replace].join('\n'), markdown: markdown.join('\n') },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags },
  };
}

type SarifResult = Record<string, unknown>;

/** What a result is made of: a finding, or a suppressed one with its rule's message. */
type Reported = Pick<Finding, 'ruleId' | 'severity' | 'message' | 'text' | 'location' | 'context' | 'contextSpan'>;

function result(finding: Reported, path: string, fingerprint: string, index: Map<string, number>): SarifResult {
  const hit = hitText(finding);
  const place = finding.location && !hasFileLines(finding.location) ? `（${placeLabel(finding.location)}）` : '';
  return {
    ruleId: finding.ruleId,
    ruleIndex: index.get(finding.ruleId)!,
    level: LEVEL[finding.severity],
    message: { text: hit === null ? finding.message : `${finding.message}：“${hit}”${place}` },
    locations: [{ physicalLocation: physicalLocation(path, finding) }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
  };
}

/**
 * A finding a suppression comment kept out, as code scanning records one: an in-source
 * suppression with the comment's reason, under the fingerprint it has unsuppressed.
 */
function suppressedResult(entry: Suppressed, rules: readonly RuleInfo[], path: string, fingerprint: string, index: Map<string, number>): SarifResult {
  const rule = rules[index.get(entry.ruleId) ?? -1];
  const message = rule?.message ?? entry.ruleId;
  const finding: Reported = { ...entry, message };
  return {
    ...result(finding, path, fingerprint, index),
    suppressions: [{ kind: 'inSource', ...(entry.reason ? { justification: entry.reason } : {}) }],
  };
}

function unreadableResult(file: FileResult, path: string, fingerprint: string, index: Map<string, number>): SarifResult {
  const { code, message } = file.error!;
  return {
    ruleId: UNREADABLE_RULE,
    ruleIndex: index.get(UNREADABLE_RULE)!,
    level: 'error',
    message: { text: `${UNREADABLE.message}：${message} (${code})` },
    locations: [{ physicalLocation: { artifactLocation: artifact(path) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: { code },
  };
}

/** markdown and text: lines and columns of the file; pdf: lines within the page, and the page; docx: part and paragraph (no lines). */
function physicalLocation(path: string, finding: Reported) {
  const location = finding.location;
  const physical: Record<string, unknown> = { artifactLocation: artifact(path) };
  if (!location) return physical;
  const where = { page: location.page, part: location.part, variant: location.variant, paragraph: location.paragraph };
  const properties = Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined));
  if (location.line !== undefined) {
    physical.region = {
      startLine: location.line,
      startColumn: location.column,
      endLine: location.endLine,
      endColumn: location.endColumn,
      ...(finding.text !== null ? { snippet: { text: finding.text } } : {}),
      ...(Object.keys(properties).length ? { properties } : {}),
    };
  } else physical.properties = { ...properties, column: location.column, endColumn: location.endColumn };
  return physical;
}

/** Relative to the repository root (code scanning resolves it against the checkout), percent-encoded; a file:// URI outside it. */
function artifact(path: string) {
  if (!insideRoot(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
