/**
 * Keys written out in plain text: a literal prefilter finds each `sk-ant-`, then a hand-written parser reads
 * the key at that offset. Every parse reads at most MAX_KEY_LENGTH + 1 bytes and the search resumes after the prefix, so
 * the whole pass is linear in the input whatever it holds (megabytes of prefixes, endless key characters).
 */
import { MAX_KEY_LENGTH as MAX_KEY_LENGTH_, MAX_WORD, PREFIX as PREFIX_, delimitsItself, kindFor, type Kind, type RuleId } from '../core/kinds.js';
import { KEY_CHAR as KEY_CHAR_ } from './chars.js';
import { isPlausibleBody } from './plausible.js';

// Module-local bindings: some loaders turn imported bindings into getters, too slow for inner loops.
const KEY_CHAR = KEY_CHAR_;

/** The literal every credential starts with. */
export const PREFIX = PREFIX_;

/**
 * What the prefilter actually searches for: the prefix without its `s`. Buffer.indexOf scans for the
 * needle's first byte and `s` is among the commonest bytes in any text, `k` is far rarer: measured on
 * source code, 'k-ant-' searches ~3.5x faster than 'sk-ant-'. The `s` is checked on each hit.
 */
const NEEDLE = Buffer.from(PREFIX.slice(1), 'latin1');
const S = 0x73;

/** The literals the plain prefilter searches for (the detector sweeps them with the decoders' own: search/). */
export const PLAIN_NEEDLES: readonly Buffer[] = [NEEDLE];

/**
 * `buf.indexOf(needle, from)` for the prefilters' needles, answered by one sweep of every needle over the input
 * (search/) when the detector has made one; a method, not a function, so no closure is built per input.
 */
export interface NeedleSearch {
  search(needle: Buffer, from: number): number;
}

/** The longest key of any kind (core/kinds.ts): what a parse may read, and the base64 windows' size. */
export const MAX_KEY_LENGTH = MAX_KEY_LENGTH_;

export interface KeyAt {
  rule: RuleId;
  kind: Kind;
  /** Offset just past the key. */
  end: number;
}

const DASH = 0x2d;

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

function isLower(b: number | undefined): boolean {
  return b !== undefined && b >= 0x61 && b <= 0x7a;
}

/**
 * The key that starts at `start` (where `sk-ant-` is), or undefined. The word and version after the prefix
 * pick the kind's row; its run of body characters must fit one of the row's body shapes and end where the
 * key does (a run that goes on past every allowed length is not a key), with one exception: a shape of one
 * length and a fixed tail (93 + `AA`) is read out of a longer run when its first `max` characters end in the
 * tail, in binary content only (`glued`: the buffer holds a NUL byte, as git decides; in text a key that runs on
 * into more key characters is another string). Binary formats put a letter right after a string (a `.pyc`'s next marshal type byte `N`, `Z`, `z`,
 * `r`, `a`; a SQLite record; a `.class` constant pool), and the key's end is where its tail is. The exact
 * length is taken, so `…AAA` reads as the key then `A`. Every plausibility check runs on the body so read.
 * Shapes with a range or no tail never cut a run (core/kinds.ts, delimitsItself: the cut would be a guess).
 */
export function parseKeyAt(buf: Buffer, start: number, glued = false): KeyAt | undefined {
  const at = start + PREFIX.length;
  // The word and version as one number (letters base 27, then the two digits): no string on the hot path.
  let v = at;
  let code = 0;
  while (v - at <= MAX_WORD && isLower(buf[v])) code = code * 27 + (buf[v++] - 0x60);
  if (!isDigit(buf[v]) || !isDigit(buf[v + 1]) || buf[v + 2] !== DASH) return undefined;
  code = code * 100 + (buf[v] - 0x30) * 10 + (buf[v + 1] - 0x30);
  const kind = kindAt(code, buf, at, v);
  if (!kind) return undefined;
  const bodyStart = v + 3;
  // Read at most one character more than the longest allowed run: enough to tell "runs on".
  const limit = Math.min(buf.length, bodyStart + longestRun(kind) + 1);
  let end = bodyStart;
  while (end < limit && KEY_CHAR[buf[end]] === 1) end++;
  const run = end - bodyStart;
  for (const shape of kind.bodies) {
    let keyEnd = end;
    if (glued && run > shape.max && delimitsItself(shape)) keyEnd = bodyStart + shape.max;
    else if (run < shape.min || run > shape.max) continue;
    const tail = shape.tail ?? '';
    if (tail && !endsWith(buf, keyEnd, tail)) continue;
    const body = buf.toString('latin1', bodyStart, keyEnd - tail.length);
    // A body holding another prefix is two strings run together (`sk-ant-oat01-sk-ant-api03-…`): the outer
    // one is not a key; the search goes on and finds the inner one on its own.
    if (body.includes(PREFIX) || !isPlausibleBody(body)) continue;
    return { rule: kind.id, kind, end: keyEnd };
  }
  return undefined;
}

/** Word-and-version codes seen, with their row (null: none): a few distinct ones in any real input. */
const KIND_CACHE = new Map<number, Kind | null>();
const KIND_CACHE_MAX = 4096;

function kindAt(code: number, buf: Buffer, at: number, v: number): Kind | undefined {
  const cached = KIND_CACHE.get(code);
  if (cached !== undefined) return cached ?? undefined;
  const kind = kindFor(buf.toString('latin1', at, v), buf.toString('latin1', v, v + 2));
  // Bounded: hostile input with endless distinct words falls back to the (still bounded) lookup.
  if (KIND_CACHE.size < KIND_CACHE_MAX) KIND_CACHE.set(code, kind ?? null);
  return kind;
}

const LONGEST = new Map<Kind, number>();
function longestRun(kind: Kind): number {
  let n = LONGEST.get(kind);
  if (n === undefined) {
    n = Math.max(...kind.bodies.map((b) => b.max));
    LONGEST.set(kind, n);
  }
  return n;
}

function endsWith(buf: Uint8Array, end: number, tail: string): boolean {
  for (let i = 0; i < tail.length; i++) if (buf[end - tail.length + i] !== tail.charCodeAt(i)) return false;
  return true;
}

/** A key found in a buffer: its offsets and rule. */
export interface Found {
  start: number;
  end: number;
  rule: RuleId;
}

/**
 * Every plain-text key in `buf`, in order. `misses`, when given, collects where `sk-ant-` stood but no key could
 * be read (the decoders look there for a key that runs on through escapes or pieces); `bareK`, where `k-ant-`
 * stood after something other than `s` (the place just before it: an escaped `s` may end there). `needles`, when
 * given, answers the first search (on clean text the only one, and from the sweep); after a hit the rest is
 * searched directly, one pass for this one walker, with no view made per hit on text dense with near misses.
 */
export function findPlain(buf: Buffer, glued = false, misses?: number[], bareK?: number[], needles?: NeedleSearch): Found[] {
  const out: Found[] = [];
  let i = needles ? needles.search(NEEDLE, 0) : buf.indexOf(NEEDLE);
  while (i !== -1) {
    const start = i - 1;
    if (start >= 0 && buf[start] === S) {
      const key = parseKeyAt(buf, start, glued);
      if (key) {
        out.push({ start, end: key.end, rule: key.rule });
        i = buf.indexOf(NEEDLE, key.end);
        continue;
      }
      misses?.push(start);
    } else if (start >= 0) {
      bareK?.push(start);
    }
    i = buf.indexOf(NEEDLE, i + NEEDLE.length);
  }
  return out;
}
