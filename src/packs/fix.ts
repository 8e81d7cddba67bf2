import { compilePattern } from './regex.js';
import type { Library } from './types.js';
import type { MapReader } from './yaml-node.js';

/**
 * What `--fix` writes in place of a hit: a literal replacement, nothing (a deletion), or the
 * hit with its letters and digits masked. `only` and `followed-by` limit it to the hits where
 * the mechanical change is right, such as an adjective standing directly before its noun.
 */
export interface FixSpec {
  kind: 'replace' | 'delete' | 'mask';
  /** replace: the text written instead; mask: the masking character; delete: ''. */
  text: string;
  /** mask: letters and digits left as they are at the start and at the end of the masked part. */
  keepStart: number;
  keepEnd: number;
  /** mask: only the part before the first occurrence of this is masked (an e-mail address keeps its domain). */
  keepFrom: string | null;
  /** Only hits whose normalized text is wholly a match of this. */
  only: RegExp | null;
  /** Only where the normalized text right after the hit starts with a match of this. */
  followedBy: RegExp | null;
}

const KINDS = ['replace', 'delete', 'mask'] as const;
const MASK_KEYS = ['keep-start', 'keep-end', 'keep-from'];
const KEYS = [...KINDS, ...MASK_KEYS, 'only', 'followed-by'];
/** Replacement text goes into documents as it is: no line breaks, tabs or other controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** Reads a rule's `fix` (or its short form `replace: text`); null when it has neither. */
export function readFix(rule: MapReader, lexicons: Library['lexicons']): FixSpec | null {
  if (rule.has('replace') && rule.has('fix')) throw rule.error('replace', 'a rule has either replace or fix: write fix: { replace: … }');
  const key = rule.has('replace') ? 'replace' : 'fix';
  if (rule.has(key) && rule.has('require')) throw rule.error(key, 'a document-level (require) rule has no text to fix');
  if (rule.has('replace')) return { ...NO_LIMITS, kind: 'replace', text: plainText(rule, 'replace') };
  const fix = rule.map('fix', 'fix');
  if (!fix) return null;
  fix.onlyKeys(KEYS);
  const kinds = KINDS.filter((k) => fix.has(k));
  if (kinds.length !== 1) throw fix.error(null, `fix needs exactly one of ${KINDS.join(', ')}`);
  const kind = kinds[0];
  const maskKey = MASK_KEYS.find((k) => fix.has(k));
  if (kind !== 'mask' && maskKey) throw fix.error(maskKey, `fix.${maskKey} belongs to mask`);
  const limits = { only: pattern(fix, 'only', lexicons, (s) => `^(?:${s})$`, 'u'), followedBy: pattern(fix, 'followed-by', lexicons, (s) => s, 'uy') };
  if (kind === 'replace') return { ...NO_LIMITS, ...limits, kind, text: plainText(fix, 'replace') };
  if (kind === 'delete') {
    if (!fix.boolean('delete')) throw fix.error('delete', 'fix.delete must be true (leave fix out for no fix)');
    return { ...NO_LIMITS, ...limits, kind, text: '' };
  }
  const text = plainText(fix, 'mask');
  if ([...text].length !== 1 || /[\p{L}\p{N}\s]/u.test(text)) throw fix.error('mask', 'fix.mask must be one character that is not a letter, digit or space, such as *');
  return { ...limits, kind, text, keepStart: fix.integer('keep-start', 0, 0), keepEnd: fix.integer('keep-end', 0, 0), keepFrom: fix.string('keep-from') };
}

const NO_LIMITS = { keepStart: 0, keepEnd: 0, keepFrom: null, only: null, followedBy: null };

function plainText(map: MapReader, key: string): string {
  const text = map.string(key, true);
  if (CONTROL.test(text)) throw map.error(key, `${key} must be plain text, without line breaks or control characters`);
  return text;
}

function pattern(fix: MapReader, key: string, lexicons: Library['lexicons'], wrap: (source: string) => string, flags: string): RegExp | null {
  const source = fix.string(key);
  if (source === null) return null;
  const compiled = compilePattern(source, lexicons);
  if (typeof compiled === 'string') throw fix.error(key, `fix.${key}: ${compiled}`);
  return new RegExp(wrap(compiled.regexp.source), flags);
}
