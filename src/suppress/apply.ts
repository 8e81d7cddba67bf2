import { TOOL_RULES, type RuleIds } from '../rule-ids.js';
import type { Finding, Location, Severity, Suppressed } from '../types.js';
import type { Directive } from './directives.js';

const BASIS = 'copylint README, "Suppressing findings"';

interface Resolved extends Directive {
  /** Full ids it covers; 'all' for a comment that names none. */
  rules: Set<string> | 'all';
  /** Each rule id written that names a rule of this run, with the full ids it stands for. */
  named: Array<{ written: string; full: string[] }>;
  /** Full ids whose findings it suppressed. */
  used: Set<string>;
}

/**
 * Findings under a suppression comment are moved to `suppressed` with the comment's reason.
 * The comments themselves are reviewed: one without a reason, one naming no rule, and (when
 * asked) one that suppressed nothing each become a finding of copylint's own rules.
 */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[], ids: RuleIds, reportUnused: boolean) {
  const problems: Finding[] = [];
  const resolved = directives.map((d) => resolveIds(d, ids, problems));
  const kept: Finding[] = [];
  const suppressed: Suppressed[] = [];
  for (const finding of findings) {
    const by = coveringDirective(finding, resolved);
    if (!by) kept.push(finding);
    else {
      by.used.add(finding.ruleId);
      const { ruleId, severity, text, location, context, contextSpan } = finding;
      suppressed.push({ ruleId, severity, text, location, context, contextSpan, reason: by.reason });
    }
  }
  const idleEnables = enablesClosingNothing(resolved);
  for (const d of resolved) {
    if (d.kind && d.kind !== 'enable' && !d.reason) problems.push(toolFinding(d, TOOL_RULES.missingReason, 'warning', `copylint-${d.kind} without a reason`, 'write why after " -- ": copylint-disable-next-line risk-free -- 已经合规审核'));
    if (reportUnused) {
      const unused = idleEnables.has(d) ? 'no copylint-disable before it' : unusedPart(d);
      if (unused) problems.push(toolFinding(d, TOOL_RULES.unusedDisable, 'error', `unused copylint-${d.kind}: ${unused}`, 'remove the comment, or the rule ids it no longer needs'));
    }
  }
  return { kept, suppressed, problems };
}

function resolveIds(d: Directive, ids: RuleIds, problems: Finding[]): Resolved {
  if (!d.kind) {
    problems.push(toolFinding(d, TOOL_RULES.badDirective, 'warning', `unknown comment copylint-${d.name}`, 'write copylint-disable-next-line, copylint-disable or copylint-enable'));
    return { ...d, rules: new Set(), named: [], used: new Set() };
  }
  if (!d.ids.length) return { ...d, rules: 'all', named: [], used: new Set() };
  const rules = new Set<string>();
  const named: Resolved['named'] = [];
  for (const written of d.ids) {
    const full = ids.expand(written);
    if (full?.length) named.push({ written, full });
    if (full) full.forEach((id) => rules.add(id));
    else problems.push(toolFinding(d, TOOL_RULES.badDirective, 'warning', `copylint-${d.kind} names no rule "${written}"${ids.hint(written)}`, 'write rule ids separated by commas, then " -- " and the reason; see "copylint rules list"'));
  }
  return { ...d, rules, named, used: new Set() };
}

const covers = (d: Resolved, ruleId: string) => d.rules === 'all' || d.rules.has(ruleId);
const before = (d: Directive, line: number, column: number) => d.line < line || (d.line === line && d.column < column);

/** The comment that suppresses a finding: one on the line before it, or a disable before it that no enable has closed. */
function coveringDirective(finding: Finding, directives: readonly Resolved[]): Resolved | null {
  if (finding.ruleId.startsWith('copylint/')) return null;
  const at = finding.location;
  if (at && at.line === undefined) return null;
  for (const d of directives) {
    if (!covers(d, finding.ruleId)) continue;
    if (d.kind === 'disable-next-line' && at && d.line + 1 === at.line) return d;
    if (d.kind !== 'disable' || (at && !before(d, at.line!, at.column))) continue;
    const end = closing(d, finding.ruleId, directives);
    // A document-level finding (no location) is suppressed only by a disable that runs to the end of the file.
    const closedBefore = end !== null && (!at || before(end, at.line!, at.column));
    if (!closedBefore) return d;
  }
  return null;
}

/** The first enable after `d` that re-enables `ruleId`. */
function closing(d: Resolved, ruleId: string, directives: readonly Resolved[]): Resolved | null {
  return directives.find((e) => e.kind === 'enable' && before(d, e.line, e.column) && covers(e, ruleId)) ?? null;
}

/** Enables that re-enable no rule a disable before them had turned off. */
function enablesClosingNothing(directives: readonly Resolved[]): Set<Resolved> {
  const idle = new Set<Resolved>();
  let allOff = false;
  const backOn = new Set<string>();
  const off = new Set<string>();
  for (const d of directives) {
    if (d.kind === 'disable') {
      if (d.rules !== 'all') d.rules.forEach((id) => off.add(id));
      else {
        allOff = true;
        backOn.clear();
      }
    }
    if (d.kind !== 'enable') continue;
    if (d.rules === 'all') {
      if (!allOff && !off.size) idle.add(d);
      allOff = false;
      off.clear();
    } else {
      if (![...d.rules].some((id) => off.has(id) || (allOff && !backOn.has(id)))) idle.add(d);
      for (const id of d.rules) {
        off.delete(id);
        if (allOff) backOn.add(id);
      }
    }
  }
  return idle;
}

/** What of a disable comment suppressed nothing, in words; null when all of it was used. */
function unusedPart(d: Resolved): string | null {
  if (!d.kind || d.kind === 'enable') return null;
  if (d.rules === 'all') return d.used.size ? null : 'it suppressed no finding';
  const idle = d.named.filter(({ full }) => !full.some((id) => d.used.has(id))).map(({ written }) => written);
  return idle.length ? `no finding of ${idle.join(', ')} here` : null;
}

function toolFinding(d: Directive, ruleId: string, severity: Severity, message: string, suggestion: string): Finding {
  const location: Location = { line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn };
  return { ruleId, severity, message, basis: BASIS, text: d.text, location, context: d.text, contextSpan: [0, d.text.length], suggestion, fix: null };
}
