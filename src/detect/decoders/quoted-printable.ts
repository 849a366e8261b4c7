/**
 * Quoted-printable (mail bodies, MIME parts): `=2D`, and the soft line breaks (`=` at a line's end) that cut
 * any line longer than 76 characters, so nearly every key in a quoted-printable part. Prefilter: a `sk-ant-`
 * whose key does not parse (its run stopped at the `=`); no needle of its own (see README: a soft break inside
 * `sk-ant-` itself is not followed).
 */
import { escapedWindows, hexByte, NONE, SKIP, type EscapeCodec } from './escapes.js';
import type { Decoder } from './types.js';

const EQ = 0x3d;
const CR = 0x0d;
const LF = 0x0a;

const codec: EscapeCodec = {
  name: 'quoted-printable',
  unitMax: 3,
  needles: [],
  afterPrefix: true,
  unit(buf, pos, end, len) {
    if (buf[pos] !== EQ) return NONE;
    if (buf[pos + 1] === LF) {
      len[0] = 2;
      return SKIP;
    }
    if (buf[pos + 1] === CR && buf[pos + 2] === LF) {
      len[0] = 3;
      return SKIP;
    }
    const v = hexByte(buf, pos + 1, end);
    if (v < 0) return NONE;
    len[0] = 3;
    return v;
  },
};

/** Soft line breaks every 76 characters, as encoders write them. */
const qp = (s: string): string => (s.match(/.{1,75}/g) ?? []).join('=\r\n');

export const quotedPrintable: Decoder = {
  name: 'quoted-printable',
  recognises: 'soft line breaks (`=` at a line end) and `=XX` escapes inside a key',
  needles: codec.needles,
  decode: (data, ctx) => escapedWindows(data, codec, ctx),
  samples: {
    positive: [
      { name: 'a soft line break in the body', text: (k) => Buffer.from(`Content-Transfer-Encoding: quoted-printable\r\n\r\n${qp(`Your key is ${k} - keep it safe.`)}\r\n`) },
      { name: 'an =XX escape in the body', text: (k) => Buffer.from(`${k.slice(0, 30)}=${k.charCodeAt(30).toString(16).toUpperCase()}${k.slice(31)}
`) },
      { name: 'LF soft breaks', text: (k) => Buffer.from(`key=3D${k.slice(0, 60)}=\n${k.slice(60)}\n`) },
    ],
    negative: [
      { name: 'a placeholder key broken by a soft break', text: (k) => Buffer.from(`${k.slice(0, 13)}${'x'.repeat(50)}=\r\n${'x'.repeat(43)}AA\r\n`) },
      { name: 'a hard line break inside a key', text: (k) => Buffer.from(`${k.slice(0, 60)}\r\n${k.slice(60)}\r\n`) },
      { name: 'an = that is not an escape', text: (k) => Buffer.from(`${k.slice(0, 60)}=ZZ${k.slice(60)}\n`) },
    ],
  },
};
