/**
 * gzip (`.gz`, `.tgz`, ...), read member by member as zcat reads it: concatenated members are one content,
 * trailing garbage after the last member is ignored, and a wrong CRC or length in a trailer does not lose the
 * data (zcat writes it out before complaining). Each member's deflate stream is inflated by node's zlib with a
 * hard output cap.
 */
import { inflateRawSync } from 'node:zlib';
import { describeError } from '../../core/errors.js';
import { decompressWithin, type MemberBytes } from './format.js';
import { compressedStream } from './stream.js';

const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;
/** CRC-32 and the length, after each member's deflate stream. */
const TRAILER = 8;

/** ID1 ID2 and CM = 8 (deflate), the only method gzip defines; reserved flag bits clear (gzip refuses them). */
const isMember = (data: Buffer, at: number): boolean =>
  at + 10 <= data.length && data[at] === 0x1f && data[at + 1] === 0x8b && data[at + 2] === 0x08 && (data[at + 3] & 0xe0) === 0;

export const gzip = compressedStream('gzip', (data) => data.length >= 18 && isMember(data, 0), (data, limit) => gunzipWithin(data, limit));

/** Where a member's deflate stream starts, past the optional extra field, name, comment and header CRC. */
function streamStart(data: Buffer, at: number): number {
  const flags = data[at + 3];
  let start = at + 10;
  if (flags & FEXTRA) start += 2 + (start + 2 <= data.length ? data.readUInt16LE(start) : 0);
  for (const field of [FNAME, FCOMMENT]) {
    if (!(flags & field)) continue;
    const nul = data.indexOf(0, start);
    if (nul === -1) throw new Error('truncated gzip header');
    start = nul + 1;
  }
  if (flags & FHCRC) start += 2;
  if (start > data.length) throw new Error('truncated gzip header');
  return start;
}

/** Every member's content, one after another, up to `limit` bytes in all. */
function gunzipWithin(data: Buffer, limit: number): MemberBytes {
  const parts: Buffer[] = [];
  let length = 0;
  let at = 0;
  while (isMember(data, at)) {
    let start: number;
    try {
      start = streamStart(data, at);
    } catch (error) {
      if (at === 0) throw error;
      return { bytes: Buffer.concat(parts, length), damaged: describeError(error) };
    }
    const inflated = decompressWithin(inflateRawSync, data.subarray(start), limit - length);
    parts.push(inflated.bytes);
    length += inflated.bytes.length;
    if (inflated.notRead !== undefined || inflated.damaged !== undefined) return { ...inflated, bytes: Buffer.concat(parts, length) };
    // A stream that runs to the end of the input was cut short: nothing follows it.
    if (inflated.consumed === undefined) break;
    at = start + inflated.consumed + TRAILER;
    if (length >= limit && isMember(data, at)) return { bytes: Buffer.concat(parts, length), notRead: 1 };
  }
  return { bytes: Buffer.concat(parts, length) };
}
