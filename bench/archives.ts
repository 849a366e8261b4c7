/**
 * Archives benchmark: the container step (sources/hits.ts: unpack in memory, detect in every member) over a
 * tree of real archives, beside the tools that only decompress the same files to /dev/null, in the same run:
 *   - the .tgz tarballs of npm's cache (~/.npm/_cacache), beside `zcat`;
 *   - the jars of Maven's local repository (~/.m2/repository), beside `unzip -p`.
 * MB/s are of decompressed content (what zcat and unzip write). Only ratios mean something on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Note } from '../src/core/types.js';
import { createDetector } from '../src/detect/index.js';
import { contentScanner, noteProblems } from '../src/sources/hits.js';

/** At most this many compressed bytes per set, to keep the run short. */
const BUDGET = 160 * 1024 * 1024;

export interface ArchiveBenchRow {
  set: string;
  files: number;
  compressedMiB: number;
  decompressedMiB: number;
  members: number;
  oursSeconds: number;
  toolSeconds: number;
  tool: string;
  notes: number;
}

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** Files of a tree that pass `keep`, up to BUDGET bytes. */
function pick(root: string, keep: (file: string, head: Buffer) => boolean): string[] {
  const files: string[] = [];
  let total = 0;
  for (const file of walk(root)) {
    const head = Buffer.alloc(4);
    const data = readFileSync(file);
    data.copy(head, 0, 0, 4);
    if (!keep(file, head)) continue;
    files.push(file);
    total += statSync(file).size;
    if (total >= BUDGET) break;
  }
  return files;
}

function seconds(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function benchSet(set: string, files: string[], tool: string, toolArgs: (files: string[]) => [string, string[]][]): ArchiveBenchRow {
  // Warm the page cache for both sides.
  for (const file of files) readFileSync(file);
  let started = process.hrtime.bigint();
  for (const [command, args] of toolArgs(files)) spawnSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 });
  const toolSeconds = seconds(started);

  const counts: Record<string, number> = {};
  const notes: Note[] = [];
  const ctx = { note: (n: Note) => void notes.push(n), count: (name: string, by = 1) => void (counts[name] = (counts[name] ?? 0) + by) };
  const scanner = contentScanner(createDetector(), ctx);
  let compressed = 0;
  started = process.hrtime.bigint();
  for (const file of files) {
    const data = readFileSync(file);
    compressed += data.length;
    scanner.content(data, noteProblems(ctx, file));
  }
  const oursSeconds = seconds(started);
  return {
    set,
    files: files.length,
    compressedMiB: compressed / 2 ** 20,
    decompressedMiB: (counts.bytesDecompressed ?? 0) / 2 ** 20,
    members: counts.membersScanned ?? 0,
    oursSeconds,
    toolSeconds,
    tool,
    notes: notes.length,
  };
}

/** Batches of file arguments, so no command line gets too long. */
function batches(files: string[], size = 200): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < files.length; i += size) out.push(files.slice(i, i + size));
  return out;
}

export function benchArchives(): ArchiveBenchRow[] {
  const rows: ArchiveBenchRow[] = [];
  const npmCache = process.env.BENCH_NPM_CACHE ?? path.join(homedir(), '.npm', '_cacache', 'content-v2');
  if (existsSync(npmCache)) {
    const tgz = pick(npmCache, (_file, head) => head[0] === 0x1f && head[1] === 0x8b);
    if (tgz.length) rows.push(benchSet('npm cache .tgz', tgz, 'zcat', (files) => batches(files).map((b) => ['zcat', b])));
  }
  const m2 = process.env.BENCH_JARS ?? path.join(homedir(), '.m2', 'repository');
  if (existsSync(m2)) {
    const jars = pick(m2, (file, head) => file.endsWith('.jar') && head[0] === 0x50 && head[1] === 0x4b);
    // unzip takes one archive per call (more names are members); one process per jar, as a loop in sh would.
    if (jars.length) rows.push(benchSet('Maven .jar', jars, 'unzip -p', (files) => files.map((f) => ['unzip', ['-p', f]])));
  }
  return rows;
}

export function printArchiveRows(rows: ArchiveBenchRow[]): void {
  if (!rows.length) console.log('no archives found (~/.npm/_cacache, ~/.m2/repository; BENCH_NPM_CACHE, BENCH_JARS)');
  for (const r of rows) {
    const ours = r.decompressedMiB / r.oursSeconds;
    const tool = r.decompressedMiB / r.toolSeconds;
    console.log(
      `${r.set}: ${r.files} files, ${r.compressedMiB.toFixed(0)} MiB -> ${r.decompressedMiB.toFixed(0)} MiB decompressed, ${r.members} members; ` +
        `ours ${r.oursSeconds.toFixed(2)} s (${ours.toFixed(0)} MiB/s, unpack + detect); ${r.tool} ${r.toolSeconds.toFixed(2)} s (${tool.toFixed(0)} MiB/s); ` +
        `ratio ${(r.oursSeconds / r.toolSeconds).toFixed(2)}x; notes ${r.notes}`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printArchiveRows(benchArchives());
}
