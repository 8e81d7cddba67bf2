import { extname } from 'node:path';
import type { Limits } from '../limits.js';
import type { Extracted, Format } from '../types.js';

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/** `.md .markdown .txt .docx .pdf`, for messages. */
export const SUPPORTED_LIST = SUPPORTED_EXTENSIONS.join(' ');

export function formatOf(path: string): Format | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

type Extract = (bytes: Uint8Array, limits: Limits) => Extracted | Promise<Extracted>;

/** Loaded on first use: a run over markdown never pays for the docx and pdf libraries. */
const EXTRACTORS: Record<Format, () => Promise<Extract>> = {
  markdown: async () => (await import('./markdown/markdown.js')).extractMarkdown,
  text: async () => (await import('./text/text.js')).extractText,
  docx: async () => (await import('./docx/docx.js')).extractDocx,
  pdf: async () => (await import('./pdf/pdf.js')).extractPdf,
};

export async function extract(format: Format, bytes: Uint8Array, limits: Limits): Promise<Extracted> {
  return (await EXTRACTORS[format]())(bytes, limits);
}
