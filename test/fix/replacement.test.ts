import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { extractText } from '../../src/extract/text/text.js';
import { fixOf } from '../../src/fix/replacement.js';
import { compileRuleSet } from '../../src/match/ruleset.js';
import type { FixSpec } from '../../src/packs/fix.js';
import { parsePack } from '../../src/packs/load.js';

const mask = (keepStart: number, keepEnd: number, keepFrom: string | null = null): FixSpec => ({ kind: 'mask', text: '*', keepStart, keepEnd, keepFrom, only: null, followedBy: null });
const masked = (spec: FixSpec, shown: string) => fixOf(spec, shown, 0, shown.length, shown)?.replacement ?? null;

describe('a mask', () => {
  it('keeps N leading and trailing letters and digits and masks the rest, separators as they are', () => {
    expect(masked(mask(3, 4), '13812345678')).toBe('138****5678');
    expect(masked(mask(3, 4), '139 1234 5678')).toBe('139 **** 5678');
    expect(masked(mask(4, 4), '4367-4201-2345-6781')).toBe('4367-****-****-6781');
    expect(masked(mask(6, 4), '４４０３０６１９７５０１０１７８９７')).toBe('４４０３０６********７８９７');
  });

  it('keeps the part from `keep-from` on', () => {
    expect(masked(mask(2, 0, '@'), 'Li.Ming@qq.com')).toBe('Li.****@qq.com');
    expect(masked(mask(2, 0, '@'), 'zhangsan')).toBe('zh******');
  });

  it('is no fix when it would mask nothing', () => {
    expect(masked(mask(3, 4), '1381234')).toBeNull();
    expect(masked(mask(3, 4), '12')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(masked(mask(1, 1), '𠮷𠮷𠮷')).toBe('𠮷*𠮷');
  });
});

describe('limits on a fix', () => {
  const spec: FixSpec = { kind: 'delete', text: '', keepStart: 0, keepEnd: 0, keepFrom: null, only: /^(?:国家级)$/u, followedBy: /(?![的])\p{sc=Han}/uy };

  it('applies only to hits that `only` matches whole, followed by what `followed-by` matches', () => {
    expect(fixOf(spec, '国家级品质', 0, 3, '国家级')).toEqual({ replacement: '' });
    expect(fixOf(spec, '国家级的品质', 0, 3, '国家级')).toBeNull();
    expect(fixOf(spec, '达到国家级', 2, 5, '国家级')).toBeNull();
    expect(fixOf(spec, '顶级品质', 0, 2, '顶级')).toBeNull();
    expect(fixOf(null, '国家级品质', 0, 3, '国家级')).toBeNull();
  });
});

describe('findings carry their fix', () => {
  const PACK = `format: 2
id: p
name: P
version: 1
rules:
  - id: best
    severity: error
    message: m
    basis: b
    fix: { delete: true, followed-by: '(?![的])\\p{sc=Han}' }
    match: { words: [国家级] }
  - id: mobile
    severity: warning
    message: m
    basis: b
    fix: { mask: '#', keep-start: 3, keep-end: 4 }
    match: { regex: '1[3-9]\\d{9}' }
`;
  const set = compileRuleSet(parsePack('p.yaml', Buffer.from(PACK)));
  const fixes = (text: string) => checkDocument(extractText(Buffer.from(text)), set).findings.map((f) => [f.text, f.fix]);

  it('per hit: judged on the normalized text, masked from the text as the reader sees it', () => {
    expect(fixes('國 家 級品质，国家级的品质，电话１３８１２３４５６７８')).toEqual([
      ['國 家 級', { replacement: '' }],
      ['国家级', null],
      ['１３８１２３４５６７８', { replacement: '１３８####５６７８' }],
    ]);
  });
});
