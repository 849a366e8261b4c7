/**
 * Fake credentials, built at run time from parts so that no literal key ever sits in this repository
 * (the project's own scanner, run on its own history, must find nothing).
 */
import { createHash } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The credential prefix, assembled so the literal never appears in source. */
export const PREFIX = ['sk', 'ant', ''].join('-');

/** A random-looking body of `length` key characters, deterministic for a seed. */
export function randomBody(seed: string | number, length = 93): string {
  let out = '';
  let counter = 0;
  while (out.length < length) {
    const digest = createHash('sha256').update(`${seed}:${counter++}`).digest();
    for (const byte of digest) {
      if (out.length === length) break;
      out += ALPHABET[byte & 63];
    }
  }
  return out;
}

export type FakeKind = 'api03' | 'api04' | 'admin01' | 'oat01' | 'ort01' | string;

/** A well-formed fake credential: prefix + kind + '-' + 93-character body + 'AA'. */
export function fakeKey(kind: FakeKind = 'api03', seed: string | number = kind): string {
  return `${PREFIX}${kind}-${randomBody(`${kind}:${seed}`)}AA`;
}

export const fakeApiKey = (seed: string | number = 1): string => fakeKey('api03', seed);
export const fakeAdminKey = (seed: string | number = 1): string => fakeKey('admin01', seed);
