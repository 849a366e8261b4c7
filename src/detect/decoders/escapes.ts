/**
 * The shared engine of decoders whose encoded text is text with escapes in it (percent, `\u`, entities,
 * quoted-printable, pieces joined): a needle hit or a plain prefix that did not parse marks a place; only a
 * bounded window around it is decoded, with the input offset of every decoded byte, and kept when it holds
 * `sk-ant-` and at least one escape. Windows never overlap by more than a key's length, so the work stays
 * linear on any input (a megabyte of `%2D` decodes each byte at most three times).
 */
import { KEY_CHAR as KEY_CHAR_ } from '../chars.js';
import { MAX_KEY_LENGTH, PREFIX } from '../plain.js';
import type { Decoded, DecodeContext } from './types.js';
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

/** The windows of `data` worth scanning for keys hidden by `codec`'s escapes. */
export function escapedWindows(data: Buffer, codec: EscapeCodec, ctx: DecodeContext): Decoded[] {
  const span = (MAX_KEY_LENGTH + 1) * codec.unitMax;
  const out: Decoded[] = [];
  // Every key starting before `done` has been decoded whole.
  let done = -1;
  const window = (from: number, to: number): void => {
    const a = Math.max(from, done, 0);
    const b = Math.min(data.length, to);
    if (b <= a) return;
    done = Math.max(done, b - span);
    const decoded = decodeSpan(data, a, b, codec);
    if (!decoded || decoded.bytes.indexOf(PREFIX_BYTES) === -1) return;
    // Keys that start at or after `done` may be cut by the window's end: the next window has them whole.
    const keysBefore = b === data.length ? undefined : decodedIndex(decoded.positions, done + 1);
    out.push({ encoding: codec.name, bytes: decoded.bytes, offset: a, positions: decoded.positions, keysBefore });
  };
  // Places to decode, in input order: escapes the needles find, each possibly anywhere in a key that began up
  // to a span before; and prefixes whose run of key characters stopped at an escape, a key starting there. Each
  // needle's search resumes past what is decoded already, so a flood of escapes costs a search per window.
  const next = codec.needles.map((n) => ctx.search(n, 0));
  const misses = codec.afterPrefix ? ctx.misses : [];
  let m = 0;
  for (;;) {
    let which = -1;
    for (let i = 0; i < next.length; i++) if (next[i] !== -1 && (which === -1 || next[i] < next[which])) which = i;
    const hit = which === -1 ? Infinity : next[which];
    const miss = m < misses.length ? misses[m].start : Infinity;
    if (hit === Infinity && miss === Infinity) break;
    if (miss <= hit) {
      const { start, stop } = misses[m++];
      if (start >= done && codec.unit(data, stop, data.length, LEN) !== NONE) window(start, stop + span);
      continue;
    }
    if (hit >= done && inKey(codec.unit(data, hit, data.length, LEN))) window(hit - span, hit + 2 * span);
    next[which] = ctx.search(codec.needles[which], Math.max(hit + 1, done));
  }
  return out;
}

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
