// Which real cases (fixtures/real-cases.yaml) each rule catches: a rule catches a case when it
// flags one of the case's phrases, checked alone as plain text. Shared by
// test/real-cases.test.ts (on src/) and test/bench/cases.mjs (on dist/).
import { readFileSync } from 'node:fs';
import YAML from 'yaml';

export function readCases(root) {
  return YAML.parse(readFileSync(`${root}fixtures/real-cases.yaml`, 'utf8')).cases;
}

/**
 * @param {Array<{id: string, phrases: string[]}>} cases
 * @param {(phrase: string) => Promise<string[]>} flaggedBy the ids of the rules that flag a phrase at a place
 * @returns {Promise<{byRule: Map<string, string[]>, missed: string[], phrases: number}>}
 */
export async function casesByRule(cases, flaggedBy) {
  const byRule = new Map();
  const missed = [];
  let phrases = 0;
  for (const c of cases) {
    for (const phrase of c.phrases) {
      phrases++;
      const rules = await flaggedBy(phrase);
      if (!rules.length) missed.push(`${c.id} ${phrase}`);
      for (const id of rules) byRule.set(id, new Set([...(byRule.get(id) ?? []), c.id]));
    }
  }
  const sorted = [...byRule].map(([id, s]) => [id, [...s].sort()]).sort(([a], [b]) => a.localeCompare(b));
  return { byRule: new Map(sorted), missed, phrases };
}
