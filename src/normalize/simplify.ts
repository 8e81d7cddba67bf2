import { Converter } from 'opencc-js/t2cn';

type Convert = (s: string) => string;
let convert: Convert | null = null;
const cache = new Map<number, number>();

/**
 * Traditional → simplified, one code point at a time. opencc maps character for
 * character, so converting characters alone keeps every offset valid; phrase
 * modes (軟體 → 软件) would not, and are not needed for matching.
 */
export function simplify(cp: number): number {
  let out = cache.get(cp);
  if (out === undefined) {
    convert ??= Converter({ from: 't', to: 'cn' }) as Convert;
    const converted = convert(String.fromCodePoint(cp));
    const first = converted.codePointAt(0)!;
    out = converted.length === String.fromCodePoint(first).length ? first : cp;
    cache.set(cp, out);
  }
  return out;
}
