import { createHash } from 'node:crypto';
import { normalize } from './normalize/normalize.js';
import type { FileResult, Finding } from './types.js';

/**
 * The identity of a finding across runs and edits: the file (from the repository root), the
 * rule, the matched text and a few characters either side, all normalized — never a line
 * number, so lines added above leave it unchanged. SARIF `partialFingerprints` and the
 * baseline both use it.
 */

/** The SARIF `partialFingerprints` key; a change of the recipe gets a new key. */
export const FINGERPRINT_KEY = 'copylint/v1';
/** Normalized characters of context kept on each side of the hit. */
const REACH = 6;
/** The pseudo-rule an unreadable file is reported and baselined under. */
export const UNREADABLE_RULE = 'copylint/unreadable';

export interface Identity {
  path: string;
  ruleId: string;
  /** The normalized matched text; the error code for an unreadable file; '' for a document-level finding. */
  text: string;
  before: string;
  after: string;
}

/** `<hash>:<n>`, n counting earlier findings of the same identity in the file (the same words in the same context). */
export function fingerprints(path: string, file: FileResult): string[] {
  return numbered(identities(path, file).map((i) => hash([i.path, i.ruleId, i.text, i.before, i.after])));
}

/** The same for the findings suppression comments kept out: what each would have had, reported. */
export function suppressedFingerprints(path: string, file: FileResult): string[] {
  return numbered(file.suppressed.map((s) => ({ path, ruleId: s.ruleId, ...surroundings(s) })).map((i) => hash([i.path, i.ruleId, i.text, i.before, i.after])));
}

/**
 * The same without the context: what is left when an edit next to a finding (fixing its
 * neighbour in the sentence) changed its context. The baseline falls back to it.
 */
export function textFingerprints(path: string, file: FileResult): string[] {
  return numbered(identities(path, file).map((i) => hash([i.path, i.ruleId, i.text])));
}

function hash(parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

function numbered(hashes: string[]): string[] {
  const seen = new Map<string, number>();
  return hashes.map((h) => {
    const n = seen.get(h) ?? 0;
    seen.set(h, n + 1);
    return `${h}:${n}`;
  });
}

/** One identity per finding, in order; an unreadable file has a single one. */
export function identities(path: string, file: FileResult): Identity[] {
  if (file.error) return [{ path, ruleId: UNREADABLE_RULE, text: file.error.code, before: '', after: '' }];
  return file.findings.map((finding) => ({ path, ruleId: finding.ruleId, ...surroundings(finding) }));
}

function surroundings(finding: Pick<Finding, 'text' | 'context' | 'contextSpan'>): Pick<Identity, 'text' | 'before' | 'after'> {
  if (finding.context === null || !finding.contextSpan) return { text: canonical(finding.text ?? ''), before: '', after: '' };
  const [start, end] = finding.contextSpan;
  return {
    text: canonical(finding.context.slice(start, end)),
    before: canonical(finding.context.slice(0, start)).slice(-REACH),
    after: canonical(finding.context.slice(end)).slice(0, REACH),
  };
}

/** Normalized as matching sees it, without spacing or the `…` that marks a cut context. */
function canonical(text: string): string {
  return normalize(text).text.replace(/[\s…]+/gu, '');
}
