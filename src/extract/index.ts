import { extname } from 'node:path';
import type { Extracted, Format } from '../types.js';
import { extractDocx } from './docx.js';
import { extractMarkdown } from './markdown.js';
import { extractPdf } from './pdf.js';
import { extractText } from './text.js';

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export function formatOf(path: string): Format | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

const EXTRACTORS: Record<Format, (bytes: Uint8Array) => Extracted | Promise<Extracted>> = {
  markdown: extractMarkdown,
  text: extractText,
  docx: extractDocx,
  pdf: extractPdf,
};

export async function extract(format: Format, bytes: Uint8Array): Promise<Extracted> {
  return EXTRACTORS[format](bytes);
}
