/**
 * Reading whole files into one buffer that is reused from file to file.
 *
 * Why not readFileSync: it allocates a fresh buffer per file, and the kernel's copy into fresh memory faults in
 * every page of it; on a tree of many files that costs as much as the reading itself (about half the time of a
 * files scan of node_modules). One buffer, grown to the largest file read (never past the size limit), is
 * faulted in once. Synchronous on purpose: per file, an open, a read or two and a close cost a few microseconds
 * each in native code, where each asynchronous call pays a round trip through the thread pool and a callback
 * (measured: the same reads kept 16 in flight took twice as long, on two cores). A file shorter than the buffer
 * (most) is read with no fstat: one system call fewer per file, ~7 % of a files scan of node_modules.
 *
 * The open is safe on whatever the name has become since its folder was listed: O_NOFOLLOW (a symbolic link is
 * not followed: ELOOP), O_NONBLOCK (a FIFO swapped in cannot block the open), then the first read, or fstat when
 * it is not a short read of a regular file, says what was opened.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type FileRead =
  /** The content: a view of the reader's buffer, valid only until its next read (copy what must outlive it). */
  | { kind: 'read'; data: Buffer }
  | { kind: 'symlink' }
  /** A FIFO, socket or device. */
  | { kind: 'special' }
  | { kind: 'too-large'; size: number }
  | { kind: 'unreadable'; code: string };

export interface FileReader {
  /** `follow`: a symbolic link is followed (a root named on the command line), not reported. */
  read(file: string | Buffer, maxSize: number, follow?: boolean): FileRead;
}

/** Windows has neither flag; its symbolic links are told apart by the walk's directory entries. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = constants.O_NONBLOCK ?? 0;
const INITIAL_SIZE = 256 * 1024;
/**
 * The first read's size, before fstat: not the whole buffer, which grows to the largest file read, or a file far
 * over the size limit would be read up to the limit before fstat said it was too large.
 */
const FIRST_READ = INITIAL_SIZE;
/**
 * What the buffer grows to at once the first time a file does not fit it. A buffer this large is address space
 * only: the system gives it a page where a read first writes (an uninitialized buffer is never written by node),
 * so it costs what the largest file read costs. Grown by doubling instead, every size on the way was a fresh
 * buffer whose every page was faulted in again, ~3,700 more page faults on node_modules, where a page fault is
 * a trap to the hypervisor: 7-9 % of the scan's wall time (bench/README.md). A larger file (a raised
 * --max-file-size) grows it further by doubling.
 */
const RESERVED_SIZE = 32 * 1024 * 1024;

export function fileReader(): FileReader {
  let buffer = Buffer.allocUnsafeSlow(INITIAL_SIZE);
  /** The buffer grown to hold at least `size` bytes (doubling past RESERVED_SIZE, so a run of growing files costs few copies). */
  const room = (size: number, keep: number): void => {
    if (size <= buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(size, RESERVED_SIZE, Math.min(buffer.length * 2, size * 2)));
    buffer.copy(grown, 0, 0, keep);
    buffer = grown;
  };
  /** Bytes read from the start of the file into the buffer, up to FIRST_READ; 0 on an error (fstat then says why). */
  const readFirst = (fd: number): number => {
    try {
      return readSync(fd, buffer, 0, FIRST_READ, 0);
    } catch {
      return 0;
    }
  };
  return {
    read(file, maxSize, follow = false) {
      let fd: number;
      try {
        fd = openSync(file, constants.O_RDONLY | NON_BLOCK | (follow ? 0 : NO_FOLLOW));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        return code === 'ELOOP' && !follow ? { kind: 'symlink' } : { kind: 'unreadable', code };
      }
      try {
        // Most files are smaller than the buffer: one read, without the fstat first. Shorter than asked (and not
        // empty), the read is the whole of a regular file; a FIFO, socket or device opened here gives nothing, an
        // error or a full buffer, and anything but a short read is settled by fstat (the file read again from its start).
        const first = readFirst(fd);
        if (first > 0 && first < FIRST_READ) return first > maxSize ? { kind: 'too-large', size: first } : { kind: 'read', data: buffer.subarray(0, first) };
        const info = fstatSync(fd);
        if (!info.isFile()) return { kind: 'special' };
        if (info.size > maxSize) return { kind: 'too-large', size: info.size };
        // Up to the size fstat gave; a file that says 0 (procfs and the like) is read to its end, within the limit.
        const until = info.size > 0 ? info.size : maxSize + 1;
        room(info.size, 0);
        let length = 0;
        for (;;) {
          if (length === buffer.length) room(Math.min(until, length * 2), length);
          const n = readSync(fd, buffer, length, Math.min(buffer.length, until) - length, length);
          length += n;
          if (n === 0 || length >= until) break;
        }
        if (length > maxSize) return { kind: 'too-large', size: length };
        return { kind: 'read', data: buffer.subarray(0, length) };
      } catch (error) {
        return { kind: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'error' };
      } finally {
        closeSync(fd);
      }
    },
  };
}
