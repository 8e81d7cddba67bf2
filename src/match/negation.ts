/** How far before a hit a negator may stand, in normalized characters. */
const WINDOW = 8;
const CLAUSE_BREAK = /[,，.。;；!！?？:：\n\u2029]/u;
/** Plain negators, and the verbs consumer-protection notices use to warn against a claim (谨防“零风险”). */
const NEGATORS = [
  '不', '非', '无', '未', '没有', '并非', '绝非', '谨防', '警惕', '严禁', '禁止', '杜绝', '拒绝',
  '打破', '破除', '摒弃', '远离', '防范', '识破', '揭穿',
];
/** Words that begin with a negator character but do not negate. */
const NOT_NEGATORS = new Set([
  '非常', '非凡', '不仅', '不但', '不只', '不光', '不单', '无论', '不管', '不断', '不同', '不少', '不错',
  '不久', '不妨', '未来', '无限', '无忧', '无比', '无数', '无疑', '无需', '无须', '不用',
]);

/** True when a negator stands shortly before `start`, in the same clause (本产品不承诺保本). */
export function isNegated(text: string, start: number): boolean {
  let from = Math.max(0, start - WINDOW);
  for (let i = start - 1; i >= from; i--) {
    if (CLAUSE_BREAK.test(text[i])) {
      from = i + 1;
      break;
    }
  }
  for (let i = from; i < start; i++) {
    const negator = NEGATORS.find((word) => text.startsWith(word, i));
    if (negator && !NOT_NEGATORS.has(text.slice(i, i + 2))) return true;
  }
  return false;
}
