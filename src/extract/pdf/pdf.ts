import { DEFAULT_LIMITS, type Limits } from '../../limits.js';
import { ExtractError, type Extracted } from '../../types.js';
import { InflateBudget } from '../inflate-budget.js';
import { fromPages } from './pdf-pages.js';
import { readPdfPages } from './pdf-read.js';
import { countInflation } from './pdf-streams.js';

// Like pdf.js and Acrobat, accept a header anywhere in the first kilobyte.
const HEADER_WINDOW = 1024;

/**
 * A PDF's text page by page; pdf-parse is loaded only when a PDF is actually read. Its streams
 * may unpack to `limits.maxUnzippedSize` bytes in all, counted before pdf.js inflates them.
 */
export async function extractPdf(bytes: Uint8Array, limits: Pick<Limits, 'maxUnzippedSize'> = DEFAULT_LIMITS): Promise<Extracted> {
  if (bytes.length === 0) throw new ExtractError('empty', 'empty: the file has 0 bytes; export the PDF again');
  if (!hasPdfHeader(bytes)) {
    throw new ExtractError('not-pdf', 'not a PDF: no %PDF- header; check the file type or its extension');
  }
  await countInflation(bytes, new InflateBudget(limits.maxUnzippedSize));
  return fromPages(await readPdfPages(bytes));
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_WINDOW));
  return head.includes('%PDF-', 0, 'latin1');
}
