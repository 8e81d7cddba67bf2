/**
 * Lawful uses of a banned phrase that a reviewer would not flag: the phrase negated
 * (本产品不承诺保本), or quoted only to warn against it (谨防“保本保息”骗局, 打破刚兑思维).
 * Applies to rules with `negation: true`.
 */

const CLAUSE_BREAK = /[,，。;；!！?？\n\u2029]/u;
const SENTENCE_BREAK = /[。;；!！?？\n\u2029]/u;

/** How far before a hit a negator may stand, in normalized characters, within its clause. */
const NEGATION_REACH = 8;
const NEGATORS = [
  '不', '非', '无', '未', '没有', '并非', '绝非', '谨防', '警惕', '严禁', '禁止', '杜绝', '拒绝',
  '打破', '破除', '摒弃', '告别', '远离', '防范', '识破', '揭穿', '请勿', '勿', '当心', '小心',
];
/** Words that begin with a negator character but do not negate what follows. */
const NOT_NEGATORS = new Set([
  '非常', '非凡', '不仅', '不但', '不只', '不光', '不单', '无论', '不管', '不断', '不同', '不少', '不错',
  '不久', '不妨', '未来', '无限', '无忧', '无比', '无数', '无疑', '无需', '无须', '不用', '不如', '不亚',
  '不输', '不逊', '不次', '不低', '勿忘', '不像', '不比', '不动',
]);

/** Cues, earlier in the same sentence, that the phrase is being reported or warned against. */
const WARNING_BEFORE = new RegExp(
  [
    '不要相信', '别相信', '不要轻信', '别信', '不要被', '别被', '理性看待', '打着', '宣称', '声称', '号称', '鼓吹',
    '谎称', '所谓', '吹嘘', '标榜', '许以', '编造', '虚构', '谨防', '警惕', '提防', '识破', '揭穿', '轻信', '切勿',
    '凡是', '诱骗', '骗子', '不法分子', '诈骗', '非法集资', '骗局', '陷阱', '套路', '话术', '不信', '听到', '接到',
  ].join('|'),
  'u',
);
const WARNING_BEFORE_REACH = 24;

/** Cues starting shortly after the phrase, in its clause, that it is a bait or a slogan being exposed. */
const WARNING_AFTER = new RegExp(
  [
    '诱饵', '幌子', '旗号', '噱头', '骗局', '陷阱', '套路', '话术', '圈套', '谎言', '骗子', '诈骗', '非法集资', '名义',
    '为名', '虚假宣传', '违规宣传', '都是假', '是假的', '不可信', '不可靠', '警惕', '多加小心', '要小心', '需小心', '小心',
    '要当心', '当心', '问号', '违法',
    '违规行为', '广告语', '宣传语', '说辞', '说法', '字眼', '[”"』」]等', '[”"』」]的?(?:投资)?承诺', '等用语', '等词语',
    '等绝对化', '等极限', '用语',
  ].join('|'),
  'u',
);
const WARNING_AFTER_REACH = 12;

/** A mindset being argued against: 保本思维, “刚兑”的观念, 保本保息的想法 (but not 保本预期收益). */
const MINDSET_AFTER =
  /^[^,，。;；!！?？\n\u2029]{0,4}?(?:[”"』」]?的?(?:思维|观念|惯性|误区|幻想|迷思|神话|信仰)|(?:[”"』」]的?|的)(?:预期|想法|心理|传统|时代))/u;

/** `claimed` marks characters inside a flagged phrase, which cannot act as negators. */
export function isExempt(text: string, start: number, end: number, claimed?: Uint8Array): boolean {
  return isNegated(text, start, claimed) || isWarnedAgainst(text, start, end);
}

/** True when a negator stands shortly before `start`, in the same clause (本产品不承诺保本). */
export function isNegated(text: string, start: number, claimed?: Uint8Array): boolean {
  const window = before(text, start, NEGATION_REACH, CLAUSE_BREAK);
  const offset = start - window.length;
  for (let i = 0; i < window.length; i++) {
    if (claimed?.[offset + i]) continue;
    const negator = NEGATORS.find((word) => window.startsWith(word, i));
    if (negator && !NOT_NEGATORS.has(text.slice(offset + i, offset + i + 2))) return true;
  }
  return false;
}

export function isWarnedAgainst(text: string, start: number, end: number): boolean {
  if (WARNING_BEFORE.test(before(text, start, WARNING_BEFORE_REACH, SENTENCE_BREAK))) return true;
  const after = text.slice(end, end + WARNING_AFTER_REACH + 8);
  const cue = WARNING_AFTER.exec(after.slice(0, firstBreak(after)));
  return (cue !== null && cue.index <= WARNING_AFTER_REACH) || MINDSET_AFTER.test(after);
}

/** Up to `reach` characters before `start`, cut at the last break. */
function before(text: string, start: number, reach: number, breaks: RegExp): string {
  const from = Math.max(0, start - reach);
  for (let i = start - 1; i >= from; i--) if (breaks.test(text[i])) return text.slice(i + 1, start);
  return text.slice(from, start);
}

function firstBreak(s: string): number {
  for (let i = 0; i < s.length; i++) if (CLAUSE_BREAK.test(s[i])) return i;
  return s.length;
}
