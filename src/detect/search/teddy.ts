/**
 * The JS side of the Teddy search (teddy.wat): the needles put in buckets and their nibble tables built once per
 * needle list; per input, one copy into the module's memory and one pass that yields candidates, each checked
 * against its bucket's needles, giving the table NeedleIndex answers from (where each needle first is in each
 * chunk). What it costs: a copy and a vector pass at several GB/s, where a Buffer.indexOf per needle per chunk
 * costs a pass per needle (~18 of them).
 */
import { CHUNK } from './needles.js';
import { TEDDY_WASM } from './teddy-wasm.js';

/** Buckets, one bit each of a table byte. */
const BUCKETS = 8;
/** Fingerprint positions: a needle's first three bytes. */
const WIDTH = 3;

/** The few WebAssembly APIs used (the project's `lib` has no DOM, where their types live). */
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
};

interface WasmGlobal {
  readonly value: number;
}

interface TeddyExports {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  scan(from: number, to: number, skip: number): number;
  capacity: WasmGlobal;
  out_positions: WasmGlobal;
  out_buckets: WasmGlobal;
  input_at: WasmGlobal;
  found_at: WasmGlobal;
}

/**
 * The module instance (one memory, shared by every needle list: each scan writes its own tables first; a table
 * is built whole before `firsts` returns, so a search inside a decoded window, nested in its input's, is safe). The
 * input goes in a chunk at a time, each scanned while it is in cache: the memory stays one page whatever the
 * input's size, and the input is read from main memory once (a copy of it whole, then a pass, read it twice and
 * wrote it once: on 48 MB as one buffer, 1.10x the pre-decoder detector's time against 1.02x by chunks).
 */
class Engine {
  readonly capacity: number;
  readonly inputAt: number;
  /** The tables in memory now: a scan for the same needle list does not write them again. */
  private tables: Uint8Array | undefined;
  private readonly bytes: Uint8Array;
  private readonly count: Int32Array;
  readonly positions: Int32Array;
  readonly buckets: Uint8Array;

  constructor(private readonly x: TeddyExports) {
    this.capacity = x.capacity.value;
    this.inputAt = x.input_at.value;
    const need = this.inputAt + CHUNK + PAD;
    const have = x.memory.buffer.byteLength;
    if (need > have) x.memory.grow(Math.ceil((need - have) / PAGE));
    const buffer = x.memory.buffer;
    this.bytes = new Uint8Array(buffer);
    this.count = new Int32Array(buffer, x.found_at.value, 1);
    this.positions = new Int32Array(buffer, x.out_positions.value, this.capacity);
    this.buckets = new Uint8Array(buffer, x.out_buckets.value, this.capacity);
  }

  /**
   * The tables and the chunk [start, end) of the input in memory, with what follows it up to PAD bytes (a
   * fingerprint that starts in the chunk may end past it). At the input's end, the bytes past it are a previous
   * chunk's: they can only add candidates, dropped by the check.
   */
  load(data: Buffer, start: number, end: number, tables: Uint8Array): void {
    if (tables !== this.tables) {
      this.bytes.set(tables, 0);
      this.tables = tables;
    }
    const stop = Math.min(data.length, end + PAD);
    this.bytes.set(start === 0 && stop === data.length ? data : data.subarray(start, stop), this.inputAt);
  }

  scan(from: number, to: number, skip: number): number {
    return this.x.scan(from, to, skip);
  }

  /** The module's memory, for the tests of its size. */
  get memoryBytes(): number {
    return this.x.memory.buffer.byteLength;
  }

  /** How many candidates the last scan wrote. */
  get found(): number {
    return this.count[0];
  }
}

/** Per bucket, how many of its needles are still to be found in the chunk (one for all scans: no allocation). */
const LEFT = new Int32Array(BUCKETS);

const PAGE = 65536;
/** Room past a chunk for its last block's load (teddy.wat reads up to 16 bytes past the end). */
const PAD = 32;

let engine: Engine | null | undefined;

/**
 * The module, instantiated on first use; null where WebAssembly or its SIMD is missing (`--jitless`, an old
 * engine): the caller then sweeps with Buffer.indexOf.
 */
export function teddyEngine(): Engine | null {
  if (engine === undefined) {
    try {
      const bytes = Buffer.from(TEDDY_WASM, 'base64');
      engine =
        typeof WebAssembly === 'object' && WebAssembly.validate(bytes)
          ? new Engine(new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as unknown as TeddyExports)
          : null;
    } catch {
      engine = null;
    }
  }
  return engine;
}

/** The needles of a list, in buckets, and their tables. */
export class Teddy {
  /** Per bucket, the numbers (in the list) of its needles. */
  readonly buckets: number[][];
  /** The six nibble tables, as teddy.wat reads them. */
  readonly tables = new Uint8Array(2 * 16 * WIDTH);
  /** The bits of the buckets that hold a needle. */
  private readonly used: number;

  constructor(private readonly needles: readonly Buffer[]) {
    if (needles.some((n) => n.length < 2)) throw new Error('teddy: a needle of fewer than two bytes');
    this.buckets = assignBuckets(needles);
    let used = 0;
    this.buckets.forEach((members, b) => {
      if (members.length === 0) return;
      used |= 1 << b;
      for (const i of members) {
        for (let p = 0; p < WIDTH; p++) {
          const lo = 32 * p;
          const hi = lo + 16;
          if (p >= needles[i].length) {
            for (let v = 0; v < 16; v++) {
              this.tables[lo + v] |= 1 << b;
              this.tables[hi + v] |= 1 << b;
            }
          } else {
            this.tables[lo + (needles[i][p] & 15)] |= 1 << b;
            this.tables[hi + (needles[i][p] >> 4)] |= 1 << b;
          }
        }
      }
    });
    this.used = used;
  }

  /** NeedleIndex's table for `data` (`firsts[c * needles.length + i]`: needle i's first place in chunk c, or -1). */
  firsts(data: Buffer, engine: Engine): number[] {
    const { needles, buckets, used } = this;
    const n = needles.length;
    const length = data.length;
    const chunks = Math.ceil(length / CHUNK);
    const firsts = new Array<number>(chunks * n).fill(-1);
    const left = LEFT;
    const positions = engine.positions;
    const bits = engine.buckets;
    for (let c = 0; c < chunks; c++) {
      const base = c * n;
      const start = c * CHUNK;
      const end = Math.min(length, start + CHUNK);
      engine.load(data, start, end, this.tables);
      // Buckets whose needles all have their first place in this chunk are left out of the rest of its scan.
      let skip = ~used & 0xff;
      for (let b = 0; b < BUCKETS; b++) left[b] = buckets[b].length;
      let at = 0;
      while (at < end - start && skip !== 0xff) {
        at = engine.scan(at, end - start, skip);
        const found = engine.found;
        for (let r = 0; r < found; r++) {
          const pos = start + positions[r];
          let hit = bits[r] & ~skip;
          while (hit !== 0) {
            const b = 31 - Math.clz32(hit & -hit);
            hit &= hit - 1;
            for (const i of buckets[b]) {
              if (firsts[base + i] !== -1 || !startsAt(data, needles[i], pos)) continue;
              firsts[base + i] = pos;
              if (--left[b] === 0) skip |= 1 << b;
            }
          }
        }
      }
    }
    return firsts;
  }
}

function startsAt(data: Buffer, needle: Buffer, pos: number): boolean {
  if (pos + needle.length > data.length) return false;
  for (let k = 0; k < needle.length; k++) if (data[pos + k] !== needle[k]) return false;
  return true;
}

/**
 * Needles into buckets so that the candidates the tables let through stay few: a bucket lets through every
 * mix of its needles' nibbles at each position, so each needle goes, most common first, where it adds the least
 * to that count (a needle of two bytes, free at the third place, lets 256 times more through than one of three:
 * it gets a bucket of its own while one is empty, and a rare needle is not put with it to be checked at each of
 * its hits). Identical fingerprints (`k-ant-`'s and another `k-a…`) share a bucket at no cost.
 */
function assignBuckets(needles: readonly Buffer[]): number[][] {
  const buckets: number[][] = Array.from({ length: BUCKETS }, () => []);
  const order = needles.map((_, i) => i).sort((a, b) => passes([a]) - passes([b]) || a - b);
  order.reverse();
  for (const i of order) {
    let best = 0;
    let bestCost = Infinity;
    for (let b = 0; b < BUCKETS; b++) {
      const cost = passes([...buckets[b], i]) - passes(buckets[b]);
      if (cost < bestCost) {
        best = b;
        bestCost = cost;
      }
    }
    buckets[best].push(i);
  }
  return buckets;

  /** How many three-byte strings a bucket of these needles lets through (0 for none). */
  function passes(members: readonly number[]): number {
    if (members.length === 0) return 0;
    let count = 1;
    for (let p = 0; p < WIDTH; p++) {
      if (members.some((i) => p >= needles[i].length)) {
        count *= 256; // a free place lets any byte through
        continue;
      }
      const lo = new Set(members.map((i) => needles[i][p] & 15));
      const hi = new Set(members.map((i) => needles[i][p] >> 4));
      count *= lo.size * hi.size;
    }
    return count;
  }
}
