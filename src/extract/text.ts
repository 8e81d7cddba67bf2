import { BLOCK_BREAK, type Extracted } from '../types.js';
import { decodeText } from './decode.js';
import { lineLocator } from './locate.js';

/**
 * Plain text: the decoded file is what is located; what is matched is the same text with
 * the last line break of each blank line turned into a block break, so that paragraphs end
 * there as they do in markdown (one character for one, so no index map is needed).
 */
export function extractText(bytes: Uint8Array): Extracted {
  const { text: source, warnings } = decodeText(bytes);
  const text = source.replace(/(?<=\n[ \t\r\u3000]*)\n/g, BLOCK_BREAK);
  return { format: 'text', text, source, toSource: null, locate: lineLocator(source), warnings };
}
