import { ExtractError, type Extracted } from '../types.js';

// Placeholder until the docx extractor lands.
export function extractDocx(_bytes: Uint8Array): Extracted {
  throw new ExtractError('unsupported', 'docx is not read yet');
}
