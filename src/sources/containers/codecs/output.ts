/**
 * The one place a decompressor writes to: a buffer that grows as bytes come and never past `limit`. Writing past
 * the limit fills it to the limit and throws `Full`, so a bomb stops at the allowance whatever the codec.
 * The LZ codecs use it as their window too (`copy` reads back from what was written): the output is held whole
 * anyway, so no separate dictionary is allocated, whatever size a hostile header declares.
 */
import { describeError } from '../../../core/errors.js';
import type { MemberBytes } from '../format.js';

const FIRST_SIZE = 64 * 1024;

/** The output reached its limit: `over` more bytes (at least) were to be written. */
class Full extends Error {
  constructor(readonly over: number) {
    super('output limit reached');
  }
}

export class Output {
  buffer: Uint8Array;
  length = 0;

  constructor(readonly limit: number) {
    this.buffer = new Uint8Array(Math.min(FIRST_SIZE, Math.max(1, limit)));
  }

  /** Room for up to `n` more bytes: how many fit (fewer than `n` at the limit). */
  private room(n: number): number {
    const need = this.length + n;
    if (need > this.buffer.length) {
      const grown = new Uint8Array(Math.min(this.limit, Math.max(need, this.buffer.length * 2)));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    return Math.min(n, this.buffer.length - this.length);
  }

  private over(count: number): never {
    throw new Full(count);
  }

  byte(value: number): void {
    if (this.length === this.buffer.length && this.room(1) < 1) this.over(1);
    this.buffer[this.length++] = value;
  }

  bytes(data: Uint8Array): void {
    const fits = this.room(data.length);
    this.buffer.set(data.subarray(0, fits), this.length);
    this.length += fits;
    if (fits < data.length) this.over(data.length - fits);
  }

  /** `count` copies of `value` (run-length codings). */
  fill(value: number, count: number): void {
    const fits = this.room(count);
    this.buffer.fill(value, this.length, this.length + fits);
    this.length += fits;
    if (fits < count) this.over(count - fits);
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
    if (fits < count) this.over(count - fits);
  }

  result(): Buffer {
    return Buffer.from(this.buffer.buffer, this.buffer.byteOffset, this.length);
  }
}

/**
 * Runs a decoder writing to a fresh `Output` of `limit` bytes, as the container contract wants it: all its output;
 * or the first `limit` bytes with `notRead` when it goes on; or, when the input proves truncated or corrupt, what
 * it produced before the fault with `damaged` saying why.
 */
export function decodeWithin(limit: number, decode: (out: Output) => void): MemberBytes {
  const out = new Output(limit);
  try {
    decode(out);
  } catch (error) {
    if (error instanceof Full) return { bytes: out.result(), notRead: error.over };
    return { bytes: out.result(), damaged: describeError(error) };
  }
  return { bytes: out.result() };
}
