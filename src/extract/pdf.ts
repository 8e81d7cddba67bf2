import { ExtractError, type Extracted } from '../types.js';

// Placeholder until the pdf extractor lands.
export function extractPdf(_bytes: Uint8Array): Extracted {
  throw new ExtractError('unsupported', 'pdf is not read yet');
}
