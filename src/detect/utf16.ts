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
    hit = indexOfWide(data, needle);
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

/** Under V8's Boyer-Moore threshold (7 bytes): a search this short stays a memchr for its first byte. */
const ANCHOR = 6;

/**
 * `data.indexOf(needle)` for a UTF-16 needle, fast on binary data: a long needle full of NULs makes
 * Buffer.indexOf fall back to Boyer-Moore-Horspool, whose shifts shrink to a byte or two over the runs of NUL
 * bytes binaries are made of (15x slower than one pass). The needle's first 6 bytes are found by the linear
 * search instead, and the rest compared at each candidate.
 */
function indexOfWide(data: Buffer, needle: Buffer): number {
  const anchor = needle.subarray(0, ANCHOR);
  for (let at = data.indexOf(anchor); at !== -1; at = data.indexOf(anchor, at + 1)) {
    if (at + needle.length > data.length) return -1;
    if (data.compare(needle, ANCHOR, needle.length, at + ANCHOR, at + needle.length) === 0) return at;
  }
  return -1;
}
