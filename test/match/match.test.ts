import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { extractText } from '../../src/extract/text/text.js';
import { compileRuleSet } from '../../src/match/ruleset.js';
import { parsePack } from '../../src/packs/load.js';

function rules(yaml: string) {
  return compileRuleSet(parsePack('t.yaml', Buffer.from(`format: 2\nid: t\nname: T\nversion: 1\nrules:\n${yaml}`)));
}

function hits(set: ReturnType<typeof rules>, text: string): string[] {
  return checkDocument(extractText(Buffer.from(text)), set).findings.map((f) => `${f.ruleId.slice(2)}:${f.text ?? '(document)'}`);
}

const guarantee = rules(`  - id: g
    severity: error
    message: m
    basis: b
    match: { words: [保本, 保本保息, 无风险] }
    unless: [negated, warned-against, part-of: [非保本, 保本浮动收益]]
  - id: deposit
    severity: warning
    message: m
    basis: b
    match: { words: [保本保息存款] }
`);

describe('matching', () => {
  it('reports a rule once per span, the longest of nested hits, and other rules on overlapping spans too', () => {
    expect(hits(guarantee, '保本保息存款')).toEqual(['deposit:保本保息存款', 'g:保本保息']);
  });

  it('exempts a hit only inside an allow phrase', () => {
    expect(hits(guarantee, '非保本浮动收益型')).toEqual([]);
    expect(hits(guarantee, '保本浮动收益型，另有保本')).toEqual(['g:保本']);
  });

  it('exempts a negated hit within the clause, not across a clause break or too far back', () => {
    expect(hits(guarantee, '本产品不承诺保本')).toEqual([]);
    expect(hits(guarantee, '投资并非无风险')).toEqual([]);
    expect(hits(guarantee, '投资者要打破理财产品“保本保息”的思维')).toEqual([]);
    expect(hits(guarantee, '收益不错，保本')).toEqual(['g:保本']);
    expect(hits(guarantee, '不是说这款产品真的很好也保本')).toEqual(['g:保本']);
  });

  it('exempts a phrase quoted only to warn against it, and only then', () => {
    expect(hits(guarantee, '谨防以“保本保息”为名的非法集资')).toEqual([]);
    expect(hits(guarantee, '所谓无风险的高收益，往往是陷阱')).toEqual([]);
    expect(hits(guarantee, '投资者要走出保本思维')).toEqual([]);
    expect(hits(guarantee, '“保本”的想法要不得')).toEqual([]);
    expect(hits(guarantee, '保本预期收益率5%')).toEqual(['g:保本']);
    expect(hits(guarantee, '保本。骗局之外，还有很多好产品')).toEqual(['g:保本']);
    expect(hits(guarantee, '有人在群里以“高收益、无风险”“保本保息，年化20%”等说辞诱导投资')).toEqual([]);
    expect(hits(guarantee, '全年发现并整改“保本”“稳赚”等不当表述47处')).toEqual([]);
    expect(hits(guarantee, '本产品“保本保息”“无风险”，欢迎抢购')).toEqual(['g:保本保息', 'g:无风险']);
  });

  it('does not take words like 非常 or 不仅 for negators', () => {
    expect(hits(guarantee, '非常安全，不仅保本')).toEqual(['g:保本']);
    expect(hits(guarantee, '非常保本')).toEqual(['g:保本']);
    expect(hits(guarantee, '未来保本')).toEqual(['g:保本']);
    expect(hits(guarantee, '存银行不如买这款保本的')).toEqual(['g:保本']);
    expect(hits(guarantee, '并非年化3.5保本')).toEqual([]);
    expect(hits(guarantee, '无风险、保本')).toEqual(['g:无风险', 'g:保本']);
    expect(hits(guarantee, '只赚不亏\n保本理财')).toEqual(['g:保本']);
  });

  it('runs patterns on normalized text and keeps only hits the validator accepts', () => {
    const set = rules(`  - id: card
    severity: error
    message: m
    basis: b
    match: { regex: '(?<![0-9])[0-9]{16,19}(?![0-9])', validate: luhn }
  - id: id
    severity: error
    message: m
    basis: b
    match: { regex: '(?<![0-9])[0-9]{17}[0-9x](?![0-9x])', validate: id-card }
`);
    expect(hits(set, '卡号 4111111111111111，另 4111111111111112')).toEqual(['card:4111111111111111']);
    expect(hits(set, '证件 11010519491231002Ｘ 与 110105194912310021')).toEqual(['id:11010519491231002Ｘ']);
  });

  it('reports a missing required statement once, only when triggered often enough', () => {
    const set = rules(`  - id: wm
    severity: error
    message: m
    basis: b
    require:
      when: { any: [{ words: [理财产品] }, { regex: '起购' }] }
      min: 2
      must: [理财非存款、产品有风险、投资须谨慎]
`);
    expect(hits(set, '本行理财产品，1万元起购。')).toEqual(['wm:(document)']);
    expect(hits(set, '本行理财产品介绍。')).toEqual([]);
    expect(hits(set, '理财产品1万元起购。理财非存款 产品有风险，投资须谨慎')).toEqual([]);
  });
});

describe('the occurrences of one document', () => {
  it('are the same when asked again after their merged lists were let go, sets of single characters too', async () => {
    const { DocumentWords } = await import('../../src/match/occurrences.js');
    const { loadRuleSet } = await import('../../src/check.js');
    const set = loadRuleSet();
    const text = '本产品保本保息，年化收益率4.5%，非保本理财，无风险，不保本。Call 95588 now.';
    const words = new DocumentWords(text, set);
    const asked = () =>
      set.sets.map((s) => {
        const occ = words.of(s);
        return occ ? [...occ.starts].map((start, i) => [start, occ.ends[i]]) : null;
      });
    const first = asked();
    words.forgetMerged();
    expect(asked()).toEqual(first);
    expect(set.sets.some((s, id) => set.charSets[id] && first[id]?.length)).toBe(true);
    expect(first.filter((o) => o && o.length > 1).length).toBeGreaterThan(3);
  });
});
