/**
 * Keys written out in plain text: a literal prefilter finds each `sk-ant-`, then a hand-written parser reads
 * the key at that offset. Every parse reads at most ~130 bytes and the search resumes after the prefix, so
 * the whole pass is linear in the input whatever it holds (megabytes of prefixes, endless key characters).
 */
import { MAX_KEY_LENGTH as MAX_KEY_LENGTH_, MAX_WORD, PREFIX as PREFIX_, kindFor, type Kind, type RuleId } from '../core/kinds.js';
import { KEY_CHAR as KEY_CHAR_ } from './chars.js';
import { isPlausibleBody } from './plausible.js';

// Module-local bindings: some loaders turn imported bindings into getters, too slow for inner loops.
const KEY_CHAR = KEY_CHAR_;

/** The literal every credential starts with. */
export const PREFIX = PREFIX_;

/**
 * What the prefilter actually searches for: the prefix without its `s`. Buffer.indexOf scans for the
 * needle's first byte and `s` is among the commonest bytes in any text, `k` is far rarer: measured on
 * source code, 'k-ant-' searches ~3.5x faster than 'sk-ant-'. The `s` is checked on each hit.
 */
const NEEDLE = Buffer.from(PREFIX.slice(1), 'latin1');
const S = 0x73;

/** The longest key of any kind (core/kinds.ts): what a parse may read, and the base64 windows' size. */
export const MAX_KEY_LENGTH = MAX_KEY_LENGTH_;

export interface KeyAt {
  rule: RuleId;
  kind: Kind;
  /** Offset just past the key. */
  end: number;
}

const DASH = 0x2d;

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

function isLower(b: number | undefined): boolean {
  return b !== undefined && b >= 0x61 && b <= 0x7a;
}

/**
 * The key that starts at `start` (where `sk-ant-` is), or undefined. The word and version after the prefix
 * pick the kind's row; its run of body characters must end exactly where the key does (a run that goes on
 * past every allowed length is not a key) and fit one of the row's body shapes.
 */
export function parseKeyAt(buf: Buffer, start: number): KeyAt | undefined {
  const at = start + PREFIX.length;
  let v = at;
  while (v - at <= MAX_WORD && isLower(buf[v])) v++;
  if (!isDigit(buf[v]) || !isDigit(buf[v + 1]) || buf[v + 2] !== DASH) return undefined;
  const kind = kindFor(buf.toString('latin1', at, v), buf.toString('latin1', v, v + 2));
  if (!kind) return undefined;
  const bodyStart = v + 3;
  let longest = 0;
  for (const shape of kind.bodies) longest = Math.max(longest, shape.max);
  // Read at most one character more than the longest allowed run: enough to tell "runs on".
  const limit = Math.min(buf.length, bodyStart + longest + 1);
  let end = bodyStart;
  while (end < limit && KEY_CHAR[buf[end]] === 1) end++;
  const run = end - bodyStart;
  for (const shape of kind.bodies) {
    if (run < shape.min || run > shape.max) continue;
    const tail = shape.tail ?? '';
    if (tail && buf.toString('latin1', end - tail.length, end) !== tail) continue;
    const body = buf.toString('latin1', bodyStart, end - tail.length);
    // A body holding another prefix is two strings run together (`sk-ant-oat01-sk-ant-api03-…`): the outer
    // one is not a key; the search goes on and finds the inner one on its own.
    if (body.includes(PREFIX) || !isPlausibleBody(body)) continue;
    return { rule: kind.id, kind, end };
  }
  return undefined;
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
