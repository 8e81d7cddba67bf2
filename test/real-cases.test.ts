import { describe, expect, it } from 'vitest';
import { checkBytes, loadRuleSet } from '../src/check.js';
import { casesByRule, readCases } from './cases.mjs';

/**
 * fixtures/real-cases.yaml: copy that regulators fined or condemned, as their sources quote it.
 * Each built-in rule names, in `cases`, exactly the cases it catches (a phrase of the case flagged
 * alone); `node test/bench/cases.mjs --write` sets them after the packs change.
 */
const root = new URL('../', import.meta.url).pathname;
const cases: Array<Record<string, unknown> & { id: string; phrases: string[]; families: string[] }> = readCases(root);
const set = loadRuleSet([], root);
const CATEGORIES = ['wealth', 'fund', 'insurance', 'loan', 'credit-card', 'deposit', 'p2p', 'private-fund'];

describe('the real-case table', () => {
  it('holds at least 80 sourced cases across every kind of financial copy', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      for (const key of ['url', 'date', 'authority', 'article', 'category']) expect(c[key], `${c.id}.${key}`).toBeTruthy();
      expect(String(c.url), c.id).toMatch(/^https?:\/\//);
      expect(c.phrases.length, c.id).toBeGreaterThan(0);
      expect(c.families.length, c.id).toBeGreaterThan(0);
    }
    const categories = new Set(cases.map((c) => c.category));
    for (const category of CATEGORIES) expect(categories, category).toContain(category);
  });

  it("is named in each rule's cases: exactly the cases the rule catches", async () => {
    const flaggedBy = async (phrase: string) => (await checkBytes(Buffer.from(phrase), 'text', set)).filter((f) => f.location).map((f) => f.ruleId);
    const { byRule } = await casesByRule(cases, flaggedBy);
    const named = new Map(set.rules.filter((r) => r.cases.length).map((r) => [r.id, r.cases]));
    expect(Object.fromEntries(named)).toEqual(Object.fromEntries(byRule));
  });
});
