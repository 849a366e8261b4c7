/**
 * The decoders, one list (TruffleHog's design). Order matters only for a key two decoders both find at the
 * same place (`\x73\x6b…` is both an escape and hex): the first one's name is reported.
 *
 * Each entry: what it recognises, a cheap literal prefilter (all decoders' needles, the plain and the base64
 * ones are found in one pass, ../search/: the clean case pays that pass and nothing else), its own bound, its
 * own positive and negative samples (run by __tests__/detect/decoders.test.ts). What a decoder yields is scanned as text again, plain keys and the list
 * once more, up to MAX_DEPTH decodings deep; every key so found passes the same parser and plausibility rules.
 */
import { KEY_CHAR as KEY_CHAR_ } from '../chars.js';
import { BASE64_NEEDLES } from '../base64.js';
import { findPlain, MAX_KEY_LENGTH as MAX_KEY_LENGTH_, PLAIN_NEEDLES, type Found, type NeedleSearch } from '../plain.js';
import type { Encoding, RuleId } from '../../core/types.js';
import { base64 } from './base64.js';
import { escape } from './escape.js';
import { gzip, MAX_INFLATED } from './gzip.js';
import { hex } from './hex.js';
import { htmlEntity } from './html.js';
import { joined, zeroWidth } from './joined.js';
import { percent } from './percent.js';
import { quotedPrintable } from './quoted-printable.js';
import { CHUNK, needleIndex, teddySweeps, type NeedleIndex } from '../search/index.js';
import { MAX_DEPTH, type Budget, type DecodeContext, type Decoder, type Miss } from './types.js';
import { utf16le } from './utf16.js';

export { MAX_DEPTH, type Decoder, type DecoderSample } from './types.js';

// Module-local bindings: some loaders turn imported bindings into getters, too slow for inner loops.
const KEY_CHAR = KEY_CHAR_;
const MAX_KEY_LENGTH = MAX_KEY_LENGTH_;

export const DECODERS: readonly Decoder[] = [base64, utf16le, gzip, percent, escape, hex, htmlEntity, quotedPrintable, joined, zeroWidth];

/**
 * Every prefilter's needles, each once, and where each is in that list: the decoders' first, then the plain
 * prefix's and base64's. Swept together in one Teddy pass (../search/), or without WebAssembly SIMD by a
 * Buffer.indexOf per needle per chunk: then all of them on an input of more than one chunk (30-40% less than a
 * pass each), and on one of a single chunk only the decoders' (several decoders walk the same needles), the
 * plain and base64 prefilters searching directly.
 */
const DECODER_NEEDLES = new Set(DECODERS.flatMap((d) => d.needles ?? []));
export const NEEDLES: readonly Buffer[] = [...new Set([...DECODER_NEEDLES, ...PLAIN_NEEDLES, ...BASE64_NEEDLES])];
const DECODERS_ONLY = NEEDLES.slice(0, DECODER_NEEDLES.size);
const NEEDLE_NUMBER = new Map(NEEDLES.map((n, i) => [n, i]));

/** A key found in a buffer: where it (or the encoded text holding it) starts, and how it was hidden. */
export interface Candidate {
  offset: number;
  rule: RuleId;
  key: string;
  encoding?: Encoding;
  /** Which occurrence this is (where it stands, through each decoding): one candidate per id and key. */
  id: string;
}

/**
 * Every key in `data`, plain or hidden by the decoders, in order of offset; one per offset and key (a plain
 * key inside a decoded window is the plain one). `depth` 0 is the input itself, where whole-text decoders
 * (UTF-16) are left to the caller, which locates keys in their decoded text.
 */
export function findKeys(data: Buffer, glued: boolean, depth = 0, budget: Budget = { inflate: MAX_INFLATED }): Candidate[] {
  if (depth >= MAX_DEPTH) return plainKeys(data, findPlain(data, glued));
  const prefixes: number[] = [];
  const bareK: number[] = [];
  const ctx = new Context(data, glued, depth, bareK, budget);
  // The clean case: every needle swept and none found, so no prefix, escape or base64 run to follow and no decoder
  // can yield anything. Only on the input itself: a decoded window may be UTF-16 text, which holds none of the
  // needles and is decoded whole (utf16.ts, from depth 1).
  if (depth === 0 && ctx.none) return [];
  const out = plainKeys(data, findPlain(data, glued, prefixes, bareK, ctx.sweep));
  ctx.misses = stops(data, prefixes);
  let decodedAny = false;
  for (const decoder of DECODERS) {
    if (depth < (decoder.minDepth ?? 0) || (depth === 0 && decoder.wholeText)) continue;
    for (const d of decoder.decode(data, ctx)) {
      for (const c of findKeys(d.bytes, glued, d.keyOnly ? MAX_DEPTH : depth + 1, budget)) {
        if (d.keysBefore !== undefined && c.offset >= d.keysBefore) continue;
        decodedAny = true;
        const encoding = c.encoding ? (`${d.encoding}>${c.encoding}` as Encoding) : d.encoding;
        if (d.positions) {
          // Escapes in text: the key is where its own encoding starts, the same place as when it is plain there;
          // its id's first place (in the decoded window) maps back the same way.
          const offset = d.positions[c.offset];
          const cut = c.id.indexOf('>');
          const first = d.positions[Number(cut === -1 ? c.id : c.id.slice(0, cut))];
          out.push({ offset, rule: c.rule, key: c.key, encoding, id: cut === -1 ? String(first) : `${first}${c.id.slice(cut)}` });
        } else {
          out.push({ offset: d.offset, rule: c.rule, key: c.key, encoding, id: `${d.at ?? d.offset}>${c.id}` });
        }
      }
    }
  }
  return decodedAny ? dedupe(out) : out;
}

function plainKeys(data: Buffer, found: readonly Found[]): Candidate[] {
  const out: Candidate[] = [];
  for (const f of found) out.push({ offset: f.start, rule: f.rule, key: data.toString('latin1', f.start, f.end), id: String(f.start) });
  return out;
}

/** What every decoder is given for one input (a class: no closure built per input). */
class Context implements DecodeContext, NeedleSearch {
  private readonly index: NeedleIndex;
  /** How many of NEEDLES the index holds. */
  private readonly indexed: number;
  /** The index holds every needle and found none: no search needs an answer from it. */
  readonly none: boolean;
  readonly sweep: NeedleSearch | undefined;
  /** Set once the plain prefilter has run (its misses). */
  misses: readonly Miss[] = [];

  constructor(
    private readonly data: Buffer,
    readonly glued: boolean,
    readonly depth: number,
    readonly bareK: readonly number[],
    readonly budget: Budget,
  ) {
    const all = teddySweeps() || data.length > CHUNK;
    const needles = all ? NEEDLES : DECODERS_ONLY;
    this.indexed = needles.length;
    this.index = needleIndex(data, needles);
    this.none = all && this.index.none;
    this.sweep = all ? this : undefined;
  }

  search(needle: Buffer, from: number): number {
    if (this.none) return -1;
    const i = NEEDLE_NUMBER.get(needle);
    return i === undefined || i >= this.indexed ? this.data.indexOf(needle, from) : this.index.indexOf(i, from);
  }
}

/**
 * Where each prefix's run of key characters stops, for those that stop short of the longest key (a run that goes
 * on past it is no key whatever follows). Linear: the run's end only moves forward from one prefix to the next.
 */
function stops(data: Buffer, prefixes: readonly number[]): Miss[] {
  const out: Miss[] = [];
  let end = 0;
  for (const start of prefixes) {
    if (end < start) end = start;
    const limit = Math.min(data.length, start + MAX_KEY_LENGTH + 1);
    while (end < limit && KEY_CHAR[data[end]] === 1) end++;
    if (end < limit) out.push({ start, stop: end });
  }
  return out;
}

/** In order of offset (stable: plain first, then decoders in list order), one per occurrence. */
function dedupe(all: Candidate[]): Candidate[] {
  const sorted = all.map((c, i) => [c, i] as const).sort((a, b) => a[0].offset - b[0].offset || a[1] - b[1]);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const [c] of sorted) {
    const id = `${c.id}:${c.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(c);
  }
  return out;
}
