import { describe, expect, it } from 'vitest';
import { checkDocument, loadRuleSet } from '../../src/check.js';
import { extractMarkdown } from '../../src/extract/markdown/markdown.js';
import { extractText } from '../../src/extract/text/text.js';
import { compileRuleSet } from '../../src/match/ruleset.js';
import { parsePack } from '../../src/packs/load.js';

const root = new URL('../../', import.meta.url).pathname;
const builtin = loadRuleSet([], root);

const ANTI_FRAUD = '【防范非法集资宣传】不法分子常以“高收益”为诱饵设下骗局，请提高警惕，谨防上当受骗。';
const MARKETING = '鑫享理财产品，业绩比较基准3.5%，1万元起购，欢迎认购！';

function classesOf(text: string, set = builtin, path = ''): string[] {
  return checkDocument(extractMarkdown(Buffer.from(text)), set, path).classes.map((c) => c.name).sort();
}

describe('document classes', () => {
  it('are told from the distinct words of their signals', () => {
    expect(classesOf(ANTI_FRAUD)).toEqual(['anti-fraud-education', 'non-marketing']);
    expect(classesOf(MARKETING)).toEqual(['wealth-marketing']);
  });

  it('cannot be used to evade: marketing with an anti-fraud paragraph appended is still marketing', () => {
    const text = `${MARKETING}\n\n${ANTI_FRAUD}\n`;
    expect(classesOf(text)).toEqual(['wealth-marketing']);
    const rules = checkDocument(extractMarkdown(Buffer.from(text)), builtin).findings.map((f) => f.ruleId);
    expect(rules).toContain('cn-disclosures/wm-risk-statement');
  });

  it('spare a non-marketing document the marketing statement', () => {
    const notice = `${ANTI_FRAUD}理财产品的业绩比较基准不是预期收益率，不代表产品的未来表现。`;
    expect(classesOf(notice)).toEqual(['anti-fraud-education', 'non-marketing']);
    expect(checkDocument(extractMarkdown(Buffer.from(notice)), builtin).findings.map((f) => f.ruleId)).not.toContain('cn-disclosures/wm-risk-statement');
  });

  it('declared in front matter are added like computed ones, so except still holds', () => {
    expect(classesOf(`---\ncopylint-class: news-report\n---\n\n某银行理财经理走访社区。\n`)).toEqual(['news-report', 'non-marketing']);
    expect(classesOf(`---\ncopylint-class: [news-report]\n---\n\n${MARKETING}\n`)).toEqual(['wealth-marketing']);
  });

  it('declared by a pack glob are the team\'s setting, taken as they are', () => {
    const yaml = 'format: 2\nid: t\nname: T\nversion: 1\nclassify:\n  - files: "press/**"\n    classes: [news-report]\nrules:\n  - id: r\n    severity: warning\n    message: m\n    basis: b\n    skip-classes: [news-report]\n    match: { words: [保本] }\n';
    const set = compileRuleSet(parsePack('t.yaml', Buffer.from(yaml)));
    expect(classesOf(MARKETING, set, 'press/2024/item.md')).toContain('news-report');
    expect(checkDocument(extractText(Buffer.from('保本')), set, 'press/a.txt').findings).toEqual([]);
    expect(checkDocument(extractText(Buffer.from('保本')), set, 'ads/a.txt').findings.map((f) => f.text)).toEqual(['保本']);
  });

  it('group classes: a document is in the group when it is in any of its classes', () => {
    expect(classesOf(`---\ncopylint-class: prospectus\n---\n\n本基金合同生效。\n`)).toContain('non-marketing');
    expect(classesOf(MARKETING)).not.toContain('non-marketing');
  });

  it('need two ways of calling to buy for marketing, and a call quoted in a warning is none', () => {
    expect(classesOf('理财产品1万元起购，欢迎来电。')).toEqual(['wealth-marketing']);
    expect(classesOf('谨防以“限时抢购”“欢迎认购”为名推销的理财产品。')).not.toContain('wealth-marketing');
  });

  it('count overlapping signals of one part once, and quoted calls not at all', () => {
    expect(classesOf('本行理财产品限时抢购')).not.toContain('wealth-marketing');
    expect(classesOf('以下表述禁止使用：“限时”“欢迎认购”。本行理财产品')).not.toContain('wealth-marketing');
    expect(classesOf('本行理财产品限时抢购，欢迎认购')).toContain('wealth-marketing');
  });

  it('limit rules: classes and skip-classes', () => {
    const yaml = 'format: 2\nid: t\nname: T\nversion: 1\nrules:\n  - id: only\n    severity: warning\n    message: m\n    basis: b\n    classes: [wealth-marketing]\n    match: { words: [名额有限] }\n';
    const set = compileRuleSet(parsePack('t.yaml', Buffer.from(yaml)));
    expect(checkDocument(extractText(Buffer.from(`${MARKETING}名额有限`)), set).findings).toHaveLength(1);
    expect(checkDocument(extractText(Buffer.from('讲座名额有限')), set).findings).toHaveLength(0);
  });
});
