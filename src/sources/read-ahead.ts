/**
 * Walking and reading files on a second thread while this one scans: the files scan's system calls (getdents,
 * open, fstat, read, close: over half its time on a tree of many small files) run on the other core, and this
 * thread detects (and reads the files over SMALL_FILE: few, but most of the bytes).
 *
 * The thread goes on with a walk the scan began (files.ts): it is handed the walk's stack of folders still to
 * list and walks them exactly as walk() would, in the same order; each file it reads into a ring of shared
 * memory and says where. The scan takes the entries in that order, so findings and notes come out as a
 * one-thread scan makes them. A file over SMALL_FILE, or empty by fstat but not by a read (procfs and the like),
 * is read here instead, by the same reader a one-thread scan uses.
 * Back-pressure: the thread waits while the ring is full; the scan gives the room of the files it has taken
 * back as it goes (see release). If the thread dies, `next()` says so: the scan walks the rest itself (files.ts), never hangs.
 *
 * Messages are few and cheap to copy: entries go in batches, each batch's paths in one string, made there (as
 * files.ts's whereOf makes them) so that this thread does not; a file to read here comes with its name as
 * Latin-1 (a byte per character: a name that is not UTF-8 arrives unchanged).
 *
 * The thread's code is a string evaluated by the Worker (`eval: true`): it needs nothing but node's own
 * modules, and runs the same from the bundle and from the sources under test.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileReader, type FileRead, type FileReader } from './file-reader.js';

/** What the walk found at one entry: a file's read, or what kept it from being read; a folder it could not list. */
export type EntryRead = FileRead | { kind: 'unreadable-directory'; code: string };

/** One entry of the walk, as the thread found it. */
export interface ThreadEntry {
  /** The path relative to the root, as reports show it (files.ts's whereOf: `/`, bytes not UTF-8 as U+FFFD). */
  where: string;
  read: EntryRead;
}

export interface ReadAhead {
  /**
   * The walk's next entry; `end` when the walk is done; `died` when the thread stopped before it was (the
   * entries given so far stand). A read's data is a view of shared memory, valid only until the next call (as
   * with fileReader): the bytes of the one before are given back to the thread when this is called.
   */
  next(): Promise<ThreadEntry | 'end' | 'died'>;
  /** Stop the thread (idempotent). */
  close(): Promise<void>;
}

/** Whether a second thread can help: not on a single core, where it would only take turns with this one. */
export function readAheadHelps(cores = availableParallelism()): boolean {
  return cores > 1;
}

/**
 * What the thread says of one entry: a FileRead but for the data, which is where it put it in the ring; or `here`,
 * to be read on this thread. Every entry has every field (THREAD's `entry`), so that all have one hidden class:
 * the code that takes them is not sent back to be compiled again by a new shape.
 */
interface ThreadRead {
  kind: Exclude<EntryRead['kind'], 'too-large'> | 'here';
  /** A read's place in the ring. */
  offset: number;
  length: number;
  /** The room in the ring it took (with the ring's tail it skipped), given back once taken; a failed read's too. */
  span: number;
  /** Unreadable: the error's code. */
  code: string;
  /** `here`: the path relative to the root, as Latin-1 (a byte per character, so any name survives). */
  name: string;
}

/** A batch of entries: where each is, each followed by a NUL (no name holds one), and their reads. */
type Batch = { wheres: string; reads: ThreadRead[] } | 'end';

/**
 * How far the thread may read ahead of the scan. Larger lets it go on through the small files while the scan is on
 * a few large ones (and fill it before the scan begins, when started early: prestartReadAhead): 4, 8, 16 MiB took
 * 981, 955, 932 ms on node_modules. Past that the ring no longer stays in the processor's cache: 32 MiB was 6 %
 * slower than 4, and cycling through 64 MiB made the thread's reads three times as slow (bench/README.md).
 */
const RING_BYTES = 16 * 1024 * 1024;
/**
 * The largest file the thread reads (at most a quarter of the ring): one read, no fstat. Larger files are read
 * here. The split evens out the threads' work: the thread's is mostly per file (the walk, an open, a read and a
 * close each), this one's per byte (the detector); with files up to 2 MiB on the thread, this one waited for it
 * about 0.4 s of a 1.3 s scan of node_modules (26,203 of its files are up to 16 KiB, 1,239 up to 64 KiB, 469 up to
 * 2 MiB and 33 larger). Up to 32 KiB: 5-7 % faster (bench/README.md); up to 8 KiB, this thread became the slow one.
 */
const SMALL_FILE = 32 * 1024;
/** Room given back to the thread at a time (see release). */
const RELEASE_BYTES = 4 * 1024 * 1024;
/** Entries per message. */
const BATCH = 128;

const THREAD = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { ring, control, root, folders, sep, batch } = workerData;
const bytes = new Uint8Array(ring);
const used = new Int32Array(control);
const capacity = bytes.length;
const probe = new Uint8Array(1);
const SMALL = workerData.small;
const flags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK || 0) | (fs.constants.O_NOFOLLOW || 0);
// Paths are Latin-1 strings, a character per byte: any name survives, and one all ASCII (nearly all are) is its own
// UTF-8, opened as it is. Cheaper than names as Buffers: no allocation per name, no concat per path.
const NOT_ASCII = /[^\x00-\x7f]/;
const bytesOf = (path) => (NOT_ASCII.test(path) ? Buffer.from(path, 'latin1') : path);
const rootLength = root.length + sep.length;
let head = 0;
let wheres = [];
let reads = [];
const flush = () => {
  if (reads.length) parentPort.postMessage({ wheres: wheres.join(''), reads });
  wheres = [];
  reads = [];
};
const codeOf = (error) => (error && error.code) || 'error';
// Every entry in one shape (see ThreadRead).
const entry = (kind, offset, length, span, code) => ({ kind, offset, length, span, code, name: '' });
function readOne(path) {
  let fd;
  try {
    fd = fs.openSync(path, flags);
  } catch (error) {
    return codeOf(error) === 'ELOOP' ? entry('symlink', 0, 0, 0, '') : entry('unreadable', 0, 0, 0, codeOf(error));
  }
  try {
    const first = readSmall(fd);
    if (first) return first;
    const info = fs.fstatSync(fd);
    if (!info.isFile()) return entry('special', 0, 0, 0, '');
    if (info.size > SMALL) return entry('here', 0, 0, 0, '');
    // Empty by fstat: an empty file (common) unless a read finds bytes (procfs and the like: read there, whole).
    if (info.size === 0) return entry(fs.readSync(fd, probe, 0, 1, 0) === 0 ? 'read' : 'here', 0, 0, 0, '');
    let start = head;
    let span = info.size;
    if (start + info.size > capacity) {
      span += capacity - start;
      start = 0;
    }
    for (let now = Atomics.load(used, 0); now + span > capacity; now = Atomics.load(used, 0)) {
      flush(); // what is already read must reach the scan, or it never frees room
      Atomics.wait(used, 0, now);
    }
    Atomics.add(used, 0, span);
    head = start + info.size;
    let length = 0;
    try {
      for (;;) {
        const n = fs.readSync(fd, bytes, start + length, info.size - length, length);
        length += n;
        if (n === 0 || length === info.size) break;
      }
    } catch (error) {
      return entry('unreadable', 0, 0, span, codeOf(error)); // its room is given back all the same
    }
    return entry('read', start, length, span, '');
  } catch (error) {
    return entry('unreadable', 0, 0, 0, codeOf(error));
  } finally {
    fs.closeSync(fd);
  }
}
// Most files are small: one read of up to SMALL bytes straight into the ring, without the fstat first. Shorter than
// asked (and not empty), the read is the whole of a regular file (a FIFO, socket or device opened here gives nothing,
// an error or a full read). Anything else is settled by fstat as before (the file is read again from its start).
function readSmall(fd) {
  let start = head;
  let span = SMALL;
  if (start + SMALL > capacity) {
    span += capacity - start;
    start = 0;
  }
  for (let now = Atomics.load(used, 0); now + span > capacity; now = Atomics.load(used, 0)) {
    flush();
    Atomics.wait(used, 0, now);
  }
  Atomics.add(used, 0, span);
  let n = 0;
  try {
    n = fs.readSync(fd, bytes, start, SMALL, 0);
  } catch {
    n = 0;
  }
  if (n === 0 || n === SMALL) {
    Atomics.sub(used, 0, span);
    return undefined;
  }
  Atomics.sub(used, 0, SMALL - n); // the room past the file is the next one's
  head = start + n;
  return entry('read', start, n, span - (SMALL - n), '');
}
const slash = (where) => (sep === '/' ? where : where.split(sep).join('/'));
const add = (absolute, read) => {
  const relative = absolute.slice(rootLength);
  if (read.kind === 'here') read.name = relative;
  // As files.ts's whereOf: UTF-8, bytes that are not shown as U+FFFD. After readOne, which may flush.
  wheres.push(slash(NOT_ASCII.test(relative) ? Buffer.from(relative, 'latin1').toString('utf8') : relative), '\0');
  reads.push(read);
  if (reads.length >= batch) flush();
};
// The walk of files.ts, folder by folder from the end of the stack, entries in the listing's order.
const pending = folders.map((folder) => Buffer.from(folder).toString('latin1'));
for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
  let entries;
  try {
    entries = fs.readdirSync(bytesOf(dir), { withFileTypes: true, encoding: 'latin1' });
  } catch (error) {
    add(dir, entry('unreadable-directory', 0, 0, 0, codeOf(error)));
    continue;
  }
  for (const dirent of entries) {
    if (dirent.name === '.git') continue;
    const absolute = dir + sep + dirent.name;
    if (dirent.isDirectory()) pending.push(absolute);
    else if (dirent.isFile()) {
      const read = readOne(bytesOf(absolute));
      add(absolute, read);
    } else add(absolute, entry(dirent.isSymbolicLink() ? 'symlink' : 'special', 0, 0, 0, ''));
  }
}
flush();
parentPort.postMessage('end');
`;

/**
 * A thread that walks `folders` (the walk's stack: the last is listed first) under `root` and reads each file.
 * `ringBytes`, `onThread`: for tests (a small ring; the thread, to stop it from outside).
 */
export function readAhead(root: Buffer, folders: readonly Buffer[], maxSize: number, options: ThreadOptions = {}): ReadAhead {
  return startThread(root, folders, { maxSize }, options).ahead;
}

interface ThreadOptions {
  ringBytes?: number;
  onThread?: (thread: Worker) => void;
}

/**
 * The thread itself. The size limit is judged here, on this side, never by the thread: a file it read (under
 * SMALL_FILE) over `limit.maxSize` is too large, and one read here goes through the reader with the limit. So a
 * thread can start before the limit is known (prestartReadAhead), which then sets it.
 */
function startThread(root: Buffer, folders: readonly Buffer[], limit: { maxSize: number }, options: ThreadOptions): { ahead: ReadAhead; worker: Worker } {
  const ringBytes = options.ringBytes ?? RING_BYTES;
  const ring = new SharedArrayBuffer(ringBytes);
  const control = new SharedArrayBuffer(4);
  const used = new Int32Array(control);
  const here: FileReader = fileReader();
  // Copies of the folders' bytes: a Buffer may be a view of node's shared pool, all of which would be cloned.
  const workerData = { small: Math.min(SMALL_FILE, ringBytes / 4), ring, control, root: new Uint8Array(root), folders: folders.map((folder) => new Uint8Array(folder)), sep: path.sep, batch: BATCH };
  const worker = new Worker(THREAD, { eval: true, workerData });
  options.onThread?.(worker);
  let ended = false;
  let died = false;
  let closed = false;
  const batches: Batch[] = [];
  /** The entries of the batch being taken, and the next one's index. */
  let current: { wheres: string[]; reads: ThreadRead[]; index: number } | undefined;
  /** The scan waiting for the thread's next message (or its end). */
  let waiting: (() => void) | undefined;
  let held = 0;
  const releaseAt = Math.min(RELEASE_BYTES, ring.byteLength / 8);

  const wake = (): void => {
    waiting?.();
    waiting = undefined;
  };
  worker.on('message', (batch: Batch) => {
    if (batch === 'end') ended = true;
    batches.push(batch);
    wake();
  });
  const stopped = (): void => {
    if (!ended && !closed) died = true;
    wake();
  };
  worker.on('error', stopped);
  worker.on('exit', stopped);

  /**
   * The room of the files taken is given back a few MiB at a time (each notify costs microseconds), and always
   * before waiting for the thread, which may be waiting for that room.
   */
  const release = (now = false): void => {
    if (!held || (!now && held < releaseAt)) return;
    Atomics.sub(used, 0, held);
    Atomics.notify(used, 0);
    held = 0;
  };
  const absolute = (name: string): Buffer => Buffer.concat([root, Buffer.from(path.sep), Buffer.from(name, 'latin1')]);

  const ahead: ReadAhead = {
    async next() {
      if (closed) throw new Error('the file reading thread was stopped');
      release();
      while (!current || current.index === current.reads.length) {
        current = undefined;
        if (closed) throw new Error('the file reading thread was stopped');
        if (!batches.length) {
          if (ended) return 'end';
          if (died) return 'died';
          release(true);
          await new Promise<void>((resolve) => (waiting = resolve));
          continue;
        }
        const batch = batches.shift()!;
        if (batch === 'end') return 'end';
        current = { wheres: batch.wheres.split('\0'), reads: batch.reads, index: 0 };
      }
      const where = current.wheres[current.index]!;
      const read = current.reads[current.index++]!;
      held += read.span;
      switch (read.kind) {
        case 'here':
          return { where, read: here.read(absolute(read.name), limit.maxSize) };
        case 'read':
          if (read.length > limit.maxSize) return { where, read: { kind: 'too-large', size: read.length } };
          return { where, read: { kind: 'read', data: Buffer.from(ring, read.offset, read.length) } };
        case 'unreadable':
        case 'unreadable-directory':
          return { where, read: { kind: read.kind, code: read.code } };
        default:
          return { where, read: { kind: read.kind } };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      release(true);
      wake();
      await worker.terminate();
    },
  };
  return { ahead, worker };
}

/**
 * The files scan's thread, started by the CLI before the rest of it is loaded (cli/prestart.ts): the thread's own
 * start (~90 ms: a second node environment) and its first megabytes of reads then overlap the CLI's start on the
 * other core, instead of the scan waiting for it. Until taken it does not keep the process alive.
 */
let prestarted: Prestarted | undefined;

interface Prestarted {
  root: string;
  ahead: ReadAhead;
  worker: Worker;
  limit: { maxSize: number };
}

/** Start walking and reading the whole of `root` (an absolute path to a directory) on a second thread. */
export function prestartReadAhead(root: string, options: ThreadOptions = {}): void {
  if (prestarted || !readAheadHelps()) return;
  const limit = { maxSize: Number.MAX_SAFE_INTEGER };
  const { ahead, worker } = startThread(Buffer.from(root), [Buffer.from(root)], limit, options);
  worker.unref(); // after its listeners are on: adding one refs it again
  prestarted = { root, ahead, worker, limit };
}

/**
 * The prestarted thread when it walks `root` (whole, from its top), now judging sizes by `maxSize`; undefined
 * otherwise. Either way it is no longer held here: one that does not fit is stopped.
 */
export async function takePrestarted(root: string, maxSize: number, usable: boolean): Promise<ReadAhead | undefined> {
  const started = prestarted;
  prestarted = undefined;
  if (!started) return undefined;
  if (!usable || started.root !== root) {
    await started.ahead.close();
    return undefined;
  }
  started.limit.maxSize = maxSize;
  started.worker.ref();
  return started.ahead;
}
