/** The plausibility checks: random bodies always pass; obviously non-random ones never do. */
// Property runs are seeded: a random body is implausible by chance once in many millions (all one character, a long run), and a
// test that fails on an unlucky draw proves nothing; the seed keeps the same 15,000 random bodies every run.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

// Seeded: the same generated cases every run, so a red run is a real regression, not an unlucky draw.
fc.configureGlobal({ seed: 20261201 });
import { MIN_ENTROPY, entropy, implausibility, isPlausibleBody } from '../../src/detect/plausible.js';
import { randomBody } from '../helpers/keys.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Unbiased: fast-check's default bias favours small indexes, which is not what a key generator does. */
const randomChar = fc.noBias(fc.integer({ min: 0, max: 63 })).map((i) => ALPHABET[i]);
const body = (min: number, max: number) => fc.noBias(fc.array(randomChar, { minLength: min, maxLength: max })).map((a) => a.join(''));

describe('plausible: random bodies pass', () => {
  it('93-character bodies (API and admin keys)', () => {
    fc.assert(fc.property(body(93, 93), (b) => implausibility(b) === undefined), { numRuns: 10000, seed: 20261201 });
  });

  it('88 to 108-character bodies (OAuth tokens)', () => {
    fc.assert(fc.property(body(88, 108), (b) => implausibility(b) === undefined), { numRuns: 5000, seed: 20261201 });
  });

  it('bodies from a cryptographic generator, as the real keys are (base64url of random bytes)', () => {
    // Bytes from a hash of the index, not randomBytes: the same 10,000 bodies every run (a fresh draw holds a
    // placeholder word such as "dummy" by chance once in a few dozen runs, and that proves nothing).
    const bytes = (i: number) => Buffer.concat([0, 1, 2].map((part) => createHash('sha256').update(`${i}:${part}`).digest()));
    for (let i = 0; i < 10000; i++) {
      const b = bytes(i).toString('base64url').slice(0, 93);
      expect([b, implausibility(b)]).toEqual([b, undefined]);
    }
  });

  it('the test helper\'s fake bodies', () => {
    for (let i = 0; i < 2000; i++) expect(isPlausibleBody(randomBody(i))).toBe(true);
  });

  it('random bodies measure far above the entropy threshold', () => {
    let lowest = Infinity;
    for (let i = 0; i < 5000; i++) lowest = Math.min(lowest, entropy(randomBytes(70).toString('base64url').slice(0, 93)));
    expect(lowest).toBeGreaterThan(MIN_ENTROPY + 0.4);
  });
});

describe('plausible: non-random bodies fail', () => {
  const CASES: Array<[string, string, string]> = [
    ['one character', 'x'.repeat(93), 'missing'],
    ['X placeholder', 'X'.repeat(93), 'missing'],
    ['example', `example${randomBody('e', 86)}`, 'placeholder'],
    ['EXAMPLE upper case', `${randomBody('e2', 40)}EXAMPLE${randomBody('e3', 46)}`, 'placeholder'],
    ['placeholder', `Placeholder${randomBody('p', 82)}`, 'placeholder'],
    ['your-key', `your-key-here-${randomBody('y', 79)}`, 'placeholder'],
    ['your_key', `YOUR_KEY_${randomBody('y2', 84)}`, 'placeholder'],
    ['redacted', `${randomBody('r', 85)}REDACTED`, 'placeholder'],
    ['dummy', `dummy${randomBody('d', 88)}`, 'placeholder'],
    ['three-character pattern', 'aB3'.repeat(31), 'entropy|pattern'],
    ['sixteen-character pattern', 'q7Wm2Xp9Lk4Zr8Tn'.repeat(6).slice(0, 93), 'entropy|pattern'],
    ['thirty-two-character pattern', randomBody('p32', 32).repeat(3).slice(0, 93), 'pattern'],
    ['pattern with a few edits', `${'Ab1-'.repeat(12)}Z${'Ab1-'.repeat(12)}`.slice(0, 93), 'entropy|pattern'],
    ['thirty-two-character pattern with edits', randomBody('p32e', 32).repeat(3).slice(0, 93).replace(/^(.{40})./, '$1Q').replace(/^(.{70})./, '$1z'), 'pattern'],
    ['forty-character phrase repeated', 'ThisIsNotARealKey-PleaseUseYourOwn-1234-'.repeat(3).slice(0, 93), 'pattern'],
    ['a random run of 47 written twice', randomBody('twice', 47).repeat(2).slice(0, 93), 'pattern'],
    ['a ten-character run written twice in random text', (() => { const r = randomBody('r10', 10); return `${randomBody('r10a', 30)}${r}${randomBody('r10b', 30)}${r}${randomBody('r10c', 13)}`; })(), 'pattern'],
    ['alphabet', (ALPHABET + ALPHABET).slice(0, 93), 'alphabet'],
    ['alphabet descending', [...ALPHABET].reverse().join('').repeat(2).slice(0, 93), 'alphabet'],
    ['an alphabet run inside random text', `${randomBody('ar', 40)}abcdefghij${randomBody('ar2', 43)}`, 'alphabet'],
    ['a repeated-character run inside random text', `${randomBody('rr', 40)}000000${randomBody('rr2', 47)}`, 'repeated character'],
    ['two symbols', Array.from({ length: 93 }, (_, i) => ((i * 7919) % 11 < 5 ? 'a' : 'B')).join('').replace(/^../, '1a'), 'entropy'],
    ['four symbols', Array.from({ length: 93 }, (_, i) => 'aB3x'[(i * i + 3 * i) % 4]).join(''), ''],
    ['lower-case hex', randomBody('hex', 93).replace(/[^a-f0-9]/g, '7'), 'missing'],
    ['upper-case hex', randomBody('HEX', 93).toUpperCase().replace(/[^A-F0-9]/g, '7'), 'missing'],
    ['hex in both cases', Array.from(randomBody('hex2', 93), (c) => '0123456789abcdefABCDEF'[c.charCodeAt(0) % 22]).join(''), 'entropy'],
    ['24 symbols', Array.from(randomBody('s24', 93), (c) => 'ABCDEFGHIJKLmnopqrstu789'[c.charCodeAt(0) % 24]).join(''), 'entropy'],
    ['no digits', randomBody('nd', 93).replace(/[0-9]/g, 'k'), 'missing'],
  ];

  it.each(CASES)('%s', (_name, b, reason) => {
    const why = implausibility(b);
    expect(why).toBeDefined();
    expect(why).toMatch(new RegExp(reason));
  });
});

describe('entropy', () => {
  it('is 0 for one symbol, log2(n) for n equally frequent symbols', () => {
    expect(entropy('')).toBe(0);
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abab')).toBeCloseTo(1);
    expect(entropy('0123456789abcdef')).toBeCloseTo(4);
  });
});
