/**
 * HTML and XML character references: `&#45;`, `&#x2D;`, a key written all in references (pages, Javadoc,
 * exported documents). Prefilter: `&#` (in every reference, so the prefix's letters escaped and its dashes
 * plain too), a `k-ant-` after an escaped `s`, and any `sk-ant-` whose key does not parse.
 */
import { escapedWindows, hexValue, NONE, type EscapeCodec } from './escapes.js';
import type { Decoder } from './types.js';

const AMP = 0x26;
const HASH = 0x23;
const SEMI = 0x3b;

const codec: EscapeCodec = {
  name: 'html-entity',
  unitMax: 10, // &#x0002D;
  needles: [Buffer.from('&#')],
  afterPrefix: true,
  unit(buf, pos, end, len) {
    if (buf[pos] !== AMP || buf[pos + 1] !== HASH) return NONE;
    const isHex = (buf[pos + 2] | 0x20) === 0x78;
    let i = pos + (isHex ? 3 : 2);
    const first = i;
    let v = 0;
    while (i < end && i - first < 6) {
      const d = isHex ? hexValue(buf[i]) : buf[i] >= 0x30 && buf[i] <= 0x39 ? buf[i] - 0x30 : -1;
      if (d < 0) break;
      v = v * (isHex ? 16 : 10) + d;
      i++;
    }
    if (i === first || v > 0x7f || buf[i] !== SEMI) return NONE;
    len[0] = i + 1 - pos;
    return v;
  },
};

export const htmlEntity: Decoder = {
  name: 'html-entity',
  recognises: 'numeric character references of ASCII (`&#45;`, `&#x2D;`) in or around a key',
  needles: codec.needles,
  decode: (data, ctx) => escapedWindows(data, codec, ctx),
  samples: {
    positive: [
      { name: 'decimal references for dashes', text: (k) => Buffer.from(`<code>${k.replace(/-/g, '&#45;')}</code>\n`) },
      { name: 'hex references for dashes', text: (k) => Buffer.from(`<p>key: ${k.replace(/-/g, '&#x2D;')}</p>\n`) },
      { name: 'the s only', text: (k) => Buffer.from(`<code>&#115;${k.slice(1)}</code>\n`) },
      { name: 'the letters of the prefix, not its dashes', text: (k) => Buffer.from(`<code>&#115;&#107;${k.slice(2)}</code>\n`) },
      { name: 'every character a reference', text: (k) => Buffer.from(`<span>${Array.from(k, (c) => `&#${c.charCodeAt(0)};`).join('')}</span>\n`) },
    ],
    negative: [
      { name: 'a placeholder key', text: (k) => Buffer.from(`<code>${k.slice(0, 13).replace(/-/g, '&#45;')}${'x'.repeat(93)}AA</code>\n`) },
      { name: 'a reference without its semicolon', text: (k) => Buffer.from(`<code>${k.replace(/-/g, '&#45')}</code>\n`) },
      { name: 'a reference to a non-ASCII character', text: (k) => Buffer.from(`<code>${k.slice(0, 40)}&#233;${k.slice(41)}</code>\n`) },
    ],
  },
};
