/** gzip (`.gz`, `.tgz`, ...; concatenated members too), inflated by node's zlib with a hard output cap. */
import { constants, gunzipSync } from 'node:zlib';
import { asTooLarge, decompressedName, UNNAMED_STREAM, type ContainerFormat, type MemberEntry } from './format.js';

export const gzip: ContainerFormat = {
  name: 'gzip',
  stream: true,
  // ID1 ID2 and CM = 8 (deflate), the only method gzip defines; reserved flag bits clear.
  sniff: (data) => data.length >= 18 && data[0] === 0x1f && data[1] === 0x8b && data[2] === 0x08 && (data[3] & 0xe0) === 0,
  *members(data, ownName): Iterable<MemberEntry> {
    yield {
      name: ownName === undefined ? UNNAMED_STREAM : decompressedName(ownName),
      compressedSize: data.length,
      read(limit) {
        try {
          // A sync flush at the end returns what a truncated stream holds instead of failing on it.
          return gunzipSync(data, { maxOutputLength: Math.max(1, limit), finishFlush: constants.Z_SYNC_FLUSH });
        } catch (error) {
          throw asTooLarge(error, limit);
        }
      },
    };
  },
};
