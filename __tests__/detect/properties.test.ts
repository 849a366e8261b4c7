/**
 * Property-based tests (fast-check): a key anywhere in random text is found at the right line and column;
 * random text without a key yields nothing; the detector agrees with a slow reference implementation on
 * near-miss soup; adversarial inputs complete.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

// Seeded: the same generated cases every run, so a red run is a real regression, not an unlucky draw.
fc.configureGlobal({ seed: 20261201 });
import { detect } from '../../src/detect/index.js';
import { isPlausibleBody } from '../../src/detect/plausible.js';
import { PREFIX, fakeKey, randomBody } from '../helpers/keys.js';
import { positionOf } from './template.js';

const KINDS = ['api03', 'api01', 'api04', 'admin01', 'oat01', 'ort01', 'sid01', 'xyz02'];
const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const anyKey = fc.tuple(fc.constantFrom(...KINDS), fc.integer()).map(([kind, seed]) => fakeKey(kind, seed));

/** Pieces of text, some of them near misses, none able to complete a key on its own. */
const piece = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('\n', '\r\n', ' ', '\t', '"', "'", '=', ': ', '\\n', '\\"', '%3D', '%22', '&', '\u001b[31m', '\u001b[0m', 'é', '🔑', '中文'),
  fc.constantFrom(PREFIX, `${PREFIX}api03-`, `${PREFIX}admin01-`, `${PREFIX}oat01-`, 'AA', `${PREFIX}api03-R2D...igAA`),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

/** What may follow a key: anything that is not a key character, or nothing. */
const after = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.constantFrom(' ', '\n', '\r\n', '"', "'", '\\n', '\\"', '%22', '&', '\u001b[0m', ',', ';', ')', '<', '.', 'é'), text).map(([a, b]) => a + b),
);

describe('properties: plain keys', () => {
  it('a key placed anywhere in random text is found at its line and column, and nothing else', () => {
    fc.assert(
      fc.property(text, anyKey, after, (before, key, rest) => {
        const full = before + key + rest;
        const found = detect(Buffer.from(full, 'utf8'));
        const { line, column } = positionOf(full, before.length);
        expect(found.map((m) => [m.secret.reveal(), m.line, m.column])).toEqual([[key, line, column]]);
      }),
      { numRuns: 2000 },
    );
  });

  it('several keys in random text are all found, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, anyKey), { minLength: 1, maxLength: 6 }), (parts) => {
        let full = '';
        const expected: Array<[string, number, number]> = [];
        for (const [t, key] of parts) {
          full += `${t} `;
          const { line, column } = positionOf(full, full.length);
          expected.push([key, line, column]);
          full += `${key} `;
        }
        full += '\n';
        expect(detect(Buffer.from(full)).map((m) => [m.secret.reveal(), m.line, m.column])).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('random text without a key yields nothing', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(detect(Buffer.from(t))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('random bytes yield nothing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(detect(Buffer.from(bytes))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('columns count invalid UTF-8 bytes as one character each', () => {
    // Units that never combine with their neighbours: whole characters, and bytes that are never valid
    // where they stand (lone continuation bytes, bytes that never start a sequence).
    const unit = fc.oneof(
      fc.constantFrom('a', ' ', '\t', 'é', '€', '𝄞', '中').map((s) => Buffer.from(s)),
      fc.constantFrom(0x80, 0x9f, 0xbf, 0xc0, 0xc1, 0xf5, 0xfe, 0xff).map((b) => Buffer.from([b])),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(3), anyKey, (units, lines, key) => {
        const data = Buffer.concat([Buffer.from('x\n'.repeat(lines)), ...units, Buffer.from(key), Buffer.from([0xff])]);
        expect(detect(data).map((m) => [m.line, m.column])).toEqual([[lines + 1, units.length + 1]]);
      }),
      { numRuns: 1000 },
    );
  });
});

/** A slow, obviously-correct reading of the rules, to compare the fast parser with. */
function reference(s: string, binary = s.slice(0, 8192).includes('\0')): string[] {
  const out: string[] = [];
  const re = /sk-ant-([a-z]{2,8})(\d\d)-([A-Za-z0-9_-]*)/y;
  const plausible = (run: string, tail: string): boolean =>
    run.endsWith(tail) && !run.includes(PREFIX) && isPlausibleBody(run.slice(0, run.length - tail.length));
  for (let i = s.indexOf(PREFIX); i !== -1; i = s.indexOf(PREFIX, i + 1)) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) continue;
    const [, word, version, whole] = m;
    // In binary content (a NUL), API and admin keys (93 + AA) delimit themselves: a longer run whose first 95 end in AA is the key.
    const fixed = binary && ((word === 'api' && version !== '01') || word === 'admin');
    const cut = fixed && whole.length > 95 && whole.slice(93, 95) === 'AA';
    const run = cut ? whole.slice(0, 95) : whole;
    const n = run.length;
    const loose = n >= 90 && n <= 110;
    const unconfirmed = n >= 80 && n <= 128;
    const ok =
      (word === 'api' && version === '01') || word === 'sid'
        ? unconfirmed && plausible(run, '')
        : !['api', 'admin', 'oat', 'ort'].includes(word)
        ? loose && plausible(run, '')
        : word === 'api' || word === 'admin'
          ? n === 95 && plausible(run, 'AA')
          : (loose && plausible(run, 'AA')) || (n === 95 && plausible(run, ''));
    if (ok) {
      const key = m[0].slice(0, m[0].length - whole.length + run.length);
      out.push(key);
      i += key.length - 1;
    }
  }
  return out;
}

describe('properties: agreement with a reference implementation', () => {
  const keyChars = fc.string({ unit: fc.constantFrom(...KEY_CHARS), maxLength: 120 });
  const soupPiece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(PREFIX, 'api03-', 'api01-', 'admin01-', 'oat01-', 'ort01-', 'sid02-', 'zz07-', 'api3-', 'AA', 'A', '-', ' ', '\n', '"') },
    { weight: 2, arbitrary: keyChars },
    { weight: 2, arbitrary: fc.tuple(fc.integer(), fc.integer({ min: 85, max: 112 })).map(([seed, n]) => `${randomBody(seed, n)}AA`) },
    { weight: 1, arbitrary: anyKey },
  );

  it('finds exactly what the reference finds in near-miss soup', () => {
    fc.assert(
      fc.property(fc.array(soupPiece, { maxLength: 25 }), (parts) => {
        const s = parts.join('');
        expect(detect(Buffer.from(s)).map((m) => m.secret.reveal())).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('properties: base64', () => {
  it('a key in a random .env, base64-encoded in any alphabet, padded or not, is found at the encoded line', () => {
    const envLine = fc.tuple(fc.stringMatching(/^[A-Z_]{1,12}$/), fc.stringMatching(/^[ -~]{0,40}$/)).map(([k, v]) => `${k}=${v}`);
    fc.assert(
      fc.property(
        fc.array(envLine, { maxLength: 5 }),
        anyKey,
        fc.array(envLine, { maxLength: 5 }),
        fc.boolean(),
        fc.boolean(),
        fc.nat(4),
        (pre, key, post, url, pad, lineNo) => {
          const env = [...pre, `ANTHROPIC_API_KEY=${key}`, ...post, ''].join('\n');
          let enc = Buffer.from(env).toString(url ? 'base64url' : 'base64');
          if (pad && url) enc += '='.repeat((4 - (enc.length % 4)) % 4);
          if (!pad && !url) enc = enc.replace(/=+$/, '');
          const data = `${'# x\n'.repeat(lineNo)}  value: ${enc}\n`;
          const found = detect(Buffer.from(data));
          expect(found.map((m) => [m.secret.reveal(), m.line, m.column])).toEqual([[key, lineNo + 1, 10]]);
          expect(found[0].encoding).toBe(url && /[-_]/.test(enc) ? 'base64url' : 'base64');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('adversarial inputs complete', () => {
  const MB = 1 << 20;
  const key = fakeKey('api03', 'adv');
  const cases: Array<[string, () => Buffer, number]> = [
    ['megabytes of the api prefix repeated', () => Buffer.from(`${PREFIX}api03-`.repeat((4 * MB) / 13)), 0],
    ['megabytes of the prefix repeated', () => Buffer.from(PREFIX.repeat((4 * MB) / 7)), 0],
    ['megabytes of one key character', () => Buffer.alloc(4 * MB, 'A'), 0],
    ['a prefix then megabytes of key characters', () => Buffer.from(`${PREFIX}api03-${'a'.repeat(4 * MB)}AA`), 0],
    ['megabytes of random key characters', () => Buffer.from(randomBody('adv-run', 4 * MB)), 0],
    ['megabytes of newlines', () => Buffer.alloc(4 * MB, '\n'), 0],
    ['megabytes of NUL bytes', () => Buffer.alloc(4 * MB, 0), 0],
    ['megabytes of a UTF-16 prefix', () => Buffer.from(PREFIX.repeat(MB / 7), 'utf16le'), 0],
    ['prefix and a near-miss body repeated', () => Buffer.from(`${key.slice(0, -1)}`.repeat((4 * MB) / 107)), 0],
    ['base64 stable substrings repeated', () => Buffer.from(Buffer.from(`${PREFIX}${PREFIX}${PREFIX}`).toString('base64').repeat(MB / 8)), 0],
    ['base64 of the prefix repeated, wrapped at 76', () => Buffer.from(Buffer.from(PREFIX.repeat(MB / 7)).toString('base64').replace(/(.{76})/g, '$1\n')), 0],
    ['URL escapes around base64 stable substrings, repeated', () => Buffer.from(`%2B${Buffer.from(`${PREFIX}api03-`).toString('base64')}%2F`.repeat(MB / 24)), 0],
    ['megabytes of URL escapes', () => Buffer.from('%2B'.repeat(MB)), 0],
    ['ten thousand keys on one line', () => Buffer.from(`${key} `.repeat(10000)), 10000],
    ['ten thousand base64 keys on one line', () => Buffer.from(`${Buffer.from(key).toString('base64')} `.repeat(10000)), 10000],
    ['a base64 run of a million characters holding keys', () => Buffer.from(Buffer.from(`${key}\n`.repeat(7000)).toString('base64')), 7000],
  ];

  it.each(cases)('%s', (_name, make, count) => {
    expect(detect(make())).toHaveLength(count);
  });
});
