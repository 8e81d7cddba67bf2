import { formatSize } from '../../limits.js';
import { ExtractError } from '../../types.js';
import { InflateBudget } from '../inflate-budget.js';
import { readZipDirectory, unpackEntry, type ZipEntry } from './zip-read.js';

export { InflateBudget };

export interface OoxmlPackage {
  /** Decoded text of the part at `path` (read once, however often asked), or null when the package has no such part. */
  read(path: string): string | null;
}

/**
 * Opens a zip package. Part names are case-insensitive in OPC, zip entry names are not: names are
 * compared ignoring case, and two entries with one name make the package damaged.
 */
export function openPackage(bytes: Uint8Array, budget: InflateBudget): OoxmlPackage {
  const entries = new Map<string, ZipEntry>();
  for (const entry of readZipDirectory(bytes)) {
    if (entry.name.endsWith('/')) continue;
    const key = entry.name.toLowerCase();
    if (entries.has(key)) throw new ExtractError('corrupt', `damaged .docx (two parts named ${entry.name}): open it in Word and save it again`);
    entries.set(key, entry);
  }
  const texts = new Map<string, string>();
  return {
    read(path) {
      const key = path.toLowerCase();
      const known = texts.get(key);
      if (known !== undefined) return known;
      const entry = entries.get(key);
      if (!entry) return null;
      const text = decodeXml(unpack(bytes, entry, budget));
      texts.set(key, text);
      return text;
    },
  };
}

function unpack(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Buffer {
  const tooLarge = () =>
    new ExtractError('too-large', `unpacks to more than ${formatSize(budget.limit)} (${entry.name} and the parts before it; possibly a zip bomb): not read; raise --max-unzipped-size if the document is genuine`);
  const data = unpackEntry(bytes, entry, budget.limit - budget.used, tooLarge);
  budget.used += data.length;
  return data;
}

function decodeXml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

export function damagedPart(path: string): ExtractError {
  return new ExtractError('corrupt', `damaged .docx (${path} cannot be read): open it in Word and save it again`);
}
