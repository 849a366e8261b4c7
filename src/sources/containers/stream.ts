/**
 * A compressed stream (gzip, xz, bzip2, zstd) as a container: one member, the file decompressed, named as the
 * compressor's tool names it (`x.tar.xz` -> `x.tar`). Each format is its sniff and one function
 * `(data, limit) -> bytes` that stops at `limit` decompressed bytes.
 */
import { decompressedName, UNNAMED_STREAM, type ContainerFormat, type MemberEntry } from './format.js';

export type Decompressor = (data: Buffer, limit: number) => Buffer;

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
