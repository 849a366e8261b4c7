/** Lines and columns: lazy, incremental, in UTF-8 characters. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

// Seeded: the same generated cases every run, so a red run is a real regression, not an unlucky draw.
fc.configureGlobal({ seed: 20261201 });
import { LineCursor, utf8Chars } from '../../src/detect/position.js';

describe('utf8Chars', () => {
  it('counts characters of valid UTF-8 as code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (s) => {
        const b = Buffer.from(s);
        expect(utf8Chars(b, 0, b.length)).toBe([...s].length);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts each invalid byte as one', () => {
    expect(utf8Chars(Buffer.from([0xff]), 0, 1)).toBe(1);
    expect(utf8Chars(Buffer.from([0xe2, 0x82]), 0, 2)).toBe(2); // truncated sequence: two invalid bytes
    expect(utf8Chars(Buffer.from([0xe2, 0x82, 0xac]), 0, 3)).toBe(1); // the euro sign
    expect(utf8Chars(Buffer.from([0xc0, 0xaf]), 0, 2)).toBe(2); // overlong
    expect(utf8Chars(Buffer.from([0xed, 0xa0, 0x80]), 0, 3)).toBe(3); // a surrogate
    expect(utf8Chars(Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0, 4)).toBe(4); // above U+10FFFF
    expect(utf8Chars(Buffer.from([0xf0, 0x9f, 0x94, 0x91, 0x41]), 0, 5)).toBe(2);
  });

  it('does not read a sequence past the end it is given', () => {
    expect(utf8Chars(Buffer.from([0xe2, 0x82, 0xac]), 0, 2)).toBe(2);
  });
});

describe('LineCursor', () => {
  it('gives 1-based lines and columns for increasing offsets', () => {
    const text = 'ab\ncdé\n\n\tx';
    const buf = Buffer.from(text);
    const cursor = new LineCursor(buf);
    expect(cursor.at(0)).toEqual({ line: 1, column: 1, lineStart: 0 });
    expect(cursor.at(1)).toEqual({ line: 1, column: 2, lineStart: 0 });
    expect(cursor.at(3)).toEqual({ line: 2, column: 1, lineStart: 3 });
    expect(cursor.at(5)).toEqual({ line: 2, column: 3, lineStart: 3 });
    expect(cursor.at(7)).toEqual({ line: 2, column: 4, lineStart: 3 }); // the '\n' after é (2 bytes)
    expect(cursor.at(buf.length - 1)).toEqual({ line: 4, column: 2, lineStart: 9 });
  });

  it('counts CR as a character of its line', () => {
    const cursor = new LineCursor(Buffer.from('a\r\nb\r\n'));
    expect(cursor.at(3)).toEqual({ line: 2, column: 1, lineStart: 3 });
  });

  it('agrees with a direct count for any increasing offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => s.replace(/x/g, '\n')), fc.array(fc.nat(), { maxLength: 10 }), (s, picks) => {
        const buf = Buffer.from(s);
        // The detector asks only for offsets of ASCII characters; any character boundary will do here.
        const boundary = (o: number): boolean => o === buf.length || (buf[o] & 0xc0) !== 0x80;
        const offsets = [...new Set(picks.map((p) => p % (buf.length + 1)))].filter(boundary).sort((a, b) => a - b);
        const cursor = new LineCursor(buf);
        for (const o of offsets) {
          const before = buf.subarray(0, o);
          const line = before.filter((b) => b === 10).length + 1;
          const lineStart = before.lastIndexOf(10) + 1;
          expect(cursor.at(o)).toEqual({ line, column: utf8Chars(buf, lineStart, o) + 1, lineStart });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('does not count a UTF-8 byte-order mark as a character', () => {
    const cursor = new LineCursor(Buffer.from('\ufeffab\ncd'));
    expect(cursor.at(4)).toEqual({ line: 1, column: 2, lineStart: 0 });
    expect(cursor.at(7)).toEqual({ line: 2, column: 2, lineStart: 6 });
  });

  it('refuses to go backwards', () => {
    const cursor = new LineCursor(Buffer.from('abc'));
    cursor.at(2);
    expect(() => cursor.at(1)).toThrow();
  });
});
