/**
 * A compressed stream (gzip, xz, bzip2, zstd) as a container: one member, the file decompressed, named as the
 * compressor's tool names it (`x.tar.xz` -> `x.tar`). Each format is its sniff and one function
 * `(data, limit) -> bytes` that stops at `limit` decompressed bytes.
 */
import { decompressedName, UNNAMED_STREAM, type ContainerFormat, type MemberBytes, type MemberEntry } from './format.js';

/** A member's bytes as the container contract wants them (format.ts): all, the first `limit`, or those before a fault. */
export type Decompressor = (data: Buffer, limit: number) => MemberBytes;

export function compressedStream(name: string, sniff: (data: Buffer) => boolean, decompress: Decompressor): ContainerFormat {
  return {
    name,
    stream: true,
    sniff,
    *members(data, ownName): Iterable<MemberEntry> {
      yield {
        name: ownName === undefined ? UNNAMED_STREAM : decompressedName(ownName),
        compressedSize: data.length,
        read: (limit) => decompress(data, limit),
      };
    },
  };
}
