/**
 * Where UTF-8 is broken: the byte offset and length of the first run of invalid bytes, and how
 * many such runs there are.
 */
export function invalidUtf8(bytes: Uint8Array): { first: number; firstLength: number; count: number } {
  let first = -1;
  let firstLength = 0;
  let count = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    const start = i;
    while (i < bytes.length && sequenceLength(bytes, i) === 0) i++;
    if (first === -1) [first, firstLength] = [start, i - start];
    count++;
  }
  return { first, firstLength, count };
}

/** Length of the valid UTF-8 sequence at `i` (1 to 4), or 0 (overlong forms and surrogates are invalid). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const continuation = (k: number, low = 0x80, high = 0xbf) => i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
  if (b >= 0xc2 && b <= 0xdf) return continuation(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const low = b === 0xe0 ? 0xa0 : 0x80;
    const high = b === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const low = b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}
