import { normalize } from '../normalize/normalize.js';

/** Words are folded exactly as documents are, with every space inside them dropped. */
export function normalizeTerm(text: string): string {
  return normalize(text.trim()).text.replace(/\s+/gu, '');
}

/** Required statements are compared without punctuation or spacing. */
export function stripPunctuation(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}
