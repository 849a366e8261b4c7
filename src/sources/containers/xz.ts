/** xz (`.xz`, `.txz`, a `.deb`'s `data.tar.xz`): LZMA2 blocks, decoded by codecs/lzma.ts within the limit. */
import { isXz, unxz } from './codecs/lzma.js';
import { decodeWithin } from './codecs/output.js';
import { compressedStream, type Decompressor } from './stream.js';

export const xzWithin: Decompressor = (data, limit) => decodeWithin(limit, (out) => unxz(data, out));

export const xz = compressedStream('xz', (data) => data[0] === 0xfd && isXz(data), xzWithin);
