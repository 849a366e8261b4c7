import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { readAhead } from '../../src/sources/read-ahead.js';

describe('readAhead (files read on a second thread)', () => {
  let root: string;
  const names: string[] = [];
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aks-ahead-'));
    // Sizes that wrap a small ring many times over, and one too big for it (read on the calling thread).
    for (let i = 0; i < 200; i++) {
      const name = path.join(root, `f${i}`);
      await writeFile(name, Buffer.alloc(1 + ((i * 7919) % 3000), `${i % 10}`));
      names.push(name);
    }
    await writeFile(path.join(root, 'huge'), Buffer.alloc(9000, 'h'));
    await writeFile(path.join(root, 'empty'), '');
    await symlink(names[0]!, path.join(root, 'link'));
    execFileSync('mkfifo', [path.join(root, 'fifo')]);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const started = async (maxSize: number, ringBytes: number, onThread?: (thread: Worker) => void) => {
    const ahead = readAhead(maxSize, { ringBytes, ...(onThread ? { onThread } : {}) });
    while (!ahead.ready) await new Promise((resolve) => setTimeout(resolve, 5));
    return ahead;
  };

  it('gives every file back in the order queued, whole, through a ring far smaller than all of them', async () => {
    const ahead = await started(1 << 20, 16 * 1024);
    try {
      const order = [...names, path.join(root, 'huge'), path.join(root, 'empty'), path.join(root, 'link'), path.join(root, 'fifo'), path.join(root, 'gone')];
      for (const name of order) ahead.queue(Buffer.from(name));
      for (let i = 0; i < names.length; i++) {
        const read = await ahead.next();
        expect(read.kind).toBe('read');
        if (read.kind !== 'read') continue;
        expect(read.data.length).toBe(1 + ((i * 7919) % 3000));
        expect(read.data.every((byte) => byte === 0x30 + (i % 10))).toBe(true);
      }
      const huge = await ahead.next();
      expect(huge.kind === 'read' && huge.data.toString()).toBe('h'.repeat(9000));
      const empty = await ahead.next();
      expect(empty.kind === 'read' && empty.data.length).toBe(0);
      expect(await ahead.next()).toEqual({ kind: 'symlink' });
      expect(await ahead.next()).toEqual({ kind: 'special' });
      expect(await ahead.next()).toEqual({ kind: 'unreadable', code: 'ENOENT' });
    } finally {
      await ahead.close();
    }
  });

  it('says a file is too large without reading it', async () => {
    const ahead = await started(100, 16 * 1024);
    try {
      ahead.queue(path.join(root, 'huge'));
      expect(await ahead.next()).toEqual({ kind: 'too-large', size: 9000 });
    } finally {
      await ahead.close();
    }
  });

  it('fails, not hangs, when the thread dies: the read waiting on it is an error', async () => {
    let thread: Worker | undefined;
    const ahead = await started(1 << 20, 16 * 1024, (t) => (thread = t));
    try {
      const first = await ahead.next().catch((error: Error) => error);
      expect(first).toBeInstanceOf(Error); // nothing queued: a usage error, not a wait
      // The thread dies; a read then waits on it: it must reject, not wait forever.
      await thread!.terminate();
      for (const name of names) ahead.queue(name);
      await expect(ahead.next()).rejects.toThrow(/the file reading thread stopped \(exit code 1\)/);
    } finally {
      await ahead.close();
    }
  });

  it('refuses reads once closed', async () => {
    const ahead = await started(1 << 20, 16 * 1024);
    ahead.queue(names[0]!);
    await ahead.close();
    await expect(ahead.next()).rejects.toThrow(/the file reading thread was stopped/);
  });

  it('stops a thread that waits for room in the ring', async () => {
    const ahead = await started(1 << 20, 16 * 1024);
    for (const name of names) ahead.queue(name);
    const first = await ahead.next(); // the thread fills the ring behind this one and waits
    expect(first.kind).toBe('read');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await ahead.close(); // resolves: the thread is terminated even while it waits
  });
});
