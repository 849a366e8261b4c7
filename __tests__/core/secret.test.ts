/** The project's first rule, tested directly: a Secret never shows its value by accident. */
import { describe, expect, it } from '@jest/globals';
import { format, inspect } from 'node:util';
import { redact, Secret } from '../../src/core/secret.js';
import { fakeKey } from '../helpers/keys.js';

const key = fakeKey('api03', 'secret-redaction');
const secret = new Secret(key);
const hint = `${key.slice(0, 16)}...${key.slice(-4)}`;
const body = key.slice(20, -4);

describe('Secret', () => {
  it.each([
    ['toString', () => secret.toString()],
    ['toJSON', () => secret.toJSON()],
    ['a template literal', () => `${secret}`],
    ['string concatenation', () => 'k=' + secret],
    ['util.inspect', () => inspect(secret)],
    ['util.inspect, nested and deep', () => inspect({ a: [{ b: { secret } }] }, { depth: 10 })],
    ['util.format %s %o %O %j', () => format('%s %o %O %j', secret, secret, { secret }, { secret })],
    ['JSON.stringify of nested objects', () => JSON.stringify({ findings: [{ secret, more: { secret } }] })],
    ['an Error message', () => new Error(`bad ${secret}`).message],
    ['Object.entries', () => JSON.stringify(Object.entries(secret))],
  ])('%s shows only the hint', (_name, show) => {
    const text = show();
    expect(text).not.toContain(body);
    expect(text).toContain(hint);
  });

  it('reveals the value only when asked, and knows its hash and length', () => {
    expect(secret.reveal()).toBe(key);
    expect(secret.length).toBe(key.length);
    expect(secret.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(secret.redacted).toBe(hint);
    expect(Object.keys(secret)).not.toContain('value');
  });

  it('redacts short values to at most half of their first characters', () => {
    expect(redact('abcdefghij')).toBe('abcde...');
    expect(redact('abc')).toBe('a...');
  });
});
