import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { checkFile, loadRuleSet } from '../src/check.js';

/**
 * One harness for every fixture document: each `<file>.expected.json` beside a fixture
 * names the exact findings (rule, text, location), suppressed findings, warnings and error
 * code it must give with the fixture pack, which is independent of the built-in packs.
 */
interface Expected {
  error: string | null;
  warnings?: string[];
  findings: Array<{ ruleId: string; text: string | null; location: Record<string, unknown> | null }>;
  /** Findings a suppression comment keeps out of the report, with the comment's reason. */
  suppressed?: Array<{ ruleId: string; text: string | null; location: Record<string, unknown> | null; reason: string | null }>;
}

const root = new URL('../', import.meta.url).pathname;
const sidecars = fg.sync('fixtures/**/*.expected.json', { cwd: root, ignore: ['fixtures/corpus/**'] });
const set = loadRuleSet(['fixtures/packs/fixture-terms.yaml'], root);

describe('fixture documents', () => {
  it('exist', () => expect(sidecars.length).toBeGreaterThan(0));
  for (const sidecar of sidecars) {
    const file = sidecar.replace(/\.expected\.json$/, '');
    it(file, async () => {
      const expected: Expected = JSON.parse(readFileSync(root + sidecar, 'utf8'));
      const result = await checkFile(root + file, set, file);
      expect(result.error?.code ?? null).toBe(expected.error);
      expect(result.warnings).toEqual(expected.warnings ?? []);
      const actual = result.findings.map(({ ruleId, text, location }) => ({ ruleId, text, location }));
      expect(actual).toEqual(expected.findings);
      expect(result.suppressed.map(({ ruleId, text, location, reason }) => ({ ruleId, text, location, reason }))).toEqual(expected.suppressed ?? []);
    });
  }
});
