/**
 * Building blocks of the leak corpus: documents written as tagged templates whose interpolations may be
 * keys (`K('api03', 'name')`), keys hidden in base64 (`B64(...)`), or plain text. Each key part records
 * where the scanner must report it (line, and 1-based column in characters), worked out from the text as
 * it is finally written, so an expectation can never drift from its fixture.
 *
 * Every key is built at run time (helpers/keys.ts): the repository holds no literal credential.
 */
import { createHash } from 'node:crypto';
import { kindFor } from '../../src/core/kinds.js';
import type { RuleId } from '../../src/core/types.js';
import { fakeKey, PREFIX, randomBody } from '../helpers/keys.js';

/** A location's `encoding`: a decoder's name, or a chain of them (`base64>gzip`). */
export type Encoding = string;

/** Where one key must be reported. */
export interface Expectation {
  key: string;
  rule: RuleId;
  line: number;
  column: number;
  encoding?: Encoding;
  /** Reported in `suppressed` (an allow marker on its line), not in `findings`. */
  allowed?: boolean;
}

/** A key (or a key's encoding) placed in a document; its position is known once the document is laid out. */
interface Placed {
  /** Index in the part's text where the report points (before `later`). */
  at: number;
  key: string;
  rule: RuleId;
  encoding?: Encoding;
  allowed?: boolean;
  /** Wrapped base64: the report points this many lines further down, at this column. */
  later?: { lines: number; column: number };
}

export interface Part {
  text: string;
  keys: Placed[];
}

export type Piece = string | Part;

/** The rule of a fake key, as the kinds table (src/core/kinds.ts) dispatches its word and version. */
export function ruleOf(key: string): RuleId {
  const kind = key.slice(PREFIX.length).split('-')[0];
  const rule = kindFor(kind.slice(0, -2), kind.slice(-2))?.id;
  if (!rule) throw new Error(`not a kind: ${kind}`);
  return rule;
}

/** The fake key named `name` of a kind: the same name always gives the same key. */
export function key(kind: string, name: string): string {
  return fakeKey(kind, `corpus:${name}`);
}

/** A key of the given kind written out, to be reported where it starts. */
export function K(kind: string, name: string): Part {
  const k = key(kind, name);
  return { text: k, keys: [{ at: 0, key: k, rule: ruleOf(k) }] };
}

/** The same, on a line that carries an allow marker: expected in `suppressed`. */
export function allowed(part: Part): Part {
  return { text: part.text, keys: part.keys.map((p) => ({ ...p, allowed: true })) };
}

/** An OAuth token whose run of body characters (the final `AA` included) is `run` long. */
export function oauth(kind: 'oat01' | 'ort01', name: string, run: number): Part {
  const k = `${PREFIX}${kind}-${randomBody(`corpus:${name}`, run - 2)}AA`;
  return { text: k, keys: [{ at: 0, key: k, rule: ruleOf(k) }] };
}

/** A document: the template's text with its key parts in place. */
export function doc(strings: TemplateStringsArray, ...values: Piece[]): Part {
  const pieces: Piece[] = [];
  strings.forEach((s, i) => {
    pieces.push(s);
    if (i < values.length) pieces.push(values[i]);
  });
  return concat(...pieces);
}

export function concat(...pieces: Piece[]): Part {
  let text = '';
  const keys: Placed[] = [];
  for (const piece of pieces) {
    const part = typeof piece === 'string' ? { text: piece, keys: [] } : piece;
    for (const k of part.keys) keys.push({ ...k, at: text.length + k.at });
    text += part.text;
  }
  return { text, keys };
}

/** Lay a document out: its text and where each key must be reported. */
export function layout(part: Part): { text: string; expected: Expectation[] } {
  const expected = part.keys.map((k) => {
    const pos = positionOf(part.text, k.at);
    const e: Expectation = k.later
      ? { key: k.key, rule: k.rule, line: pos.line + k.later.lines, column: k.later.column }
      : { key: k.key, rule: k.rule, ...pos };
    if (k.encoding) e.encoding = k.encoding;
    if (k.allowed) e.allowed = true;
    return e;
  });
  return { text: part.text, expected };
}

/** Line and column (in code points) of string index `index` in `text`. */
export function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lastNl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: [...before.slice(lastNl + 1)].length + 1 };
}

export interface B64Options {
  /** The URL-safe alphabet. */
  url?: boolean;
  /** Drop the `=` padding. */
  unpadded?: boolean;
  /** Wrap lines at this width (76 as `base64`, 64 as openssl), each continuation line prefixed by `indent`. */
  wrap?: number;
  indent?: string;
  /** Percent-encode `+`, `/` and `=` (standard base64 in a URL's query string). */
  percent?: boolean;
}

/**
 * `inner` (a document, which may hold keys) encoded in base64. Each key inside is reported at the start of
 * the encoded text, on the line where its own encoding starts (wrapped base64 spans lines).
 */
export function B64(inner: Piece, options: B64Options = {}): Part {
  const part = typeof inner === 'string' ? { text: inner, keys: [] } : inner;
  const bytes = Buffer.from(part.text, 'utf8');
  let encoded = bytes.toString(options.url ? 'base64url' : 'base64');
  if (options.url && !options.unpadded) while (encoded.length % 4 !== 0) encoded += '=';
  if (!options.url && options.unpadded) encoded = encoded.replace(/=+$/, '');
  const wrap = options.wrap;
  const indent = options.indent ?? '';
  const wrapped = wrap ? (encoded.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []).join(`\n${indent}`) : encoded;
  const text = options.percent ? wrapped.replace(/[+/=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : wrapped;
  // URL-safe text without a '-' or '_' reads the same in both alphabets: a scanner can only call it base64.
  const encoding: Encoding = /[-_]/.test(encoded) ? 'base64url' : 'base64';
  const keys: Placed[] = part.keys.map((k) => {
    const byteOffset = Buffer.byteLength(part.text.slice(0, k.at), 'utf8');
    const group = Math.floor(byteOffset / 3) * 4; // the encoded character where the key's group starts
    const lines = wrap ? Math.floor(group / wrap) : 0;
    const placed: Placed = { at: 0, key: k.key, rule: k.rule, encoding };
    if (k.allowed) placed.allowed = true;
    // On a continuation line the encoded text starts after the indent.
    if (lines > 0) placed.later = { lines, column: [...indent].length + 1 };
    return placed;
  });
  return { text, keys };
}

/** The bytes of a file, and the encoding its keys are reported with. */
export interface FileSpec {
  path: string;
  bytes: Buffer;
  expected: Expectation[];
}

export function textFile(path: string, part: Part): FileSpec {
  const { text, expected } = layout(part);
  return { path, bytes: Buffer.from(text, 'utf8'), expected };
}

/**
 * UTF-16 text: little-endian with a byte-order mark (Windows PowerShell redirection, regedit exports,
 * Notepad's "Unicode"), without one, or big-endian with one. A byte-order mark is not a column.
 */
export function utf16File(path: string, part: Part, form: 'bom' | 'no-bom' | 'be' = 'bom'): FileSpec {
  const { text, expected } = layout(part);
  const le = Buffer.from(text, 'utf16le');
  const bytes =
    form === 'bom' ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : form === 'be' ? Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]) : le;
  // The report names the text UTF-16LE whichever the byte order (the one encoding name there is).
  return { path, bytes, expected: expected.map((e) => ({ ...e, encoding: 'utf16le' })) };
}

/** The same text with CRLF line endings (laid out first: a CR at a line's end moves no column). */
export function crlfFile(path: string, part: Part): FileSpec {
  const { text, expected } = layout(part);
  return { path, bytes: Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'), expected };
}

/** UTF-8 with a byte-order mark (Visual Studio's default for appsettings.json): the mark is not a column. */
export function bomFile(path: string, part: Part): FileSpec {
  const { text, expected } = layout(part);
  return { path, bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), expected };
}

/**
 * Text with bytes that are not UTF-8: each U+E000 in the part stands for one invalid byte (0xFF), which a
 * scanner counts as one column, like the placeholder character itself.
 */
export function latinFile(path: string, part: Part, invalid = 0xff): FileSpec {
  const { text, expected } = layout(part);
  const chunks = text.split('\uE000').map((s) => Buffer.from(s, 'utf8'));
  const bytes: Buffer[] = [];
  chunks.forEach((c, i) => {
    if (i > 0) bytes.push(Buffer.from([invalid]));
    bytes.push(c);
  });
  return { path, bytes: Buffer.concat(bytes), expected };
}

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

// Near-misses, built at run time (a literal would trip the repository's own history check).

/** `kind` + body of `length` random key characters + `suffix`. */
export function shaped(kind: string, name: string, length: number, suffix = 'AA'): string {
  return `${PREFIX}${kind}-${randomBody(`corpus-neg:${name}`, length)}${suffix}`;
}

/** A body of `length` characters drawn (deterministically) from a few symbols only: too little entropy. */
export function lowEntropyBody(symbols: string, length: number, seed: string): string {
  const random = randomBody(seed, length);
  let out = '';
  for (let i = 0; i < length; i++) out += symbols[random.charCodeAt(i) % symbols.length];
  return out;
}

/**
 * `inner` with every piece of text encoded by `encode`, a character-by-character encoding (percent, `\u`,
 * entities, hex): each key is reported where its own encoding starts, named `encoding`.
 */
export function escaped(inner: Part, encode: (s: string) => string, encoding: Encoding): Part {
  let text = '';
  const keys: Placed[] = [];
  let from = 0;
  const sorted = [...inner.keys].sort((a, b) => a.at - b.at);
  for (const k of sorted) {
    text += encode(inner.text.slice(from, k.at));
    keys.push({ ...k, at: text.length, encoding });
    text += encode(k.key);
    from = k.at + k.key.length;
  }
  text += encode(inner.text.slice(from));
  return { text, keys };
}

/**
 * `inner` encoded as a whole by `encode` (base64 of gzip, of UTF-16...) and written on one line: every key in it
 * is reported where the encoded text starts, `encoding` put before the chain it had inside.
 */
export function whole(inner: Piece, encode: (s: string) => string, encoding: Encoding): Part {
  const part = typeof inner === 'string' ? { text: inner, keys: [] } : inner;
  return { text: encode(part.text), keys: part.keys.map((k) => ({ at: 0, key: k.key, rule: k.rule, encoding: k.encoding ? `${encoding}>${k.encoding}` : encoding, ...(k.allowed ? { allowed: true } : {}) })) };
}
