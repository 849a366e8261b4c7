import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { readAhead, readAheadHelps, type ReadAhead, type ThreadEntry } from '../../src/sources/read-ahead.js';

/** Every entry the thread gives, with its bytes copied (a read's view is valid only until the next call). */
async function drain(ahead: ReadAhead): Promise<{ entries: Array<{ name: string; kind: string; data?: Buffer; size?: number; code?: string }>; last: 'end' | 'died' }> {
  const entries = [];
  for (;;) {
    const next = await ahead.next();
    if (next === 'end' || next === 'died') return { entries, last: next };
    entries.push(shown(next));
  }
}

function shown({ where, read }: ThreadEntry) {
  const base = { name: where, kind: read.kind };
  if (read.kind === 'read') return { ...base, data: Buffer.from(read.data) };
  if (read.kind === 'too-large') return { ...base, size: read.size };
  if (read.kind === 'unreadable' || read.kind === 'unreadable-directory') return { ...base, code: read.code };
  return base;
}

describe('readAhead (the walk and the reads on a second thread)', () => {
  let root: string;
  let rootBytes: Buffer;
  const sizes: number[] = [];
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aks-ahead-'));
    rootBytes = Buffer.from(root);
    // Sizes that wrap a small ring many times over, one too big for it (read on the calling thread), odd entries.
    await mkdir(path.join(root, 'a'));
    for (let i = 0; i < 200; i++) {
      sizes.push(1 + ((i * 7919) % 3000));
      await writeFile(path.join(root, 'a', `f${String(i).padStart(3, '0')}`), Buffer.alloc(sizes[i]!, `${i % 10}`));
    }
    await mkdir(path.join(root, 'b'));
    await writeFile(path.join(root, 'b', 'huge'), Buffer.alloc(9000, 'h'));
    await writeFile(path.join(root, 'b', 'empty'), '');
    await symlink(path.join(root, 'a', 'f000'), path.join(root, 'b', 'link'));
    execFileSync('mkfifo', [path.join(root, 'b', 'fifo')]);
    await mkdir(path.join(root, 'b', '.git'));
    await writeFile(path.join(root, 'b', '.git', 'config'), 'never read');
    await writeFile(Buffer.concat([Buffer.from(path.join(root, 'b', 'lat')), Buffer.from([0xe9])]), 'latin-1 name');
    await writeFile(Buffer.concat([Buffer.from(path.join(root, 'b', 'hug')), Buffer.from([0xe9])]), Buffer.alloc(9000, 'l')); // read here, by its bytes
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const start = (folders: string[], maxSize: number, ringBytes: number, onThread?: (thread: Worker) => void) =>
    readAhead(rootBytes, folders.map((folder) => Buffer.from(path.join(root, folder))), maxSize, { ringBytes, ...(onThread ? { onThread } : {}) });

  it('walks the folders from the end of the stack, each in its listing order, and gives every file whole through a ring far smaller than all of them', async () => {
    const ahead = start(['a', 'b'], 1 << 20, 16 * 1024);
    try {
      const { entries, last } = await drain(ahead);
      expect(last).toBe('end');
      // b first (the end of the stack), .git never entered; names relative to the root, bytes unchanged.
      expect(entries.slice(0, 7).map((e) => [e.name, e.kind])).toEqual([
        ['b/empty', 'read'],
        ['b/fifo', 'special'],
        ['b/huge', 'read'],
        ['b/hug\ufffd', 'read'],
        ['b/lat\ufffd', 'read'],
        ['b/link', 'symlink'],
        ['a/f000', 'read'],
      ]);
      expect(entries[0]!.data!.length).toBe(0);
      expect(entries[2]!.data!.toString()).toBe('h'.repeat(9000)); // over half the ring: read on this thread
      expect(entries[3]!.data!.toString()).toBe('l'.repeat(9000));
      expect(entries[4]!.data!.toString()).toBe('latin-1 name');
      const files = entries.slice(6);
      expect(files).toHaveLength(200);
      files.forEach((file, i) => {
        expect(file.data!.length).toBe(sizes[i]);
        expect(file.data!.every((byte) => byte === 0x30 + (i % 10))).toBe(true);
      });
      expect(await ahead.next()).toBe('end'); // and again: the walk is over
    } finally {
      await ahead.close();
    }
  });

  it('walks and reads under a folder whose name is not UTF-8, and names a UTF-8 file in it as files.ts does', async () => {
    const folder = Buffer.concat([rootBytes, Buffer.from('/c'), Buffer.from([0xe9])]);
    await mkdir(folder);
    await mkdir(Buffer.concat([folder, Buffer.from('/sub')]));
    await writeFile(Buffer.concat([folder, Buffer.from('/sub/\u00e9t\u00e9.txt')]), 'in a Latin-1 folder');
    await writeFile(Buffer.concat([folder, Buffer.from('/big')]), Buffer.alloc(9000, 'b')); // read on this thread, by its bytes
    const ahead = readAhead(rootBytes, [folder], 1 << 20, { ringBytes: 16 * 1024 });
    try {
      const { entries } = await drain(ahead);
      expect(entries.map((e) => [e.name, e.kind, e.data?.toString()])).toEqual([
        ['c\ufffd/big', 'read', 'b'.repeat(9000)],
        ['c\ufffd/sub/\u00e9t\u00e9.txt', 'read', 'in a Latin-1 folder'],
      ]);
    } finally {
      await ahead.close();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('says a file is too large without reading it, and a folder it cannot list', async () => {
    const ahead = start(['gone', 'b'], 100, 16 * 1024);
    try {
      const { entries } = await drain(ahead);
      expect(entries.find((e) => e.name === 'b/huge')).toEqual({ name: 'b/huge', kind: 'too-large', size: 9000 });
      expect(entries.at(-1)).toEqual({ name: 'gone', kind: 'unreadable-directory', code: 'ENOENT' });
    } finally {
      await ahead.close();
    }
  });

  it('reads files around the size of its first read (a quarter of the ring, before any fstat) whole and exact, and says a small file over the limit is too large with its size', async () => {
    // A 16 KiB ring reads up to 4 KiB first: a shorter read is the whole file; a full one is settled by fstat and the
    // file is read again from its start. Each file's bytes count up, so a read at a wrong offset shows.
    const dir = await mkdtemp(path.join(tmpdir(), 'aks-ahead-edges-'));
    const rootOfEdges = Buffer.from(dir);
    const sizes = [1, 4095, 4096, 4097, 8191, 8192, 8193, 3000];
    const content = (size: number): Buffer => Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + size) & 0xff));
    try {
      await mkdir(path.join(dir, 'e'));
      for (const [i, size] of sizes.entries()) await writeFile(path.join(dir, 'e', `s${i}`), content(size));
      const read = async (maxSize: number) => {
        const ahead = readAhead(rootOfEdges, [Buffer.from(path.join(dir, 'e'))], maxSize, { ringBytes: 16 * 1024 });
        try {
          return await drain(ahead);
        } finally {
          await ahead.close();
        }
      };
      const { entries } = await read(1 << 20);
      expect(entries).toHaveLength(sizes.length);
      for (const entry of entries) {
        const size = sizes[Number(entry.name.slice('e/s'.length))]!;
        expect(entry.kind).toBe('read');
        expect(entry.data!.equals(content(size))).toBe(true);
      }
      const limited = await read(2000);
      for (const entry of limited.entries) {
        const size = sizes[Number(entry.name.slice('e/s'.length))]!;
        expect(entry.kind === 'too-large' ? entry.size : entry.data!.length).toBe(size);
        expect(entry.kind).toBe(size > 2000 ? 'too-large' : 'read');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says it died when the thread dies: the entries given so far stand, nothing hangs', async () => {
    let thread: Worker | undefined;
    const ahead = start(['a'], 1 << 20, 16 * 1024, (t) => (thread = t));
    try {
      const first = await ahead.next(); // the thread fills the ring behind this one and waits for room
      expect(first !== 'end' && first !== 'died' && first.where).toBe('a/f000');
      await thread!.terminate();
      const { entries, last } = await drain(ahead);
      expect(last).toBe('died');
      expect(entries.length).toBeLessThan(199);
      entries.forEach((entry, i) => expect(entry.name).toBe(`a/f${String(i + 1).padStart(3, '0')}`));
    } finally {
      await ahead.close();
    }
  });

  it('refuses reads once closed, and stops a thread that waits for room in the ring', async () => {
    const ahead = start(['a'], 1 << 20, 16 * 1024);
    expect(await ahead.next()).not.toBe('end');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await ahead.close(); // resolves: the thread is terminated even while it waits
    await ahead.close();
    await expect(ahead.next()).rejects.toThrow(/the file reading thread was stopped/);
  });

  it('is not started on one core', () => {
    expect(readAheadHelps(1)).toBe(false);
    expect(readAheadHelps(2)).toBe(true);
  });
});
