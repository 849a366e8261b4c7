/**
 * Detector throughput in MB/s, each input beside baselines measured in the same run:
 *   - `indexOf absent`: Buffer.indexOf of a literal that never occurs, the cost of one pass over the bytes;
 *     twice, as indexOf's speed depends on how common the literal's first byte is (`s` common, `J` rare);
 *   - `indexOf sk-ant-`: Buffer.indexOf of the prefix itself, every hit counted (what a naive prefilter costs);
 *   - `naive regex`: /sk-ant-[a-z]+\d\d-[A-Za-z0-9_-]{93}AA/g over the text as a string (decoding not timed).
 * Inputs: (a) ordinary source text (the .ts/.js files under node_modules, concatenated in memory), also
 * scanned file by file as the files source calls the detector; (b) text dense with near misses (prefixes,
 * Console hints, wrong lengths, placeholders, base64 of near misses); (c) text with a real-shaped key every 4 KB.
 *
 * Run alone: `npx tsx bench/detect.ts [MB]`; `npm run bench` calls benchDetect().
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detect } from '../src/detect/index.js';
import { PREFIX, fakeKey, randomBody } from '../test-support/keys.js';

export interface DetectBenchRow {
  input: string;
  method: string;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  /** Matches (detector, regex) or hits (indexOf), as a sanity check that the work was done. */
  found: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const MB = 1e6;

/** The .ts/.js files under node_modules, up to `limit` bytes in all. */
export function sourceFiles(limit: number): Buffer[] {
  const out: Buffer[] = [];
  let total = 0;
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (total >= limit) return;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && /\.(ts|js|mjs|cjs)$/.test(e.name)) {
        const b = readFileSync(p);
        out.push(b);
        total += b.length;
      }
    }
  };
  walk(path.join(here, '..', 'node_modules'));
  return out;
}

/** Text where near misses are dense: about one every 150 bytes, of every kind the parser must reject. */
function nearMisses(size: number): Buffer {
  const api = `${PREFIX}api03-`;
  const b64 = (s: string): string => Buffer.from(s).toString('base64');
  const shapes = [
    (i: number) => `const prefix = '${api}'; // ${i}\n`,
    (i: number) => `Key ${api}R2D...igAA (${i}) was disabled in the Console\n`,
    (i: number) => `ANTHROPIC_API_KEY=${api}${randomBody(i, 92)}AA\n`,
    (i: number) => `ANTHROPIC_API_KEY=${api}${randomBody(i, 93)}AB\n`,
    (i: number) => `token = "${fakeKey('oat01', i)}x"\n`,
    (i: number) => `ANTHROPIC_API_KEY=${api}${'x'.repeat(93)}AA # ${i}\n`,
    (i: number) => `see ${PREFIX}sid01-${randomBody(i, 40)} and ${PREFIX} in the docs\n`,
    (i: number) => `  key: ${b64(`${api}${randomBody(i, 60)}`)}\n`,
  ];
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const filler = `function f${i}(a, b) { return a + b * ${i}; }\n`;
    const s = shapes[i % shapes.length](i) + filler;
    parts.push(s);
    n += s.length;
  }
  return Buffer.from(parts.join(''));
}

/** Ordinary text with a key every ~4 KB (the match path: parse, plausibility, line and column, Secret). */
function withKeys(source: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  let n = 0;
  for (let off = 0, i = 0; n < size; off += 4096, i++) {
    const chunk = source.subarray(off % (source.length - 4096), (off % (source.length - 4096)) + 4096);
    const key = Buffer.from(`\nANTHROPIC_API_KEY="${fakeKey('api03', i)}"\n`);
    parts.push(chunk, key);
    n += chunk.length + key.length;
  }
  return Buffer.concat(parts);
}

/** The best of `runs` timed runs, after one warm-up: on a shared machine the least disturbed run is the
 *  truest figure for a single-threaded function. */
function time(fn: () => number, runs: number): { seconds: number; found: number } {
  let found = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    found = fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  samples.sort((a, b) => a - b);
  return { seconds: samples[0], found };
}

function countIndexOf(buf: Buffer, needle: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(needle); i !== -1; i = buf.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Literals that never occur: one starting with a common byte, one with a rare byte (indexOf scans for the first). */
const NEVER = Buffer.from('sk-never-occurs');
const NEVER_RARE = Buffer.from('J~never-occurs');
const PREFIX_BYTES = Buffer.from(PREFIX);
const NAIVE = /sk-ant-[a-z]+\d\d-[A-Za-z0-9_-]{93}AA/g;

function countRegex(s: string): number {
  NAIVE.lastIndex = 0;
  let n = 0;
  while (NAIVE.exec(s)) n++;
  return n;
}

export async function benchDetect(options: { megabytes?: number; runs?: number; print?: boolean } = {}): Promise<DetectBenchRow[]> {
  const size = (options.megabytes ?? 64) * MB;
  const runs = options.runs ?? 5;
  const files = sourceFiles(size);
  const source = Buffer.concat(files);
  const inputs: Array<[string, Buffer[]]> = [
    ['(a) source text, one buffer', [source]],
    [`(a) source text, ${files.length} files`, files],
    ['(b) near misses, dense', [nearMisses(Math.min(size, 32 * MB))]],
    ['(c) a key every 4 KB', [withKeys(source, Math.min(size, 32 * MB))]],
  ];
  const rows: DetectBenchRow[] = [];
  for (const [input, bufs] of inputs) {
    const bytes = bufs.reduce((n, b) => n + b.length, 0);
    const strings = bufs.map((b) => b.toString('latin1'));
    const methods: Array<[string, () => number]> = [
      ['detect()', () => bufs.reduce((n, b) => n + detect(b).length, 0)],
      ['baseline: indexOf absent "sk-never…"', () => bufs.reduce((n, b) => n + (b.indexOf(NEVER) === -1 ? 0 : 1), 0)],
      ['baseline: indexOf absent "J~never…"', () => bufs.reduce((n, b) => n + (b.indexOf(NEVER_RARE) === -1 ? 0 : 1), 0)],
      ['baseline: indexOf sk-ant-', () => bufs.reduce((n, b) => n + countIndexOf(b, PREFIX_BYTES), 0)],
      ['baseline: naive regex', () => strings.reduce((n, s) => n + countRegex(s), 0)],
    ];
    for (const [method, fn] of methods) {
      const { seconds, found } = time(fn, runs);
      rows.push({ input, method, megabytes: bytes / MB, seconds, mbPerSecond: bytes / MB / seconds, found });
    }
  }
  if (options.print ?? true) printDetectRows(rows);
  return rows;
}

export function printDetectRows(rows: DetectBenchRow[]): void {
  const header = ['input', 'method', 'MB', 'MB/s', 'found'];
  const table = rows.map((r) => [r.input, r.method, r.megabytes.toFixed(1), r.mbPerSecond.toFixed(0), String(r.found)]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(row));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const mb = Number(process.argv[2]);
  await benchDetect({ megabytes: Number.isFinite(mb) && mb > 0 ? mb : undefined });
}
