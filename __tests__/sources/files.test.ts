import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Detect, Hit, Match, Note } from '../../src/core/types.js';
import { Secret } from '../../src/core/secret.js';
import { filesSource } from '../../src/sources/files.js';
import { prestartReadAhead } from '../../src/sources/read-ahead.js';
import { formatBytes } from '../../src/core/size.js';
import { compileGlobs } from '../../src/core/glob.js';
import { fakeApiKey } from '../helpers/keys.js';

// A stand-in detector: the files source's job is walking and reading, not detection.
const NEEDLE = 'FOUND';
const stubDetect: Detect = (data) => {
  const matches: Match[] = [];
  let at = data.indexOf(NEEDLE);
  while (at !== -1) {
    const before = data.subarray(0, at).toString('latin1');
    const line = before.split('\n').length;
    matches.push({ rule: 'anthropic-api-key', secret: new Secret(fakeApiKey(at)), line, column: at - before.lastIndexOf('\n') });
    at = data.indexOf(NEEDLE, at + 1);
  }
  return matches;
};

async function collect(root: string, maxFileSize = 1024 * 1024, exclude?: string[], readAhead?: boolean, onThread?: (thread: Worker) => void) {
  const hits: Hit[] = [];
  const notes: Note[] = [];
  const counts: Record<string, number> = {};
  const progress: number[] = [];
  const ctx = {
    note: (n: Note) => notes.push(n),
    count: (k: string, by = 1) => void (counts[k] = (counts[k] ?? 0) + by),
    progress: (done: number) => void progress.push(done),
  };
  const excluded = exclude ? { exclude: compileGlobs(exclude) } : {};
  const ahead = { ...(readAhead === undefined ? {} : { readAhead }), ...(onThread ? { onThread } : {}) };
  for await (const hit of filesSource({ root, maxFileSize, ...excluded, ...ahead })(stubDetect, ctx)) hits.push(hit);
  return { hits, notes, counts, progress };
}

describe('filesSource', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aks-files-'));
    await mkdir(path.join(root, '.github/workflows'), { recursive: true });
    await mkdir(path.join(root, '.git/objects'), { recursive: true });
    await mkdir(path.join(root, 'dir with space/ünïcode'), { recursive: true });
    await writeFile(path.join(root, '.env'), 'A=1\nB=FOUND\n');
    await writeFile(path.join(root, '.github/workflows/ci.yml'), 'x: FOUND');
    await writeFile(path.join(root, '.git/config'), 'FOUND');
    await writeFile(path.join(root, 'dir with space/ünïcode/file name.txt'), '\n\n  FOUND');
    await writeFile(path.join(root, 'binary.bin'), Buffer.from([0x00, 0x01, 0x02, 0x46, 0x4f, 0x55, 0x4e, 0x44]));
    await writeFile(path.join(root, 'big.txt'), Buffer.alloc(4096, 0x61));
    await symlink(path.join(root, '.env'), path.join(root, 'link-to-env'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('scans dotfiles and odd names, never .git, with paths relative to the root', async () => {
    const { hits, counts } = await collect(root);
    const where = hits.map((h) => `${h.location.path}:${h.location.line}:${h.location.column}`).sort();
    expect(where).toEqual(['.env:2:3', '.github/workflows/ci.yml:1:4', 'binary.bin:1:4', 'dir with space/ünïcode/file name.txt:3:3']);
    expect(hits.every((h) => h.location.kind === 'file')).toBe(true);
    expect(counts.filesScanned).toBe(5);
  });

  it('scans binary files (no note: they were read), skips symlinks and files over the size limit, each with a note', async () => {
    const { hits, notes, counts } = await collect(root, 1024);
    const byReason = Object.fromEntries(notes.map((n) => [n.path, n.reason]));
    expect(byReason['binary.bin']).toBeUndefined();
    expect(hits.map((h) => h.location.path)).toContain('binary.bin');
    expect(byReason['link-to-env']).toBe('symlink');
    expect(byReason['big.txt']).toBe('too-large');
    expect(counts).toMatchObject({ skippedSymlinks: 1, skippedTooLarge: 1 });
    expect(counts.skippedBinary).toBeUndefined();
    expect(notes.find((n) => n.path === 'big.txt')?.message).toContain('--max-file-size');
  });

  it('scans a single file given as the root', async () => {
    const { hits } = await collect(path.join(root, '.env'));
    expect(hits.map((h) => h.location.path)).toEqual(['.env']);
  });

  it('refuses a missing path with a one-line reason', async () => {
    await expect(collect(path.join(root, 'nope'))).rejects.toThrow(/path not found: .*nope$/);
  });
});

describe('formatBytes', () => {
  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25.0 MiB');
  });
});

describe('filesSource on hostile trees', () => {
  let root: string;
  let server: Server;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aks-files-odd-'));
    await mkdir(path.join(root, 'dir\nwith newline'));
    await writeFile(path.join(root, 'new\nline.txt'), 'FOUND');
    await writeFile(path.join(root, 'dir\nwith newline/inner.txt'), 'FOUND');
    // "laté.txt" in Latin-1: not valid UTF-8, so it cannot be opened again from a decoded string.
    await writeFile(Buffer.concat([Buffer.from(`${root}${path.sep}lat`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'FOUND');
    execFileSync('mkfifo', [path.join(root, 'fifo')]);
    server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(root, 'sock'), resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  it('finds files and folders whose names hold a newline or bytes that are not UTF-8', async () => {
    const { hits } = await collect(root);
    expect(hits.map((h) => h.location.path).sort()).toEqual(['dir\nwith newline/inner.txt', 'lat\ufffd.txt', 'new\nline.txt']);
  });

  it('never opens a FIFO or a socket: each is skipped with a note', async () => {
    const { notes, counts } = await collect(root);
    expect(notes.filter((n) => n.reason === 'special').map((n) => n.path).sort()).toEqual(['fifo', 'sock']);
    expect(counts.skippedSpecial).toBe(2);
  });

  it('never opens nor notes what is excluded: a FIFO, a socket, a file under an excluded folder', async () => {
    const { hits, notes, counts } = await collect(root, 1024 * 1024, ['fifo', 'sock', 'dir?with newline']);
    expect(hits.map((h) => h.location.path).sort()).toEqual(['lat\ufffd.txt', 'new\nline.txt']);
    expect(notes).toEqual([]);
    expect(counts).toMatchObject({ skippedExcluded: 3, filesScanned: 2 });
  });

  it('notes an unreadable folder and goes on; refuses an unreadable root in one line', async () => {
    if (process.getuid?.() === 0) return; // root reads anything: nothing to test here
    const locked = path.join(root, 'locked');
    await mkdir(locked);
    await chmod(locked, 0);
    try {
      const { hits, notes } = await collect(root);
      expect(hits).toHaveLength(3);
      expect(notes.find((n) => n.reason === 'unreadable')?.path).toBe('locked');
      await expect(collect(locked)).rejects.toThrow(/^cannot read directory .* \(EACCES\)$/);
    } finally {
      await chmod(locked, 0o755);
      await rm(locked, { recursive: true });
    }
  });
});

describe('filesSource notes', () => {
  it('name the file in the message, as the git sources do (text reports and summaries show only the message)', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'aks-files-notes-'));
    try {
      await writeFile(path.join(root, 'big.bin'), Buffer.alloc(2048, 0x61));
      const { notes } = await collect(root, 1024);
      expect(notes.map((n) => n.message)).toEqual(['big.bin: skipped: 2.0 KiB is over the 1.0 KiB limit (--max-file-size)']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('filesSource on a tree of many files (walked and read on a second thread)', () => {
  let root: string;
  let server: Server;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aks-files-many-'));
    for (let d = 0; d < 20; d++) {
      const dir = path.join(root, `d${d}`);
      await mkdir(dir);
      for (let f = 0; f < 100; f++) {
        const i = d * 100 + f;
        await writeFile(path.join(dir, `f${f}.txt`), i % 7 === 0 ? `${'x'.repeat(i)}\nFOUND ${i}\n` : 'nothing\n'.repeat(i % 50));
      }
      await symlink(path.join(dir, 'f0.txt'), path.join(dir, 'link'));
      await writeFile(path.join(dir, 'big.txt'), Buffer.alloc(5000, 0x61));
      await writeFile(path.join(dir, 'empty'), '');
    }
    // Odd entries deep in the part the thread walks, and in the part walked before it starts.
    for (const dir of ['d0', 'd19']) {
      execFileSync('mkfifo', [path.join(root, dir, 'fifo')]);
      await writeFile(Buffer.concat([Buffer.from(path.join(root, dir, 'lat')), Buffer.from([0xe9]), Buffer.from('.txt')]), 'FOUND in Latin-1');
      await mkdir(path.join(root, dir, 'new\nline'));
      await writeFile(path.join(root, dir, 'new\nline', 'FOUND'), 'FOUND');
      await mkdir(path.join(root, dir, '.git'));
      await writeFile(path.join(root, dir, '.git', 'config'), 'FOUND');
    }
    server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(root, 'd5', 'sock'), resolve));
    // A file that is a folder by the time it is read would be an EISDIR; one unreadable folder when not root.
    await mkdir(path.join(root, 'd7', 'locked'));
    await writeFile(path.join(root, 'd7', 'locked', 'FOUND'), 'FOUND');
    await chmod(path.join(root, 'd7', 'locked'), 0);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await chmod(path.join(root, 'd7', 'locked'), 0o755);
    await rm(root, { recursive: true, force: true });
  });
  const show = (r: Awaited<ReturnType<typeof collect>>) => ({
    hits: r.hits.map((h) => `${h.location.path}:${h.location.line}:${h.location.column}`),
    notes: r.notes.map((n) => n.message),
    counts: r.counts,
    progress: r.progress,
  });

  it('finds and notes the same, in the same order, as when everything is done on one thread', async () => {
    const threads: Worker[] = [];
    const one = await collect(root, 4096, undefined, false, (t) => threads.push(t));
    expect(threads).toHaveLength(0);
    const two = await collect(root, 4096, undefined, undefined, (t) => threads.push(t));
    expect(threads).toHaveLength(1); // on by default
    expect(show(two)).toEqual(show(one));
    expect(one.progress).toEqual([1024, 2048]); // every 1024 entries, whichever thread read them
    expect(one.hits.map((h) => h.location.path)).toEqual(expect.arrayContaining(['d0/lat\ufffd.txt', 'd19/new\nline/FOUND', 'd0/new\nline/FOUND']));
    expect(one.hits).toHaveLength(286 + 4 + (process.getuid?.() === 0 ? 1 : 0));
    expect(one.counts).toMatchObject({ filesScanned: 2000 + 20 + 4 + (process.getuid?.() === 0 ? 1 : 0), skippedSymlinks: 20, skippedTooLarge: 20, skippedSpecial: 3 });
    if (process.getuid?.() !== 0) expect(one.notes.map((n) => n.message)).toContain('d7/locked: skipped: cannot read directory (EACCES)');
  });

  it('walks the rest itself, in the same order, when the thread dies part-way', async () => {
    const one = await collect(root, 4096, undefined, false);
    let killed = false;
    const two = await collect(root, 4096, undefined, true, (thread) => {
      // Once it has given some entries: the first batch reaches this thread, then it dies.
      thread.once('message', () => void thread.terminate().then(() => (killed = true)));
    });
    expect(killed).toBe(true);
    expect(show(two)).toEqual(show(one));
  });

  it('takes over the thread the CLI started early for its root: the same findings and notes in the same order, sizes judged by its own limit', async () => {
    const one = await collect(root, 4096, undefined, false);
    const early: Worker[] = [];
    const late: Worker[] = [];
    prestartReadAhead(root, { onThread: (t) => early.push(t) });
    // Let it walk and read ahead (its 5,000-byte files too, which only the scan's limit of 4,096 makes too large).
    await new Promise((resolve) => setTimeout(resolve, 200));
    const two = await collect(root, 4096, undefined, undefined, (t) => late.push(t));
    expect(early).toHaveLength(1);
    expect(late).toHaveLength(0); // the early thread did the walk: no other was started
    expect(show(two)).toEqual(show(one));
  });

  it('refuses a root the thread started early could not list, in one line, as a walk here does: never a clean scan of nothing', async () => {
    // The root is missing when the thread lists it (as an unreadable one would be, even to root), there when the scan starts.
    const later = path.join(await mkdtemp(path.join(tmpdir(), 'aks-files-later-')), 'root');
    let listed!: Promise<unknown>;
    prestartReadAhead(later, { onThread: (t) => void (listed = once(t, 'message')) });
    await listed;
    await mkdir(later);
    try {
      await expect(collect(later)).rejects.toThrow(`cannot read directory ${later} (ENOENT)`);
    } finally {
      await rm(path.dirname(later), { recursive: true, force: true });
    }
  });

  it('stops a thread started early when the scan cannot use it: another root, something excluded, the thread turned off', async () => {
    const cases: { root: string; exclude?: string[]; readAhead?: boolean }[] = [{ root: path.join(root, 'd3') }, { root, exclude: ['d1'] }, { root, readAhead: false }];
    for (const c of cases) {
      const exited = new Promise<number>((resolve) => prestartReadAhead(root, { onThread: (t) => t.once('exit', resolve) }));
      const expected = await collect(c.root, 4096, c.exclude, false);
      const got = await collect(c.root, 4096, c.exclude, c.readAhead);
      await exited;
      expect(show(got)).toEqual(show(expected));
    }
  });

  it('starts no thread for a tree of few files, nor when something is excluded (the thread matches no globs)', async () => {
    const started: Worker[] = [];
    const small = await collect(path.join(root, 'd3'), 4096, undefined, true, (t) => started.push(t));
    expect(small.counts.filesScanned).toBe(101);
    const excluded = await collect(root, 4096, ['d1'], true, (t) => started.push(t));
    expect(excluded.counts).toMatchObject({ skippedExcluded: 1 });
    expect(started).toHaveLength(0);
  });
});

describe('filesSource when a file changes type between the walk and its read', () => {
  it('opens nothing it must not: a FIFO, a symbolic link or a folder in its place is noted, the rest scanned', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'aks-files-swap-'));
    try {
      for (let d = 0; d < 4; d++) {
        await mkdir(path.join(root, `d${d}`));
        for (let f = 0; f < 100; f++) await writeFile(path.join(root, `d${d}`, `f${f}`), f === 9 ? 'FOUND' : 'nothing');
      }
      // The thread starts once d3, d2 and d1 are listed here and before their files are read: swap three of them.
      const swap = (): void => {
        const at = (name: string) => path.join(root, 'd3', name);
        execFileSync('sh', ['-c', 'rm "$1" "$2" "$3" && mkfifo "$1" && ln -s /etc/hostname "$2" && mkdir "$3"', 'sh', at('f1'), at('f2'), at('f3')]);
      };
      const { hits, notes, counts } = await collect(root, 4096, undefined, true, swap);
      expect(notes.map((n) => n.message)).toEqual([
        'd3/f1: skipped: not a regular file (FIFO, socket or device)',
        'd3/f2: symbolic link not followed',
        'd3/f3: skipped: not a regular file (FIFO, socket or device)',
      ]);
      expect(hits.map((h) => h.location.path)).toEqual(['d3/f9', 'd2/f9', 'd1/f9', 'd0/f9']);
      expect(counts).toMatchObject({ filesScanned: 397 });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
