/**
 * The shared engine of decoders whose encoded text is text with escapes in it (percent, `\u`, entities,
 * quoted-printable, pieces joined): a needle hit or a plain prefix that did not parse marks a place; only a
 * bounded window around it is decoded, with the input offset of every decoded byte, and kept when it holds
 * `sk-ant-` and at least one escape. Windows never overlap by more than a key's length, so the work stays
 * linear on any input (a megabyte of `%2D` decodes each byte at most three times).
 */
import { KEY_CHAR as KEY_CHAR_ } from '../chars.js';
import { MAX_KEY_LENGTH, PREFIX } from '../plain.js';
import type { Decoded, DecodeContext, Miss } from './types.js';
import type { EncodingStep } from '../../core/types.js';

/** `unit` answers: not an escape here. */
export const NONE = -1;
/** `unit` answers: an escape that stands for nothing (a soft line break, a zero-width character, `" + "`). */
export const SKIP = -2;

export interface EscapeCodec {
  readonly name: EncodingStep;
  /** The longest escape of one byte (bounds the windows). */
  readonly unitMax: number;
  /**
   * The byte the escape at `pos` stands for (0-255), SKIP or NONE; its length goes in `len[0]`. Never reads
   * past `end`.
   */
  unit(buf: Buffer, pos: number, end: number, len: Int32Array): number;
  /** Literals that start the search: each hit is checked by `unit` around it. */
  readonly needles: readonly Buffer[];
  /** Whether a `sk-ant-` that did not parse is worth a window (its key may run on through escapes). */
  readonly afterPrefix: boolean;
}

// Module-local bindings: some loaders turn imported bindings into getters, too slow for inner loops.
const KEY_CHAR = KEY_CHAR_;
const PREFIX_BYTES = Buffer.from(PREFIX, 'latin1');
const LEN = new Int32Array(1);

/** Decode [from, to) of `buf`; undefined when nothing in it was an escape. */
export function decodeSpan(buf: Buffer, from: number, to: number, codec: EscapeCodec): { bytes: Buffer; positions: Int32Array } | undefined {
  const bytes = Buffer.allocUnsafe(to - from);
  const positions = new Int32Array(to - from + 1);
  let n = 0;
  let escapes = 0;
  let pos = from;
  while (pos < to) {
    const v = codec.unit(buf, pos, to, LEN);
    if (v === NONE) {
      positions[n] = pos;
      bytes[n++] = buf[pos++];
      continue;
    }
    escapes++;
    if (v !== SKIP) {
      positions[n] = pos;
      bytes[n++] = v;
    }
    pos += LEN[0];
  }
  positions[n] = pos;
  if (escapes === 0) return undefined;
  return { bytes: bytes.subarray(0, n), positions: positions.subarray(0, n + 1) };
}

/**
 * The hex digits of `-` in either case: every hex escape of the prefix's dashes holds them (`%2D`, `\x2d`,
 * `\u002d`, `\u{2d}`, `&#x2D;`) and so does the prefix written as hex bytes (`736b2d…`). One pair of needles
 * for every family instead of four (`%2`, `\u00`, `\x`, `74`), each a search for `2`: in code and prose about
 * what a search for `\` costs, far less in JSON and source maps, where `\` is about one byte in a hundred
 * (measured on node_modules: `\u00` and `\x` 5-10 ms each per 48 MB, `2d` and `2D` 2.5-3, when each needle
 * was a pass of its own). An encoder that escapes the prefix's letters but not its dashes is found otherwise:
 * its `s` alone escaped leaves `k-ant-` plain, which the plain prefilter finds for free (DecodeContext.bareK);
 * its `s` and `k` escaped leave `-ant-` (DASHED_ANT).
 */
export const DASH_HEX: readonly Buffer[] = [Buffer.from('2d', 'latin1'), Buffer.from('2D', 'latin1')];

/**
 * The prefix with its letters escaped and its dashes plain (`%73%6b-ant-`, `\x73\x6b-ant-`; entities have `&#`),
 * which neither DASH_HEX nor the plain `k-ant-` finds: `-ant-`, the escape of its `k` ending just before it
 * (where the search for an escape starts: one byte before the hit). All needles are found in one pass
 * (../search/), so one more costs next to nothing.
 */
export const DASHED_ANT = Buffer.from('-ant-', 'latin1');

/** Where the escape of `codec` that covers `pos` starts (its value in LEN's companion), or -1. */
function escapeCovering(buf: Buffer, pos: number, codec: EscapeCodec): number {
  for (let s = pos; s >= 0 && s > pos - codec.unitMax; s--) {
    if (codec.unit(buf, s, buf.length, LEN) !== NONE && s + LEN[0] > pos) return s;
  }
  return -1;
}

/** The decoding in progress: what is decoded so far, and where every key starting before `done` was decoded whole. */
interface Windows {
  readonly data: Buffer;
  readonly codec: EscapeCodec;
  readonly span: number;
  readonly out: Decoded[];
  done: number;
}

/** Decode [from, to) of the input, unless decoded already; keep it when it holds the prefix. */
function decodeWindow(w: Windows, from: number, to: number): void {
  const { data, codec, span } = w;
  const a = Math.max(from, w.done, 0);
  const b = Math.min(data.length, to);
  if (b <= a) return;
  w.done = Math.max(w.done, b - span);
  const decoded = decodeSpan(data, a, b, codec);
  if (!decoded || decoded.bytes.indexOf(PREFIX_BYTES) === -1) return;
  // Keys that start at or after `done` may be cut by the window's end: the next window has them whole.
  const keysBefore = b === data.length ? undefined : decodedIndex(decoded.positions, w.done + 1);
  w.out.push({ encoding: codec.name, bytes: decoded.bytes, offset: a, positions: decoded.positions, keysBefore });
}

/** The windows of `data` worth scanning for keys hidden by `codec`'s escapes. */
export function escapedWindows(data: Buffer, codec: EscapeCodec, ctx: DecodeContext): Decoded[] {
  const needles = codec.needles;
  const misses = codec.afterPrefix ? ctx.misses : NO_MISSES;
  const bare = codec.needles.length > 0 ? ctx.bareK : NO_PLACES;
  // The clean case: no needle anywhere, no prefix to follow (no allocation, no decoding).
  let any = misses.length > 0 || bare.length > 0;
  for (let i = 0; i < needles.length && !any; i++) any = ctx.search(needles[i], 0) !== -1;
  if (!any) return [];
  const w: Windows = { data, codec, span: (MAX_KEY_LENGTH + 1) * codec.unitMax, out: [], done: -1 };
  const span = w.span;
  // Places to decode, in input order: escapes the needles find (for DASHED_ANT, the place before it), each
  // possibly anywhere in a key that began up to a span before; a `k-ant-` whose `s` may be escaped, likewise;
  // and prefixes whose run of key characters stopped at an escape, a key starting there. Each needle's search
  // resumes past what is decoded already, so a flood of escapes costs a search per window.
  const before = needles.map((n) => (n === DASHED_ANT ? 1 : 0));
  const placeOf = (i: number, h: number): number => (h === -1 ? Infinity : h - before[i]);
  const next = needles.map((n, i) => placeOf(i, ctx.search(n, 0)));
  let m = 0;
  let k = 0;
  for (;;) {
    let which = -1;
    for (let i = 0; i < next.length; i++) if (next[i] !== Infinity && (which === -1 || next[i] < next[which])) which = i;
    const hit = which === -1 ? Infinity : next[which];
    const miss = m < misses.length ? misses[m].start : Infinity;
    const place = k < bare.length ? bare[k] : Infinity;
    if (hit === Infinity && miss === Infinity && place === Infinity) break;
    if (miss <= hit && miss <= place) {
      const { start, stop } = misses[m++];
      if (start >= w.done && codec.unit(data, stop, data.length, LEN) !== NONE) decodeWindow(w, start, stop + span);
      continue;
    }
    const at = place < hit ? place : hit;
    if (at >= w.done) {
      const s = escapeCovering(data, at, codec);
      if (s !== -1 && inKey(codec.unit(data, s, data.length, LEN))) decodeWindow(w, s - span, s + 2 * span);
    }
    if (place < hit) k++;
    else next[which] = placeOf(which, ctx.search(needles[which], Math.max(hit + 1, w.done) + before[which]));
  }
  return w.out;
}

const NO_MISSES: readonly Miss[] = [];
const NO_PLACES: readonly number[] = [];

/** Whether an escape's value may be part of a key: a key character, or nothing (a piece break). `%20`, `\x1b`: no. */
function inKey(value: number): boolean {
  return value === SKIP || (value >= 0 && KEY_CHAR[value] === 1);
}

/** The first decoded byte whose input offset is `offset` or more. */
function decodedIndex(positions: Int32Array, offset: number): number {
  let lo = 0;
  let hi = positions.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The value of a hex digit, or -1. */
export function hexValue(b: number | undefined): number {
  if (b === undefined) return -1;
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  const l = b | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1;
}

/** Two hex digits at `pos` as a byte, or -1. */
export function hexByte(buf: Buffer, pos: number, end: number): number {
  if (pos + 1 >= end) return -1;
  const hi = hexValue(buf[pos]);
  const lo = hexValue(buf[pos + 1]);
  return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
}
