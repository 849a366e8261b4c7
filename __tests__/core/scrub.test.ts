/** The one scrubber (core/scrub.ts): credential shapes of every kind, GitHub tokens, and known secrets in any form. */
import { describe, expect, it } from '@jest/globals';
import { KINDS, sampleText, type KindRow } from '../../src/core/kinds.js';
import { holdsCredential, scrub, scrubDeep } from '../../src/core/scrub.js';
import { Secret } from '../../src/core/secret.js';
import { fakeKey, randomBody } from '../helpers/keys.js';

const b64 = (s: string, alphabet: 'base64' | 'base64url' = 'base64'): string => Buffer.from(s).toString(alphabet);

describe('scrub: shapes', () => {
  it.each((KINDS as readonly KindRow[]).map((k) => [k.id, k] as const))('removes every positive sample of %s, keeping its hint', (_id, kind) => {
    for (const [i, sample] of kind.samples.positive.entries()) {
      const { key } = sampleText(kind, sample, `scrub${i}`);
      const out = scrub(`error: bad ${key}, again ${key}`);
      expect(out).not.toContain(key.slice(20));
      expect(out).toContain(key.slice(0, 16));
      expect(holdsCredential(`x ${key}`)).toBe(true);
    }
  });

  it('removes a key cut short, but leaves hints and prose alone', () => {
    const key = fakeKey('api03', 'cut');
    expect(scrub(`got ${key.slice(0, 60)}`)).not.toContain(key.slice(20, 60));
    const hint = `${key.slice(0, 16)}...${key.slice(-4)}`;
    expect(scrub(`the key ${hint} was disabled`)).toBe(`the key ${hint} was disabled`);
    expect(holdsCredential(hint)).toBe(false);
  });

  it('removes a key base64-encoded at any alignment, in either alphabet', () => {
    const key = fakeKey('api03', 'b64');
    for (const pad of ['', 'a', 'ab']) {
      for (const alphabet of ['base64', 'base64url'] as const) {
        const enc = b64(`${pad}K=${key}`, alphabet);
        const out = scrub(`config: ${enc} end`);
        expect(out).not.toContain(enc.slice(8, -8));
        expect(out).toContain('end');
      }
    }
  });

  it('removes GitHub tokens, x-access-token basic auth and Authorization values', () => {
    const classic = `ghp_${randomBody('gh', 36).replace(/[-_]/g, 'z')}`;
    const fine = `github_pat_${randomBody('pat', 82).replace(/-/g, 'z')}`;
    const basic = b64(`x-access-token:${classic}`);
    const text = scrub(`fatal: https://x-access-token:${classic}@github.com/o/r ${fine} AUTHORIZATION: basic ${basic}`);
    expect(text).not.toContain(classic);
    expect(text).not.toContain(fine);
    expect(text).not.toContain(basic);
    expect(text).toContain('x-access-token:***');
  });
});

describe('scrub: known secrets', () => {
  const key = fakeKey('api03', 'known');
  const secret = new Secret(key);
  const body = key.slice('sk-ant-api03-'.length);

  it('removes the key, its body without the prefix, and its base64 at any alignment', () => {
    const echoed = [
      `invalid key ${key}`,
      `invalid key ${body}`,
      `token=${b64(key)}`,
      `token=${b64(`:${key}`)}`,
      `token=${b64(`ab${key}`, 'base64url')}`,
    ];
    for (const text of echoed) {
      const out = scrub(text, [secret]);
      expect(out).not.toContain(body.slice(10, 40));
      for (const pad of ['', ':', 'ab']) {
        for (const alphabet of ['base64', 'base64url'] as const) expect(out).not.toContain(b64(`${pad}${key}`, alphabet).slice(4, 40));
      }
      expect(out).toMatch(/sk-ant-api03-|\*\*\*/);
    }
  });

  it('removes a plain token in any form, shown as ***', () => {
    const token = randomBody('plain-token', 40);
    const out = scrub(`a ${token} b ${b64(`x-access-token:${token}`)}`, [token]);
    expect(out).not.toContain(token);
    expect(out).not.toContain(b64(`x-access-token:${token}`).slice(20, 50));
  });

  it('scrubDeep reaches every string of a value', () => {
    const value = scrubDeep({ a: [`x ${key}`], b: { c: body }, n: 3 }, [secret]);
    expect(JSON.stringify(value)).not.toContain(body.slice(0, 30));
    expect(value.n).toBe(3);
  });
});
