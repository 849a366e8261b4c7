/**
 * LZMA, LZMA2 and the .xz container, decoding only, writing to a bounded `Output` that is also the window.
 * Written here from the format specifications (the LZMA SDK's decoder as xz-embedded implements it; the .xz
 * file format 1.1.0) because npm has no synchronous JavaScript xz decoder fit to bundle: xz-decompress runs
 * xz-embedded as WebAssembly behind an asynchronous web stream only; xz-compat installs a native module at run
 * time; lzma-native, node-liblzma and @napi-rs/lzma are native addons (ncc cannot make them one file); LZMA-JS
 * reads .lzma, not .xz. The members of a container are read synchronously, so the decoder must be too.
 */
import { Output } from './output.js';

const PROB_INIT = 1024;
const STATES = 12;
const POS_STATES_MAX = 16;
const MATCH_MIN = 2;
const END_POS_MODEL = 14;
const FULL_DISTANCES = 128;
const ALIGN_BITS = 4;
const END_MARKER = 0xffffffff;

/**
 * The range decoder. `range` and `code` are unsigned 32-bit values kept as int32 (compared with the sign bit
 * flipped): a field holding a number over 2^31 would be a heap allocation on every store, several times slower.
 */
class RangeDecoder {
  private range = -1;
  private code = 0;

  constructor(
    private readonly data: Uint8Array,
    private at: number,
    private readonly end: number,
  ) {
    if (this.next() !== 0) throw new Error('bad range coder start');
    for (let i = 0; i < 4; i++) this.code = (this.code << 8) | this.next();
  }

  private next(): number {
    if (this.at >= this.end) throw new Error('unexpected end of data');
    return this.data[this.at++];
  }

  bit(probs: Uint16Array, i: number): number {
    const p = probs[i];
    const bound = Math.imul(this.range >>> 11, p);
    let bit: number;
    if ((this.code ^ 0x80000000) < (bound ^ 0x80000000)) {
      this.range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
      bit = 0;
    } else {
      this.range = (this.range - bound) | 0;
      this.code = (this.code - bound) | 0;
      probs[i] = p - (p >>> 5);
      bit = 1;
    }
    if ((this.range & 0xff000000) === 0) {
      this.range <<= 8;
      this.code = (this.code << 8) | this.next();
    }
    return bit;
  }

  /** `count` bits of probability one half, most significant first. */
  direct(count: number): number {
    let result = 0;
    for (let i = 0; i < count; i++) {
      this.range = this.range >>> 1;
      let bit = 0;
      if ((this.code ^ 0x80000000) >= (this.range ^ 0x80000000)) {
        this.code = (this.code - this.range) | 0;
        bit = 1;
      }
      result = result * 2 + bit;
      if ((this.range & 0xff000000) === 0) {
        this.range <<= 8;
        this.code = (this.code << 8) | this.next();
      }
    }
    return result;
  }

  tree(probs: Uint16Array, base: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | this.bit(probs, base + m);
    return m - (1 << bits);
  }

  reverse(probs: Uint16Array, base: number, bits: number): number {
    let m = 1;
    let result = 0;
    for (let i = 0; i < bits; i++) {
      const bit = this.bit(probs, base + m);
      m = (m << 1) | bit;
      result |= bit << i;
    }
    return result;
  }
}

class Lengths {
  readonly choice = new Uint16Array(2);
  readonly low = new Uint16Array(POS_STATES_MAX << 3);
  readonly mid = new Uint16Array(POS_STATES_MAX << 3);
  readonly high = new Uint16Array(256);

  reset(): void {
    for (const probs of [this.choice, this.low, this.mid, this.high]) probs.fill(PROB_INIT);
  }

  decode(rc: RangeDecoder, posState: number): number {
    if (rc.bit(this.choice, 0) === 0) return rc.tree(this.low, posState << 3, 3);
    if (rc.bit(this.choice, 1) === 0) return 8 + rc.tree(this.mid, posState << 3, 3);
    return 16 + rc.tree(this.high, 0, 8);
  }
}

/** The lc/lp/pb properties byte; LZMA2 also caps lc + lp at 4. */
export interface Properties {
  lc: number;
  lp: number;
  pb: number;
}

export function properties(byte: number): Properties {
  if (byte >= 9 * 5 * 5) throw new Error('bad LZMA properties');
  return { lc: byte % 9, lp: Math.floor(byte / 9) % 5, pb: Math.floor(byte / 45) };
}

/** The LZMA decoder's state: probabilities, the state machine and the last four distances. */
class Lzma {
  private literal: Uint16Array;
  private readonly isMatch = new Uint16Array(STATES << 4);
  private readonly isRep = new Uint16Array(STATES);
  private readonly isRepG0 = new Uint16Array(STATES);
  private readonly isRepG1 = new Uint16Array(STATES);
  private readonly isRepG2 = new Uint16Array(STATES);
  private readonly isRep0Long = new Uint16Array(STATES << 4);
  private readonly posSlot = new Uint16Array(4 << 6);
  private readonly posSpecial = new Uint16Array(1 + FULL_DISTANCES - END_POS_MODEL);
  private readonly align = new Uint16Array(1 << ALIGN_BITS);
  private readonly lengths = new Lengths();
  private readonly repLengths = new Lengths();
  private state = 0;
  private reps = [0, 0, 0, 0];
  private props: Properties = { lc: 0, lp: 0, pb: 0 };
  /** Where the window starts in the output (a dictionary reset moves it). */
  windowStart = 0;

  constructor(props: Properties) {
    this.literal = new Uint16Array(0);
    this.setProperties(props);
  }

  setProperties(props: Properties): void {
    this.props = props;
    this.literal = new Uint16Array(0x300 << (props.lc + props.lp));
    this.reset();
  }

  reset(): void {
    for (const probs of [this.literal, this.isMatch, this.isRep, this.isRepG0, this.isRepG1, this.isRepG2, this.isRep0Long, this.posSlot, this.posSpecial, this.align]) {
      probs.fill(PROB_INIT);
    }
    this.lengths.reset();
    this.repLengths.reset();
    this.state = 0;
    this.reps = [0, 0, 0, 0];
  }

  /**
   * Decodes into `out` until `size` more bytes are out (undefined: until the end marker; the .lzma and zip forms
   * may also write one right at a known size, which is fine).
   */
  run(rc: RangeDecoder, out: Output, size: number | undefined): void {
    const { lc, lp, pb } = this.props;
    const pbMask = (1 << pb) - 1;
    const lpMask = (1 << lp) - 1;
    const target = size === undefined ? Infinity : out.length + size;
    const reps = this.reps;
    while (out.length < target) {
      const position = out.length - this.windowStart;
      const posState = position & pbMask;
      const state = this.state;
      if (rc.bit(this.isMatch, (state << 4) + posState) === 0) {
        const previous = position > 0 ? out.back(0) : 0;
        const base = 0x300 * (((position & lpMask) << lc) + (previous >>> (8 - lc)));
        let symbol = 1;
        if (state >= 7) {
          let matchByte = out.back(reps[0]);
          do {
            const matchBit = (matchByte >>> 7) & 1;
            matchByte <<= 1;
            const bit = rc.bit(this.literal, base + ((1 + matchBit) << 8) + symbol);
            symbol = (symbol << 1) | bit;
            if (matchBit !== bit) break;
          } while (symbol < 0x100);
        }
        while (symbol < 0x100) symbol = (symbol << 1) | rc.bit(this.literal, base + symbol);
        out.byte(symbol & 0xff);
        this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let length: number;
      if (rc.bit(this.isRep, state) !== 0) {
        if (reps[0] >= position) throw new Error('repeated match beyond the data');
        if (rc.bit(this.isRepG0, state) === 0) {
          if (rc.bit(this.isRep0Long, (state << 4) + posState) === 0) {
            this.state = state < 7 ? 9 : 11;
            out.byte(out.back(reps[0]));
            continue;
          }
        } else {
          let distance: number;
          if (rc.bit(this.isRepG1, state) === 0) {
            distance = reps[1];
          } else {
            if (rc.bit(this.isRepG2, state) === 0) {
              distance = reps[2];
            } else {
              distance = reps[3];
              reps[3] = reps[2];
            }
            reps[2] = reps[1];
          }
          reps[1] = reps[0];
          reps[0] = distance;
          if (distance >= position) throw new Error('repeated match beyond the data');
        }
        length = this.repLengths.decode(rc, posState);
        this.state = state < 7 ? 8 : 11;
      } else {
        reps[3] = reps[2];
        reps[2] = reps[1];
        reps[1] = reps[0];
        length = this.lengths.decode(rc, posState);
        this.state = state < 7 ? 7 : 10;
        const distance = this.distance(rc, length);
        if (distance === END_MARKER) {
          if (size === undefined || out.length === target) return;
          throw new Error('end marker before the declared size');
        }
        reps[0] = distance;
        if (distance >= position) throw new Error('match distance beyond the data');
      }
      length += MATCH_MIN;
      if (length > target - out.length) throw new Error('match runs past the declared size');
      out.copy(reps[0], length);
    }
  }

  private distance(rc: RangeDecoder, length: number): number {
    const slot = rc.tree(this.posSlot, Math.min(length, 3) << 6, 6);
    if (slot < 4) return slot;
    const directBits = (slot >>> 1) - 1;
    let distance = (2 | (slot & 1)) * 2 ** directBits;
    if (slot < END_POS_MODEL) return distance + rc.reverse(this.posSpecial, distance - slot, directBits);
    distance += rc.direct(directBits - ALIGN_BITS) * (1 << ALIGN_BITS);
    return (distance + rc.reverse(this.align, 0, ALIGN_BITS)) >>> 0;
  }
}

/**
 * A raw LZMA stream at `data[at]` (zip's method 14 after its header; .lzma after its 13 bytes) with properties
 * `props`, of `size` bytes when known (otherwise it ends with an end marker).
 */
export function unlzma(data: Uint8Array, at: number, props: Properties, size: number | undefined, out: Output): void {
  new Lzma(props).run(new RangeDecoder(data, at, data.length), out, size);
}

/** An LZMA2 stream (chunks) at `data[at]`; where it ends. */
function unlzma2(data: Uint8Array, at: number, out: Output): number {
  let lzma: Lzma | undefined;
  let windowSet = false;
  const byte = (): number => {
    if (at >= data.length) throw new Error('unexpected end of data');
    return data[at++];
  };
  for (;;) {
    const control = byte();
    if (control === 0x00) return at;
    if (control === 0x01 || control === 0x02) {
      // An uncompressed chunk (0x01 resets the window first).
      if (control === 0x01) windowSet = true;
      else if (!windowSet) throw new Error('LZMA2 data before a dictionary reset');
      const size = ((byte() << 8) | byte()) + 1;
      if (control === 0x01 && lzma) lzma.windowStart = out.length;
      const chunk = data.subarray(at, at + size);
      out.bytes(chunk);
      if (chunk.length < size) throw new Error('unexpected end of data');
      at += size;
      continue;
    }
    if (control < 0x80) throw new Error(`bad LZMA2 control byte 0x${control.toString(16)}`);
    const size = ((control & 0x1f) << 16) + ((byte() << 8) | byte()) + 1;
    const packed = ((byte() << 8) | byte()) + 1;
    const reset = (control >>> 5) & 3;
    if (reset === 3) windowSet = true;
    else if (!windowSet) throw new Error('LZMA2 data before a dictionary reset');
    if (reset >= 2) {
      const props = properties(byte());
      if (props.lc + props.lp > 4) throw new Error('bad LZMA2 properties');
      if (lzma) lzma.setProperties(props);
      else lzma = new Lzma(props);
    } else if (!lzma) {
      throw new Error('LZMA2 chunk without properties');
    } else if (reset === 1) {
      lzma.reset();
    }
    if (reset === 3) lzma.windowStart = out.length;
    const end = Math.min(at + packed, data.length);
    lzma.run(new RangeDecoder(data, at, end), out, size);
    if (at + packed > data.length) throw new Error('unexpected end of data');
    at += packed;
  }
}

const XZ_MAGIC = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
/** Bytes of the check after each block, by check type (CRC32, CRC64, SHA-256 and the reserved ones). */
const CHECK_SIZES = [0, 4, 4, 4, 8, 8, 8, 16, 16, 16, 32, 32, 32, 64, 64, 64];
const FILTER_NAMES: Record<number, string> = { 0x03: 'delta', 0x04: 'x86 BCJ', 0x05: 'PowerPC BCJ', 0x06: 'IA-64 BCJ', 0x07: 'ARM BCJ', 0x08: 'ARM-Thumb BCJ', 0x09: 'SPARC BCJ', 0x0a: 'ARM64 BCJ', 0x0b: 'RISC-V BCJ' };
const LZMA2 = 0x21;

export function isXz(data: Uint8Array, at = 0): boolean {
  if (data.length < at + 12) return false;
  for (let i = 0; i < XZ_MAGIC.length; i++) if (data[at + i] !== XZ_MAGIC[i]) return false;
  return true;
}

/** An .xz file: streams of blocks, each LZMA2 (other filters are refused by name). */
export function unxz(data: Uint8Array, out: Output): void {
  let at = 0;
  do {
    at = xzStream(data, at, out);
    while (at + 4 <= data.length && data[at] === 0 && data[at + 1] === 0 && data[at + 2] === 0 && data[at + 3] === 0) at += 4; // stream padding
  } while (isXz(data, at));
}

function xzStream(data: Uint8Array, start: number, out: Output): number {
  if (!isXz(data, start)) throw new Error('not xz data');
  const checkSize = CHECK_SIZES[data[start + 7] & 0x0f];
  let at = start + 12;
  const varint = (): number => {
    let value = 0;
    for (let shift = 1; ; shift *= 128) {
      if (at >= data.length) throw new Error('unexpected end of data');
      const b = data[at++];
      value += (b & 0x7f) * shift;
      if (!(b & 0x80)) return value;
      if (shift > 2 ** 56) throw new Error('bad xz number');
    }
  };
  for (;;) {
    if (at >= data.length) throw new Error('unexpected end of data');
    if (data[at] === 0) break; // the index: no more blocks
    const blockStart = at;
    const headerEnd = at + (data[at] + 1) * 4;
    const flags = data[at + 1];
    at += 2;
    if (flags & 0x40) varint(); // compressed size
    if (flags & 0x80) varint(); // uncompressed size
    const filters = (flags & 0x03) + 1;
    for (let i = 0; i < filters; i++) {
      const id = varint();
      const propsSize = varint();
      at += propsSize;
      if (id !== LZMA2 || i !== filters - 1) throw new Error(`the ${FILTER_NAMES[id] ?? `0x${id.toString(16)}`} filter is not supported`);
    }
    if (headerEnd > data.length) throw new Error('unexpected end of data');
    at = unlzma2(data, headerEnd, out);
    at = blockStart + Math.ceil((at - blockStart) / 4) * 4 + checkSize;
  }
  // The index (records of the blocks' sizes), then the 12-byte footer.
  const indexStart = at++;
  const records = varint();
  for (let i = 0; i < records * 2; i++) varint();
  at = indexStart + Math.ceil((at - indexStart) / 4) * 4 + 4;
  if (at + 12 > data.length || data[at + 10] !== 0x59 || data[at + 11] !== 0x5a) throw new Error('bad xz stream footer');
  return at + 12;
}
