import { ExtractError, type Extracted } from '../types.js';

// Placeholder until the markdown extractor lands.
export function extractMarkdown(_bytes: Uint8Array): Extracted {
  throw new ExtractError('unsupported', 'markdown is not read yet');
}
