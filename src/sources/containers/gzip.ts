/** gzip (`.gz`, `.tgz`, ...; concatenated members too), inflated by node's zlib with a hard output cap. */
import { gunzipSync } from 'node:zlib';
import { decompressWithin } from './format.js';
import { compressedStream } from './stream.js';

export const gzip = compressedStream(
  'gzip',
  // ID1 ID2 and CM = 8 (deflate), the only method gzip defines; reserved flag bits clear.
  (data) => data.length >= 18 && data[0] === 0x1f && data[1] === 0x8b && data[2] === 0x08 && (data[3] & 0xe0) === 0,
  (data, limit) => decompressWithin(gunzipSync, data, limit),
);
