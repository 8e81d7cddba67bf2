import { checkBytes } from '../check.js';
import { compileRuleSet } from '../match/ruleset.js';
import type { Pack, Rule } from '../packs/types.js';

/** One line a rule: id, severity, message. */
export function listRules(packs: readonly Pack[]): string {
  return packs
    .map((pack) => {
      const head = `${pack.id} ${pack.version}  ${pack.name}  (${pack.rules.length} rules, ${pack.file})`;
      const width = Math.max(...pack.rules.map((r) => r.id.length));
      const rows = pack.rules.map((r) => `  ${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.message}`);
      return [head, ...rows].join('\n');
    })
    .join('\n\n') + '\n';
}

export function showRule(rule: Rule): string {
  const rows: Array<[string, string | null | undefined]> = [
    ['rule', rule.id],
    ['severity', rule.severity],
    ['message', rule.message],
    ['basis', rule.basis],
    ['suggestion', rule.suggestion],
    ['replace', rule.replace],
    ['terms', rule.terms.join('、') || null],
    ['patterns', rule.patterns.map((p) => `/${p.regexp.source}/`).join('  ') || null],
    ['validate', rule.validate],
    ['allow', rule.allow.join('、') || null],
    ['negation', rule.negation ? 'a negator shortly before the hit, in the same clause, exempts it' : null],
    ['requires', rule.require ? rule.require.must.join(' | ') : null],
    ['when', rule.require ? [...rule.require.whenTerms, ...rule.require.whenPatterns.map((p) => `/${p.regexp.source}/`)].join('、') + ` (at least ${rule.require.min})` : null],
    ['flags', rule.examples.flag.map((e) => e.text).join(' | ') || null],
    ['passes', rule.examples.pass.map((e) => e.text).join(' | ') || null],
    ['defined', `${rule.file}:${rule.line}`],
  ];
  return rows.filter(([, value]) => value).map(([key, value]) => `${key.padEnd(10)} ${value}`).join('\n') + '\n';
}

export interface ExampleRun {
  output: string;
  failed: number;
}

/** Runs every example of every rule through the real pipeline, as a text document checked by its own pack. */
export async function testExamples(packs: readonly Pack[]): Promise<ExampleRun> {
  const failures: string[] = [];
  let passed = 0;
  for (const pack of packs) {
    const set = compileRuleSet([pack]);
    for (const rule of pack.rules) {
      for (const [kind, examples] of [['flag', rule.examples.flag], ['pass', rule.examples.pass]] as const) {
        for (const example of examples) {
          const findings = (await checkBytes(Buffer.from(example.text), 'text', set)).filter((f) => f.ruleId === rule.id);
          const ok = kind === 'flag' ? findings.length > 0 : findings.length === 0;
          if (ok) passed++;
          else failures.push(`${rule.file}:${example.line}: ${rule.id}: expected ${kind === 'flag' ? 'a finding' : 'no finding'} in "${example.text}", got ${describeFindings(findings)}`);
        }
      }
    }
  }
  const summary = `examples: ${passed} passed, ${failures.length} failed`;
  return { output: [...failures, summary].join('\n') + '\n', failed: failures.length };
}

function describeFindings(findings: Array<{ text: string | null }>): string {
  if (!findings.length) return 'none';
  return findings.map((f) => (f.text === null ? 'a document-level finding' : `"${f.text}"`)).join(', ');
}
