/**
 * Backslash escapes of JSON and JavaScript (and Python, C, shell's `$'…'`): `\u002d`, a fully `\u`-escaped
 * key, `\x2d`, `\u{2d}`. Prefilter: the hex digits of `-` (every form that escapes the prefix's dashes holds
 * them: escapes.ts, DASH_HEX), a `k-ant-` after an escaped `s`, a `-ant-` after an escaped `k` (DASHED_ANT),
 * and any `sk-ant-` whose key does not parse. Only escapes of ASCII are decoded: a key is ASCII.
 */
import { DASH_HEX, DASHED_ANT, escapedWindows, hexByte, hexValue, NONE, type EscapeCodec } from './escapes.js';
import type { Decoder } from './types.js';

const BACKSLASH = 0x5c;
const U = 0x75;
const X = 0x78;
const OPEN = 0x7b;
const CLOSE = 0x7d;

const codec: EscapeCodec = {
  name: 'escape',
  unitMax: 8, // \u{00XX}
  needles: [...DASH_HEX, DASHED_ANT],
  afterPrefix: true,
  unit(buf, pos, end, len) {
    if (buf[pos] !== BACKSLASH) return NONE;
    const kind = buf[pos + 1];
    if (kind === X) {
      const v = hexByte(buf, pos + 2, end);
      if (v < 0) return NONE;
      len[0] = 4;
      return v;
    }
    if (kind !== U) return NONE;
    if (buf[pos + 2] === OPEN) {
      // \u{…}: one to six hex digits; only ASCII values stand for a key's characters.
      let v = 0;
      let i = pos + 3;
      while (i < end && i < pos + 9 && hexValue(buf[i]) >= 0) v = v * 16 + hexValue(buf[i++]);
      if (i === pos + 3 || i >= end || buf[i] !== CLOSE || v > 0x7f) return NONE;
      len[0] = i + 1 - pos;
      return v;
    }
    if (buf[pos + 2] !== 0x30 || buf[pos + 3] !== 0x30) return NONE; // \u00XX
    const v = hexByte(buf, pos + 4, end);
    if (v < 0 || v > 0x7f) return NONE;
    len[0] = 6;
    return v;
  },
};

const u = (s: string, every = false): string =>
  Array.from(s, (c) => (every || c === '-' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');

export const escape: Decoder = {
  name: 'escape',
  recognises: 'JSON and JavaScript escapes of ASCII (`\\u002d`, `\\x2d`, `\\u{2d}`) in or around a key',
  needles: codec.needles,
  decode: (data, ctx) => escapedWindows(data, codec, ctx),
  samples: {
    positive: [
      { name: 'JSON with escaped dashes', text: (k) => Buffer.from(`{"key": "${u(k)}"}\n`) },
      { name: 'a fully \\u-escaped key', text: (k) => Buffer.from(`{"key": "${u(k, true)}"}\n`) },
      { name: 'upper-case hex digits', text: (k) => Buffer.from(`{"key": "${u(k, true).toUpperCase().replace(/\\U/g, '\\u')}"}\n`) },
      { name: 'JavaScript \\x escapes', text: (k) => Buffer.from(`const k = "${k.replace(/-/g, '\\x2d')}";\n`) },
      { name: 'a JavaScript \\u{…} escape in the body', text: (k) => Buffer.from(`const k = "${k.slice(0, 50)}\\u{${k.charCodeAt(50).toString(16)}}${k.slice(51)}";\n`) },
      { name: 'the s only', text: (k) => Buffer.from(`s = "\\x73${k.slice(1)}";\n`) },
      { name: 'the letters of the prefix, not its dashes', text: (k) => Buffer.from(`s = "\\x73\\x6b${k.slice(2)}";\n`) },
      { name: 'every byte as \\x', text: (k) => Buffer.from(`printf '${Array.from(k, (c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')}'\n`) },
    ],
    negative: [
      { name: 'a placeholder key, escaped', text: (k) => Buffer.from(`"${u(`${k.slice(0, 13)}${'X'.repeat(93)}AA`)}"\n`) },
      { name: 'an escaped key cut short', text: (k) => Buffer.from(`"${u(k.slice(0, 100), true)}"\n`) },
      { name: 'an escape of a non-ASCII character in the body', text: (k) => Buffer.from(`"${k.slice(0, 50)}\\u00e9${k.slice(51)}"\n`) },
      { name: 'a \\u escape too short', text: (k) => Buffer.from(`"${k.replace(/-/g, '\\u02d')}"\n`) },
    ],
  },
};
