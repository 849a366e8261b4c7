/**
 * A bzip2 decoder (the format of bzip2 1.0: Huffman-coded MTF/RLE symbols over a Burrows-Wheeler transform,
 * then a byte run-length step), writing to a bounded `Output`. Concatenated streams (pbzip2, lbzip2) are read
 * one after another. Each block's CRC is checked, so silent corruption is a fault like a truncation.
 * Written here rather than taken from npm: the JavaScript bunzip2 modules there call the deprecated `Buffer()`
 * constructor (a warning on every run once bundled) or read past the input's end as zeros.
 */
import { MsbBits } from './bits.js';
import { Output } from './output.js';

const BLOCK_MAGIC = [0x314159, 0x265359];
const END_MAGIC = [0x177245, 0x385090];
const MAX_CODE_LENGTH = 20;
const GROUP_SIZE = 50;
const RUN_A = 0;
const RUN_B = 1;

/** bzip2's CRC-32: the MSB-first polynomial 0x04c11db7 (not zlib's reflected one). */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    table[i] = c >>> 0;
  }
  return table;
})();

function crc(data: Uint8Array, from: number, to: number): number {
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = (c << 8) ^ CRC_TABLE[((c >>> 24) ^ data[i]) & 0xff];
  return ~c >>> 0;
}

/** `BZh` and a block size digit; then a block's or the end's magic. */
export function isBzip2(data: Uint8Array, at = 0): boolean {
  if (data.length < at + 10 || data[at] !== 0x42 || data[at + 1] !== 0x5a || data[at + 2] !== 0x68) return false;
  const level = data[at + 3];
  if (level < 0x31 || level > 0x39) return false;
  const magic = (data[at + 4] << 16) | (data[at + 5] << 8) | data[at + 6];
  return magic === BLOCK_MAGIC[0] || magic === END_MAGIC[0];
}

export function bunzip2(data: Uint8Array, out: Output): void {
  let at = 0;
  do {
    at = stream(data, at, out);
  } while (isBzip2(data, at)); // trailing bytes that are not another stream are left alone, as bunzip2 does
}

/** One stream from `at`; where it ends (its last byte's end). */
function stream(data: Uint8Array, at: number, out: Output): number {
  if (!isBzip2(data, at)) throw new Error('not bzip2 data');
  const blockMax = (data[at + 3] - 0x30) * 100_000;
  const bits = new MsbBits(data, at + 4);
  const tt = new Uint32Array(blockMax);
  let combined = 0;
  for (;;) {
    const high = bits.read(24);
    const low = bits.read(24);
    if (high === END_MAGIC[0] && low === END_MAGIC[1]) {
      if (bits.read32() !== combined) throw new Error('stream CRC mismatch');
      bits.align();
      return bits.at;
    }
    if (high !== BLOCK_MAGIC[0] || low !== BLOCK_MAGIC[1]) throw new Error('bad block header');
    const expected = bits.read32();
    const start = out.length;
    block(bits, tt, blockMax, out);
    if (crc(out.buffer, start, out.length) !== expected) throw new Error('block CRC mismatch');
    combined = (((combined << 1) | (combined >>> 31)) ^ expected) >>> 0;
  }
}

interface Table {
  limit: Int32Array;
  base: Int32Array;
  perm: Int32Array;
  minLength: number;
}

/** Canonical Huffman decoding tables from code lengths (as bzip2's own `BZ2_hbCreateDecodeTables`). */
function table(lengths: Uint8Array, size: number): Table {
  let minLength = MAX_CODE_LENGTH;
  let maxLength = 0;
  for (let i = 0; i < size; i++) {
    minLength = Math.min(minLength, lengths[i]);
    maxLength = Math.max(maxLength, lengths[i]);
  }
  const perm = new Int32Array(size);
  let p = 0;
  for (let length = minLength; length <= maxLength; length++) for (let i = 0; i < size; i++) if (lengths[i] === length) perm[p++] = i;
  const base = new Int32Array(MAX_CODE_LENGTH + 2);
  for (let i = 0; i < size; i++) base[lengths[i] + 1]++;
  for (let i = 1; i < base.length; i++) base[i] += base[i - 1];
  const limit = new Int32Array(MAX_CODE_LENGTH + 1).fill(-1);
  let code = 0;
  for (let length = minLength; length <= maxLength; length++) {
    code += base[length + 1] - base[length];
    limit[length] = code - 1;
    code <<= 1;
  }
  for (let length = minLength + 1; length <= maxLength; length++) base[length] = ((limit[length - 1] + 1) << 1) - base[length];
  return { limit, base, perm, minLength };
}

function symbol(bits: MsbBits, t: Table): number {
  let length = t.minLength;
  let code = bits.read(length);
  while (code > t.limit[length]) {
    if (++length > MAX_CODE_LENGTH) throw new Error('bad Huffman code');
    code = (code << 1) | bits.read(1);
  }
  const index = code - t.base[length];
  if (index < 0 || index >= t.perm.length) throw new Error('bad Huffman code');
  return t.perm[index];
}

function block(bits: MsbBits, tt: Uint32Array, blockMax: number, out: Output): void {
  if (bits.read(1)) throw new Error('randomised block (bzip2 before 0.9.5) not supported');
  const origin = bits.read(24);
  // The bytes the block uses: 16 ranges of 16, each present or not.
  const ranges = bits.read(16);
  const used: number[] = [];
  for (let i = 0; i < 16; i++) {
    if (!(ranges & (0x8000 >> i))) continue;
    const set = bits.read(16);
    for (let j = 0; j < 16; j++) if (set & (0x8000 >> j)) used.push(i * 16 + j);
  }
  if (used.length === 0) throw new Error('block uses no byte');
  const alphabet = used.length + 2;
  const groups = bits.read(3);
  if (groups < 2 || groups > 6) throw new Error('bad Huffman group count');
  const selectorCount = bits.read(15);
  if (selectorCount === 0) throw new Error('no selectors');
  const order = Array.from({ length: groups }, (_, i) => i);
  const selectors = new Uint8Array(selectorCount);
  for (let i = 0; i < selectorCount; i++) {
    let j = 0;
    while (bits.read(1)) if (++j >= groups) throw new Error('bad selector');
    const group = order[j];
    order.splice(j, 1);
    order.unshift(group);
    selectors[i] = group;
  }
  const tables: Table[] = [];
  for (let g = 0; g < groups; g++) {
    const lengths = new Uint8Array(alphabet);
    let length = bits.read(5);
    for (let i = 0; i < alphabet; i++) {
      for (;;) {
        if (length < 1 || length > MAX_CODE_LENGTH) throw new Error('bad code length');
        if (!bits.read(1)) break;
        length += bits.read(1) ? -1 : 1;
      }
      lengths[i] = length;
    }
    tables.push(table(lengths, alphabet));
  }

  // Symbols: runs of the front byte (RUNA/RUNB digits in bijective base 2), move-to-front indices, the end.
  const end = alphabet - 1;
  const mtf = Uint8Array.from({ length: 256 }, (_, i) => i);
  const counts = new Int32Array(256);
  let count = 0;
  let run = 0;
  let weight = 1;
  let selector = 0;
  let left = 0;
  let current = tables[0];
  for (;;) {
    if (left === 0) {
      if (selector >= selectorCount) throw new Error('ran out of selectors');
      current = tables[selectors[selector++]];
      left = GROUP_SIZE;
    }
    left--;
    const sym = symbol(bits, current);
    if (sym === RUN_A || sym === RUN_B) {
      if (weight > blockMax) throw new Error('run too long');
      run += (sym + 1) * weight;
      weight <<= 1;
      continue;
    }
    if (run > 0) {
      if (count + run > blockMax) throw new Error('block larger than declared');
      const byte = used[mtf[0]];
      counts[byte] += run;
      tt.fill(byte, count, count + run);
      count += run;
      run = 0;
      weight = 1;
    }
    if (sym === end) break;
    if (count >= blockMax) throw new Error('block larger than declared');
    const index = sym - 1;
    const front = mtf[index];
    mtf.copyWithin(1, 0, index);
    mtf[0] = front;
    if (front >= used.length) throw new Error('bad symbol');
    const byte = used[front];
    counts[byte]++;
    tt[count++] = byte;
  }
  if (origin >= count) throw new Error('bad origin pointer');

  // Inverse BWT: each entry's high bits point at the next.
  let sum = 0;
  for (let i = 0; i < 256; i++) {
    const c = counts[i];
    counts[i] = sum;
    sum += c;
  }
  for (let i = 0; i < count; i++) {
    const byte = tt[i] & 0xff;
    tt[counts[byte]++] |= i << 8;
  }
  // Then the first run-length step: four equal bytes are followed by how many more there are.
  let position = tt[origin] >>> 8;
  let last = -1;
  let same = 0;
  for (let i = 0; i < count; i++) {
    const entry = tt[position];
    const byte = entry & 0xff;
    position = entry >>> 8;
    if (same === 4) {
      out.fill(last, byte);
      same = 0;
      last = -1;
      continue;
    }
    if (byte === last) same++;
    else {
      last = byte;
      same = 1;
    }
    out.byte(byte);
  }
}
