import { BLOCK_BREAK, type Extracted } from '../../types.js';
import { decodeText } from './decode.js';
import { lineLocator } from '../locate.js';

/**
 * Plain text: the decoded file is what is located; what is matched is the same text with
 * the last line break of each blank line turned into a block break, so that paragraphs end
 * there as they do in markdown (one character for one, so no index map is needed).
 */
export function extractText(bytes: Uint8Array): Extracted {
  const { text: source, warnings } = decodeText(bytes);
  return { format: 'text', text: plainText(source), source, toSource: null, locate: lineLocator(source), warnings };
}

/** The text matched in a decoded plain-text file. */
export function plainText(source: string): string {
  return source.replace(/(?<=\n[ \t\r\u3000]*)\n/g, BLOCK_BREAK);
}
