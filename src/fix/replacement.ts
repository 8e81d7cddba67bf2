import type { FixSpec } from '../packs/fix.js';

/**
 * The fix of one hit, or null when the rule has none or limits it to other hits. `normalized`
 * is the matched text with the hit at [start, end); `shown` is the hit as the reader sees it.
 */
export function fixOf(spec: FixSpec | null, normalized: string, start: number, end: number, shown: string): { replacement: string } | null {
  if (!spec) return null;
  if (spec.only && !spec.only.test(normalized.slice(start, end))) return null;
  if (spec.followedBy) {
    spec.followedBy.lastIndex = end;
    if (!spec.followedBy.test(normalized)) return null;
  }
  if (spec.kind !== 'mask') return { replacement: spec.text };
  const masked = mask(shown, spec);
  return masked === shown ? null : { replacement: masked };
}

const COUNTED = /[\p{L}\p{N}]/u;

/** Letters and digits masked but for `keepStart` and `keepEnd` of them; separators stay, so 139 1234 5678 → 139 **** 5678. */
function mask(shown: string, spec: FixSpec): string {
  const cut = spec.keepFrom === null ? -1 : shown.indexOf(spec.keepFrom);
  const head = [...(cut === -1 ? shown : shown.slice(0, cut))];
  const counted = head.flatMap((ch, i) => (COUNTED.test(ch) ? [i] : []));
  const masked = new Set(counted.slice(spec.keepStart, Math.max(spec.keepStart, counted.length - spec.keepEnd)));
  return head.map((ch, i) => (masked.has(i) ? spec.text : ch)).join('') + (cut === -1 ? '' : shown.slice(cut));
}
