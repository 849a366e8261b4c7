/**
 * The prefilters' needle sweep (src/detect/decoders/needles.ts) answers exactly what Buffer.indexOf answers, for
 * every needle and every starting place: needles across a chunk's end, several in one chunk, none in many
 * chunks in a row, overlapping occurrences, a search from the start or past the end, an empty input. And the
 * detector finds in an input of many chunks (swept) what it finds in each piece alone (searched directly).
 */
import { describe, expect, it } from '@jest/globals';
import { NeedleIndex } from '../../src/detect/search/needles.js';
import { detect } from '../../src/detect/index.js';
import { fakeKey } from '../helpers/keys.js';

const CHUNK = 32 * 1024;
const needles = ['%2', '\\u00', 'H4sI', 'aaa'].map((s) => Buffer.from(s, 'latin1'));

/** Filler with no needle, and needles planted at the given places. */
function input(length: number, planted: Array<[number, string]>): Buffer {
  const b = Buffer.alloc(length, 'x');
  for (const [at, s] of planted) b.write(s, at, 'latin1');
  return b;
}

function expectSameAsIndexOf(data: Buffer, froms: number[]): void {
  const index = new NeedleIndex(data, needles);
  for (let i = 0; i < needles.length; i++) {
    for (const from of froms) expect([i, from, index.indexOf(i, from)]).toEqual([i, from, data.indexOf(needles[i], from)]);
    // Walking every occurrence forward, as the decoders do.
    const all: number[] = [];
    for (let h = index.indexOf(i, 0); h !== -1; h = index.indexOf(i, h + 1)) all.push(h);
    const expected: number[] = [];
    for (let h = data.indexOf(needles[i]); h !== -1; h = data.indexOf(needles[i], h + 1)) expected.push(h);
    expect(all).toEqual(expected);
  }
}

describe('NeedleIndex', () => {
  it('finds needles across chunk ends, several per chunk, and after long runs of empty chunks', () => {
    const data = input(10 * CHUNK + 123, [
      [CHUNK - 1, '%2'], // across the first chunk's end
      [CHUNK - 10, '\\u00'],
      [CHUNK + 5, '%2'],
      [CHUNK + 50, '%2'],
      [2 * CHUNK - 2, 'H4sI'],
      [9 * CHUNK + 7, '%2'], // after seven chunks without it
      [10 * CHUNK + 119, 'H4sI'], // at the very end
      [5 * CHUNK - 1, 'aaaaa'], // overlapping occurrences across a chunk's end
    ]);
    const froms = [0, 1, CHUNK - 2, CHUNK - 1, CHUNK, CHUNK + 6, CHUNK + 51, 2 * CHUNK - 2, 2 * CHUNK - 1, 5 * CHUNK - 1, 5 * CHUNK, 5 * CHUNK + 1, 9 * CHUNK + 8, 10 * CHUNK + 119, 10 * CHUNK + 120, 11 * CHUNK];
    expectSameAsIndexOf(data, froms);
  });

  it('answers -1 on an input without needles, and on an empty one', () => {
    expectSameAsIndexOf(input(3 * CHUNK, []), [0, CHUNK, 5 * CHUNK]);
    expectSameAsIndexOf(Buffer.alloc(0), [0, 1]);
  });

  it('agrees with indexOf on an input dense with needles', () => {
    const data = Buffer.from('%2\\u00H4sIaaa%%22'.repeat(6000), 'latin1');
    expectSameAsIndexOf(data, [0, 17, CHUNK - 1, CHUNK, 3 * CHUNK + 1]);
  });
});

describe('the detector on an input of many chunks', () => {
  const pct = (k: string): string => k.replace(/-/g, '%2D');
  const b64 = (k: string): string => Buffer.from(`KEY=${k}\n`).toString('base64');
  // Each form at a chunk's end (cut by it), and after a near miss of its own prefilter earlier in the same chunk.
  const forms: Array<[string, (k: string) => string]> = [
    ['plain', (k) => k],
    ['base64', b64],
    ['percent', pct],
  ];

  it.each(forms)('finds %s keys across chunk ends and after near misses, as in each piece alone', (_name, form) => {
    const keys = [0, 1, 2].map((i) => fakeKey('api03', `chunks:${_name}:${i}`));
    const nearMiss = `${form(keys[0]).slice(0, 20)} ${form(`${keys[0].slice(0, 13)}${'x'.repeat(93)}AA`)}\n`;
    const pieces = keys.map((k, i) => {
      const text = ` ${form(k)} \n`;
      const filler = 'const a = b + c; // filler\n'.repeat(Math.ceil((CHUNK * (i + 1)) / 27));
      return filler.slice(0, CHUNK * (i === 0 ? 1 : 2) - nearMiss.length - Math.floor(text.length / 2)) + nearMiss + text;
    });
    const whole = Buffer.from(pieces.join(''));
    expect(whole.length).toBeGreaterThan(3 * CHUNK);
    const found = detect(whole).map((m) => m.secret.reveal());
    expect(found).toEqual(keys);
    for (const [i, piece] of pieces.entries()) expect(detect(Buffer.from(piece)).map((m) => m.secret.reveal())).toEqual([keys[i]]);
  });
});
