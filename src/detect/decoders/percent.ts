/**
 * Percent-encoding of any character: `sk%2Dant%2D…`, a fully percent-encoded key (`%73%6B%2D…`), `%5F` for
 * `_` in a body. URL encoders leave `-` and `_` alone, so a key is percent-encoded by hand, by an encoder that
 * escapes everything, or twice. Prefilter: the hex digits of `-` (every encoding of the prefix that escapes its
 * dashes holds `%2D`: escapes.ts, DASH_HEX), a `k-ant-` after an escaped `s`, a `-ant-` after an escaped `k`
 * (DASHED_ANT), and any `sk-ant-` whose key does not parse (an escape in its body).
 */
import { DASH_HEX, DASHED_ANT, escapedWindows, hexByte, NONE, type EscapeCodec } from './escapes.js';
import type { Decoder } from './types.js';

const PERCENT = 0x25;

const codec: EscapeCodec = {
  name: 'percent',
  unitMax: 3,
  needles: [...DASH_HEX, DASHED_ANT],
  afterPrefix: true,
  unit(buf, pos, end, len) {
    if (buf[pos] !== PERCENT) return NONE;
    const v = hexByte(buf, pos + 1, end);
    if (v < 0) return NONE;
    len[0] = 3;
    return v;
  },
};

const pct = (s: string, every = false): string =>
  Array.from(Buffer.from(s), (b) => (every || b === 0x2d || b === 0x5f ? `%${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('');

export const percent: Decoder = {
  name: 'percent',
  recognises: '`%2D` and any `%XX` in or around a key; a fully percent-encoded key',
  needles: codec.needles,
  decode: (data, ctx) => escapedWindows(data, codec, ctx),
  samples: {
    positive: [
      { name: 'dashes and underscores escaped', text: (k) => Buffer.from(`https://x.example/cb?key=${pct(k)}&a=1\n`) },
      { name: 'every byte escaped', text: (k) => Buffer.from(`q=${pct(k, true)}\n`) },
      { name: 'lower-case escapes', text: (k) => Buffer.from(`q=${pct(k, true).toLowerCase()}\n`) },
      { name: 'the body only', text: (k) => Buffer.from(`${k.slice(0, 20)}${pct(k.slice(20), true)}\n`) },
      { name: 'the s only', text: (k) => Buffer.from(`q=%73${k.slice(1)}\n`) },
      { name: 'the letters of the prefix, not its dashes', text: (k) => Buffer.from(`q=%73%6b${k.slice(2)}\n`) },
    ],
    negative: [
      { name: 'a placeholder key, escaped', text: (k) => Buffer.from(`q=${pct(`${k.slice(0, 13)}${'x'.repeat(93)}AA`)}\n`) },
      { name: 'an escaped key cut short', text: (k) => Buffer.from(`q=${pct(k.slice(0, 80), true)}\n`) },
      { name: 'an escaped key that runs on', text: (k) => Buffer.from(`q=${pct(`${k}x`, true)}\n`) },
      { name: 'escapes that are not hex', text: (k) => Buffer.from(`q=${k.replace(/-/g, '%2G')}\n`) },
    ],
  },
};
