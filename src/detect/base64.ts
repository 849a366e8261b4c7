/**
 * Keys hidden in base64 (standard or URL-safe, padded or not): a Kubernetes Secret's `data:` values, a
 * base64'd .env file, a token in a config blob.
 *
 * Prefilter: `sk-ant-` encodes differently at each of the 3 byte alignments within a 3-byte group, but at
 * each alignment a substring of 8-9 characters does not depend on the neighbouring bytes (the "stable"
 * characters). Those are searched for with Buffer.indexOf; on a hit, only a bounded window of base64 around
 * it is decoded and parsed with the plain parser, so the cost stays linear on any input.
 *
 * Wrapped base64 (`base64` and MIME wrap at 76 characters, PEM and openssl at 64) is followed across line
 * breaks when a line's base64 run is exactly one of those widths. A line break can split the stable
 * characters anywhere, so each alignment has two needles placed so that any one break leaves one of them
 * whole (with a single needle, about 1 key in 13 at random places in wrapped base64 went unseen).
 */
import { MAX_WORD } from '../core/kinds.js';
import { stableEncodingsAt } from '../core/scrub.js';
import type { RuleId } from '../core/types.js';
import { B64_CHAR as B64_CHAR_, B64_VALUE as B64_VALUE_, CR as CR_, LF as LF_ } from './chars.js';
import { MAX_KEY_LENGTH, PREFIX, parseKeyAt, type NeedleSearch } from './plain.js';

// Module-local bindings: some loaders turn imported bindings into getters, too slow for inner loops.
const B64_CHAR = B64_CHAR_;
const B64_VALUE = B64_VALUE_;
const CR = CR_;
const LF = LF_;

interface Needle {
  /** What indexOf searches for: 4-6 characters of `stable` (see RARITY)... */
  bytes: Buffer;
  /** ...at this offset in `stable`. */
  offset: number;
}

interface Pattern {
  /** The stable characters of `sk-ant-` at this alignment. */
  stable: Buffer;
  /** Two needles: wherever one line break splits `stable`, one of them is whole. */
  needles: readonly Needle[];
  /** How many bytes of the 3-byte group come before the `s`. */
  align: number;
  /** How many characters of the group-aligned encoding come before the first stable one. */
  lead: number;
}

/**
 * What indexOf searches for is a part of the stable characters; the rest is checked on each hit.
 * Buffer.indexOf scans for the needle's first byte, so its speed follows how common that byte is: measured
 * on source code, 4-5 GB/s when it is rare, under 1.5 GB/s for a common lower-case letter; and some needles
 * of 7 bytes or more take a slower algorithm. So the needles are the pair of 4-6 character windows that
 * cover every line break (see chooseNeedles) and start with the rarest characters, by this ranking of
 * base64 characters from rarest to commonest in source text (measured over 100 MB of node_modules).
 */
const RARITY = 'J+KQYXZV87GN59zLUF36O4DHMWjIBCqPRSEA120kTwxv-fb_y/hgdmcuplnaiosrte';
const NEEDLE_MIN = 4;
const NEEDLE_MAX = 6;

const rank = (b: number): number => RARITY.indexOf(String.fromCharCode(b));

/**
 * Rarest first for a needle searched alone (measured on node_modules' source: `Z`, `X`, `Y` each under 0.03% of
 * bytes; a needle starting with `J` ran several times slower than one starting with `Z`), then RARITY's order.
 */
const SEARCH_RARITY = `ZXY${RARITY.replace(/[ZXY]/g, '')}`;

/** The window of `stable` (NEEDLE_MAX characters, or all of it) that starts with its rarest character. */
export function rarestWindow(stable: string): Buffer {
  const rarity = (i: number): number => SEARCH_RARITY.indexOf(stable[i]);
  let best = 0;
  for (let i = 1; i + NEEDLE_MIN <= stable.length; i++) if (rarity(i) < rarity(best)) best = i;
  return Buffer.from(stable.slice(best, best + NEEDLE_MAX), 'latin1');
}

/**
 * Two windows of `stable` such that a line break before any of its characters (but the first) leaves one
 * of them whole: a break at j splits the window [a, a + len) when a < j < a + len. Of the pairs that
 * qualify, the one whose first characters are rarest (then the longest, for fewer false hits).
 */
function chooseNeedles(stable: Buffer): Needle[] {
  const n = stable.length;
  const windows: Array<{ offset: number; length: number }> = [];
  for (let offset = 0; offset + NEEDLE_MIN <= n; offset++) {
    for (let length = NEEDLE_MIN; length <= NEEDLE_MAX && offset + length <= n; length++) windows.push({ offset, length });
  }
  const splits = (w: { offset: number; length: number }, j: number): boolean => w.offset < j && j < w.offset + w.length;
  let best: [typeof windows[number], typeof windows[number]] | undefined;
  let bestCost = Infinity;
  for (const u of windows) {
    for (const v of windows) {
      let covers = true;
      for (let j = 1; j < n && covers; j++) covers = !(splits(u, j) && splits(v, j));
      if (!covers) continue;
      const cost = (rank(stable[u.offset]) + rank(stable[v.offset])) * 100 - u.length - v.length;
      if (cost < bestCost) {
        bestCost = cost;
        best = [u, v];
      }
    }
  }
  if (!best) throw new Error('base64: no pair of needles covers every line break');
  return best.map((w) => ({ offset: w.offset, bytes: stable.subarray(w.offset, w.offset + w.length) }));
}

/** The stable substrings, computed from the prefix (never written out: they would themselves look encoded). */
export const PATTERNS: readonly Pattern[] = (() => {
  const out: Pattern[] = [];
  for (const encoding of stableEncodingsAt(Buffer.from(PREFIX, 'latin1'))) {
    const stable = Buffer.from(encoding.stable, 'latin1');
    if (out.some((p) => p.stable.equals(stable))) continue;
    out.push({ stable, needles: chooseNeedles(stable), align: encoding.align, lead: encoding.lead });
  }
  return out;
})();

/** Every pattern's needles, for the detector's one sweep of all prefilters (search/). */
export const BASE64_NEEDLES: readonly Buffer[] = PATTERNS.flatMap((p) => p.needles.map((n) => n.bytes));

/** Line widths at which base64 tools wrap; a run of exactly this width continues on the next line. */
const WRAP_WIDTHS = new Set([64, 76]);
const MAX_INDENT = 16;

const PREFIX_BYTES = Buffer.from(PREFIX, 'latin1');
/** Characters to decode for the header check: alignment, prefix, the longest word (core/kinds.ts), two digits, `-`. */
const HEADER = 4 * Math.ceil((2 + PREFIX.length + MAX_WORD + 3) / 3);
/** Characters to decode from the group start: enough for the alignment, the longest key and one more byte. */
const WINDOW = 4 * Math.ceil((2 + MAX_KEY_LENGTH + 1) / 3) + 4;
const SCRATCH = Buffer.alloc((WINDOW * 3) / 4);

export interface EncodedKey {
  /** Where the encoded text starts: the first base64 character on the line holding the key's encoding. */
  offset: number;
  rule: RuleId;
  key: string;
  encoding: 'base64' | 'base64url';
  /** Where the key's own encoding starts (the group holding its first byte). */
  encodedAt: number;
}

/** Every key hidden in base64 in `buf`; `needles`, when given, answers each needle's first search (as findPlain's). */
export function findBase64(buf: Buffer, glued = false, needles?: NeedleSearch): EncodedKey[] {
  const out: EncodedKey[] = [];
  const seen = new Set<number>();
  for (const pattern of PATTERNS) {
    for (const needle of pattern.needles) {
      const segments = new SegmentCache(buf);
      let h = needles ? needles.search(needle.bytes, 0) : buf.indexOf(needle.bytes);
      while (h !== -1) {
        const found = keyAtHit(buf, h, needle.offset, pattern, segments, glued);
        if (found && !seen.has(found.group)) {
          seen.add(found.group);
          out.push(found.key);
        }
        h = buf.indexOf(needle.bytes, h + 1);
      }
    }
  }
  // In text order; keys of one encoded run share its offset and keep the order of their encodings.
  return out.sort((a, b) => a.offset - b.offset || a.encodedAt - b.encodedAt);
}

/** The key whose encoding holds the needle (at `needleOffset` in the stable characters) found at `h`, if any. */
function keyAtHit(
  buf: Buffer,
  h: number,
  needleOffset: number,
  pattern: Pattern,
  segments: SegmentCache,
  glued: boolean,
): { group: number; key: EncodedKey } | undefined {
  // Step back to the first stable character and check them all; either step may cross a wrapped line.
  const p = back(buf, h, needleOffset);
  if (p === -1 || !stableAt(buf, p, pattern.stable)) return undefined;
  // Step back to the start of the 4-character group that holds the `s`.
  const g = back(buf, p, pattern.lead);
  if (g === -1) return undefined;
  // Decode just enough for the prefix and kind first: most hits on hostile input stop there.
  const at = pattern.align;
  if (!hasHeader(decodeWindow(buf, g, HEADER, SCRATCH), at)) return undefined;
  const decoded = decodeWindow(buf, g, WINDOW, SCRATCH);
  const key = parseKeyAt(decoded, at, glued);
  if (!key) return undefined;
  const segment = segments.at(g);
  return {
    group: g,
    key: {
      offset: segment.start,
      rule: key.rule,
      key: decoded.toString('latin1', at, key.end),
      encoding: segment.urlSafe ? 'base64url' : 'base64',
      encodedAt: g,
    },
  };
}

/** `sk-ant-` then a lower-case kind, two digits and `-` at `at` (what parseKeyAt needs before the body). */
function hasHeader(decoded: Buffer, at: number): boolean {
  if (!startsWith(decoded, at, PREFIX_BYTES)) return false;
  let i = at + PREFIX_BYTES.length;
  while (i < decoded.length && decoded[i] >= 0x61 && decoded[i] <= 0x7a) i++;
  return i + 2 < decoded.length && isDigit(decoded[i]) && isDigit(decoded[i + 1]) && decoded[i + 2] === 0x2d;
}

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

/** The position `n` base64 characters before `pos` in the same encoded text, or -1. */
function back(buf: Uint8Array, pos: number, n: number): number {
  let q = pos;
  for (let i = 0; i < n && q !== -1; i++) q = prevChar(buf, q);
  return q;
}

/** Whether the encoded text at `p` reads `stable` (following a wrapped line). */
function stableAt(buf: Uint8Array, p: number, stable: Uint8Array): boolean {
  let q = p;
  for (let i = 0; i < stable.length; i++) {
    if (q === -1 || buf[q] !== stable[i]) return false;
    q = i + 1 < stable.length ? nextChar(buf, q) : q;
  }
  return true;
}

function startsWith(buf: Uint8Array, at: number, s: Uint8Array): boolean {
  if (at + s.length > buf.length) return false;
  for (let i = 0; i < s.length; i++) if (buf[at + i] !== s[i]) return false;
  return true;
}

/**
 * Decode up to `chars` base64 characters from `g` into `out` (scratch space, reused: the detector is
 * synchronous), following wrapped lines and URL escapes, stopping at anything else (padding included).
 */
function decodeWindow(buf: Buffer, g: number, chars: number, out: Buffer): Buffer {
  let n = 0;
  let acc = 0;
  let bits = 0;
  let pos = g;
  let count = 0;
  while (count < chars && pos !== -1) {
    const v = valueAt(buf, pos);
    if (v < 0) break;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = acc >> bits;
      acc &= (1 << bits) - 1;
    }
    count++;
    pos = nextChar(buf, pos);
  }
  return out.subarray(0, n);
}

const PERCENT = 0x25;

function isHex(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66);
}

/**
 * Standard base64 in a URL has its `+` and `/` percent-encoded (`%2B`, `%2F`): 3 bytes for one character.
 * The value of such an escape at `pos`, or -1.
 */
function escapeAt(buf: Uint8Array, pos: number): number {
  if (buf[pos] !== PERCENT || buf[pos + 1] !== 0x32) return -1;
  const c = buf[pos + 2] | 0x20; // lower case
  return c === 0x62 ? 62 : c === 0x66 ? 63 : -1; // %2B '+', %2F '/'
}

/** The 6-bit value of the base64 character (or escape) at `pos`, or -1. */
function valueAt(buf: Uint8Array, pos: number): number {
  const v = B64_VALUE[buf[pos]];
  return v >= 0 ? v : escapeAt(buf, pos);
}

function isCharAt(buf: Uint8Array, pos: number): boolean {
  return pos < buf.length && (B64_CHAR[buf[pos]] === 1 || escapeAt(buf, pos) >= 0);
}

/** Length of the base64 run that ends at `last` (inclusive), counting at most up to `cap`. */
function runEndingAt(buf: Uint8Array, last: number, cap: number): number {
  let n = 0;
  while (last - n >= 0 && n <= cap && B64_CHAR[buf[last - n]] === 1) n++;
  return n;
}

const MAX_WRAP = Math.max(...WRAP_WIDTHS);

function isWrapLine(buf: Uint8Array, last: number): boolean {
  return WRAP_WIDTHS.has(runEndingAt(buf, last, MAX_WRAP));
}

/** The base64 character after `pos` in the same encoded text (across a wrap or an escape), or -1. */
function nextChar(buf: Uint8Array, pos: number): number {
  const q0 = pos + (buf[pos] === PERCENT ? 3 : 1);
  if (q0 >= buf.length) return -1;
  if (isCharAt(buf, q0)) return q0;
  let q = q0;
  if (buf[q] === CR) q++;
  if (buf[q] !== LF || !isWrapLine(buf, pos)) return -1;
  q++;
  for (let i = 0; i < MAX_INDENT && (buf[q] === 0x20 || buf[q] === 0x09); i++) q++;
  return q < buf.length && B64_CHAR[buf[q]] === 1 ? q : -1;
}

/** The base64 character before `pos` in the same encoded text (across a wrap or an escape), or -1. */
function prevChar(buf: Uint8Array, pos: number): number {
  if (pos >= 3 && escapeAt(buf, pos - 3) >= 0) return pos - 3;
  const q0 = pos - 1;
  if (q0 < 0) return -1;
  if (B64_CHAR[buf[q0]] === 1) return q0;
  let q = q0;
  for (let i = 0; i < MAX_INDENT && q >= 0 && (buf[q] === 0x20 || buf[q] === 0x09); i++) q--;
  if (q < 0 || buf[q] !== LF) return -1;
  q--;
  if (q >= 0 && buf[q] === CR) q--;
  return q >= 0 && B64_CHAR[buf[q]] === 1 && isWrapLine(buf, q) ? q : -1;
}

interface Segment {
  start: number;
  end: number;
  /** Holds `-` or `_`: the URL-safe alphabet. */
  urlSafe: boolean;
}

/**
 * The maximal run of base64 characters around an offset. Hits come in increasing order and runs do not
 * overlap, so caching the last run makes every byte be scanned at most once per pattern.
 */
class SegmentCache {
  #last: Segment | undefined;
  constructor(private readonly buf: Uint8Array) {}

  at(pos: number): Segment {
    const last = this.#last;
    if (last && pos >= last.start && pos < last.end) return last;
    const buf = this.buf;
    let start = pos;
    for (;;) {
      if (start > 0 && B64_CHAR[buf[start - 1]] === 1) start--;
      else if (start > 0 && escapeAt(buf, start - 1) >= 0) start--; // the '%' of an escape whose '2B' we passed
      else break;
    }
    // A percent escape that is not base64 (`%3D` in `auth%3D…`): its two hex digits read as base64
    // characters, but the encoded text starts after them.
    if (start > 0 && buf[start - 1] === PERCENT && start + 2 <= pos && isHex(buf[start]) && isHex(buf[start + 1])) start += 2;
    let end = start;
    let urlSafe = false;
    while (isCharAt(buf, end)) {
      if (buf[end] === 0x2d || buf[end] === 0x5f) urlSafe = true;
      end += buf[end] === PERCENT ? 3 : 1;
    }
    this.#last = { start, end, urlSafe };
    return this.#last;
  }
}
