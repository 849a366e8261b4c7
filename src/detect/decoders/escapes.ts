/**
 * The shared engine of decoders whose encoded text is text with escapes in it (percent, `\u`, entities,
 * quoted-printable, pieces joined): a needle hit or a plain prefix that did not parse marks a place; only a
 * bounded window around it is decoded, with the input offset of every decoded byte, and kept when it holds
 * `sk-ant-` and at least one escape. Windows never overlap by more than a key's length, so the work stays
 * linear on any input (a megabyte of `%2D` decodes each byte at most three times).
 */
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
  /** Which byte of a needle hit an escape may start at, relative to the hit (0 unless the needle begins mid-escape). */
  readonly hitBack?: number;
}

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
    out.push({ encoding: codec.name, bytes: decoded.bytes, offset: a, positions: decoded.positions });
  };
  // Places in input order: escapes found by the needles, and prefixes that did not parse (stored as -1 - p).
  const places: number[] = [];
  for (const needle of codec.needles) {
    for (let h = data.indexOf(needle); h !== -1; h = data.indexOf(needle, h + 1)) {
      const at = h - (codec.hitBack ?? 0);
      if (at >= 0 && codec.unit(data, at, data.length, LEN) !== NONE) places.push(at);
    }
  }
  if (codec.afterPrefix) for (const m of ctx.misses) places.push(-1 - m);
  if (places.length === 0) return out;
  const where = (x: number): number => (x < 0 ? -1 - x : x);
  places.sort((x, y) => where(x) - where(y));
  for (const x of places) {
    const p = where(x);
    if (p < done) continue;
    // A prefix: its key starts there. An escape: it may be anywhere in a key, which began up to a span before.
    if (x < 0) window(p, p + span);
    else window(p - span, p + 2 * span);
  }
  return out;
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
