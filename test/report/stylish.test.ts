import { describe, expect, it } from 'vitest';
import { formatStylish, placeLabel } from '../../src/report/stylish.js';
import type { Finding, Report } from '../../src/types.js';

const finding: Finding = {
  ruleId: 'p/r', severity: 'error', message: '承诺保本', basis: '广告法', text: '保本',
  location: { line: 12, column: 3, endLine: 12, endColumn: 5 }, context: '本产品保本。', contextSpan: [3, 5],
  suggestion: '删除', fix: null,
};
const report = (findings: Finding[]): Report => ({
  tool: { name: 'copylint', version: '0.1.0' }, packs: [],
  files: [{ path: 'a.md', format: 'markdown', error: null, warnings: [], findings }],
  summary: { files: 1, errors: findings.length, warnings: 0, infos: 0, unreadable: 0 },
});

describe('stylish', () => {
  it('marks the hit without colour, and colours it with', () => {
    const plain = formatStylish(report([finding]), { color: false });
    expect(plain).not.toMatch(/\u001b\[/);
    expect(plain).toContain('本产品>>保本<<。');
    const coloured = formatStylish(report([finding]), { color: true });
    expect(coloured).toMatch(/\u001b\[31m/);
    expect(coloured).not.toContain('>>保本<<');
  });

  it('pads place labels by display width so Chinese labels line up', () => {
    const docx = { ...finding, location: { part: 'header' as const, variant: 'first' as const, paragraph: 1, column: 5, endColumn: 7 } };
    const lines = formatStylish(report([docx, finding]), { color: false }).split('\n');
    const severityColumn = (line: string) => {
      const at = line.indexOf('error');
      return [...line.slice(0, at)].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
    };
    const heads = lines.filter((l) => l.includes('p/r'));
    expect(heads).toHaveLength(2);
    expect(severityColumn(heads[0])).toBe(severityColumn(heads[1]));
  });

  it('labels places the way a reviewer finds them', () => {
    expect(placeLabel({ line: 3, column: 5, endLine: 3, endColumn: 9 })).toBe('3:5');
    expect(placeLabel({ page: 2, line: 3, column: 5, endLine: 3, endColumn: 9 })).toBe('第2页 3:5');
    expect(placeLabel({ part: 'footer', paragraph: 4, column: 1, endColumn: 3 })).toBe('页脚 第4段:1');
    expect(placeLabel({ part: 'header', variant: 'even', paragraph: 1, column: 2, endColumn: 3 })).toBe('页眉(偶数页) 第1段:2');
    expect(placeLabel(null)).toBe('全文');
  });
});
