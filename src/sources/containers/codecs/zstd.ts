/**
 * Zstandard through fzstd (pure JavaScript, no dependencies, MIT; by the author of fflate), driven frame by frame
 * so that each frame's window is checked before fzstd allocates it, and block by block through its streaming
 * interface so that the output stops at the limit (a block is at most 128 KiB). Node's own zstd (22.15+) is not
 * used: Node 20 lacks it, and one decoder behaves the same on every Node the action and the CLI run on.
 */
import { Decompress } from 'fzstd';
import { Output } from './output.js';

/** zstd's own default limit for decompression (`--memory`, ZSTD_WINDOWLOG_LIMIT_DEFAULT = 27): larger windows are refused as the zstd tool refuses them. */
const MAX_WINDOW = 128 * 1024 * 1024;

export function isZstd(data: Uint8Array, at = 0): boolean {
  return data.length >= at + 9 && data[at] === 0x28 && data[at + 1] === 0xb5 && data[at + 2] === 0x2f && data[at + 3] === 0xfd;
}

/**
 * A zstd stream: a frame at the start, or skippable frames (metadata, which `zstd -d` and `zstdcat` pass over)
 * followed by one. Cheap on anything else: the first byte decides for nearly every file.
 */
export function startsZstd(data: Uint8Array): boolean {
  if (data[0] === 0x28) return isZstd(data);
  let at = 0;
  for (let skipped = 0; skipped < 16 && isSkippable(data, at); skipped++) at += 8 + skippableSize(data, at);
  return at > 0 && isZstd(data, at);
}

function skippableSize(data: Uint8Array, at: number): number {
  return (data[at + 4] | (data[at + 5] << 8) | (data[at + 6] << 16)) + data[at + 7] * 2 ** 24;
}

function isSkippable(data: Uint8Array, at: number): boolean {
  return data.length >= at + 8 && (data[at] & 0xf0) === 0x50 && data[at + 1] === 0x2a && data[at + 2] === 0x4d && data[at + 3] === 0x18;
}

export function unzstd(data: Uint8Array, out: Output): void {
  let at = 0;
  while (at < data.length) {
    if (isSkippable(data, at)) {
      at += 8 + skippableSize(data, at);
      continue;
    }
    if (at > 0 && !isZstd(data, at)) return; // trailing bytes that are not a frame: left alone
    at = frame(data, at, out);
  }
}

/** One frame from `at`: its window checked, its blocks found, then decoded; where it ends. */
function frame(data: Uint8Array, at: number, out: Output): number {
  if (!isZstd(data, at)) throw new Error('not zstd data');
  const descriptor = data[at + 4];
  const singleSegment = (descriptor >> 5) & 1;
  const checksum = (descriptor >> 2) & 1;
  const dictionaryBytes = [0, 1, 2, 4][descriptor & 3];
  const sizeBytes = [singleSegment, 2, 4, 8][descriptor >> 6];
  let header = at + 5;
  if (!singleSegment) {
    const exponent = data[header] >> 3;
    const base = 2 ** (10 + exponent);
    const window = base + (base / 8) * (data[header] & 7);
    if (window > MAX_WINDOW) throw new Error(`window of ${window} bytes is over zstd's default limit`);
    header++;
  } else if (sizeBytes > 0) {
    // A single-segment frame's window is its content size.
    let size = 0;
    for (let i = sizeBytes - 1; i >= 0; i--) size = size * 256 + (data[header + dictionaryBytes + i] ?? 0);
    if (sizeBytes === 2) size += 256;
    if (size > MAX_WINDOW) throw new Error(`window of ${size} bytes is over zstd's default limit`);
  }
  if (dictionaryBytes && data.subarray(header, header + dictionaryBytes).some((b) => b !== 0)) throw new Error('frame needs a dictionary');
  // The blocks: a 3-byte header each (last flag, type, size), to find where the frame ends.
  let block = header + dictionaryBytes + sizeBytes;
  for (;;) {
    if (block + 3 > data.length) break; // truncated: fzstd decodes what is whole, then fails
    const word = data[block] | (data[block + 1] << 8) | (data[block + 2] << 16);
    const type = (word >> 1) & 3;
    block += 3 + (type === 1 ? 1 : word >>> 3);
    if (word & 1) {
      block += checksum ? 4 : 0;
      break;
    }
  }
  const end = Math.min(block, data.length);
  const decoder = new Decompress((chunk) => out.bytes(chunk));
  decoder.push(data.subarray(at, end), true);
  if (block > data.length) throw new Error('unexpected end of data');
  return end;
}
