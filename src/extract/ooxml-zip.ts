import type JSZip from 'jszip';
import { ExtractError } from '../types.js';

const MIB = 1024 * 1024;

/** Largest unpacked part we read: far above any real document, far below what a zip bomb unpacks to. */
export const PART_SIZE_LIMIT = 64 * MIB;

export interface OoxmlPackage {
  /** Decoded text of the part at `path`, or null when the package has no such part. */
  read(path: string): Promise<string | null>;
}

export async function openPackage(bytes: Uint8Array, limit = PART_SIZE_LIMIT): Promise<OoxmlPackage> {
  const { default: JSZip } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ExtractError('corrupt', 'damaged or incomplete .docx (not a readable zip): open it in Word and save it again');
  }
  // Part names are case-insensitive in OPC; zip entry names are not.
  const entries = new Map<string, JSZip.JSZipObject>();
  zip.forEach((_, file) => {
    if (!file.dir) entries.set(file.name.toLowerCase(), file);
  });
  return {
    async read(path) {
      const file = entries.get(path.toLowerCase());
      return file ? decodeXml(await unpack(file, path, limit)) : null;
    },
  };
}

/** Streams the part so that a zip bomb is stopped at `limit` bytes, whatever its header claims. */
function unpack(file: JSZip.JSZipObject, path: string, limit: number): Promise<Buffer> {
  if (declaredSize(file) > limit) return Promise.reject(tooLarge(path, limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stream.pause();
      stream.removeAllListeners('data');
      reject(tooLarge(path, limit));
    });
    stream.on('error', () => reject(damagedPart(path)));
    stream.on('end', () => resolve(Buffer.concat(chunks, size)));
  });
}

/** The size the zip's directory gives (jszip keeps it private): refusing on it costs no unpacking. */
function declaredSize(file: JSZip.JSZipObject): number {
  return (file as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

function decodeXml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function tooLarge(path: string, limit: number): ExtractError {
  const size = limit % MIB === 0 ? `${limit / MIB} MiB` : `${limit} bytes`;
  return new ExtractError('too-large', `${path} unpacks to more than ${size} (possibly a zip bomb): not read; check where the file came from`);
}

export function damagedPart(path: string): ExtractError {
  return new ExtractError('corrupt', `damaged .docx (${path} cannot be read): open it in Word and save it again`);
}
