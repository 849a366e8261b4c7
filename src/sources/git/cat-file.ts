/**
 * A streaming parser for `git cat-file --batch` output: `<oid> <type> <size>\n<content>\n` per object (or
 * `<name> missing\n`). It assembles one object at a time into a reused buffer, or hands out a view of the
 * chunk itself when the whole object is in it, so memory stays bounded by the largest object it is asked to
 * assemble. Objects it is told to skip (trees, blobs over the size limit) are counted down, never held. It keeps
 * no view of a chunk once `push` returns: chunks may be one read buffer reused (run.ts `pumpGit`).
 */
import { availableParallelism } from 'node:os';
import { pumpGit, type OutputTransport, type PumpOptions, type RepoAt } from './run.js';

export interface ObjectHeader {
  oid: string;
  type: string;
  size: number;
}

export interface BatchHandlers {
  /** Whether to assemble this object's content; when false, `onSkipped` is called instead of `onObject`. */
  want(header: ObjectHeader): boolean;
  /**
   * An object's content. The buffer is only valid during the call (it is reused): copy what must outlive it.
   */
  onObject(header: ObjectHeader, content: Buffer): void;
  onSkipped?(header: ObjectHeader): void;
  onMissing?(name: string): void;
}

const NEWLINE = 0x0a;
/**
 * The least of an object's rest that readInto has read straight into place: less is left to the next read of the
 * read buffer, which takes the objects after it as well (a read has a cost of its own: ~10 µs here). On eslint's
 * history 4, 16 and 64 KiB measured within 1 % (4.59, 4.61, 4.65 s; 256 KiB: 1.5 % slower).
 */
const READ_INTO_AT_LEAST = 16 * 1024;

export class BatchParser {
  private headerParts: Buffer[] = [];
  private current: ObjectHeader | undefined;
  private assembling = false;
  private remaining = 0;
  /** Bytes of the current object copied so far into `assembly`. */
  private filled = 0;
  private assembly = Buffer.allocUnsafe(1 << 20);
  /** The newline that follows every object's content is still to come. */
  private trailer = false;

  constructor(private readonly handlers: BatchHandlers) {}

  /**
   * Where the next bytes of git's output should be read to (pumpGit's `readInto`): the rest of the object being
   * assembled, when it is large enough to be worth a read of its own; undefined otherwise.
   */
  readonly readInto = (): Buffer | undefined =>
    this.current && this.assembling && this.remaining >= READ_INTO_AT_LEAST ? this.assembly.subarray(this.filled, this.filled + this.remaining) : undefined;

  push(chunk: Buffer): void {
    if (this.current && this.assembling && chunk.buffer === this.assembly.buffer && chunk.byteOffset === this.assembly.byteOffset + this.filled && chunk.length <= this.remaining) {
      // Read into place (readInto): nothing to copy, and nothing in it but the object's bytes.
      this.filled += chunk.length;
      this.remaining -= chunk.length;
      if (this.remaining === 0) this.finish(this.assembly.subarray(0, this.filled));
      return;
    }
    let pos = 0;
    const length = chunk.length;
    while (pos < length) {
      if (this.trailer) {
        if (chunk[pos] !== NEWLINE) throw new Error('git cat-file: unexpected output (no newline after an object)');
        this.trailer = false;
        pos++;
        continue;
      }
      if (this.current) {
        const take = Math.min(this.remaining, length - pos);
        if (this.assembling) {
          if (this.filled === 0 && take === this.remaining) {
            // The whole object is in this chunk: no copy.
            this.finish(chunk.subarray(pos, pos + take));
          } else {
            chunk.copy(this.assembly, this.filled, pos, pos + take);
            this.filled += take;
            this.remaining -= take;
            if (this.remaining === 0) this.finish(this.assembly.subarray(0, this.filled));
          }
        } else {
          this.remaining -= take;
          if (this.remaining === 0) {
            const header = this.current;
            this.current = undefined;
            this.trailer = true;
            this.handlers.onSkipped?.(header);
          }
        }
        pos += take;
        continue;
      }
      const newline = chunk.indexOf(NEWLINE, pos);
      if (newline === -1) {
        this.headerParts.push(Buffer.from(chunk.subarray(pos))); // a copy: the chunk's memory is reused
        if (this.headerParts.reduce((n, part) => n + part.length, 0) > 4096) throw new Error('git cat-file: unexpected output (header too long)');
        pos = length;
        break;
      }
      let line: string;
      if (this.headerParts.length) {
        this.headerParts.push(chunk.subarray(pos, newline));
        line = Buffer.concat(this.headerParts).toString('latin1');
        this.headerParts = [];
      } else {
        line = chunk.toString('latin1', pos, newline);
      }
      pos = newline + 1;
      this.startObject(line);
    }
  }

  /** Call after the last chunk: complains when git's output stopped in the middle of an object. */
  end(): void {
    if (this.current || this.headerParts.length) throw new Error('git cat-file: output ended in the middle of an object');
  }

  private startObject(line: string): void {
    const parts = line.split(' ');
    if (parts.length !== 3) {
      if (parts.length === 2 && (parts[1] === 'missing' || parts[1] === 'ambiguous')) {
        this.handlers.onMissing?.(parts[0]);
        return;
      }
      throw new Error(`git cat-file: unexpected output line ${JSON.stringify(line.slice(0, 100))}`);
    }
    const header: ObjectHeader = { oid: parts[0], type: parts[1], size: Number(parts[2]) };
    if (!Number.isSafeInteger(header.size) || header.size < 0) throw new Error('git cat-file: unexpected object size');
    this.assembling = this.handlers.want(header);
    if (header.size === 0) {
      this.trailer = true;
      if (this.assembling) this.handlers.onObject(header, Buffer.alloc(0));
      else this.handlers.onSkipped?.(header);
      return;
    }
    this.current = header;
    this.remaining = header.size;
    this.filled = 0;
    if (this.assembling && this.assembly.length < header.size) {
      let size = this.assembly.length;
      while (size < header.size) size *= 2;
      this.assembly = Buffer.allocUnsafe(size);
    }
  }

  private finish(content: Buffer): void {
    const header = this.current as ObjectHeader;
    this.current = undefined;
    this.remaining = 0;
    this.filled = 0;
    this.trailer = true;
    this.handlers.onObject(header, content);
  }
}

/** Run `git cat-file <args>` (e.g. `--batch-all-objects --batch --unordered`) and feed every object to handlers. */
export async function readObjects(
  at: RepoAt,
  args: readonly string[],
  handlers: BatchHandlers,
  options: Pick<PumpOptions, 'input' | 'transport' | 'bufferSize' | 'signal' | 'socketDir'> = {},
): Promise<void> {
  const parser = new BatchParser(handlers);
  await pumpGit(at, ['cat-file', ...args], (chunk) => parser.push(chunk), { ...options, readInto: parser.readInto });
  parser.end();
}

/**
 * Read every object in the store except trees, in pack order: `cat-file --batch-all-objects --batch-check
 * --unordered` lists them (cheap: no content is inflated), and the objects wanted are piped by name into
 * `cat-file --batch --buffer` readers. Trees and blobs over `maxBlobSize` go to `onSkipped`: most such blobs
 * straight from the listing, by their size on disk (the header's size then), the others (a delta of a large blob,
 * a blob that compressed well) once their reader's header gives their size, unassembled.
 * Trees (a sixth of eslint's bytes, two fifths of git's) are never inflated at all. The list is dealt out in
 * consecutive blocks to `readers` processes: blocks keep git's delta cache as warm as one reader would (same
 * CPU in total), and the readers inflate in parallel while this process scans.
 */
export async function readAllObjects(
  at: RepoAt,
  handlers: BatchHandlers,
  options: {
    maxBlobSize?: number;
    readers?: number;
    blockObjects?: number;
    /** How git's output is read and where its socket is made (see run.ts `pumpGit`): tests set them. */
    transport?: OutputTransport;
    socketDir?: string;
    /** See run.ts `pumpGit` (default GATHER_MS; 0: read as soon as anything arrives). */
    gatherMs?: number;
    /** Only these objects (one name a line), not every object in the store: an incremental audit's new ones. */
    objects?: AsyncIterable<string>;
  } = {},
): Promise<void> {
  const maxBlobSize = options.maxBlobSize ?? Infinity;
  const storedLimit = deflatedBound(maxBlobSize);
  /** A blob over the limit is never assembled, whichever says so: its size on disk in the listing, or its header here. */
  const readerHandlers: BatchHandlers = { ...handlers, want: (header) => !(header.type === 'blob' && header.size > maxBlobSize) && handlers.want(header) };
  const blockObjects = options.blockObjects ?? BLOCK_OBJECTS;
  const readers = Math.max(1, options.readers ?? defaultReaders());
  const abort = new AbortController();
  const pumpSettings: PumpOptions = { transport: options.transport, socketDir: options.socketDir };
  // Each block goes to a reader with room (not round-robin), so one slow block never idles the others.
  let waitingForRoom: (() => void) | undefined;
  const roomMade = (): void => {
    const wake = waitingForRoom;
    waitingForRoom = undefined;
    wake?.();
  };
  const channels = Array.from({ length: readers }, () => new Channel<string>(2, roomMade));
  /** Give a block to a reader with room, if one has. */
  const trySend = (block: string): boolean => {
    const open = channels.find((channel) => channel.hasRoom);
    open?.push(block);
    return open !== undefined;
  };
  const send = async (block: string): Promise<void> => {
    for (;;) {
      if (trySend(block)) return;
      if (channels.every((channel) => channel.isClosed)) throw new Error('git cat-file: every reader stopped');
      await new Promise<void>((resolve) => (waitingForRoom = resolve));
    }
  };

  const deal = async (): Promise<void> => {
    let rest = '';
    let block = '';
    let inBlock = 0;
    /** Full blocks no reader had room for yet: reading the listing waits until they are taken. */
    const waiting: string[] = [];
    const sendWaiting = async (): Promise<void> => {
      while (waiting.length) await send(waiting.shift() as string);
    };
    // The size on disk, not the object's size: for a delta, git finds its size by inflating the start of the delta
    // (on git.git's store, 2.3 s against 1.5 s of CPU for the listing). A blob whose stored bytes are more than
    // any deflated blob of the limit's size could be is surely too large; any other (a delta of a large blob, a
    // blob that compressed well) is read, and the reader's header, which gives its size, skips it (`want`).
    const check = '--batch-check=%(objectname) %(objecttype) %(objectsize:disk)';
    const onListing = (chunk: Buffer): Promise<void> | undefined => {
      const text = rest + chunk.toString('latin1');
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; start = end + 1, end = text.indexOf('\n', start)) {
        const first = text.indexOf(' ', start);
        const second = text.indexOf(' ', first + 1);
        if (first === -1 || second === -1 || second > end) throw new Error('git cat-file: unexpected listing line');
        const type = text.slice(first + 1, second);
        const stored = Number(text.slice(second + 1, end));
        if (type === 'tree' || (type === 'blob' && stored > storedLimit)) {
          handlers.onSkipped?.({ oid: text.slice(start, first), type, size: stored });
        } else {
          block += `${text.slice(start, first)}\n`;
          if (++inBlock === blockObjects) {
            if (waiting.length || !trySend(block)) waiting.push(block);
            block = '';
            inBlock = 0;
          }
        }
      }
      rest = text.slice(start);
      return waiting.length ? sendWaiting() : undefined;
    };
    const pump = { signal: abort.signal, ...pumpSettings };
    if (options.objects) await pumpGit(at, ['cat-file', check], onListing, { ...pump, input: options.objects });
    else await pumpGit(at, ['cat-file', '--batch-all-objects', check, '--unordered'], onListing, pump);
    if (rest) throw new Error('git cat-file: unexpected listing line');
    await sendWaiting();
    if (inBlock) await send(block);
  };

  const read = async (channel: Channel<string>): Promise<void> => {
    try {
      const parser = new BatchParser(readerHandlers);
      await pumpGit(at, ['cat-file', '--batch', '--buffer'], (chunk) => parser.push(chunk), {
        readInto: parser.readInto,
        input: channel,
        signal: abort.signal,
        gatherMs: options.gatherMs ?? GATHER_MS,
        ...pumpSettings,
      });
      parser.end();
    } finally {
      channel.close(); // a reader that stopped takes no more blocks (and never leaves the dealer waiting)
    }
  };

  const dealing = deal().finally(() => channels.forEach((channel) => channel.close()));
  const work = [dealing, ...channels.map(read)];
  try {
    await Promise.all(work);
  } catch (error) {
    abort.abort();
    await Promise.allSettled(work);
    throw error;
  }
}

/**
 * More bytes than a blob of `size` bytes can take in the object store: deflate's worst case (zlib's deflateBound,
 * stored blocks for bytes that do not compress: about 1/4096 more) with a wide margin, plus room for a loose
 * object's `blob <size>` header or a packed one's entry header. A blob stored in more is larger than `size`.
 */
export function deflatedBound(size: number): number {
  return size + Math.ceil(size / 1024) + 1024;
}

/** Readers by default: one per core but one (which scans), at least 2 (git inflates slower than we scan), at most 4. */
function defaultReaders(): number {
  return Math.min(4, Math.max(2, availableParallelism() - 1));
}

/**
 * How long a reader's socket gathers git's output after a short read (see run.ts `pumpGit`). On eslint's history
 * the readers' reads went from ~36k of 46 KiB on average to ~13k of 128 KiB, and system time (ours and git's) down
 * by ~0.3 s; the scan of the pieces between reads already gathers some.
 */
const GATHER_MS = 0.2;

/** Objects per block dealt to one reader. */
const BLOCK_OBJECTS = 1024;

/** A bounded queue of blocks for one reader (an async iterable); `onTake` says when room was made. */
class Channel<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private closed = false;
  private wakeConsumer: (() => void) | undefined;

  constructor(
    private readonly capacity: number,
    private readonly onTake: () => void,
  ) {}

  get hasRoom(): boolean {
    return !this.closed && this.items.length < this.capacity;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  push(item: T): void {
    this.items.push(item);
    this.wakeUp();
  }

  close(): void {
    this.closed = true;
    this.wakeUp();
    this.onTake();
  }

  private wakeUp(): void {
    const wake = this.wakeConsumer;
    this.wakeConsumer = undefined;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.items.length) {
        const item = this.items.shift() as T;
        this.onTake();
        yield item;
      } else if (this.closed) return;
      else await new Promise<void>((resolve) => (this.wakeConsumer = resolve));
    }
  }
}

/** Read the named objects (oids) with `git cat-file --batch`, one streaming call for all of them. */
export async function readNamedObjects(at: RepoAt, oids: Iterable<string>, handlers: BatchHandlers): Promise<void> {
  let input = '';
  for (const oid of oids) input += `${oid}\n`;
  if (!input) return;
  await readObjects(at, ['--batch'], handlers, { input });
}
