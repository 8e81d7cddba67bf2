import { BLOCK_BREAK } from '../../types.js';

const utf16 = new TextDecoder('utf-16le');

/**
 * Visible text being assembled, with the source index of every UTF-16 unit. The units go into a
 * typed array, not a list of strings: a long document is millions of small pieces, and a string
 * object for each would take several times the document.
 */
export class TextBuilder {
  private units: Uint16Array;
  private map: Int32Array;
  private length = 0;
  private blockLength = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(Math.max(16, capacity));
    this.map = new Int32Array(Math.max(16, capacity));
  }

  /** `text[j]` came from `positions[from + j]`. */
  pushMapped(text: string, positions: Int32Array, from: number): void {
    const at = this.reserve(text);
    for (let j = 0; j < text.length; j++) this.map[at + j] = positions[from + j];
  }

  /** `text[j]` came from `sourceStart + j`: text taken verbatim from the source. */
  pushRun(text: string, sourceStart: number): void {
    const at = this.reserve(text);
    for (let j = 0; j < text.length; j++) this.map[at + j] = sourceStart + j;
  }

  /** Every unit of `text` came from one source index (an entity, a line break). */
  pushAt(text: string, sourceIndex: number): void {
    const at = this.reserve(text);
    if (text.length === 1) this.map[at] = sourceIndex;
    else this.map.fill(sourceIndex, at, at + text.length);
  }

  /** Ends a block that has text; `sourceIndex` is just after the block. */
  endBlock(sourceIndex: number): void {
    if (this.blockLength === 0) return;
    this.pushAt(BLOCK_BREAK, sourceIndex);
    this.blockLength = 0;
  }

  finish(): { text: string; toSource: Int32Array } {
    const text = utf16.decode(new Uint8Array(this.units.buffer, 0, 2 * this.length));
    return { text, toSource: this.map.subarray(0, this.length) };
  }

  private reserve(text: string): number {
    const at = this.length;
    if (text.length === 0) return at;
    if (at + text.length > this.map.length) this.grow(at + text.length);
    for (let j = 0; j < text.length; j++) this.units[at + j] = text.charCodeAt(j);
    this.length += text.length;
    this.blockLength += text.length;
    return at;
  }

  private grow(needed: number): void {
    const size = Math.max(needed, this.map.length * 2);
    const units = new Uint16Array(size);
    units.set(this.units);
    this.units = units;
    const map = new Int32Array(size);
    map.set(this.map);
    this.map = map;
  }
}
