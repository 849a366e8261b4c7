/**
 * Keys written out in plain text: a literal prefilter finds each `sk-ant-`, then a hand-written parser reads
 * the key at that offset. Every parse reads at most ~130 bytes and the search resumes after the prefix, so
 * the whole pass is linear in the input whatever it holds (megabytes of prefixes, endless key characters).
 */
import type { RuleId } from '../core/types.js';
import { KEY_CHAR as KEY_CHAR_ } from './chars.js';
import { isPlausibleBody } from './plausible.js';

// Module-local bindings: some loaders turn imported bindings into getters, too slow for inner loops.
const KEY_CHAR = KEY_CHAR_;

/** The literal every credential starts with. */
export const PREFIX = 'sk-ant-';

/**
 * What the prefilter actually searches for: the prefix without its `s`. Buffer.indexOf scans for the
 * needle's first byte and `s` is among the commonest bytes in any text, `k` is far rarer: measured on
 * source code, 'k-ant-' searches ~3.5x faster than 'sk-ant-'. The `s` is checked on each hit.
 */
const NEEDLE = Buffer.from(PREFIX.slice(1), 'latin1');
const S = 0x73;

/** Kinds after the prefix, with their rule and the allowed length of the key-character run after `kindNN-`. */
interface Kind {
  word: Buffer;
  rule: RuleId;
  /** Inclusive bounds on the run of key characters after `kindNN-`, the final `AA` included. */
  min: number;
  max: number;
}

/** API and admin keys: 93 characters then `AA`. */
const FIXED = 93 + 2;
/**
 * OAuth tokens: their length is not documented. The canonical form seen is the same 93 + `AA`, and 95-char
 * bodies have been reported; accept any run of 90 to 110 key characters that ends in `AA`.
 */
const OAUTH_MIN = 90;
const OAUTH_MAX = 110;

const KINDS: readonly Kind[] = [
  { word: Buffer.from('api'), rule: 'anthropic-api-key', min: FIXED, max: FIXED },
  { word: Buffer.from('admin'), rule: 'anthropic-admin-key', min: FIXED, max: FIXED },
  { word: Buffer.from('oat'), rule: 'anthropic-oauth-access-token', min: OAUTH_MIN, max: OAUTH_MAX },
  { word: Buffer.from('ort'), rule: 'anthropic-oauth-refresh-token', min: OAUTH_MIN, max: OAUTH_MAX },
];

/** The longest key there is (admin prefix + the longest OAuth run, to be safe). */
export const MAX_KEY_LENGTH = PREFIX.length + 'admin'.length + 3 + OAUTH_MAX;

export interface KeyAt {
  rule: RuleId;
  /** Offset just past the key. */
  end: number;
}

const A = 0x41;
const DASH = 0x2d;

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

function startsWithAt(buf: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > buf.length) return false;
  for (let i = 0; i < word.length; i++) if (buf[at + i] !== word[i]) return false;
  return true;
}

/**
 * The key that starts at `start` (where `sk-ant-` is), or undefined. The key's run of body characters must
 * end exactly where the key does: a run that goes on past the key's length is not a key.
 */
export function parseKeyAt(buf: Buffer, start: number): KeyAt | undefined {
  const at = start + PREFIX.length;
  let kind: Kind | undefined;
  for (const k of KINDS) {
    if (startsWithAt(buf, at, k.word)) {
      kind = k;
      break;
    }
  }
  if (!kind) return undefined;
  const v = at + kind.word.length;
  if (!isDigit(buf[v]) || !isDigit(buf[v + 1]) || buf[v + 2] !== DASH) return undefined;
  const bodyStart = v + 3;
  // Read at most one character more than the longest allowed run: enough to tell "runs on".
  const limit = Math.min(buf.length, bodyStart + kind.max + 1);
  let end = bodyStart;
  while (end < limit && KEY_CHAR[buf[end]] === 1) end++;
  const run = end - bodyStart;
  if (run < kind.min || run > kind.max) return undefined;
  if (buf[end - 1] !== A || buf[end - 2] !== A) return undefined;
  const body = buf.toString('latin1', bodyStart, end - 2);
  // A body holding another prefix is two strings run together (`sk-ant-oat01-sk-ant-api03-…`): the outer
  // one is not a key; the search goes on and finds the inner one on its own.
  if (body.includes(PREFIX) || !isPlausibleBody(body)) return undefined;
  return { rule: kind.rule, end };
}

/** A key found in a buffer: its offsets and rule. */
export interface Found {
  start: number;
  end: number;
  rule: RuleId;
}

/** Every plain-text key in `buf`, in order. */
export function findPlain(buf: Buffer): Found[] {
  const out: Found[] = [];
  let i = buf.indexOf(NEEDLE);
  while (i !== -1) {
    const start = i - 1;
    if (start >= 0 && buf[start] === S) {
      const key = parseKeyAt(buf, start);
      if (key) {
        out.push({ start, end: key.end, rule: key.rule });
        i = buf.indexOf(NEEDLE, key.end);
        continue;
      }
    }
    i = buf.indexOf(NEEDLE, i + NEEDLE.length);
  }
  return out;
}
