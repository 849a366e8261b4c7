/**
 * The decoders, one list (TruffleHog's design). Order matters only for a key two decoders both find at the
 * same place (`\x73\x6b…` is both an escape and hex): the first one's name is reported.
 *
 * Each entry: what it recognises, a cheap literal prefilter (the clean case pays a few Buffer.indexOf passes
 * and nothing else), its own bound, its own positive and negative samples (run by
 * __tests__/detect/decoders.test.ts). What a decoder yields is scanned as text again, plain keys and the list
 * once more, up to MAX_DEPTH decodings deep; every key so found passes the same parser and plausibility rules.
 */
import { findPlain } from '../plain.js';
import type { Encoding, RuleId } from '../../core/types.js';
import { base64 } from './base64.js';
import { escape } from './escape.js';
import { gzip } from './gzip.js';
import { hex } from './hex.js';
import { htmlEntity } from './html.js';
import { joined, zeroWidth } from './joined.js';
import { percent } from './percent.js';
import { quotedPrintable } from './quoted-printable.js';
import { MAX_DEPTH, type Decoder } from './types.js';
import { utf16le } from './utf16.js';

export { MAX_DEPTH, type Decoder, type DecoderSample } from './types.js';

export const DECODERS: readonly Decoder[] = [base64, utf16le, gzip, percent, escape, hex, htmlEntity, quotedPrintable, joined, zeroWidth];

/** A key found in a buffer: where it (or the encoded text holding it) starts, and how it was hidden. */
export interface Candidate {
  offset: number;
  rule: RuleId;
  key: string;
  encoding?: Encoding;
}

/**
 * Every key in `data`, plain or hidden by the decoders, in order of offset; one per offset and key (a plain
 * key inside a decoded window is the plain one). `depth` 0 is the input itself, where whole-text decoders
 * (UTF-16) are left to the caller, which locates keys in their decoded text.
 */
export function findKeys(data: Buffer, glued: boolean, depth = 0): Candidate[] {
  const misses: number[] = [];
  const out: Candidate[] = findPlain(data, glued, misses).map((f) => ({ offset: f.start, rule: f.rule, key: data.toString('latin1', f.start, f.end) }));
  if (depth >= MAX_DEPTH) return out;
  const ctx = { glued, depth, misses };
  let decodedAny = false;
  for (const decoder of DECODERS) {
    if (depth < (decoder.minDepth ?? 0) || (depth === 0 && decoder.wholeText)) continue;
    for (const d of decoder.decode(data, ctx)) {
      for (const c of findKeys(d.bytes, glued, depth + 1)) {
        decodedAny = true;
        const offset = d.positions ? d.positions[Math.min(c.offset, d.positions.length - 1)] : d.offset;
        out.push({ offset, rule: c.rule, key: c.key, encoding: c.encoding ? (`${d.encoding}>${c.encoding}` as Encoding) : d.encoding });
      }
    }
  }
  return decodedAny ? dedupe(out) : out;
}

/** In order of offset (stable: plain first, then decoders in list order), one per offset and key. */
function dedupe(all: Candidate[]): Candidate[] {
  const sorted = all.map((c, i) => [c, i] as const).sort((a, b) => a[0].offset - b[0].offset || a[1] - b[1]);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const [c] of sorted) {
    const id = `${c.offset}:${c.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(c);
  }
  return out;
}
