/**
 * Keys cut in pieces that a reader joins (issue 19's harder cases), followed only from a `sk-ant-` whose key
 * does not parse, so the clean case pays nothing:
 *   joined      string concatenation (`"sk-ant-api03-" + "…"` in JS, Java, C#, Python, Go, Ruby; `.` in PHP, `..`
 *               in Lua, `||` in SQL, `&` in VB; Python's adjacent literals; a `+` at a line end), a backslash
 *               line continuation inside a string (YAML double-quoted, shell, C), a notebook's source split into
 *               a JSON array of lines;
 *   zero-width  invisible characters inside a key (U+200B, U+200C, U+200D, U+2060, U+FEFF, soft hyphen U+00AD).
 * Whatever is joined must still be one whole, plausible key: `"sk-ant-api03-" + "..."` or `+ process.env.X` is not.
 */
import { escapedWindows, NONE, SKIP, type EscapeCodec } from './escapes.js';
import type { Decoder } from './types.js';

const BACKSLASH = 0x5c;
const CR = 0x0d;
const LF = 0x0a;
const QUOTE = new Uint8Array(256);
for (const c of '"\'`') QUOTE[c.charCodeAt(0)] = 1;
const SPACE = new Uint8Array(256);
for (const c of ' \t\r\n') SPACE[c.charCodeAt(0)] = 1;
/** String prefixes that may open the next piece (Python's f, b, r, u; C#'s @ and $). */
const OPENER = new Uint8Array(256);
for (const c of 'fFbBrRuU@$') OPENER[c.charCodeAt(0)] = 1;
const OPERATORS = ['+', '..', '.', '||', '&', '<<'].map((o) => Buffer.from(o));
const MAX_GAP = 64;

function skipSpace(buf: Buffer, pos: number, end: number): number {
  let q = pos;
  while (q < end && q - pos < MAX_GAP && SPACE[buf[q]] === 1) q++;
  return q;
}

/** The end of `" + "` (a closing quote, an operator or none, an opening quote) at `pos`, or -1. */
function concatenation(buf: Buffer, pos: number, end: number): number {
  if (QUOTE[buf[pos]] !== 1) return -1;
  let q = skipSpace(buf, pos + 1, end);
  const op = OPERATORS.find((o) => buf.compare(o, 0, o.length, q, Math.min(end, q + o.length)) === 0);
  if (op) q = skipSpace(buf, q + op.length, end);
  else if (buf[q] === 0x2c && buf[pos - 1] === 0x6e && buf[pos - 2] === BACKSLASH) q = skipSpace(buf, q + 1, end); // `\n", "`: notebook lines
  else if (q === pos + 1) return -1; // adjacent literals need space between them
  for (let i = 0; i < 2 && OPENER[buf[q]] === 1; i++) q++;
  return q < end && QUOTE[buf[q]] === 1 ? q + 1 : -1;
}

const joinedCodec: EscapeCodec = {
  name: 'joined',
  unitMax: 1,
  needles: [],
  afterPrefix: true,
  unit(buf, pos, end, len) {
    const b = buf[pos];
    if (b === BACKSLASH) {
      // `\` at a line end inside a string: the next line goes on, its indentation dropped.
      let q = pos + 1;
      if (buf[q] === 0x6e && QUOTE[buf[q + 1]] === 1) {
        const c = concatenation(buf, q + 1, end); // `\n",\n    "`: a notebook's next source line
        if (c === -1) return NONE;
        len[0] = c - pos;
        return SKIP;
      }
      if (buf[q] === CR) q++;
      if (buf[q] !== LF) return NONE;
      len[0] = skipSpace(buf, q + 1, end) - pos;
      return SKIP;
    }
    const c = concatenation(buf, pos, end);
    if (c === -1) return NONE;
    len[0] = c - pos;
    return SKIP;
  },
};

/** UTF-8 of the invisible characters: U+200B-U+200D, U+2060, U+FEFF, U+00AD. */
const zeroWidthCodec: EscapeCodec = {
  name: 'zero-width',
  unitMax: 1,
  needles: [],
  afterPrefix: true,
  unit(buf, pos, _end, len) {
    const b = buf[pos];
    if (b === 0xc2 && buf[pos + 1] === 0xad) {
      len[0] = 2;
      return SKIP;
    }
    if (b === 0xe2 && ((buf[pos + 1] === 0x80 && buf[pos + 2] >= 0x8b && buf[pos + 2] <= 0x8d) || (buf[pos + 1] === 0x81 && buf[pos + 2] === 0xa0))) {
      len[0] = 3;
      return SKIP;
    }
    if (b === 0xef && buf[pos + 1] === 0xbb && buf[pos + 2] === 0xbf) {
      len[0] = 3;
      return SKIP;
    }
    return NONE;
  },
};

const cut = (k: string, at = 40): [string, string] => [k.slice(0, at), k.slice(at)];

export const joined: Decoder = {
  name: 'joined',
  recognises: 'a key cut in string pieces a reader joins: concatenation, adjacent literals, `\\` line continuations, notebook lines',
  decode: (data, ctx) => escapedWindows(data, joinedCodec, ctx),
  samples: {
    positive: [
      { name: 'JavaScript +', text: (k) => Buffer.from(`const key = "${cut(k)[0]}" + "${cut(k)[1]}";\n`) },
      { name: 'the prefix apart', text: (k) => Buffer.from(`KEY = '${k.slice(0, 13)}' + '${k.slice(13)}'\n`) },
      { name: 'a + at the line end', text: (k) => Buffer.from(`String key = "${cut(k)[0]}" +\n    "${cut(k)[1]}";\n`) },
      { name: 'Python adjacent literals', text: (k) => Buffer.from(`KEY = (\n    "${cut(k)[0]}"\n    "${cut(k)[1]}"\n)\n`) },
      { name: 'PHP .', text: (k) => Buffer.from(`$key = '${cut(k)[0]}' . '${cut(k)[1]}';\n`) },
      { name: 'three pieces', text: (k) => Buffer.from(`k := "${k.slice(0, 30)}" + "${k.slice(30, 70)}" + "${k.slice(70)}"\n`) },
      { name: 'YAML double-quoted continuation', text: (k) => Buffer.from(`key: "${cut(k)[0]}\\\n  ${cut(k)[1]}"\n`) },
      { name: 'notebook source lines', text: (k) => Buffer.from(`{"source": [\n    "KEY = '${cut(k)[0]}\\n",\n    "${cut(k)[1]}'\\n"\n]}\n`) },
    ],
    negative: [
      { name: 'a prefix and a placeholder', text: (k) => Buffer.from(`const key = "${k.slice(0, 13)}" + "${'x'.repeat(93)}AA";\n`) },
      { name: 'a prefix and a variable', text: (k) => Buffer.from(`const key = "${k.slice(0, 13)}" + process.env.BODY;\n`) },
      { name: 'docs showing a prefix and ...', text: (k) => Buffer.from(`Keys look like \`${k.slice(0, 13)}\` + \`...\`\n`) },
      { name: 'two halves of different keys run on', text: (k) => Buffer.from(`a = "${cut(k)[0]}" + "${cut(k)[1]}x"\n`) },
    ],
  },
};

export const zeroWidth: Decoder = {
  name: 'zero-width',
  recognises: 'invisible characters inside a key: U+200B, U+200C, U+200D, U+2060, U+FEFF, soft hyphen U+00AD',
  decode: (data, ctx) => escapedWindows(data, zeroWidthCodec, ctx),
  samples: {
    positive: [
      { name: 'a zero-width space', text: (k) => Buffer.from(`key: ${cut(k)[0]}\u200b${cut(k)[1]}\n`) },
      { name: 'a soft hyphen and a joiner', text: (k) => Buffer.from(`key: ${k.slice(0, 30)}\u00ad${k.slice(30, 60)}\u2060${k.slice(60)}\n`) },
      { name: 'a byte-order mark mid-line', text: (k) => Buffer.from(`key: ${cut(k)[0]}\ufeff${cut(k)[1]}\n`) },
    ],
    negative: [
      { name: 'a placeholder with a zero-width space', text: (k) => Buffer.from(`key: ${k.slice(0, 13)}${'x'.repeat(40)}\u200b${'x'.repeat(53)}AA\n`) },
      { name: 'a visible space inside', text: (k) => Buffer.from(`key: ${cut(k)[0]} ${cut(k)[1]}\n`) },
    ],
  },
};
