import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/**
 * Where a link or image that markdown-it accepted ends, given its label's closing `]`: after
 * `(dest "title")`, after a `[reference]` label, or right after `]` for a shortcut reference.
 * Follows markdown-it 14's link and image rules step for step, since only they know which form won.
 */
export function linkEnd(state: StateInline, labelEnd: number, max: number, isImage: boolean): number {
  let pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 0x28) {
    pos = inlineTailEnd(state, pos + 1, max);
    if (pos < max && state.src.charCodeAt(pos) === 0x29) return pos + 1;
    if (isImage) return labelEnd + 1;
    pos++;
  }
  return referenceEnd(state, pos, labelEnd, max);
}

/** Label end of the `[` at `start` (the index of its `]`), or -1. */
export function labelEndOf(state: StateInline, start: number, max: number, disableNested: boolean): number {
  state.posMax = max;
  return state.md.helpers.parseLinkLabel(state, start, disableNested);
}

/** Position after `  <dest>  "title"  ` inside `( … )`: on the `)` when the inline form is complete. */
function inlineTailEnd(state: StateInline, from: number, max: number): number {
  const { src, md } = state;
  let pos = skipBlank(src, from, max);
  if (pos >= max) return pos;
  const destination = md.helpers.parseLinkDestination(src, pos, max);
  if (!destination.ok) return pos;
  if (md.validateLink(md.normalizeLink(destination.str))) pos = destination.pos;
  const beforeTitle = pos;
  pos = skipBlank(src, pos, max);
  const title = md.helpers.parseLinkTitle(src, pos, max);
  if (pos < max && beforeTitle !== pos && title.ok) pos = skipBlank(src, title.pos, max);
  return pos;
}

function referenceEnd(state: StateInline, pos: number, labelEnd: number, max: number): number {
  if (pos < max && state.src.charCodeAt(pos) === 0x5b) {
    const end = labelEndOf(state, pos, max, false);
    return end >= 0 ? end + 1 : labelEnd + 1;
  }
  return labelEnd + 1;
}

function skipBlank(src: string, from: number, max: number): number {
  let pos = from;
  for (; pos < max; pos++) {
    const c = src.charCodeAt(pos);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a) break;
  }
  return pos;
}
