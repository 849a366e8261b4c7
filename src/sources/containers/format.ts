/**
 * What a container format is to the scan: a content test (magic bytes, never the file name alone) and its
 * members, each read on demand within a size allowance. A new format is one module implementing this and
 * one entry in `index.ts`.
 */
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

/** A member name for a compressed stream when its container's name is not known yet (history reads blobs before it knows their paths); `locate` replaces it. */
export const UNNAMED_STREAM = '\u0000stream';

/** `app.log.gz` -> `app.log`, `pkg.tgz` -> `pkg.tar`: what gunzip would call the file (it ignores the stored name by default). */
export function decompressedName(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  if (lower.endsWith('.tgz') || lower.endsWith('.taz')) return `${base.slice(0, -4)}.tar`;
  if (lower.endsWith('.svgz')) return base.slice(0, -1);
  for (const suffix of ['.gz', '.gzip', '-gz', '.z', '_z']) {
    if (lower.endsWith(suffix) && lower.length > suffix.length) return base.slice(0, -suffix.length);
  }
  return base;
}

/** zlib's error for a `maxOutputLength` overrun, as `TooLarge`; any other error unchanged. */
export function asTooLarge(error: unknown, limit: number): unknown {
  return (error as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE' ? new TooLarge(`over ${limit} bytes`) : error;
}
