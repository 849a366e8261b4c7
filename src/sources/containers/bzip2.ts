/** bzip2 (`.bz2`, `.tbz2`), decoded by codecs/bzip2.ts within the limit. */
import { bunzip2, isBzip2 } from './codecs/bzip2.js';
import { decodeWithin } from './codecs/output.js';
import { compressedStream, type Decompressor } from './stream.js';

export const bzip2Within: Decompressor = (data, limit) => decodeWithin(limit, (out) => bunzip2(data, out));

export const bzip2 = compressedStream('bzip2', (data) => data[0] === 0x42 && isBzip2(data), bzip2Within);
