// Which real cases (fixtures/real-cases.yaml) each built-in rule catches (see test/cases.mjs).
// Prints the table; with --write, sets each rule's `cases:` field to it; with --missed, lists the
// phrases no rule flags. Run: npm run build && node test/bench/cases.mjs [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { checkBytes, loadRuleSet } from '../../dist/check.js';
import { casesByRule, readCases } from '../cases.mjs';

const root = new URL('../../', import.meta.url).pathname;

/** The rule's file and the lines of its mapping (a rule file of its own, or one rule of a pack file). */
function ruleSegment(lines, shortId) {
  const start = lines.findIndex((l) => new RegExp(`^(\\s*- |)id: ${shortId}$`).test(l));
  if (start < 0) throw new Error(`rule ${shortId} not found`);
  const indent = lines[start].startsWith('  - ') ? '    ' : '';
  let end = lines.findIndex((l, i) => i > start && /^\s*- id: /.test(l) && lines[start].startsWith('  - '));
  if (end < 0) end = lines.length;
  return { start, end, indent };
}

function writeCases(ruleId, ids) {
  const [pack, shortId] = ruleId.split('/');
  const path = [`${root}rules/${pack}/rules/${shortId}.yaml`, `${root}rules/${pack}.yaml`].find((p) => {
    try { return readFileSync(p, 'utf8').includes(`id: ${shortId}`); } catch { return false; }
  });
  const lines = readFileSync(path, 'utf8').split('\n');
  const { start, end, indent } = ruleSegment(lines, shortId);
  const line = `${indent}cases: [${ids.join(', ')}]`;
  const existing = lines.findIndex((l, i) => i > start && i < end && l.startsWith(`${indent}cases:`));
  if (existing >= 0) lines[existing] = line;
  else {
    const after = ['skip-classes:', 'classes:', 'suggestion:', 'basis:'].map((k) => lines.findIndex((l, i) => i > start && i < end && l.startsWith(`${indent}${k}`))).find((i) => i >= 0);
    lines.splice(after + 1, 0, line);
  }
  writeFileSync(path, lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const set = loadRuleSet([], root);
  const cases = readCases(root);
  const flaggedBy = async (phrase) => (await checkBytes(Buffer.from(phrase), 'text', set)).filter((f) => f.location).map((f) => f.ruleId);
  const { byRule, missed, phrases } = await casesByRule(cases, flaggedBy);
  for (const [ruleId, ids] of byRule) console.log(`${ruleId.padEnd(44)} ${ids.length} cases`);
  console.log(`${cases.length} cases, ${phrases} phrases; ${phrases - missed.length} flagged alone`);
  if (process.argv.includes('--missed')) console.log(missed.map((m) => `  missed ${m}`).join('\n'));
  if (process.argv.includes('--write')) for (const [ruleId, ids] of byRule) writeCases(ruleId, ids);
}
