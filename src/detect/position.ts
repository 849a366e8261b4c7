/**
 * Line and column of offsets in a buffer, worked out only when there is a match (the clean case never pays)
 * and incrementally: offsets are asked for in increasing order, so each byte is read at most once however
 * many matches there are, even on a megabytes-long minified line.
 */
import { LF as LF_ } from './chars.js';

// Module-local bindings: some loaders turn imported bindings into getters, too slow for inner loops.
const LF = LF_;

export interface Position {
  /** 1-based line: one plus the number of '\n' before the offset. */
  line: number;
  /** 1-based column, in characters of the line decoded as UTF-8 (an invalid byte counts as one). */
  column: number;
  /** Offset of the line's first byte. */
  lineStart: number;
}

export class LineCursor {
  #line = 1;
  #lineStart = 0;
  /** Offset up to which the column is known, and the column there (of the current line). */
  #colAt = 0;
  #col = 1;
  /** The first '\n' at or after #colAt (-1: none), once searched for: each newline is searched for once. */
  #nextLf: number | undefined;

  constructor(private readonly buf: Buffer) {
    // A UTF-8 byte-order mark is not a character of the first line (editors do not show it).
    if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) this.#colAt = 3;
  }

  /** The position of `offset`; offsets must not decrease from one call to the next. */
  at(offset: number): Position {
    if (offset < this.#colAt) throw new Error('LineCursor: offsets must not decrease');
    const buf = this.buf;
    let line = this.#line;
    let lineStart = this.#lineStart;
    // Hop from newline to newline with indexOf (native; ~3x a byte loop in JS on ordinary text).
    let lf = this.#nextLf ?? buf.indexOf(LF, this.#colAt);
    while (lf !== -1 && lf < offset) {
      line++;
      lineStart = lf + 1;
      lf = buf.indexOf(LF, lf + 1);
    }
    this.#nextLf = lf;
    const sameLine = lineStart <= this.#colAt;
    const col = (sameLine ? this.#col : 1) + utf8Chars(buf, sameLine ? this.#colAt : lineStart, offset);
    this.#line = line;
    this.#lineStart = lineStart;
    this.#colAt = offset;
    this.#col = col;
    return { line, column: col, lineStart };
  }
}

/**
 * The number of characters in buf[from, to) decoded as UTF-8, where each well-formed sequence is one
 * character and each byte that is not part of one is one character (as a replacement character).
 */
export function utf8Chars(buf: Uint8Array, from: number, to: number): number {
  let n = 0;
  let i = from;
  while (i < to) {
    const b = buf[i];
    n++;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(buf, i, to);
    i += len;
  }
  return n;
}

function cont(b: number | undefined): boolean {
  return b !== undefined && (b & 0xc0) === 0x80;
}

/** Length of the well-formed UTF-8 sequence at i (RFC 3629 ranges), or 1 for an invalid byte. */
function sequenceLength(buf: Uint8Array, i: number, to: number): number {
  const b = buf[i];
  const b1 = i + 1 < to ? buf[i + 1] : undefined;
  if (b >= 0xc2 && b <= 0xdf) return cont(b1) ? 2 : 1;
  const b2 = i + 2 < to ? buf[i + 2] : undefined;
  if (b >= 0xe0 && b <= 0xef) {
    if (b1 === undefined) return 1;
    const ok1 = b === 0xe0 ? b1 >= 0xa0 && b1 <= 0xbf : b === 0xed ? b1 >= 0x80 && b1 <= 0x9f : cont(b1);
    return ok1 && cont(b2) ? 3 : 1;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (b1 === undefined) return 1;
    const b3 = i + 3 < to ? buf[i + 3] : undefined;
    const ok1 = b === 0xf0 ? b1 >= 0x90 && b1 <= 0xbf : b === 0xf4 ? b1 >= 0x80 && b1 <= 0x8f : cont(b1);
    return ok1 && cont(b2) && cont(b3) ? 4 : 1;
  }
  return 1;
}
