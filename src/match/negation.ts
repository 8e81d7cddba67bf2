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
  '不输', '不逊', '不次', '不低', '勿忘', '不像', '不比', '不动', '不亏', '不赔',
]);

/** Cues, earlier in the same sentence, that the phrase is being reported or warned against. */
const WARNING_BEFORE = new RegExp(
  [
    '不要相信', '别相信', '不要轻信', '别信', '不要被', '别被', '理性看待', '打着', '宣称', '声称', '号称', '鼓吹',
    '谎称', '所谓', '吹嘘', '标榜', '许以', '编造', '虚构', '谨防', '警惕', '提防', '识破', '揭穿', '轻信', '切勿',
    '凡是', '诱骗', '骗子', '不法分子', '诈骗', '非法集资', '骗局', '陷阱', '套路', '话术', '不信', '听到', '接到',
    '冒充', '诱导', '整改', '处罚', '被罚', '通报', '曝光',
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
    '违规行为', '广告', '宣传语', '说辞', '说法', '字眼', '[”"』」]等', '[”"』」]的?(?:投资)?承诺', '等用语', '等词语',
    '等绝对化', '等极限', '用语', '诱导', '被罚', '处罚', '整改',
    '^等(?:不当|违规|夸大|误导|虚假)?(?:表述|说法|用语|字眼|词语|宣传|话术|承诺)',
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

/** Cues are looked for around the whole run of quoted slogans a hit stands in (“高收益、无风险”“稳赚不赔”等说辞). */
export function isWarnedAgainst(text: string, start: number, end: number): boolean {
  const [from, to] = quotedRun(text, start, end) ?? [start, end];
  if (WARNING_BEFORE.test(before(text, from, WARNING_BEFORE_REACH, SENTENCE_BREAK))) return true;
  const after = text.slice(to, to + WARNING_AFTER_REACH + 8);
  const cue = WARNING_AFTER.exec(after.slice(0, firstBreak(after)));
  return (cue !== null && cue.index <= WARNING_AFTER_REACH) || MINDSET_AFTER.test(text.slice(end, end + WARNING_AFTER_REACH));
}

const OPENING = '“「『‘';
const CLOSING = '”」』’';
const QUOTE_REACH = 40;
const BETWEEN_QUOTES = '、，,';

/** [start, end) of the run of adjacent quotations the hit lies inside, or null when it is not quoted. */
function quotedRun(text: string, start: number, end: number): [number, number] | null {
  const open = seek(text, start - 1, -1, OPENING, CLOSING);
  const close = seek(text, end, 1, CLOSING, OPENING);
  if (open < 0 || close < 0) return null;
  let from = open;
  let to = close + 1;
  for (;;) {
    const previous = BETWEEN_QUOTES.includes(text[from - 1]) ? from - 2 : from - 1;
    const opening = CLOSING.includes(text[previous]) ? seek(text, previous - 1, -1, OPENING, CLOSING) : -1;
    if (opening < 0) break;
    from = opening;
  }
  for (;;) {
    const next = BETWEEN_QUOTES.includes(text[to]) ? to + 1 : to;
    const closing = OPENING.includes(text[next]) ? seek(text, next + 1, 1, CLOSING, OPENING) : -1;
    if (closing < 0) break;
    to = closing + 1;
  }
  return [from, to];
}

/** Index of the nearest `wanted` character from `at` going `step`, within the sentence and before any `stop`; -1 if none. */
function seek(text: string, at: number, step: 1 | -1, wanted: string, stop: string): number {
  for (let i = at, n = 0; i >= 0 && i < text.length && n < QUOTE_REACH; i += step, n++) {
    if (wanted.includes(text[i])) return i;
    if (stop.includes(text[i]) || SENTENCE_BREAK.test(text[i])) return -1;
  }
  return -1;
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
