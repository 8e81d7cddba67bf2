/**
 * Bytes a document may unpack to, all its compressed parts together (--max-unzipped-size): a
 * zip bomb's many small-looking parts, or a PDF's few kilobytes of stream, add up here.
 */
export class InflateBudget {
  /** Bytes unpacked so far. */
  used = 0;

  constructor(readonly limit: number) {}

  get left(): number {
    return this.limit - this.used;
  }
}
