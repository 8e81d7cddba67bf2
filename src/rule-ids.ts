/** copylint's own rules, about suppression comments; a config can set their severity like any rule's. */
export const TOOL_RULES = {
  missingReason: 'copylint/missing-reason',
  unusedDisable: 'copylint/unused-disable',
  badDirective: 'copylint/bad-directive',
} as const;

/**
 * The rule ids a run knows, and what a written id stands for: a full id (`cn-financial/risk-free`)
 * itself, a short id (`risk-free`) every loaded rule of that id.
 */
export class RuleIds {
  private readonly full: Set<string>;
  private readonly packs: Set<string>;
  private readonly byShort = new Map<string, string[]>();

  constructor(ruleIds: readonly string[]) {
    const all = [...ruleIds, ...Object.values(TOOL_RULES)];
    this.full = new Set(all);
    this.packs = new Set(all.map((id) => id.slice(0, id.indexOf('/'))));
    for (const id of all) {
      const short = id.slice(id.indexOf('/') + 1);
      this.byShort.set(short, [...(this.byShort.get(short) ?? []), id]);
    }
  }

  /**
   * The full ids `written` stands for; an empty list for a full id of a pack this run did not
   * load (a config may name rules of packs another run loads); null when it names no rule.
   */
  expand(written: string): string[] | null {
    const slash = written.indexOf('/');
    if (slash === -1) return this.byShort.get(written) ?? null;
    if (this.full.has(written)) return [written];
    return this.packs.has(written.slice(0, slash)) ? null : [];
  }

  /** ` (did you mean x?)` for a near miss. */
  hint(written: string): string {
    const short = written.slice(written.indexOf('/') + 1);
    const near = [...this.byShort.keys()].find((s) => s.startsWith(short.slice(0, 4)) || short.startsWith(s.slice(0, 4)));
    return near ? ` (did you mean ${this.byShort.get(near)![0]}?)` : '';
  }
}

const known = new WeakMap<object, RuleIds>();

/** The rule ids of a run's rule set, worked out once. */
export function ruleIdsOf(set: { packs: ReadonlyArray<{ rules: ReadonlyArray<{ id: string }> }> }): RuleIds {
  let ids = known.get(set);
  if (!ids) known.set(set, (ids = new RuleIds(set.packs.flatMap((pack) => pack.rules.map((rule) => rule.id)))));
  return ids;
}
