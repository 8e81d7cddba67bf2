import type { Extracted } from '../types.js';
import { decodeText } from './decode.js';
import { lineLocator } from './locate.js';

/** Plain text: the decoded file is both what is matched and what is located. */
export function extractText(bytes: Uint8Array): Extracted {
  const { text } = decodeText(bytes);
  return { format: 'text', text, source: text, toSource: null, locate: lineLocator(text), warnings: [] };
}
