/**
 * What a container format is to the scan: a content test (magic bytes, never the file name alone) and its
 * members, each read on demand within a size allowance. A new format is one module implementing this and
 * one entry in `index.ts`.
 */
import { constants, type ZlibOptions } from 'node:zlib';

export interface ContainerFormat {
  /** Shown in notes: 'zip', 'gzip', 'tar'. */
  name: string;
  /** Whether `data` is in this format, judged by its content. Cheap: it runs on every file and blob. */
  sniff(data: Buffer): boolean;
  /**
   * The members, in the archive's order. Throws (any error) when the archive as a whole cannot be read;
   * a member that cannot be read is yielded with `unreadable` set, so its neighbours are still scanned.
   * `ownName` is the container's own name when known (a member's name; undefined at the top).
   */
  members(data: Buffer, ownName: string | undefined): Iterable<MemberEntry>;
  /**
   * A compressed stream (gzip) rather than an archive: its one member is the file itself decompressed, so when
   * that member is an archive (a .tar.gz), the archive's members are named directly, with no level in between.
   */
  stream?: boolean;
}

export interface MemberEntry {
  /** The member's path inside the container ('/' separators, as the archive stores it). */
  name: string;
  /** Bytes the member takes in the container (for the ratio limit). */
  compressedSize: number;
  /** The decompressed size the archive declares, when it does: refused before any work when over the limit. */
  declaredSize?: number;
  /** The member's bytes are a slice of the container's (a tar member, a stored zip member): nothing is decompressed, no budget spent. */
  stored?: boolean;
  /** Why the member cannot be read (encrypted, an unsupported compression method); `read` is not called then. */
  unreadable?: { reason: 'archive-encrypted' | 'archive-unsupported' | 'archive-corrupt'; why: string };
  /** The member's bytes; throws `TooLarge` past `limit` decompressed bytes, any other error when corrupt. */
  read(limit: number): Buffer;
}

/** A member would decompress to more than its allowance. */
export class TooLarge extends Error {
  override readonly name = 'TooLarge';
}

/**
 * A compressed stream that breaks (cut short, corrupt) after it yielded `partial`: what it held before the fault
 * is scanned all the same, with a note; a key near the start of a half-downloaded dump is still a leak.
 */
export class CutShort extends Error {
  override readonly name = 'CutShort';
  constructor(
    message: string,
    readonly partial: Buffer,
  ) {
    super(message);
  }
}

/** A member name for a compressed stream when its container's name is not known yet (history reads blobs before it knows their paths); `locate` replaces it. */
export const UNNAMED_STREAM = '\u0000stream';

/**
 * What a compressed file is called once decompressed, as the compressor's own tool names it (gunzip, unxz,
 * bunzip2, unzstd ignore any stored name): `app.log.gz` -> `app.log`, `pkg.tgz` -> `pkg.tar`, `x.tar.xz` ->
 * `x.tar`, `dump.sql.zst` -> `dump.sql`. Longest suffix first; a name with no known suffix stays as it is.
 */
const DECOMPRESSED_SUFFIXES: readonly (readonly [suffix: string, replacement: string])[] = [
  ['.tzst', '.tar'], ['.tbz2', '.tar'], ['.zstd', ''], ['.gzip', ''], ['.lzma', ''], ['.svgz', '.svg'],
  ['.tgz', '.tar'], ['.taz', '.tar'], ['.txz', '.tar'], ['.tbz', '.tar'], ['.tb2', '.tar'], ['.tlz', '.tar'],
  ['.bz2', ''], ['.zst', ''], ['.gz', ''], ['-gz', ''], ['.xz', ''], ['.bz', ''], ['.z', ''], ['_z', ''],
];

export function decompressedName(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  for (const [suffix, replacement] of DECOMPRESSED_SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length > suffix.length) return base.slice(0, -suffix.length) + replacement;
  }
  return base;
}

/**
 * `data` decompressed by one of zlib's sync functions, at most `limit` bytes of it: past that, `TooLarge` (zlib
 * stops at `maxOutputLength` itself, so a bomb never gets further). A sync flush at the end returns what a
 * truncated stream holds instead of failing on it.
 */
export function decompressWithin(decompress: (data: Buffer, options: ZlibOptions) => Buffer, data: Buffer, limit: number): Buffer {
  try {
    return decompress(data, { maxOutputLength: Math.max(1, limit), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    throw (error as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE' ? new TooLarge(`over ${limit} bytes`) : error;
  }
}
