/**
 * Reading files on a second thread while this one scans: the files scan's system calls (open, fstat, read,
 * close: half its time on a tree of many small files) overlap with detection, on the other core.
 *
 * The thread reads each file it is given, in order, into a ring of shared memory and says where; the scan
 * takes the results in the same order, so findings and notes come out as a one-thread scan makes them. A file
 * the ring is not right for (empty by fstat, as procfs files are; larger than a quarter of the ring) is read
 * here instead, by the same reader a one-thread scan uses. Back-pressure: the thread waits while the ring is
 * full; the scan frees a file's bytes when it asks for the next file. If the thread dies, every read waiting
 * on it fails with an error: the scan stops with it, it never hangs.
 *
 * The thread's code is a string evaluated by the Worker (`eval: true`): the bundles are one file per entry
 * (ncc, no chunk files), and this needs nothing but node's own modules.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileReader, type FileRead, type FileReader } from './file-reader.js';

export interface ReadAhead {
  /** False until the thread has started: files are then read here (start-up takes tens of milliseconds). */
  readonly ready: boolean;
  /** Queue a file for the thread; its read comes from `next()`, in the order files were queued. */
  queue(file: Buffer | string): void;
  /**
   * The next queued file's read. Its data is a view of shared memory, valid only until the next call (as with
   * fileReader): the bytes of the one before are given back to the thread when this is called.
   */
  next(): Promise<FileRead>;
  /** Stop the thread (idempotent). */
  close(): Promise<void>;
}

/** Whether a second thread can help: not on a single core, where it would only take turns with this one. */
export function readAheadHelps(): boolean {
  return availableParallelism() > 1;
}

/** What the thread says of one file: a FileRead but for the data, which is where it put it in the ring. */
type ThreadRead =
  | Exclude<FileRead, { kind: 'read' }>
  | { kind: 'read'; offset: number; length: number; span: number }
  /** A read that failed after its room in the ring was taken: the room is given back. */
  | { kind: 'unreadable'; code: string; span: number }
  | { kind: 'here' };

const RING_BYTES = 32 * 1024 * 1024;
/** Paths sent to the thread per message. */
const BATCH = 64;

const THREAD = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { ring, control, maxSize } = workerData;
const bytes = new Uint8Array(ring);
const used = new Int32Array(control);
const capacity = bytes.length;
const flags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK || 0) | (fs.constants.O_NOFOLLOW || 0);
let head = 0;
let out = [];
const flush = () => {
  if (out.length) parentPort.postMessage(out);
  out = [];
};
const codeOf = (error) => (error && error.code) || 'error';
function readOne(path) {
  let fd;
  try {
    fd = fs.openSync(path, flags);
  } catch (error) {
    return codeOf(error) === 'ELOOP' ? { kind: 'symlink' } : { kind: 'unreadable', code: codeOf(error) };
  }
  try {
    const info = fs.fstatSync(fd);
    if (!info.isFile()) return { kind: 'special' };
    if (info.size > maxSize) return { kind: 'too-large', size: info.size };
    if (info.size === 0 || info.size > capacity / 4) return { kind: 'here' };
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
        const n = fs.readSync(fd, bytes, start + length, info.size - length, null);
        length += n;
        if (n === 0 || length === info.size) break;
      }
    } catch (error) {
      return { kind: 'unreadable', code: codeOf(error), span }; // its room is given back all the same
    }
    return { kind: 'read', offset: start, length, span };
  } catch (error) {
    return { kind: 'unreadable', code: codeOf(error) };
  } finally {
    fs.closeSync(fd);
  }
}
parentPort.on('message', (paths) => {
  for (const path of paths) {
    const read = readOne(Buffer.from(path)); // before out is named: readOne may flush it and start a new one
    out.push(read);
  }
  flush();
});
`;

export function readAhead(maxSize: number, options: { ringBytes?: number; /** For tests: the thread, to stop it from outside. */ onThread?: (thread: Worker) => void } = {}): ReadAhead {
  const ring = new SharedArrayBuffer(options.ringBytes ?? RING_BYTES);
  const control = new SharedArrayBuffer(4);
  const used = new Int32Array(control);
  const here: FileReader = fileReader();
  const worker = new Worker(THREAD, { eval: true, workerData: { ring, control, maxSize } });
  options.onThread?.(worker);
  let ready = false;
  let failure: Error | undefined;
  let closed = false;
  /** Paths not yet sent; paths sent whose reads have not been taken (for a file read here instead). */
  let unsent: Array<Buffer | string> = [];
  const sent: Array<Buffer | string> = [];
  const results: ThreadRead[] = [];
  let waiting: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let held = 0;

  const fail = (error: Error): void => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = undefined;
  };
  worker.on('online', () => (ready = true));
  worker.on('message', (reads: ThreadRead[]) => {
    results.push(...reads);
    waiting?.resolve();
    waiting = undefined;
  });
  worker.on('error', (error) => fail(new Error(`the file reading thread failed: ${error.message}`)));
  worker.on('exit', (code) => {
    if (!closed) fail(new Error(`the file reading thread stopped (exit code ${code})`));
  });

  const send = (): void => {
    if (!unsent.length) return;
    // Names as plain bytes: a name that is not UTF-8 must reach open() unchanged.
    worker.postMessage(unsent.map((file) => (typeof file === 'string' ? Buffer.from(file) : new Uint8Array(file))));
    sent.push(...unsent);
    unsent = [];
  };
  const release = (): void => {
    if (!held) return;
    Atomics.sub(used, 0, held);
    Atomics.notify(used, 0);
    held = 0;
  };

  return {
    get ready() {
      return ready && !failure;
    },
    queue(file) {
      unsent.push(file);
      if (unsent.length >= BATCH) send();
    },
    async next() {
      if (closed) throw failure as Error;
      release();
      if (!results.length) {
        send();
        if (!sent.length) throw new Error('read-ahead: nothing queued');
        while (!results.length) {
          if (failure) throw failure;
          await new Promise<void>((resolve, reject) => (waiting = { resolve, reject }));
        }
      }
      const file = sent.shift() as Buffer | string;
      const read = results.shift() as ThreadRead;
      if ('span' in read) held = read.span;
      if (read.kind === 'here') return here.read(file, maxSize);
      if (read.kind === 'unreadable') return { kind: 'unreadable', code: read.code };
      if (read.kind !== 'read') return read;
      return { kind: 'read', data: Buffer.from(ring, read.offset, read.length) };
    },
    async close() {
      if (closed) return;
      closed = true;
      fail(new Error('the file reading thread was stopped'));
      release();
      await worker.terminate();
    },
  };
}
