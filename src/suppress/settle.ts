import { configuredSeverity, type FileSettings } from '../config/settings.js';
import type { RuleSetting } from '../config/read.js';
import { TOOL_RULES, type RuleIds } from '../rule-ids.js';
import type { Finding, Suppressed } from '../types.js';
import { applyDirectives } from './apply.js';
import type { Directive } from './directives.js';

/**
 * Between findings and report: the config's rule settings (off, or another severity), then
 * the document's suppression comments. Locations are never touched.
 */
export function settle(findings: readonly Finding[], directives: readonly Directive[], settings: FileSettings, ids: RuleIds): { findings: Finding[]; suppressed: Suppressed[] } {
  const configured = withSettings(findings, settings.rules);
  if (!directives.length) return { findings: configured, suppressed: [] };
  const { kept, suppressed, problems } = applyDirectives(configured, directives, ids, settings.reportUnusedDisable);
  // --report-unused-disable wins over a config that turns copylint/unused-disable off.
  const rules = settings.reportUnusedDisable && settings.rules.get(TOOL_RULES.unusedDisable) === 'off' ? withoutRule(settings.rules, TOOL_RULES.unusedDisable) : settings.rules;
  const own = withSettings(problems, rules);
  return { findings: own.length ? [...kept, ...own].sort(byPlace) : kept, suppressed };
}

function withSettings(findings: readonly Finding[], rules: ReadonlyMap<string, RuleSetting>): Finding[] {
  if (!rules.size) return [...findings];
  return findings.flatMap((finding) => {
    const severity = configuredSeverity(rules, finding.ruleId, finding.severity);
    if (severity === null) return [];
    return severity !== finding.severity ? [{ ...finding, severity }] : [finding];
  });
}

function withoutRule(rules: ReadonlyMap<string, RuleSetting>, ruleId: string): ReadonlyMap<string, RuleSetting> {
  const copy = new Map(rules);
  copy.delete(ruleId);
  return copy;
}

/** Line and column order (markdown and text, the formats that have comments); document-level findings last. */
function byPlace(a: Finding, b: Finding): number {
  const [la, lb] = [a.location?.line ?? Infinity, b.location?.line ?? Infinity];
  if (la !== lb) return la - lb;
  return (a.location?.column ?? 0) - (b.location?.column ?? 0);
}
