import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { formatSize } from './limits.js';
import { ExtractError } from './types.js';

/**
 * The bytes of one document. Only a regular file is read: opening a FIFO would wait for a
 * writer forever, and a device never ends. Opened without blocking, then asked what it is,
 * so that what is read is what was checked.
 */
export async function readDocument(path: string, maxSize: number): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ExtractError('unreadable', `is ${kindOf(stat)}, not a regular file: copylint reads only regular files`);
    if (stat.size > maxSize) {
      throw new ExtractError('too-large', `is ${formatSize(stat.size)}, over the ${formatSize(maxSize)} limit: not read; raise --max-file-size to check it`);
    }
    const bytes = new Uint8Array(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  return 'something else';
}
