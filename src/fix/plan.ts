import type { Place } from '../findings.js';
import { BLOCK_BREAK, type Extracted, type Finding } from '../types.js';

/** One change to the decoded source: [start, end) becomes `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Why a finding's fix was not applied: its text is not one plain run of the source (`split`),
 * writing it would change the text around it (`markup`), another fix overlapped it (`overlap`,
 * tried again next pass), fixes kept changing the file (`passes`), or the file is a docx or pdf.
 */
export type NotFixedReason = 'split' | 'markup' | 'overlap' | 'passes' | 'format';

export interface Plan {
  /** In source order, none overlapping, each checked to change the visible text as intended. */
  edits: Edit[];
  /** The source with the edits made. */
  source: string;
  notFixed: Array<{ index: number; reason: NotFixedReason }>;
}

/** A document's findings (as reported: after the config's settings and suppression comments) and where each stands. */
export interface Checked {
  findings: Finding[];
  places: Array<Place | null>;
}

export interface PlanOptions {
  /** The visible text of a source, as the extractor makes it: a fix must change it only where it says. */
  visible: (source: string) => string;
  /** Markdown: the replacement with its markup characters escaped, tried when it does not read right as it is. */
  escape?: (text: string) => string;
  select?: (finding: Finding) => boolean;
}

/** One pass: the fixes to apply, the first of any overlapping ones winning (ESLint does the same). */
export function planPass(doc: Extracted, found: Checked, options: PlanOptions): Plan {
  const notFixed: Plan['notFixed'] = [];
  const chosen: Candidate[] = [];
  found.findings.forEach((finding, index) => {
    const place = found.places[index];
    if (!finding.fix || !place || (options.select && !options.select(finding))) return;
    // A fix that would write what is already there changes nothing, and would never settle.
    if (doc.source.slice(place.sourceStart, place.sourceEnd) === finding.fix.replacement) return;
    if (!plainRun(doc, place)) notFixed.push({ index, reason: 'split' });
    else if (chosen.length && place.sourceStart < chosen[chosen.length - 1].place.sourceEnd) notFixed.push({ index, reason: 'overlap' });
    else chosen.push({ index, place, replacement: finding.fix.replacement, forms: forms(finding.fix.replacement, options) });
  });
  for (const candidate of chosen) if (candidate.forms.length > 1) candidate.forms = preferredFirst(doc, candidate, options);
  const accepted: Accepted[] = [];
  settle(doc, chosen, accepted, options, notFixed);
  const edits = accepted.map(({ place, form }) => ({ start: place.sourceStart, end: place.sourceEnd, text: form }));
  return { edits, source: applyEdits(doc.source, edits), notFixed: notFixed.sort((a, b) => a.index - b.index) };
}

/** Whether the hit's text is exactly one stretch of the source, character for character (no markup, entity or escape inside). */
function plainRun(doc: Extracted, place: Place): boolean {
  if (place.textEnd - place.textStart !== place.sourceEnd - place.sourceStart) return false;
  if (!doc.toSource) return true;
  for (let i = place.textStart; i < place.textEnd; i++) if (doc.toSource[i] !== place.sourceStart + (i - place.textStart)) return false;
  return true;
}

interface Candidate {
  index: number;
  place: Place;
  replacement: string;
  /** What may be written in the source for it, the preferred first. */
  forms: string[];
}

type Accepted = Candidate & { form: string };

function forms(replacement: string, options: PlanOptions): string[] {
  const escaped = options.escape?.(replacement);
  return escaped === undefined || escaped === replacement ? [replacement] : [escaped, replacement];
}

/**
 * The forms with the one that reads right in the hit's own block first, judged on that block's
 * lines alone: cheap for every fix of a long document, and only a guess, which settle() checks on
 * the whole. A mask's `\*` is right in a paragraph, a bare `*` inside an HTML block.
 */
function preferredFirst(doc: Extracted, { place, replacement, forms }: Candidate, options: PlanOptions): string[] {
  const toSource = (i: number) => (doc.toSource ? doc.toSource[i] : i);
  const blockStart = doc.text.lastIndexOf(BLOCK_BREAK, place.textStart - 1) + 1;
  const blockEnd = doc.text.indexOf(BLOCK_BREAK, place.textEnd);
  const from = doc.source.lastIndexOf('\n', Math.min(toSource(blockStart), place.sourceStart) - 1) + 1;
  const last = Math.max(toSource((blockEnd === -1 ? doc.text.length : blockEnd) - 1), place.sourceEnd - 1);
  const to = doc.source.indexOf('\n', last) === -1 ? doc.source.length : doc.source.indexOf('\n', last) + 1;
  const lines = (text: string) => doc.source.slice(from, place.sourceStart) + text + doc.source.slice(place.sourceEnd, to);
  const expected = options.visible(lines(MARKER)).replace(MARKER, () => replacement);
  const fits = forms.find((form) => options.visible(lines(form)) === expected);
  return fits === undefined ? forms : [fits, ...forms.filter((f) => f !== fits)];
}

/** Stands for the hit while its block is read: plain text, private use (a document holding it only costs a wrong guess). */
const MARKER = '\uE000';

/**
 * Accepts `group` (in order, after everything in `accepted`) when the visible text with all of
 * them made reads as intended; otherwise halves it, so that a few bad fixes among many cost a
 * few checks each. A single fix is tried in each of its forms.
 */
function settle(doc: Extracted, group: Candidate[], accepted: Accepted[], options: PlanOptions, notFixed: Plan['notFixed']): void {
  if (!group.length) return;
  const tries = group.length === 1 ? group[0].forms : [null];
  for (const form of tries) {
    const trial = [...accepted, ...group.map((c) => ({ ...c, form: form ?? c.forms[0] }))];
    if (readsAsIntended(doc, trial, options)) {
      accepted.length = 0;
      for (const fix of trial) accepted.push(fix);
      return;
    }
  }
  if (group.length === 1) {
    notFixed.push({ index: group[0].index, reason: 'markup' });
    return;
  }
  const half = Math.ceil(group.length / 2);
  settle(doc, group.slice(0, half), accepted, options, notFixed);
  settle(doc, group.slice(half), accepted, options, notFixed);
}

function readsAsIntended(doc: Extracted, fixes: Accepted[], options: PlanOptions): boolean {
  const source = applyEdits(doc.source, fixes.map(({ place, form }) => ({ start: place.sourceStart, end: place.sourceEnd, text: form })));
  const text = applyEdits(doc.text, fixes.map(({ place, replacement }) => ({ start: place.textStart, end: place.textEnd, text: replacement })));
  return options.visible(source) === text;
}

/** `s` with non-overlapping edits, given in order, made. */
export function applyEdits(s: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += s.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + s.slice(at);
}
