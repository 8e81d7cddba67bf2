import { describe, expect, it } from 'vitest';
import { flateBombPdf } from '../../fixtures/hostile/inputs.mjs';
import { extractPdf } from '../../src/extract/pdf/pdf.js';
import { InflateBudget } from '../../src/extract/inflate-budget.js';
import { countInflation } from '../../src/extract/pdf/pdf-streams.js';
import { MB } from '../../src/limits.js';

const MIB = 1024 * 1024;

async function failure(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected an error');
}

describe('a PDF whose streams inflate past --max-unzipped-size', () => {
  it('is refused before pdf.js inflates it', async () => {
    const bomb = await flateBombPdf(300 * MIB);
    expect(bomb.length).toBeLessThan(400_000);
    expect(await failure(() => extractPdf(bomb, { maxUnzippedSize: 100 * MB }))).toEqual({
      code: 'too-large',
      message: 'its streams unpack to more than 100 MB (possibly a decompression bomb): not read; raise --max-unzipped-size if the document is genuine',
    });
  });

  it('counts through a FlateDecode pair, whose ratios multiply', async () => {
    const pair = await flateBombPdf(300 * MIB, { stages: 2 });
    expect(pair.length).toBeLessThan(10_000);
    const budget = new InflateBudget(100 * MB);
    expect((await failure(() => countInflation(pair, budget))).code).toBe('too-large');
    expect(budget.used).toBe(0);
  });

  it('reads a PDF whose streams fit, counting what they unpack to', async () => {
    const budget = new InflateBudget(100 * MB);
    await countInflation(await flateBombPdf(10 * MIB), budget);
    expect(budget.used).toBe(10 * MIB + 'BT /F1 12 Tf 72 712 Td (baoben) Tj ET\n'.length);
    expect((await extractPdf(await flateBombPdf(1 * MIB), { maxUnzippedSize: 100 * MB })).text).toBe('baoben');
  });

  it('leaves image streams out: pdf.js does not decode them to read text', async () => {
    const budget = new InflateBudget(10 * MB);
    await countInflation(await flateBombPdf(50 * MIB, { image: true }), budget);
    expect(budget.used).toBe(0);
  });
});
