import { checkDocument } from '../check.js';
import { extractText, plainText } from '../extract/text/text.js';
import { fixBytes } from '../fix/loop.js';
import type { FixSpec } from '../packs/fix.js';
import { compileRuleSet } from '../match/ruleset.js';
import { braced } from '../packs/examples.js';
import type { Loaded, Rule } from '../packs/types.js';
import type { Finding } from '../types.js';
import { describeExpr } from './describe.js';

/** One line a rule: id, severity, message. */
export function listRules({ packs }: Loaded): string {
  return packs
    .map((pack) => {
      const head = `${pack.id} ${pack.version}  ${pack.name}  (${pack.rules.length} rules, ${pack.file})`;
      const width = pack.rules.reduce((w, r) => Math.max(w, r.id.length), 0);
      const rows = pack.rules.map((r) => `  ${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.message}`);
      return [head, ...rows].join('\n');
    })
    .join('\n\n') + '\n';
}

/** Everything about one rule, its lexicons expanded to their words. */
export function showRule(rule: Rule): string {
  const rows: Array<[string, string | null | undefined]> = [
    ['rule', rule.id],
    ['severity', rule.severity],
    ['message', rule.message],
    ['basis', rule.basis],
    ['suggestion', rule.suggestion],
    ['fix', rule.fix ? describeFix(rule.fix) : null],
    ['classes', rule.classes.join(', ') || null],
    ['skips', rule.skipClasses.join(', ') || null],
    ['match', rule.match ? describeExpr(rule.match).join('\n           ').trimStart() : null],
    ['requires', rule.require ? rule.require.must.join(' | ') : null],
    ['when', rule.require?.when ? `${describeExpr(rule.require.when).join('\n           ').trimStart()} (at least ${rule.require.min} distinct)` : null],
    ['flags', rule.examples.flag.map((e) => braced(e.text, e.spans)).join(' | ') || null],
    ['passes', rule.examples.pass.map((e) => braced(e.text, [])).join(' | ') || null],
    ['fixes', rule.examples.fix.map((e) => `${e.input} → ${e.output}`).join(' | ') || null],
    ['cases', rule.cases.join(', ') || null],
    ['defined', `${rule.file}:${rule.line}`],
  ];
  return rows.filter(([, value]) => value).map(([key, value]) => `${key.padEnd(10)} ${value}`).join('\n') + '\n';
}

export interface ExampleRun {
  output: string;
  failed: number;
}

/**
 * Runs every example of every rule through the real pipeline, as a text document checked
 * by its own pack: a flag example must give exactly its braced spans, a pass example none.
 */
export function testExamples(loaded: Loaded): ExampleRun {
  const failures: string[] = [];
  let passed = 0;
  for (const pack of loaded.packs) {
    const set = compileRuleSet({ packs: [pack], library: loaded.library });
    for (const rule of pack.rules) {
      for (const example of rule.examples.flag) {
        const findings = check(example.text, set, rule);
        const got = spansOf(findings, example.text);
        const ok = rule.require ? findings.length > 0 : sameSpans(got, example.spans);
        if (ok) passed++;
        else failures.push(`${rule.file}:${example.line}: ${rule.id}: expected ${rule.require ? 'a document-level finding' : braced(example.text, example.spans)}, got ${describe(findings, got, example.text)}`);
      }
      for (const example of rule.examples.pass) {
        const findings = check(example.text, set, rule);
        if (!findings.length) passed++;
        else failures.push(`${rule.file}:${example.line}: ${rule.id}: expected no finding in ${braced(example.text, [])}, got ${describe(findings, spansOf(findings, example.text), example.text)}`);
      }
      for (const example of rule.examples.fix) {
        const fixed = fixedText(example.input, set, rule);
        if (fixed === example.output) passed++;
        else failures.push(`${rule.file}:${example.line}: ${rule.id}: expected ${example.input} → ${example.output}, got → ${fixed}`);
      }
    }
  }
  const summary = `examples: ${passed} passed, ${failures.length} failed`;
  return { output: [...failures, summary].join('\n') + '\n', failed: failures.length };
}

/** The example once the rule's own fixes are applied, as `copylint check --fix` would apply them to a text file. */
function fixedText(text: string, set: ReturnType<typeof compileRuleSet>, rule: Rule): string {
  const run = fixBytes(Buffer.from(text), { extract: extractText, visible: plainText, check: (doc) => checkDocument(doc, set), select: (f) => f.ruleId === rule.id });
  return Buffer.from(run.bytes).toString('utf8');
}

function describeFix(fix: FixSpec): string {
  const what = fix.kind === 'replace' ? `replace with ${fix.text}` : fix.kind === 'delete' ? 'delete' : `mask with ${fix.text}, keeping ${fix.keepStart} at the start and ${fix.keepEnd} at the end${fix.keepFrom ? ` and from ${fix.keepFrom} on` : ''}`;
  const only = fix.only ? `, only /${fix.only.source.slice(4, -2)}/` : '';
  const next = fix.followedBy ? `, followed by /${fix.followedBy.source}/` : '';
  return what + only + next;
}

function check(text: string, set: ReturnType<typeof compileRuleSet>, rule: Rule): Finding[] {
  return checkDocument(extractText(Buffer.from(text)), set).findings.filter((f) => f.ruleId === rule.id);
}

/** UTF-16 spans of the located findings in the example text (one line, or several). */
function spansOf(findings: Finding[], text: string): Array<[number, number]> {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (line: number, column: number) => {
    let i = starts[line - 1];
    for (let c = 1; c < column; c++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    return i;
  };
  return findings.filter((f) => f.location).map((f) => [offset(f.location!.line!, f.location!.column), offset(f.location!.endLine!, f.location!.endColumn)]);
}

function sameSpans(got: Array<[number, number]>, want: Array<[number, number]>): boolean {
  const key = (spans: Array<[number, number]>) => spans.map(([s, e]) => `${s}-${e}`).sort().join(',');
  return key(got) === key(want);
}

function describe(findings: Finding[], spans: Array<[number, number]>, text: string): string {
  if (!findings.length) return 'no finding';
  if (!spans.length) return 'a document-level finding';
  return braced(text, spans);
}
