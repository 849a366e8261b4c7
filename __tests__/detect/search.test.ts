/**
 * The prefilters' search (src/detect/search/) answers exactly what Buffer.indexOf answers, for every needle and
 * every starting place, on both paths (the Teddy pass in WebAssembly, and Buffer.indexOf per needle where that is
 * missing): random inputs of needles, their pieces and near misses at every length up to 300 and of a few MB;
 * needles at the start, at the very end, across 16-byte blocks and 32 KiB chunks, around the place where the
 * module's output area fills and the scan resumes; overlapping occurrences; inputs of one byte repeated; NUL and
 * bytes >= 0x80; small and large inputs in turn through the module's one page of memory. The module's committed
 * bytes are what its source
 * compiles to. And the detector finds in an input of many chunks (swept) what it finds in each piece alone.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from '@jest/globals';
import { NEEDLES } from '../../src/detect/decoders/index.js';
import { needleIndex, teddyAvailable, useSearchPath, type SearchPath } from '../../src/detect/search/index.js';
import { Teddy, teddyEngine } from '../../src/detect/search/teddy.js';
import { TEDDY_WASM } from '../../src/detect/search/teddy-wasm.js';
import { detect } from '../../src/detect/index.js';
import { compileTeddy, GENERATED_PATH, generatedModule } from '../../test-support/wasm.js';
import { fakeKey } from '../helpers/keys.js';

const CHUNK = 32 * 1024;
const PATHS: SearchPath[] = ['auto', 'indexOf'];
const needles = ['%2', '\\u00', 'H4sI', 'aaa'].map((s) => Buffer.from(s, 'latin1'));
/** Odd needles: NUL and high bytes, shared prefixes, one a prefix of another, more than eight of them. */
const ODD = [[0, 0], [0xff, 0x80, 0x00], [0x80, 0x81], [0x61, 0x61, 0x61], [0x61, 0x62], [0x61, 0x61, 0x62, 0x63], [0x7f, 0xff, 0xfe, 0x00, 0x01], [0x2d, 0x2d, 0x2d], [0x0a, 0x0a], [0x30, 0x78, 0x30, 0x30], [0xfe, 0xfe], [0x10, 0x01, 0x10]].map((b) => Buffer.from(b));

afterAll(() => void useSearchPath('auto'));

/** Filler with no needle, and needles planted at the given places. */
function input(length: number, planted: Array<[number, string]>): Buffer {
  const b = Buffer.alloc(length, 'x');
  for (const [at, s] of planted) b.write(s, at, 'latin1');
  return b;
}

function allOf(data: Buffer, needle: Buffer): number[] {
  const out: number[] = [];
  for (let h = data.indexOf(needle); h !== -1; h = data.indexOf(needle, h + 1)) out.push(h);
  return out;
}

/** Where two lists of places first differ, or undefined (a deep toEqual on lists of 10^5 numbers is slow). */
function firstDifference(got: readonly number[], want: readonly number[]): string | undefined {
  for (let k = 0; k < Math.max(got.length, want.length); k++) if (got[k] !== want[k]) return `#${k}: ${got[k]} instead of ${want[k]}`;
  return undefined;
}

/** On each path: every occurrence of every needle, walked as the decoders walk them, then searches from `froms`. */
function expectSameAsIndexOf(data: Buffer, froms: number[], list: readonly Buffer[] = needles): void {
  const wrong: string[] = [];
  for (const path of PATHS) {
    useSearchPath(path);
    const index = needleIndex(data, list);
    // A fresh index, searched out of order (no walk before: each answer from the table and the chunk's rest).
    const fresh = needleIndex(data, list);
    list.forEach((needle, i) => {
      const all: number[] = [];
      for (let h = index.indexOf(i, 0); h !== -1; h = index.indexOf(i, h + 1)) all.push(h);
      const walk = firstDifference(all, allOf(data, needle));
      if (walk) wrong.push(`${path}, needle ${i}, every occurrence: ${walk}`);
      const from = firstDifference(froms.map((f) => fresh.indexOf(i, f)), froms.map((f) => data.indexOf(needle, f)));
      if (from) wrong.push(`${path}, needle ${i}, from ${froms}: ${from}`);
    });
  }
  useSearchPath('auto');
  expect(wrong).toEqual([]);
}

/** A small deterministic generator (mulberry32): the same inputs on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `length` random bytes (deterministic: SHAKE256 of the seed) with pieces laid over them, about one per
 * `1 / density` bytes: whole needles, their starts, near misses (one byte changed, or its case flipped).
 */
function fragments(list: readonly Buffer[], length: number, seed: number, density = 0.5): Buffer {
  const out = length === 0 ? Buffer.alloc(0) : createHash('shake256', { outputLength: length }).update(String(seed)).digest();
  const rnd = random(seed);
  for (let count = Math.ceil(length * density); count > 0; count--) {
    const needle = list[Math.floor(rnd() * list.length)];
    const at = Math.floor(rnd() * length);
    const kind = rnd();
    const end = Math.min(length, at + (kind < 0.4 ? needle.length : 1 + Math.floor(rnd() * needle.length)));
    needle.copy(out, at, 0, end - at);
    if (kind >= 0.7) {
      const k = at + Math.floor(rnd() * (end - at));
      out[k] = rnd() < 0.5 ? out[k] ^ 0x20 : (out[k] + 1) & 0xff;
    }
  }
  return out;
}

describe('needleIndex on both paths', () => {
  it('runs the Teddy path on this engine (Node 20+ has WebAssembly SIMD)', () => {
    expect(teddyAvailable()).toBe(true);
  });

  it('agrees with indexOf on random inputs of every length from 0 to 300', () => {
    for (let length = 0; length <= 300; length++) {
      for (const list of [NEEDLES, ODD]) {
        const data = fragments(list, length, length, 0.3);
        // (Searches start at 0 or later: a negative start, which indexOf counts from the end, is never asked.)
        const froms = [0, 1, 13, 14, 15, 16, 17, length - 3, length - 1, length, length + 5].filter((f) => f >= 0);
        expectSameAsIndexOf(data, froms, list);
      }
    }
  });

  it('agrees with indexOf on a few MB, sparse and dense', () => {
    const froms = [0, 1, CHUNK - 1, CHUNK, 5 * CHUNK + 7, 40 * CHUNK, 3_000_000];
    expectSameAsIndexOf(fragments(NEEDLES, 3_000_000, 1, 0.0005), froms, NEEDLES);
    expectSameAsIndexOf(fragments(NEEDLES, 2_000_000, 2, 0.2), froms, NEEDLES);
    expectSameAsIndexOf(fragments(ODD, 2_000_000, 3, 0.1), froms, ODD);
  });

  it('finds needles at the start, at the very end and across every place in a 16-byte block', () => {
    for (const needle of NEEDLES) {
      const s = needle.toString('latin1');
      for (let at = 0; at < 36; at++) {
        expectSameAsIndexOf(input(at + s.length, [[at, s]]), [at, at + 1], NEEDLES);
        if (at < 20) expectSameAsIndexOf(input(48, [[at, s], [at + 18, s]]), [at + 1], NEEDLES);
      }
    }
  });

  it('finds overlapping occurrences and inputs of one byte repeated', () => {
    expectSameAsIndexOf(input(100, [[3, 'aaaaaaa'], [40, '%2%2%2']]), [0, 3, 4, 5, 41], needles);
    for (const byte of [0x00, 0x2d, 0x32, 0x61, 0x7f, 0x80, 0xfe, 0xff]) {
      for (const length of [1, 2, 3, 15, 16, 17, 1000, CHUNK + 3]) expectSameAsIndexOf(Buffer.alloc(length, byte), [0, 1, length - 2], [...ODD, ...NEEDLES]);
    }
  });

  it('resumes where the output area filled: needles planted all around that place', () => {
    // `2d` in every other place fills the area (1024 candidates) in the first 2 KiB; `2D`, in its bucket, must
    // still be found wherever it is, and `k-ant-` after the flood.
    const flood = '2d'.repeat(2200);
    for (let at = 1980; at < 2090; at++) {
      const data = input(CHUNK + 100, [[0, flood], [at, '2D'], [4500, 'k-ant-']]);
      const index = needleIndex(data, NEEDLES);
      const i = NEEDLES.findIndex((n) => n.toString() === '2D');
      expect([at, index.indexOf(i, 0)]).toEqual([at, data.indexOf('2D')]);
    }
    expectSameAsIndexOf(input(CHUNK + 100, [[0, flood], [2017, '2D'], [4500, 'k-ant-']]), [0, 2016, 2018], NEEDLES);
  });

  it('resumes after a flood of false candidates (nibbles of two needles of a bucket mixed)', () => {
    const teddy = new Teddy(NEEDLES);
    // Three-byte strings that pass a bucket's tables but start none of its needles.
    const bucket = teddy.buckets.findIndex((b) => b.length >= 2);
    const fakes: Buffer[] = [];
    const passes = (p: number, byte: number): boolean => (teddy.tables[32 * p + (byte & 15)] & teddy.tables[32 * p + 16 + (byte >> 4)] & (1 << bucket)) !== 0;
    for (let a = 0; a < 256 && fakes.length < 8; a++) {
      for (let b = 0; b < 256 && fakes.length < 8; b++) {
        for (let c = 0; c < 256 && fakes.length < 8; c++) {
          const tri = Buffer.from([a, b, c]);
          if (passes(0, a) && passes(1, b) && passes(2, c) && !teddy.buckets[bucket].some((i) => NEEDLES[i].subarray(0, 3).equals(tri))) fakes.push(tri);
        }
      }
    }
    expect(fakes.length).toBe(8);
    const data = Buffer.concat([...Array.from({ length: 3000 }, (_, k) => fakes[k % fakes.length]), ...teddy.buckets[bucket].map((i) => NEEDLES[i])]);
    expectSameAsIndexOf(data, [0, 9000], NEEDLES);
  });

  it('keeps the module memory at one chunk whatever the input, small and large inputs in turn', () => {
    const sizes = [100, 5_000_000, 300, 7_000_000, 10];
    for (const size of sizes) {
      const data = fragments(NEEDLES, size, size, 0.001);
      expectSameAsIndexOf(data, [0, size - 1], NEEDLES);
      expect(teddyEngine()!.memoryBytes).toBe(65536);
    }
  });

  it('falls back to indexOf where WebAssembly is missing (--jitless), with the same answers', () => {
    const url = new URL('../../src/detect/search/index.ts', import.meta.url).href;
    const script = `
      import { needleIndex, teddyAvailable } from ${JSON.stringify(url)};
      const data = Buffer.from('xx2dk-ant-2D%2d'.repeat(3000), 'latin1');
      const list = ['2d', 'k-ant-', '2D'].map((s) => Buffer.from(s));
      const index = needleIndex(data, list);
      const walk = (i) => { const out = []; for (let h = index.indexOf(i, 0); h !== -1; h = index.indexOf(i, h + 1)) out.push(h); return out.length + ':' + out.at(-1); };
      console.log(JSON.stringify({ teddy: teddyAvailable(), found: list.map((_, i) => walk(i)) }));`;
    const child = spawnSync(process.execPath, ['--jitless', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.status).toBe(0);
    const data = Buffer.from('xx2dk-ant-2D%2d'.repeat(3000), 'latin1');
    const expected = ['2d', 'k-ant-', '2D'].map((s) => {
      const all = allOf(data, Buffer.from(s));
      return `${all.length}:${all.at(-1)}`;
    });
    expect(JSON.parse(child.stdout)).toEqual({ teddy: false, found: expected });
  });

  it('refuses a needle of fewer than two bytes (a fingerprint free at two places would let most bytes through)', () => {
    expect(() => new Teddy([Buffer.from('ab'), Buffer.from('x')])).toThrow('teddy: a needle of fewer than two bytes');
    expect(() => new Teddy([Buffer.alloc(0)])).toThrow('teddy: a needle of fewer than two bytes');
  });

  it('runs the module compiled from teddy.wat as committed (npm run build:wasm)', async () => {
    const bytes = await compileTeddy();
    expect(Buffer.from(bytes).equals(Buffer.from(TEDDY_WASM, 'base64'))).toBe(true);
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generatedModule(bytes));
  });
});

describe('NeedleIndex', () => {
  it('finds needles across chunk ends, several per chunk, and after long runs of empty chunks', () => {
    const data = input(10 * CHUNK + 123, [
      [CHUNK - 1, '%2'], // across the first chunk's end
      [CHUNK - 10, '\\u00'],
      [CHUNK + 5, '%2'],
      [CHUNK + 50, '%2'],
      [2 * CHUNK - 2, 'H4sI'],
      [9 * CHUNK + 7, '%2'], // after seven chunks without it
      [10 * CHUNK + 119, 'H4sI'], // at the very end
      [5 * CHUNK - 1, 'aaaaa'], // overlapping occurrences across a chunk's end
    ]);
    const froms = [0, 1, CHUNK - 2, CHUNK - 1, CHUNK, CHUNK + 6, CHUNK + 51, 2 * CHUNK - 2, 2 * CHUNK - 1, 5 * CHUNK - 1, 5 * CHUNK, 5 * CHUNK + 1, 9 * CHUNK + 8, 10 * CHUNK + 119, 10 * CHUNK + 120, 11 * CHUNK];
    expectSameAsIndexOf(data, froms);
  });

  it('answers -1 on an input without needles, and on an empty one', () => {
    expectSameAsIndexOf(input(3 * CHUNK, []), [0, CHUNK, 5 * CHUNK]);
    expectSameAsIndexOf(Buffer.alloc(0), [0, 1]);
  });

  it('agrees with indexOf on an input dense with needles', () => {
    const data = Buffer.from('%2\\u00H4sIaaa%%22'.repeat(6000), 'latin1');
    expectSameAsIndexOf(data, [0, 17, CHUNK - 1, CHUNK, 3 * CHUNK + 1]);
  });
});

describe('the detector on an input of many chunks', () => {
  const pct = (k: string): string => k.replace(/-/g, '%2D');
  const b64 = (k: string): string => Buffer.from(`KEY=${k}\n`).toString('base64');
  // Each form at a chunk's end (cut by it), and after a near miss of its own prefilter earlier in the same chunk.
  const forms: Array<[string, (k: string) => string]> = [
    ['plain', (k) => k],
    ['base64', b64],
    ['percent', pct],
  ];

  it.each(forms)('finds %s keys across chunk ends and after near misses, as in each piece alone', (_name, form) => {
    const keys = [0, 1, 2].map((i) => fakeKey('api03', `chunks:${_name}:${i}`));
    const nearMiss = `${form(keys[0]).slice(0, 20)} ${form(`${keys[0].slice(0, 13)}${'x'.repeat(93)}AA`)}\n`;
    const pieces = keys.map((k, i) => {
      const text = ` ${form(k)} \n`;
      const filler = 'const a = b + c; // filler\n'.repeat(Math.ceil((CHUNK * (i + 1)) / 27));
      return filler.slice(0, CHUNK * (i === 0 ? 1 : 2) - nearMiss.length - Math.floor(text.length / 2)) + nearMiss + text;
    });
    const whole = Buffer.from(pieces.join(''));
    expect(whole.length).toBeGreaterThan(3 * CHUNK);
    const found = detect(whole).map((m) => m.secret.reveal());
    expect(found).toEqual(keys);
    for (const [i, piece] of pieces.entries()) expect(detect(Buffer.from(piece)).map((m) => m.secret.reveal())).toEqual([keys[i]]);
  });
});
