export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

export function isDigit(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39;
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);

export function isZeroWidth(cp: number): boolean {
  return ZERO_WIDTH.has(cp);
}

/** Characters that evasions put between the characters of a phrase (after width folding). */
const NOISE = new Set(
  [' ', '\t', '\r', '\n', '\u00a0', '\u3000', '*', '-', '_', '·', '・', '•', '.', '/', '|', '~', '\u2014', '\u2013'].map(
    (c) => c.codePointAt(0)!,
  ),
);

export function isNoise(cp: number): boolean {
  return NOISE.has(cp);
}

/** Full-width ASCII → ASCII, ideographic space → space, ASCII letters → lower case. */
export function foldWidthAndCase(cp: number): number {
  if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;
  else if (cp === 0x3000) return 0x20;
  if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20;
  return cp;
}
