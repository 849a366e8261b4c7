/**
 * What a container format is to the scan: a content test (magic bytes, never the file name alone) and its
 * members, each read on demand within a size allowance. A new format is one module implementing this and
 * one entry in `index.ts`.
 */
import { constants, type ZlibOptions } from 'node:zlib';
import { describeError } from '../../core/errors.js';

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
   * A weaker test, tried after every format's `sniff`: the format found somewhere other than at the start (a zip
   * behind a self-extractor stub, or appended to a PNG or a PDF).
   */
  sniffLate?(data: Buffer): boolean;
  /**
   * Other files may be appended to it and are not its members (a PDF with a zip after it): a format found by its
   * late sniff is then read too. Not set for archives, whose last member may itself be a zip.
   */
  takesAppended?: boolean;
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
  /** Why the member cannot be read (encrypted, an unsupported compression method); `read` is not called then. */
  unreadable?: { reason: 'archive-encrypted' | 'archive-unsupported' | 'archive-corrupt' | 'archive-overlap'; why: string };
  /**
   * The member's first `limit` bytes at most (all of them when it is shorter): a limit cuts a member, it never
   * throws it away (a key sits on a huge log's first line). Throws when the member cannot be read at all.
   * Sizes a header declares are never trusted: only bytes really produced count.
   */
  read(limit: number): MemberBytes;
}

/** What `MemberEntry.read` gives. */
export interface MemberBytes {
  /** The member's bytes, from its start: all of them, or the first `limit`. */
  bytes: Buffer;
  /** Set when the member goes on past `bytes`: at least this many more bytes were not read (a lower bound, from bytes produced, not from a header). */
  notRead?: number;
  /** Set when the member turns out corrupt after `bytes` (what zcat or unzip would have written before failing is still scanned): why. */
  damaged?: string;
}

/** A member that is a slice of the container's bytes (a tar member, a stored zip member), cut at `limit`. */
export function sliceWithin(body: Buffer, limit: number): MemberBytes {
  return body.length <= limit ? { bytes: body } : { bytes: body.subarray(0, Math.max(0, limit)), notRead: body.length - Math.max(0, limit) };
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

/** Passes over prefixes of a stream that goes past its cap, at most. */
const MAX_PASSES = 24;

/** Deflate's largest ratio (~1032:1): a prefix of `limit / DEFLATE_MAX_RATIO` input bytes cannot inflate past `limit`. */
const DEFLATE_MAX_RATIO = 1032;

type Decompress = (data: Buffer, options: ZlibOptions) => Buffer;

/** What `decompressWithin` gives: a member's bytes, and where its stream ended when it did. */
export interface Decompressed extends MemberBytes {
  /** Input bytes the stream took when it ended before the input did (a gzip member's trailer and the next member follow them). */
  consumed?: number;
}

/**
 * `data` decompressed by one of zlib's sync functions (the one place formats call): all of it, or its first
 * bytes up to about `limit` with `notRead` set. zlib stops at `maxOutputLength` itself, so a bomb never gets
 * further; a sync flush at the end returns what a truncated stream holds instead of failing on it.
 */
/** How much of the cap a member cut at the limit must yield before the passes stop. */
const NEAR_ENOUGH = 0.97;
/** What all the passes over prefixes may inflate together, in caps. */
const PASS_BUDGET = 4;

export function decompressWithin(decompress: Decompress, data: Buffer, limit: number): Decompressed {
  const cap = Math.max(1, limit);
  let whole: ReturnType<typeof capped>;
  try {
    whole = capped(decompress, data, cap);
  } catch (error) {
    return salvage(decompress, data, limit, error);
  }
  if (whole) return whole.consumed < data.length ? { bytes: whole.bytes, consumed: whole.consumed } : { bytes: whole.bytes };
  // Over the limit. A sync zlib call gives all or nothing, and a truncated stream inflates to its start: so
  // inflate prefixes of the input (each pass stops at the cap) and keep the longest that fits. The first is one
  // deflate cannot inflate past the cap; each next one is sized from the ratio seen so far to land just under
  // the cap (at least double, at most half-way to a prefix known to overshoot). All passes together cost
  // about one to two caps more than the first attempt.
  let best: Buffer | undefined;
  let fits = 0;
  let over = data.length;
  let take = Math.min(Math.max(1, Math.floor(cap / DEFLATE_MAX_RATIO)), Math.max(1, data.length - 1));
  const halfway = (): number => fits + Math.floor((over - fits) / 2);
  // Work bounded by bytes produced: the passes together inflate at most a few caps, whatever the stream.
  let spent = 0;
  for (let pass = 0; pass < MAX_PASSES && take > fits && take < over && spent < PASS_BUDGET * cap; pass++) {
    const out = capped(decompress, data.subarray(0, take), cap);
    spent += out ? out.bytes.length : cap;
    if (!out) {
      over = take;
      // Other codecs overshoot from a smaller prefix than deflate can: halve until one fits.
      take = best ? halfway() : Math.floor(take / 2);
      continue;
    }
    best = out.bytes;
    fits = take;
    // Near enough: a key near the cut is found. The ratio aim lands most passes within a few percent.
    if (best.length >= cap * NEAR_ENOUGH) break;
    take = Math.min(Math.max(take + 1, Math.floor((take * cap * 0.99) / Math.max(1, best.length))), halfway());
  }
  const bytes = best ?? Buffer.alloc(0);
  return { bytes, notRead: cap + 1 - bytes.length };
}

/** Probes when looking for where a corrupt stream goes wrong: the bytes before it are found to 1/65536 of the input. */
const SALVAGE_PROBES = 16;

/**
 * A stream corrupt somewhere: what comes before the damage, as zcat and unzip write it out before they fail. A
 * stream cut before the damage inflates cleanly and one cut after it fails, so the longest clean prefix is found
 * by halving (each probe capped like any read).
 */
function salvage(decompress: Decompress, data: Buffer, limit: number, error: unknown): Decompressed {
  const damaged = describeError(error);
  let good = 0;
  let bad = data.length;
  for (let probe = 0; probe < SALVAGE_PROBES && bad - good > 1; probe++) {
    const middle = good + Math.floor((bad - good) / 2);
    try {
      if (capped(decompress, data.subarray(0, middle), Math.max(1, limit)) === undefined) return { ...decompressWithin(decompress, data.subarray(0, middle), limit), damaged };
      good = middle;
    } catch {
      bad = middle;
    }
  }
  const before = good === 0 ? undefined : capped(decompress, data.subarray(0, good), Math.max(1, limit));
  return { bytes: before?.bytes ?? Buffer.alloc(0), damaged };
}

/** `data` decompressed and the input it took, or undefined past `cap` bytes; any other failure (corrupt data) throws. */
function capped(decompress: Decompress, data: Buffer, cap: number): { bytes: Buffer; consumed: number } | undefined {
  try {
    // `info` (a documented zlib option) returns the engine too, whose `bytesWritten` is the input the stream took.
    const result = decompress(data, { maxOutputLength: cap, finishFlush: constants.Z_SYNC_FLUSH, info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    return { bytes: result.buffer, consumed: result.engine.bytesWritten };
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw error;
  }
}
