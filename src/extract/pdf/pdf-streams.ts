import { constants, createInflate, type Inflate } from 'node:zlib';
import { formatSize } from '../../limits.js';
import { ExtractError } from '../../types.js';
import type { InflateBudget } from '../inflate-budget.js';

const STREAM = Buffer.from('stream', 'latin1');
const END_STREAM = Buffer.from('endstream', 'latin1');
const OBJ = Buffer.from('obj', 'latin1');

/**
 * Counts what a PDF's Flate streams unpack to against `budget`, before pdf.js inflates them
 * whole in memory: a stream of a megabyte can hold a gigabyte. Streams are found by their
 * `stream` … `endstream` keywords, so damaged cross-references do not hide one; the leading
 * FlateDecode filters of each are applied (two in a row square the ratio), counting the output
 * without keeping it. Images are left out: pdf.js does not decode them to read text.
 */
export async function countInflation(bytes: Uint8Array, budget: InflateBudget): Promise<void> {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = pdf.indexOf(STREAM); at !== -1; at = pdf.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    else if (pdf[start - 1] !== 0x0d) continue;
    const end = pdf.indexOf(END_STREAM, start);
    if (end === -1) return;
    const dictionary = pdf.toString('latin1', Math.max(0, pdf.lastIndexOf(OBJ, at)), at);
    const stages = flateStages(dictionary);
    if (stages > 0) {
      const size = await inflatedSize(pdf.subarray(start, end), stages, budget.left);
      if (size === null) throw tooLarge(budget);
      budget.used += size;
    }
    at = end;
  }
}

/** How many FlateDecode filters a stream's dictionary applies first; 0 for an image. */
function flateStages(dictionary: string): number {
  if (/\/Subtype\s*\/Image\b/.test(dictionary)) return 0;
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary)?.[1] ?? '';
  const names = filter.match(/\/[A-Za-z0-9]+/g) ?? [];
  let stages = 0;
  while (stages < names.length && (names[stages] === '/FlateDecode' || names[stages] === '/Fl')) stages++;
  return stages;
}

/** Bytes `data` inflates to through `stages` inflaters, or null past `limit`; a damaged stream counts what it gave. */
function inflatedSize(data: Buffer, stages: number, limit: number): Promise<number | null> {
  return new Promise((resolve) => {
    const chain: Inflate[] = Array.from({ length: stages }, () => createInflate({ finishFlush: constants.Z_SYNC_FLUSH }));
    let size = 0;
    const finish = (result: number | null) => {
      for (const inflater of chain) inflater.destroy();
      resolve(result);
    };
    chain.forEach((inflater, i) => {
      inflater.on('error', () => finish(size));
      if (i + 1 < chain.length) inflater.pipe(chain[i + 1]);
    });
    const last = chain[chain.length - 1];
    last.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(null);
    });
    last.on('end', () => finish(size));
    chain[0].end(data);
  });
}

function tooLarge(budget: InflateBudget): ExtractError {
  return new ExtractError('too-large', `its streams unpack to more than ${formatSize(budget.limit)} (possibly a decompression bomb): not read; raise --max-unzipped-size if the document is genuine`);
}
