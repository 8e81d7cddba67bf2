import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { extractText, plainText } from '../../src/extract/text/text.js';
import { fixBytes, MAX_PASSES } from '../../src/fix/loop.js';
import { fixFile } from '../../src/fix/run.js';
import { compileRuleSet } from '../../src/match/ruleset.js';
import { parsePack } from '../../src/packs/load.js';

/** A pack of rules `id: match → fix`, each a warning. */
function ruleSet(rules: Record<string, [string, string]>) {
  const body = Object.entries(rules)
    .map(([id, [match, fix]]) => `  - id: ${id}\n    severity: warning\n    message: m\n    basis: b\n    match: ${match}\n    fix: ${fix}\n`)
    .join('');
  return compileRuleSet(parsePack('p.yaml', Buffer.from(`format: 2\nid: p\nname: P\nversion: 1\nrules:\n${body}`)));
}

function fixText(text: string, set: ReturnType<typeof ruleSet>) {
  const run = fixBytes(Buffer.from(text), { extract: extractText, visible: plainText, check: (doc) => checkDocument(doc, set) });
  return { text: Buffer.from(run.bytes).toString('utf8'), applied: run.applied, notFixed: run.notFixed.map(({ index, reason }) => [run.found.findings[index].text, reason]) };
}

describe('passes', () => {
  it('applies the first of two overlapping fixes, then the other on the next pass', () => {
    const set = ruleSet({
      a: ["{ regex: '1[3-9]\\d{9}' }", "{ mask: '*', keep-start: 3, keep-end: 4 }"],
      b: ["{ regex: '5678号' }", '{ replace: 5678室 }'],
    });
    expect(fixText('电话13812345678号', set)).toEqual({ text: '电话138****5678室', applied: 2, notFixed: [] });
  });

  it(`stops after ${MAX_PASSES} passes when fixes keep making new hits, and says so`, () => {
    const set = ruleSet({ grow: ['{ words: [预期] }', "{ replace: '预期、' }"] });
    expect(fixText('预期', set)).toEqual({ text: `预期${'、'.repeat(MAX_PASSES)}`, applied: MAX_PASSES, notFixed: [['预期', 'passes']] });
  });

  it('skips a fix that would write what is already there', () => {
    const set = ruleSet({ same: ['{ words: [业绩比较基准] }', '{ replace: 业绩比较基准 }'] });
    expect(fixText('业绩比较基准3%', set)).toEqual({ text: '业绩比较基准3%', applied: 0, notFixed: [] });
  });

  it('replaces the whole span of a hit spread out by spaces or traditional characters', () => {
    const set = ruleSet({ y: ['{ words: [预期收益率] }', '{ replace: 业绩比较基准 }'] });
    expect(fixText('预 期\t收 益 率3%，預期收益率4%', set)).toEqual({ text: '业绩比较基准3%，业绩比较基准4%', applied: 2, notFixed: [] });
  });
});

describe('markdown', () => {
  const set = ruleSet({ best: ['{ words: [国家级] }', '{ delete: true }'], yield: ['{ words: [预期收益率] }', '{ replace: 业绩比较基准 }'] });
  const fixed = async (source: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-fix-'));
    writeFileSync(join(dir, 'a.md'), source);
    const { file } = await fixFile(join(dir, 'a.md'), 'a.md', set, 'write');
    return { text: readFileSync(join(dir, 'a.md'), 'utf8'), notFixed: file.fix!.notFixed.map((n) => `${n.location!.line}:${n.location!.column} ${n.reason}`) };
  };

  it('does not make a fix that would change the markup around it: deleting here would start a list', async () => {
    expect(await fixed('国家级 - 产品\n\n国家级品质\n')).toEqual({ text: '国家级 - 产品\n\n品质\n', notFixed: ['1:1 markup'] });
  });

  it('does not fix a hit split by markup, an entity or an escape, and leaves its text as it was', async () => {
    const source = '预期**收益率**，预期&#25910;益率，预期\\*收益率，**预期收益率**\n';
    expect(await fixed(source)).toEqual({ text: '预期**收益率**，预期&#25910;益率，预期\\*收益率，**业绩比较基准**\n', notFixed: ['1:1 split', '1:11 split', '1:24 split'] });
  });
});
