/**
 * The decoders' list (src/detect/decoders/): every entry's own positive samples are found, with the place and
 * encoding the samples say, and its negatives yield nothing, as __tests__/core/kinds.test.ts does for kinds. A
 * new decoder is an entry and its samples; this test then covers it with no change here.
 */
import { describe, expect, it } from '@jest/globals';
import { DECODERS, MAX_DEPTH } from '../../src/detect/decoders/index.js';
import { detect } from '../../src/detect/index.js';
import { fakeKey } from '../helpers/keys.js';

const positives = DECODERS.flatMap((d) => d.samples.positive.map((s) => [d.name, s.name, d, s] as const));
const negatives = DECODERS.flatMap((d) => d.samples.negative.map((s) => [d.name, s.name, d, s] as const));

describe('the decoders list', () => {
  it('has one entry per name, each with what it recognises and samples of both kinds', () => {
    expect(new Set(DECODERS.map((d) => d.name)).size).toBe(DECODERS.length);
    for (const d of DECODERS) {
      expect(d.recognises.length).toBeGreaterThan(10);
      expect(d.samples.positive.length).toBeGreaterThan(0);
      expect(d.samples.negative.length).toBeGreaterThan(0);
    }
    expect(MAX_DEPTH).toBeGreaterThanOrEqual(3);
  });
});

describe.each(['api03', 'admin01'])('every decoder\'s samples, with a %s key', (kind) => {
  it.each(positives)('%s: %s is found', (name, sample, _d, s) => {
    const key = fakeKey(kind, `decoder:${name}:${sample}`);
    const found = detect(s.text(key));
    expect(found.map((m) => [m.secret.reveal() === key, m.encoding])).toEqual([[true, s.encoding ?? name]]);
  });

  it.each(negatives)('%s: %s yields nothing', (name, sample, _d, s) => {
    const key = fakeKey(kind, `decoder-neg:${name}:${sample}`);
    expect(detect(s.text(key))).toEqual([]);
  });
});

describe('decoders on hostile floods complete, linear, and find only what is there', () => {
  const MB = 1 << 20;
  const key = fakeKey('api03', 'decoder-flood');
  const prefix = key.slice(0, 13);
  const cases: Array<[string, () => Buffer, number]> = [
    ['megabytes of %2D', () => Buffer.from('%2D'.repeat(MB / 3)), 0],
    ['megabytes of \\u002d', () => Buffer.from('\\u002d'.repeat(MB / 6)), 0],
    ['megabytes of &#45;', () => Buffer.from('&#45;'.repeat(MB / 5)), 0],
    ['megabytes of hex of sk', () => Buffer.from('736b'.repeat(MB / 4)), 0],
    ['megabytes of the hex of a dash, both cases', () => Buffer.from('2d2D'.repeat(MB / 4)), 0],
    ['megabytes of the hex of k-', () => Buffer.from('6b2d6B2D'.repeat(MB / 8)), 0],
    ['megabytes of k-ant- after an escape of another letter', () => Buffer.from('%74k-ant-\\x74k-ant-&#116;k-ant-'.repeat(MB / 32)), 0],
    ['megabytes of -ant- after escapes of other letters', () => Buffer.from('%74%6b-ant-\\x74\\x6b-ant-&#116;&#107;-ant-%73%6a-ant-'.repeat(MB / 48)), 0],
    ['a key with its letters escaped in a megabyte of -ant-', () => Buffer.from(`${'x-ant- '.repeat(MB / 14)}\\x73\\x6b${key.slice(2)} ${'-ant-'.repeat(MB / 10)}`), 1],
    ['megabytes of gzip magic in base64', () => Buffer.from('H4sIAAAA'.repeat(MB / 8)), 0],
    ['prefixes each stopped by a quoted-printable soft break', () => Buffer.from(`${prefix}=\n`.repeat(MB / 15)), 0],
    ['prefixes each stopped by a concatenation', () => Buffer.from(`"${prefix}" + `.repeat(MB / 18)), 0],
    ['a fully percent-encoded key in a megabyte of escapes', () => Buffer.from(`${'%2D'.repeat(MB / 6)} ${Array.from(Buffer.from(key), (b) => `%${b.toString(16)}`).join('')} ${'%2D'.repeat(MB / 6)}`), 1],
    ['a key after its escaped s in a megabyte of bare k-ant-', () => Buffer.from(`${'k-ant- '.repeat(MB / 14)}\\u0073${key.slice(1)} ${'k-ant- '.repeat(MB / 14)}`), 1],
    ['a thousand joined keys', () => Buffer.from(`k = "${key.slice(0, 40)}" + "${key.slice(40)}";\n`.repeat(1000)), 1000],
  ];

  it.each(cases)('%s', (_name, make, count) => {
    const found = detect(make());
    expect(found).toHaveLength(count);
    for (const m of found) expect(m.secret.reveal()).toBe(key);
  });
});
