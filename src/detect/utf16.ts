/**
 * UTF-16LE text (Windows tools, PowerShell redirection, some editors): every ASCII character is followed
 * by a NUL byte, so the plain prefilter cannot see a key in it. Cheap test first: only a buffer with a
 * UTF-16LE byte-order mark or a NUL byte near its start is searched for the UTF-16LE form of the prefix.
 */
import { PATTERNS } from './base64.js';
import { PREFIX } from './plain.js';

const HEAD = 4096;
/** The prefix and its base64 forms, as UTF-16LE. */
const NEEDLES = [Buffer.from(PREFIX, 'utf16le'), ...PATTERNS.map((p) => Buffer.from(p.stable.toString('latin1'), 'utf16le'))];

/**
 * The buffer's text as UTF-8 when it is UTF-16 text holding the prefix, otherwise undefined.
 * The byte-order mark is dropped (it is not a character of the first line); a buffer without one is read
 * at the parity of the first prefix found. UTF-16BE (rare: a big-endian byte-order mark) holds the same
 * UTF-16LE needles one byte later, and is byte-swapped before decoding so its columns count right.
 */
export function utf16leText(data: Buffer): Buffer | undefined {
  const bom = data.length >= 2 && data[0] === 0xff && data[1] === 0xfe;
  const bigEndian = data.length >= 2 && data[0] === 0xfe && data[1] === 0xff;
  if (!bom && !bigEndian && data.subarray(0, HEAD).indexOf(0) === -1) return undefined;
  let hit = -1;
  for (const needle of NEEDLES) {
    hit = data.indexOf(needle);
    if (hit !== -1) break;
  }
  if (hit === -1) return undefined;
  if (bigEndian) {
    const swapped = Buffer.from(data.subarray(2, data.length - (data.length % 2))).swap16();
    return Buffer.from(swapped.toString('utf16le'), 'utf8');
  }
  const start = bom ? 2 : hit % 2;
  return Buffer.from(data.toString('utf16le', start, data.length - ((data.length - start) % 2)), 'utf8');
}
