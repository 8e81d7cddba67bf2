import { describe, expect, it } from 'vitest';
import { testExamples } from '../../src/commands/rules.js';
import { loadPacks } from '../../src/packs/load.js';

const root = new URL('../../', import.meta.url).pathname;
const loaded = loadPacks([], root);
const packs = loaded.packs;

describe('built-in packs', () => {
  it('pass every example through the real pipeline (copylint rules test)', async () => {
    const run = testExamples(loaded);
    expect(run.output).toMatch(/^examples: \d+ passed, 0 failed$/m);
    expect(run.failed).toBe(0);
  });

  for (const rule of packs.flatMap((p) => p.rules)) {
    it(`${rule.id} has a Chinese message, a basis and at least 3 flag and 3 pass examples`, () => {
      expect(rule.message).toMatch(/\p{Script=Han}/u);
      expect(rule.basis.length).toBeGreaterThan(2);
      expect(rule.suggestion).toMatch(/\p{Script=Han}/u);
      expect(rule.examples.flag.length).toBeGreaterThanOrEqual(3);
      expect(rule.examples.pass.length).toBeGreaterThanOrEqual(3);
    });
    if (rule.fix) {
      it(`${rule.id} pins what its fix writes with a fix example`, () => {
        expect(rule.examples.fix.some((e) => e.input !== e.output)).toBe(true);
      });
    }
  }
});

/**
 * Articles that ../shared/REGULATIONS.md marks verified or secondary, by document.
 * A basis citing any other article of these documents (or an article of another
 * document) would be an invented citation.
 */
const CITABLE: Array<[RegExp, string[]]> = [
  [/广告法/u, ['第九条', '第十一条', '第十三条', '第二十五条', '第二十八条']],
  [/资产管理业务的指导意见|资管新规/u, ['第二条', '第十九条']],
  [/证券投资基金销售管理办法/u, ['第四十五条']],
  [/存款保险条例/u, ['第四条', '第五条']],
  [/私募投资基金监督管理条例/u, ['第二十条']],
];

describe('built-in pack citations', () => {
  for (const rule of packs.flatMap((p) => p.rules)) {
    it(`${rule.id} cites only articles REGULATIONS.md supports`, () => {
      for (const citation of rule.basis.split(/[；;]/u)) {
        const articles = citation.match(/第[一二三四五六七八九十百]+条/gu) ?? [];
        if (!articles.length) continue;
        const entry = CITABLE.find(([document]) => document.test(citation));
        expect(entry, `"${citation}" cites an article of a document with no verified articles`).toBeDefined();
        for (const article of articles) expect(entry![1]).toContain(article);
      }
    });
  }
});
