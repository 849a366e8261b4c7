/** Zstandard (`.zst`, `.tzst`, `dump.sql.zst`), decoded by codecs/zstd.ts within the limit. */
import { decodeWithin } from './codecs/output.js';
import { startsZstd, unzstd } from './codecs/zstd.js';
import { compressedStream, type Decompressor } from './stream.js';

export const zstdWithin: Decompressor = (data, limit) => decodeWithin(limit, (out) => unzstd(data, out));

export const zstd = compressedStream('zstd', startsZstd, zstdWithin);
