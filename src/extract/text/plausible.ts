/**
 * How much of a decoded text is common text: the share of its characters that are printable
 * ASCII, line breaks and tabs, or in GB2312's punctuation rows and its first level of hanzi
 * (the 3,755 characters of everyday writing). The right decoding of Chinese copy scores near 1;
 * a wrong one scatters into rare hanzi, Hangul and private use, or loses characters to U+FFFD.
 */
export function plausibility(text: string): number {
  let common = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    total++;
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || COMMON[c] === 1) common++;
  }
  return total === 0 ? 1 : common / total;
}

/** GB2312 rows holding punctuation and full-width forms, and the rows of its first-level hanzi. */
const COMMON_ROWS = [0xa1, 0xa2, 0xa3, ...Array.from({ length: 0xd7 - 0xb0 + 1 }, (_, i) => 0xb0 + i)];

/** 1 for each UTF-16 unit of a common character, decoded once from the GB2312 table itself (unassigned cells decode to private use, left out). */
const COMMON = (() => {
  const bytes: number[] = [];
  for (const row of COMMON_ROWS) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  const table = new Uint8Array(0x10000);
  for (const ch of new TextDecoder('gb18030').decode(Uint8Array.from(bytes))) {
    const c = ch.charCodeAt(0);
    if (c >= 0x80 && c !== 0xfffd && !(c >= 0xe000 && c <= 0xf8ff)) table[c] = 1;
  }
  return table;
})();
