import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ExtractError } from '../../types.js';

/** The text of each page of a PDF, as pdf-parse lays it out (lines joined by '\n'). */
export async function readPdfPages(bytes: Uint8Array): Promise<string[]> {
  const { PDFParse, VerbosityLevel } = await import('pdf-parse');
  const parser = new PDFParse({
    // pdf.js detaches the buffer it is given; the caller's bytes must stay usable.
    data: bytes.slice(),
    ...pdfjsAssets(),
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const result = await parser.getText();
    return result.pages.map((page) => page.text);
  } catch (error) {
    throw toExtractError(error);
  } finally {
    // A failed teardown must not hide the reading error.
    await parser.destroy().catch(() => undefined);
  }
}

let assets: { cMapUrl: string; cMapPacked: boolean; standardFontDataUrl: string } | undefined;

/** CMaps and standard fonts of the pdfjs-dist that pdf-parse itself loads, read from disk, never fetched. */
function pdfjsAssets() {
  if (!assets) {
    const fromPdfParse = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    const dir = dirname(fromPdfParse.resolve('pdfjs-dist/package.json'));
    assets = {
      cMapUrl: join(dir, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(dir, 'standard_fonts') + '/',
    };
  }
  return assets;
}

function toExtractError(error: unknown): ExtractError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new ExtractError('encrypted', 'encrypted: needs a password');
  return new ExtractError('corrupt', `corrupt: ${reasonOf(error)}; re-export the PDF from the original document`);
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0].trim().replace(/\.$/, '');
  if (!firstLine) return 'pdf.js cannot read it';
  return firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine;
}
