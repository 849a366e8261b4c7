/**
 * Keys written as hex bytes: `xxd -p` (wrapped at 60 digits), lower or upper case, bytes separated by spaces,
 * colons or commas, C arrays (`0x73, 0x6b`), `\x73\x6b`. Prefilter: the hex of `-` (`2d`, `2D`: the needles
 * the escape decoders share, escapes.ts), then the hex of `sk` just before it; the hex is decoded from there, a
 * byte at a time, for one key's length at most.
 */
import { MAX_KEY_LENGTH } from '../plain.js';
import { DASH_HEX, hexByte } from './escapes.js';
import type { Decoded, Decoder } from './types.js';

/** The bytes of `sk-ant-` before its first `-`, nearest first. */
const BEFORE_DASH = Array.from(Buffer.from('sk'), (b) => b).reverse();
/** Separators between bytes: space, tab, colon, comma, line breaks (`xxd -p` wraps). */
const SEPARATOR = new Uint8Array(256);
for (const c of ' \t:,\r\n') SEPARATOR[c.charCodeAt(0)] = 1;
const MAX_SEPARATORS = 4;

/** Length of a `0x` / `\x` byte marker at `pos`, or 0. */
function marker(buf: Buffer, pos: number): number {
  const a = buf[pos];
  const b = buf[pos + 1];
  return (a === 0x30 || a === 0x5c) && (b === 0x78 || b === 0x58) ? 2 : 0;
}

/** Where the hex of `sk` that comes before the `2d` at `h` starts (its marker included), or -1. */
function startBefore(buf: Buffer, h: number): number {
  let q = h;
  for (const expected of BEFORE_DASH) {
    if (q >= 2 && marker(buf, q - 2)) q -= 2;
    for (let i = 0; i < MAX_SEPARATORS && q > 0 && SEPARATOR[buf[q - 1]] === 1; i++) q--;
    if (q < 2 || hexByte(buf, q - 2, q) !== expected) return -1;
    q -= 2;
  }
  if (q >= 2 && marker(buf, q - 2)) q -= 2;
  return q;
}

/** The bytes the hex from `start` stands for, one key's length (and one more byte) at most, with where each starts. */
function decodeFrom(buf: Buffer, start: number): { bytes: Buffer; positions: Int32Array } {
  const out = Buffer.allocUnsafe(MAX_KEY_LENGTH + 1);
  const positions = new Int32Array(out.length + 1);
  let n = 0;
  let pos = start;
  while (n < out.length) {
    let q = pos;
    if (n > 0) for (let i = 0; i < MAX_SEPARATORS && SEPARATOR[buf[q]] === 1; i++) q++;
    q += marker(buf, q);
    const v = hexByte(buf, q, buf.length);
    if (v < 0) break;
    positions[n] = n === 0 ? start : q;
    out[n++] = v;
    pos = q + 2;
  }
  positions[n] = pos;
  return { bytes: out.subarray(0, n), positions: positions.subarray(0, n + 1) };
}

export const hex: Decoder = {
  name: 'hex',
  recognises: 'hex bytes, lower or upper case, contiguous or separated, with `0x` or `\\x` markers',
  needles: DASH_HEX,
  decode(data, ctx) {
    const out: Decoded[] = [];
    for (const needle of DASH_HEX) {
      for (let h = ctx.search(needle, 0); h !== -1; h = ctx.search(needle, h + 1)) {
        const start = startBefore(data, h);
        if (start === -1) continue;
        const { bytes, positions } = decodeFrom(data, start);
        if (bytes.length < 8 || bytes[2] !== 0x2d) continue; // `sk-` at least: the rest is the parser's
        out.push({ encoding: 'hex', bytes, offset: start, positions });
      }
    }
    return out;
  },
  samples: {
    positive: [
      { name: 'lower-case hex', text: (k) => Buffer.from(`token_hex=${Buffer.from(k).toString('hex')}\n`) },
      { name: 'upper-case hex', text: (k) => Buffer.from(`TOKEN=${Buffer.from(k).toString('hex').toUpperCase()}\n`) },
      { name: 'xxd -p, wrapped at 60 digits', text: (k) => Buffer.from(`${(Buffer.from(`k=${k}\n`).toString('hex').match(/.{1,60}/g) ?? []).join('\n')}\n`) },
      { name: 'space-separated bytes', text: (k) => Buffer.from(`${Array.from(Buffer.from(k), (b) => b.toString(16).padStart(2, '0')).join(' ')}\n`) },
      { name: 'colon-separated bytes', text: (k) => Buffer.from(`${Array.from(Buffer.from(k), (b) => b.toString(16).padStart(2, '0')).join(':')}\n`) },
      { name: 'a C array', text: (k) => Buffer.from(`static const char k[] = { ${Array.from(Buffer.from(k), (b) => `0x${b.toString(16)}`).join(', ')} };\n`) },
      { name: '\\x escapes', text: (k) => Buffer.from(`k = b"${Array.from(Buffer.from(k), (b) => `\\x${b.toString(16)}`).join('')}"\n`), encoding: 'escape' },
    ],
    negative: [
      { name: 'hex of a low-entropy key', text: (k) => Buffer.from(`${Buffer.from(`${k.slice(0, 13)}${'ab12'.repeat(23)}cAA`).toString('hex')}\n`) },
      { name: 'hex of a key cut short', text: (k) => Buffer.from(`${Buffer.from(k.slice(0, 90)).toString('hex')}\n`) },
      { name: 'random hex', text: (k) => Buffer.from(`${Buffer.from(k).toString('hex').split('').reverse().join('')}\n`) },
    ],
  },
};
