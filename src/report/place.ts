import type { Location } from '../types.js';

const PARTS: Record<string, string> = { body: '正文', header: '页眉', footer: '页脚', footnotes: '脚注', endnotes: '尾注', comments: '批注' };
const VARIANTS: Record<string, string> = { first: '(首页)', even: '(偶数页)' };

/** Where a finding is, the way a reviewer looks for it in that kind of document. */
export function placeLabel(location: Location | null): string {
  if (!location) return '全文';
  if (location.part) {
    return `${PARTS[location.part]}${location.variant ? VARIANTS[location.variant] : ''} 第${location.paragraph}段:${location.column}`;
  }
  const lineColumn = `${location.line}:${location.column}`;
  return location.page ? `第${location.page}页 ${lineColumn}` : lineColumn;
}
