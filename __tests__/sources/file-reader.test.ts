import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileReader } from '../../src/sources/file-reader.js';

describe('fileReader', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aks-reader-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reuses its buffer: a short file read after a long one holds only its own bytes', async () => {
    const long = Buffer.alloc(3 * 1024 * 1024 + 17, 0x61); // past the first buffer: it grows
    await writeFile(path.join(root, 'long'), long);
    await writeFile(path.join(root, 'short'), 'xyz');
    await writeFile(path.join(root, 'empty'), '');
    const reader = fileReader();
    const first = reader.read(path.join(root, 'long'), 8 * 1024 * 1024);
    expect(first.kind === 'read' && first.data.equals(long)).toBe(true);
    const second = reader.read(path.join(root, 'short'), 8 * 1024 * 1024);
    expect(second.kind === 'read' && second.data.toString()).toBe('xyz');
    const third = reader.read(path.join(root, 'empty'), 8 * 1024 * 1024);
    expect(third.kind === 'read' && third.data.length).toBe(0);
  });

  it('reads files past the size it reserves at once (32 MiB) whole and exact, growing further by doubling, and a short one after them', async () => {
    // A 251-byte pattern (prime): a read at a wrong offset shows.
    const pattern = Buffer.from(Array.from({ length: 251 }, (_, i) => (i * 13 + 5) & 0xff));
    const sizes = [32 * 1024 * 1024 + 1, 65 * 1024 * 1024 + 3];
    for (const [i, size] of sizes.entries()) await writeFile(path.join(root, `huge${i}`), Buffer.alloc(size, pattern));
    await writeFile(path.join(root, 'after'), 'tail');
    const reader = fileReader();
    for (const [i, size] of sizes.entries()) {
      const read = reader.read(path.join(root, `huge${i}`), 80 * 1024 * 1024);
      expect(read.kind === 'read' && read.data.length === size && read.data.equals(Buffer.alloc(size, pattern))).toBe(true);
    }
    const after = reader.read(path.join(root, 'after'), 80 * 1024 * 1024);
    expect(after.kind === 'read' && after.data.toString()).toBe('tail');
    for (const i of sizes.keys()) await rm(path.join(root, `huge${i}`));
  });

  it('reads files around the size of its first read (256 KiB, before any fstat) whole and exact, and a file over the limit is too large with its size either way', async () => {
    // A shorter first read is the whole file; a full one is settled by fstat and the file read again from its start.
    // Each file's bytes count up, so a read at a wrong offset shows.
    const content = (size: number): Buffer => Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + size) & 0xff));
    const sizes = [256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 512 * 1024 + 3, 10];
    for (const [i, size] of sizes.entries()) await writeFile(path.join(root, `edge${i}`), content(size));
    const reader = fileReader();
    for (const [i, size] of sizes.entries()) {
      const read = reader.read(path.join(root, `edge${i}`), 1 << 20);
      expect(read.kind === 'read' && read.data.equals(content(size))).toBe(true);
    }
    expect(reader.read(path.join(root, 'edge4'), 9)).toEqual({ kind: 'too-large', size: 10 }); // known from the short read
    expect(reader.read(path.join(root, 'edge3'), 300 * 1024)).toEqual({ kind: 'too-large', size: 512 * 1024 + 3 }); // from fstat
  });

  it('says a device named to it is special, whatever its first read gives (all of it, or nothing)', () => {
    const reader = fileReader();
    for (const device of ['/dev/zero', '/dev/null']) {
      if (!existsSync(device)) continue;
      expect(reader.read(device, 1 << 20, true)).toEqual({ kind: 'special' });
    }
  });

  it('says what it did not read: a symbolic link (unless followed), a FIFO (without blocking), a file over the limit, a missing one', async () => {
    await writeFile(path.join(root, 'target'), 'content');
    await symlink(path.join(root, 'target'), path.join(root, 'link'));
    execFileSync('mkfifo', [path.join(root, 'fifo')]);
    await writeFile(path.join(root, 'big'), Buffer.alloc(2048));
    const reader = fileReader();
    expect(reader.read(path.join(root, 'link'), 1024)).toEqual({ kind: 'symlink' });
    const followed = reader.read(path.join(root, 'link'), 1024, true);
    expect(followed.kind === 'read' && followed.data.toString()).toBe('content');
    expect(reader.read(path.join(root, 'fifo'), 1024)).toEqual({ kind: 'special' });
    expect(reader.read(path.join(root, 'big'), 1024)).toEqual({ kind: 'too-large', size: 2048 });
    expect(reader.read(path.join(root, 'missing'), 1024)).toEqual({ kind: 'unreadable', code: 'ENOENT' });
  });

  it('reads a file whose size says 0 to its end (procfs), within the limit', () => {
    if (!existsSync('/proc/self/status')) return; // Linux only
    const reader = fileReader();
    const status = reader.read('/proc/self/status', 1024 * 1024);
    expect(status.kind === 'read' && status.data.toString()).toMatch(/^Name:/);
    expect(reader.read('/proc/self/status', 16)).toMatchObject({ kind: 'too-large' });
  });
});
