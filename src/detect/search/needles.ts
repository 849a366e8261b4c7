/**
 * Where every prefilter needle is, answered from a table of where each needle first occurs in each chunk of the
 * input: a search reads bytes again only from a chunk that holds its needle. The table comes from one Teddy
 * pass over the input (teddy.ts) or, without WebAssembly SIMD, from `indexOfFirsts` below.
 */

/** Small enough that a chunk stays in L2 cache while every needle is searched in it. */
export const CHUNK = 32 * 1024;

/**
 * The table by Buffer.indexOf, each chunk searched for every needle while it is in cache (memchr on each
 * needle's first byte): chunk by chunk, the same needles cost 30-40% less on a 48 MB input of node_modules'
 * text than one whole pass each. `firsts[c * needles.length + i]` is needle i's first place in chunk c, or -1.
 */
export function indexOfFirsts(data: Buffer, needles: readonly Buffer[]): number[] {
  const n = needles.length;
  const chunks = Math.ceil(data.length / CHUNK);
  const firsts = new Array<number>(chunks * n);
  const longest = needles.reduce((m, b) => Math.max(m, b.length), 1);
  for (let c = 0, k = 0; c < chunks; c++) {
    const start = c * CHUNK;
    // A needle that starts in this chunk may end in the next one.
    const end = Math.min(data.length, start + CHUNK + longest - 1);
    const chunk = start === 0 && end === data.length ? data : data.subarray(start, end); // a small input: no view made
    for (let i = 0; i < n; i++, k++) {
      const h = chunk.indexOf(needles[i]);
      firsts[k] = h === -1 || h >= CHUNK ? -1 : start + h;
    }
  }
  return firsts;
}

export class NeedleIndex {
  // Plain arrays, not Int32Arrays: one of more than 64 bytes is allocated outside the heap, which costs more
  // than a small input's whole search.
  private readonly firsts: number[];
  private readonly chunks: number;
  /**
   * Per needle, the occurrences found so far in order, and where that list stops being complete (every
   * occurrence before it is in the list): several decoders walk the same needles (the hex of a dash: percent,
   * escape and hex), and each occurrence is then searched for once, not once per decoder.
   */
  private readonly found: Array<number[] | undefined>;
  private readonly complete: number[];
  /** No needle anywhere (the clean case): every search answers -1 at once. */
  readonly none: boolean;

  /** `firsts`: where each needle first is in each chunk (indexOfFirsts' table, or the same from teddy.ts). */
  constructor(
    private readonly data: Buffer,
    private readonly needles: readonly Buffer[],
    firsts: number[] = indexOfFirsts(data, needles),
  ) {
    this.chunks = Math.ceil(data.length / CHUNK);
    this.firsts = firsts;
    this.none = !firsts.some((f) => f !== -1);
    this.found = [];
    this.complete = new Array<number>(needles.length).fill(0);
  }

  /** What `data.indexOf(needles[i], from)` answers. Each occurrence is searched for once, whatever the calls. */
  indexOf(i: number, from: number): number {
    const at = Math.max(0, from);
    // Made on the first occurrence: in the clean case no needle has a list.
    let found = this.found[i];
    let done = this.complete[i];
    if (at < done && found !== undefined) {
      // Known up to `done`: the first known occurrence at or after `at`, if any (binary search).
      let lo = 0;
      let hi = found.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (found[mid] < at) lo = mid + 1;
        else hi = mid;
      }
      if (lo < found.length) return found[lo];
    }
    // Walk on from where the list stops, recording each occurrence, up to the first at or after `at`.
    for (;;) {
      const h = done >= this.data.length ? -1 : this.next(i, done);
      if (h === -1) {
        this.complete[i] = this.data.length;
        return -1;
      }
      if (found === undefined) this.found[i] = found = [];
      found.push(h);
      this.complete[i] = done = h + 1;
      if (h >= at) return h;
    }
  }

  /** The first occurrence of needle `i` at or after `at`, from the table and the rest of a chunk holding it. */
  private next(i: number, at: number): number {
    const n = this.needles.length;
    let c = Math.floor(at / CHUNK);
    if (c >= this.chunks) return -1;
    const first = this.firsts[c * n + i];
    if (first >= at) return first;
    if (first !== -1) {
      // The rest of this chunk only: past it, the table says where the next chunk holding the needle is (several
      // decoders walk the same needle; a search that ran on would read the chunks between again for each).
      const needle = this.needles[i];
      const h = this.data.subarray(at, Math.min(this.data.length, (c + 1) * CHUNK + needle.length - 1)).indexOf(needle);
      if (h !== -1) return at + h;
    }
    for (c++; c < this.chunks; c++) {
      const f = this.firsts[c * n + i];
      if (f !== -1) return f;
    }
    return -1;
  }
}
