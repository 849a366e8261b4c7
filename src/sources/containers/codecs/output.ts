/**
 * The one place a decompressor writes to: a buffer that grows as bytes come and never past `limit`. Writing past
 * the limit fills it to the limit and throws `TooLarge`, so a bomb stops at the allowance whatever the codec.
 * The LZ codecs use it as their window too (`copy` reads back from what was written): the output is held whole
 * anyway, so no separate dictionary is allocated, whatever size a hostile header declares.
 */
import { CutShort, TooLarge } from '../format.js';

const FIRST_SIZE = 64 * 1024;

export class Output {
  buffer: Uint8Array;
  length = 0;

  constructor(readonly limit: number) {
    this.buffer = new Uint8Array(Math.min(FIRST_SIZE, Math.max(1, limit)));
  }

  /** Room for `n` more bytes; throws `TooLarge` (after filling up to the limit) when there is not. */
  private room(n: number): number {
    const need = this.length + n;
    if (need > this.buffer.length) {
      const grown = new Uint8Array(Math.min(this.limit, Math.max(need, this.buffer.length * 2)));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    return Math.min(n, this.buffer.length - this.length);
  }

  private over(): never {
    throw new TooLarge(`over ${this.limit} bytes`);
  }

  byte(value: number): void {
    if (this.length === this.buffer.length && this.room(1) < 1) this.over();
    this.buffer[this.length++] = value;
  }

  bytes(data: Uint8Array): void {
    const fits = this.room(data.length);
    this.buffer.set(data.subarray(0, fits), this.length);
    this.length += fits;
    if (fits < data.length) this.over();
  }

  /** `count` copies of `value` (run-length codings). */
  fill(value: number, count: number): void {
    const fits = this.room(count);
    this.buffer.fill(value, this.length, this.length + fits);
    this.length += fits;
    if (fits < count) this.over();
  }

  /** The byte `distance + 1` back from the end (distance 0: the last one written). */
  back(distance: number): number {
    return this.buffer[this.length - distance - 1];
  }

  /** An LZ match: `count` bytes copied from `distance + 1` back, overlapping as LZ77 means it. */
  copy(distance: number, count: number): void {
    const fits = this.room(count);
    const buffer = this.buffer;
    let to = this.length;
    let from = to - distance - 1;
    if (distance + 1 >= fits) {
      buffer.copyWithin(to, from, from + fits);
    } else {
      for (const end = to + fits; to < end; ) buffer[to++] = buffer[from++];
    }
    this.length += fits;
    if (fits < count) this.over();
  }

  result(): Buffer {
    return Buffer.from(this.buffer.buffer, this.buffer.byteOffset, this.length);
  }
}

/**
 * Runs a decoder writing to a fresh `Output` of `limit` bytes: its output, or `TooLarge`, or `CutShort` carrying
 * what it had produced when the input proved truncated or corrupt.
 */
export function decodeWithin(limit: number, decode: (out: Output) => void): Buffer {
  const out = new Output(limit);
  try {
    decode(out);
  } catch (error) {
    if (error instanceof TooLarge) throw error;
    throw new CutShort(error instanceof Error ? error.message : String(error), out.result());
  }
  return out.result();
}
