import { compileRuleSet, type RuleSet } from './match/ruleset.js';
import { loadPacks } from './packs/load.js';

export { checkBytes, checkDocument, checkFile, checkSource, describeError, inspectDocument } from './check-file.js';
export type { RuleSet } from './match/ruleset.js';

/** Loads, validates and compiles packs (built-in names, files or folders; none: every built-in pack). */
export function loadRuleSet(packRefs: readonly string[] = [], cwd = process.cwd()): RuleSet {
  return compileRuleSet(loadPacks(packRefs, cwd));
}
