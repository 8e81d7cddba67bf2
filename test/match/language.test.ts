import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { extractText } from '../../src/extract/text/text.js';
import { compileRuleSet } from '../../src/match/ruleset.js';
import { parsePack } from '../../src/packs/load.js';

/** A pack of one warning rule with this match (and unless), plus any lexicon. */
function rule(match: string, extra = '', lexicon = '') {
  const yaml = `format: 2\nid: t\nname: T\nversion: 1\n${lexicon ? `lexicon:\n${lexicon}` : ''}rules:\n  - id: r\n    severity: warning\n    message: m\n    basis: b\n    match:\n${match}${extra}`;
  return compileRuleSet(parsePack('t.yaml', Buffer.from(yaml)));
}

function hits(set: ReturnType<typeof rule>, text: string): string[] {
  return checkDocument(extractText(Buffer.from(text)), set).findings.map((f) => f.text!);
}

describe('seq', () => {
  const set = rule('      seq: [$verb, $noun]\n      within: 4\n', '', '  verb: [保证, 承诺]\n  noun: [收益, 回报]\n');

  it('finds a word of each list in order, at most `within` apart, nearest first', () => {
    expect(hits(set, '本产品保证收益')).toEqual(['保证收益']);
    expect(hits(set, '保证年化的收益')).toEqual(['保证年化的收益']);
    expect(hits(set, '保证今年全年的收益')).toEqual([]);
    expect(hits(set, '收益有保证')).toEqual([]);
  });

  it('stays in one unit of its scope', () => {
    expect(hits(set, '我们保证，收益稳定')).toEqual([]);
  });

  it('takes a gap for each part after the first', () => {
    const gaps = rule('      seq: [监管, 批准, 安全]\n      within: [1, 10]\n      scope: sentence\n');
    expect(hits(gaps, '监管部门批准发行，资金十分安全')).toEqual([]);
    expect(hits(gaps, '经监管批准发行，资金十分安全')).toEqual(['监管批准发行，资金十分安全']);
  });
});

describe('near', () => {
  const set = rule('      near: [[无抵押, 无担保], [贷款, 放款]]\n      within: 6\n');

  it('finds the other words on either side of the first', () => {
    expect(hits(set, '无抵押当天放款')).toEqual(['无抵押当天放款']);
    expect(hits(set, '贷款无抵押')).toEqual(['贷款无抵押']);
    expect(hits(set, '无抵押登记')).toEqual([]);
  });
});

describe('all', () => {
  const set = rule(
    '      all:\n        - words: [名额有限]\n        - words: [认购, 起购]\n          unless: [negated]\n      scope: sentence\n',
  );

  it('reports the first part only where every other part matches in the same unit', () => {
    expect(hits(set, '1万元起购，名额有限')).toEqual(['名额有限']);
    expect(hits(set, '讲座名额有限。1万元起购')).toEqual([]);
  });

  it('does not count a context part that its own exemption holds back', () => {
    expect(hits(set, '不可认购，名额有限')).toEqual([]);
  });

  it('with ordered, wants the other parts after the first', () => {
    const ordered = rule('      all:\n        - words: [理财]\n        - regex: "年化\\\\d+%"\n      ordered: true\n      scope: document\n');
    expect(hits(ordered, '理财年化5%')).toEqual(['理财']);
    expect(hits(ordered, '年化5%的理财')).toEqual([]);
  });
});

describe('regex', () => {
  it('expands $lexicon references and runs only on units holding an anchor', () => {
    const set = rule("      regex: '$noun高达\\d+%'\n", '', '  noun: [收益, 回报]\n');
    expect(hits(set, '收益高达8%，回报高达9%')).toEqual(['收益高达8%', '回报高达9%']);
    expect(set.rules[0].match!.kind === 'regex' && set.rules[0].match!.anchors?.words).toEqual(['高达']);
  });

  it('has no anchors when none can be told, and then runs everywhere', () => {
    const set = rule("      regex: '\\d{11}'\n");
    expect(hits(set, '电话13812345678')).toEqual(['13812345678']);
  });
});

describe('any, and one finding per phrase', () => {
  it('merges a rule\'s overlapping hits into their union', () => {
    const set = rule('      any:\n        - seq: [收益, 翻倍]\n          within: 2\n        - seq: [翻倍, 不是梦]\n');
    expect(hits(set, '收益轻松翻倍不是梦')).toEqual(['收益轻松翻倍不是梦']);
  });
});

describe('unless', () => {
  const words = (unless: string) => rule('      words: [保本]\n', `    unless: ${unless}\n`);

  it('before and after: a cue in the same unit, within the distance', () => {
    expect(hits(words('[{ before: [不承诺], within: 2 }]'), '本产品不承诺保本')).toEqual([]);
    expect(hits(words('[{ before: [不承诺], within: 2 }]'), '不承诺本产品保本')).toEqual(['保本']);
    expect(hits(words('[{ before: [不承诺], within: 2 }]'), '不承诺，保本')).toEqual(['保本']);
    expect(hits(words('[{ after: [骗局], within: 4 }]'), '保本是骗局')).toEqual([]);
    expect(hits(words('[{ around: [骗局] }]'), '骗局：保本')).toEqual(['保本']);
    expect(hits(words('[{ around: [骗局], scope: sentence }]'), '骗局：保本')).toEqual([]);
  });

  it('before and after are measured from the run of quotations the hit stands in', () => {
    expect(hits(words('[{ after: [等说辞], within: 0 }]'), '以“高收益”“保本”等说辞诱导')).toEqual([]);
  });

  it('except: a cue inside a longer word is no cue', () => {
    expect(hits(words('[{ before: [不], within: 4, except: [不仅] }]'), '不仅保本')).toEqual(['保本']);
    expect(hits(words('[{ before: [不], within: 4, except: [不仅] }]'), '不保本')).toEqual([]);
  });

  it('outside-hits: a cue that is part of another flagged word counts for nothing', () => {
    const set = rule('      words: [保本, 无风险]\n', '    unless: [{ before: [无], within: 8, outside-hits: true }]\n');
    expect(hits(set, '无风险、保本')).toEqual(['无风险', '保本']);
    expect(hits(set, '无保本')).toEqual([]);
  });

  it('inside: a word between the parts of the hit', () => {
    const set = rule('      seq: [银行, 兜底]\n      within: 3\n', '    unless: [inside: [不]]\n');
    expect(hits(set, '银行不兜底')).toEqual([]);
    expect(hits(set, '银行来兜底')).toEqual(['银行来兜底']);
  });

  it('part-of: the hit, or one of its words, inside a lawful phrase', () => {
    expect(hits(words('[part-of: [非保本]]'), '非保本浮动收益型')).toEqual([]);
    const set = rule('      seq: [保证, 收益]\n      within: 6\n', '    unless: [part-of: [保证金]]\n');
    expect(hits(set, '保证金账户的收益')).toEqual([]);
    expect(hits(set, '保证账户的收益')).toEqual(['保证账户的收益']);
  });

  it('quoted: the hit stands inside quotation marks in its sentence', () => {
    const set = rule('      words: [手慢无]\n', '    unless: [{ quoted: true }]\n');
    expect(hits(set, '禁用语包括“错过再等一年”“手慢无”。')).toEqual([]);
    expect(hits(set, '「手慢无」')).toEqual([]);
    expect(hits(set, '额度不多，手慢无！')).toEqual(['手慢无']);
    expect(hits(set, '他说“快”。额度不多，手慢无')).toEqual(['手慢无']);
  });

  it('shared exemptions of the base lexicon, by name', () => {
    expect(hits(words('[negated, warned-against]'), '本产品并不保本')).toEqual([]);
    expect(hits(words('[negated, warned-against]'), '谨防以“保本”为名的骗局')).toEqual([]);
    expect(hits(words('[negated, warned-against]'), '本产品保本')).toEqual(['保本']);
  });
});
