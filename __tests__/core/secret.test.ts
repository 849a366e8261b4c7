import { describe, it, expect } from '@jest/globals';
import { format, inspect } from 'node:util';
import { redact, Secret, sha256Hex } from '../../src/core/secret.js';
import { fakeAdminKey, fakeApiKey } from '../helpers/keys.js';

/** The project's first rule: a Secret never shows its value, whichever way it is turned into text. */
describe('Secret redaction', () => {
  const value = fakeApiKey('secret-test');
  const secret = new Secret(value);
  const hint = `${value.slice(0, 16)}...${value.slice(-4)}`;

  it('keeps the value for reveal() only', () => {
    expect(secret.reveal()).toBe(value);
    expect(secret.length).toBe(value.length);
    expect(secret.redacted).toBe(hint);
    expect(secret.sha256).toBe(sha256Hex(value));
  });

  it.each([
    ['toString()', () => secret.toString()],
    ['String()', () => String(secret)],
    ['a template literal', () => `key: ${secret}`],
    ['concatenation', () => 'key: ' + secret],
    ['toJSON()', () => JSON.stringify(secret.toJSON())],
    ['JSON.stringify', () => JSON.stringify(secret)],
    ['JSON.stringify of nested objects and arrays', () => JSON.stringify({ a: { b: [secret, { c: secret }] }, d: new Map([[1, secret]]) })],
    ['JSON.stringify with indentation and a replacer', () => JSON.stringify({ s: secret }, (_k, v: unknown) => v, 2)],
    ['util.inspect', () => inspect(secret)],
    ['util.inspect of a deep object', () => inspect({ a: { b: { c: { d: secret } } } }, { depth: Infinity, showHidden: true })],
    ['util.format %s', () => format('%s', secret)],
    ['util.format %o and %O', () => `${format('%o', secret)} ${format('%O', { secret })}`],
    ['util.format %j', () => format('%j', { secret })],
    ['an Error message', () => new Error(`bad key ${secret}`).message],
    ['Object.entries of the instance', () => JSON.stringify(Object.entries(secret))],
    ['the spread of the instance', () => JSON.stringify({ ...secret })],
  ])('%s never holds the value', (_name, render) => {
    const text = render();
    expect(text).not.toContain(value);
    expect(text).not.toContain(value.slice(16, -4));
  });

  it('says what it is in inspect and the hint in text', () => {
    expect(inspect(secret)).toBe(`Secret(${hint})`);
    expect(`${secret}`).toBe(hint);
    expect(JSON.stringify({ k: secret })).toBe(JSON.stringify({ k: hint }));
  });

  it('redacts short values to at most half, never most of them', () => {
    expect(redact('abcdefghij')).toBe('abcde...');
    expect(redact('abc')).toBe('a...');
    expect(new Secret(fakeAdminKey()).redacted).toMatch(/^.{16}\.\.\..{4}$/);
  });
});
