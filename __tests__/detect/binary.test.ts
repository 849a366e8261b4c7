/**
 * Keys followed at once by another key character, as binary formats write them: a `.pyc`'s marshal stream puts
 * the next object's type byte (`N`, `Z`, `z`, `r`, `a`, `u`, `)`) right after a string's bytes, and `.class`
 * constant pools, SQLite records and executables do the like. An API or admin key (93 + `AA`) delimits itself
 * and is found there; the body so cut is checked like any other. Hard negatives are in negatives.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { detect } from '../../src/detect/index.js';
import { pyc } from '../sources/containers/build.js';
import { PREFIX, fakeKey, randomBody } from '../helpers/keys.js';

const key = fakeKey('api03', 'binary');
const admin = fakeKey('admin01', 'binary');
const found = (data: Buffer): Array<[string, string]> => detect(data).map((m) => [m.rule, m.secret.reveal()]);

describe('detect: a key followed by a key character', () => {
  it.each(['N', 'Z', 'z', 'r', 'a', 'u', 'x', '0', '-', '_', ')', 'N\0\0\0'])('an API key then %j', (after) => {
    const data = Buffer.concat([Buffer.from([0x00, 0x7a, 108]), Buffer.from(key + after), Buffer.from([0x4e, 0x00])]);
    expect(found(data)).toEqual([['anthropic-api-key', key]]);
    expect(detect(data)[0].column).toBe(4);
  });

  it('an admin key then a letter', () => {
    expect(found(Buffer.from(`\0${admin}Z\0`))).toEqual([['anthropic-admin-key', admin]]);
  });

  it('the tail then more A: the exact length is the key (…AAA reads as the key, then A)', () => {
    for (const rest of ['A', 'AA', 'AAAA', 'AAN']) expect(found(Buffer.from(`\0${key}${rest}`))).toEqual([['anthropic-api-key', key]]);
    // A body that itself ends in A: the tail is still at 93-94, whatever surrounds it.
    const endsInA = `${PREFIX}api03-${randomBody('ends-a', 92)}AAA`;
    expect(found(Buffer.from(`\0${endsInA}AN`))).toEqual([['anthropic-api-key', endsInA]]);
  });

  it('keys back to back, each followed by the next one\'s bytes', () => {
    const second = fakeKey('api04', 'binary-2');
    expect(found(Buffer.from(`\0${key}${second}${admin}N`)).map(([, k]) => k)).toEqual([key, second, admin]);
  });

  it('in base64 and in UTF-16LE text too', () => {
    expect(found(Buffer.from(`\0v: ${Buffer.from(`${key}N`).toString('base64')}\n`))).toEqual([['anthropic-api-key', key]]);
    expect(found(Buffer.from(`x ${key}Z\n`, 'utf16le'))).toEqual([['anthropic-api-key', key]]);
  });

  it('a compiled Python file: the key a constant, the next marshal object right after it', () => {
    // `z` + length + key + `N` (the constants tuple ends in None) ...
    const data = pyc(['anthropic', key]);
    expect(data.includes(Buffer.from(`${key}N`))).toBe(true);
    expect(found(data)).toEqual([['anthropic-api-key', key]]);
    // ... `Z` + length + key + `Z` (the next interned string); with FLAG_REF set the type byte is 0xda, no key character.
    for (const ref of [false, true]) {
      const interned = pyc([key, 'ANTHROPIC_API_KEY', admin], { interned: true, ref });
      expect(interned.includes(Buffer.from([...Buffer.from(key), ref ? 0xda : 0x5a]))).toBe(true);
      expect(found(interned)).toEqual([
        ['anthropic-api-key', key],
        ['anthropic-admin-key', admin],
      ]);
    }
  });

  it('placeholders and non-random bodies are still refused when the run goes on', () => {
    const api = `${PREFIX}api03-`;
    for (const body of ['x'.repeat(93), 'X'.repeat(93), `example${randomBody('p', 86)}`, 'aB3'.repeat(31), `dummy${randomBody('d', 88)}`]) {
      expect(found(pyc([`${api}${body}AA`]))).toEqual([]);
      expect(found(Buffer.from(`${api}${body}AAZ`))).toEqual([]);
    }
  });
});

describe('detect: in text, a key that runs on is another string', () => {
  it('is not cut out of a longer run when the buffer holds no NUL (text), and is when it does (binary)', () => {
    for (const rest of ['x', '_old', '-2', 'N']) {
      expect(found(Buffer.from(`k=${key}${rest}\n`))).toEqual([]);
      expect(found(Buffer.from(`\0k=${key}${rest}\n`))).toEqual([['anthropic-api-key', key]]);
    }
  });
});
