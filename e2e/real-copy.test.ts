import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module shared with `npm run score:real`
import { scoreRealCopy } from './real-copy.mjs';

describe('real copy (fined ads and lawful published text)', () => {
  it('keeps recall and precision at the targets of the README', async () => {
    const { recall, precision, report } = await scoreRealCopy();
    console.log(report.split('\n')[0]);
    expect(recall, report).toBeGreaterThanOrEqual(0.85);
    expect(precision, report).toBeGreaterThanOrEqual(0.92);
  });
});
