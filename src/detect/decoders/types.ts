/**
 * What a decoder is (TruffleHog's design): one module that recognises one way of hiding text, behind a cheap
 * literal prefilter so the clean case does not pay, with its own bound and its own samples. The detector
 * (detect/index.ts) runs every decoder of the list (decoders/index.ts) on the input, then scans what each one
 * decoded as if it were text — plain keys and, up to MAX_DEPTH, the same decoders again (base64 of gzip of
 * base64...). Every key so found goes through the same parser and plausibility rules as plain text.
 */
import type { EncodingStep } from '../../core/types.js';
import type { NeedleSearch } from '../plain.js';

/** How many decodings deep a key may be hidden (a Helm release Secret: base64 > base64 > gzip > base64). */
export const MAX_DEPTH = 4;

/** Text a decoder got back from the input. */
export interface Decoded {
  /** The step's name in the location's `encoding` chain (`base64`, `percent`, ...). */
  encoding: EncodingStep;
  bytes: Buffer;
  /** Where the encoded text starts in the input: a key found anywhere in `bytes` is reported there. */
  offset: number;
  /**
   * Escapes in text (percent, `\u`, entities...): the input offset of each decoded byte (and one past the
   * last), so a key is reported where its own encoding starts. Takes precedence over `offset`.
   */
  positions?: Int32Array;
  /**
   * Keys found at or after this offset of `bytes` are left out: the window may cut them, and the next window
   * holds them whole. Absent: no limit.
   */
  keysBefore?: number;
  /** Where this occurrence's own encoding starts, when `offset` is shared by several (keys of one base64 run). */
  at?: number;
  /** `bytes` is one key the decoder read itself: parsed again, never decoded further. */
  keyOnly?: boolean;
}

export interface DecodeContext {
  /** Binary content (a NUL in the first 8 KiB): fixed-length keys are cut out of longer runs. */
  glued: boolean;
  /** 0 for the input itself, 1 for what a decoder gave back, ... */
  depth: number;
  /**
   * Where `sk-ant-` stood in the input but no key could be read, and where its run of key characters stopped
   * short of a key's length: a key cut by an escape or a piece break may start there, if one stands at the stop.
   */
  misses: readonly Miss[];
  /**
   * Where `k-ant-` stood after something other than `s`: the place just before it, where an escaped `s` ends
   * (`\x73k-ant-`, `&#115;k-ant-`). Found by the plain prefilter, so the escape decoders follow it for free.
   */
  bareK: readonly number[];
  /** What is left to spend on this input, through every depth (a file of many small gzip bombs stays bounded). */
  budget: Budget;
  /**
   * `data.indexOf(needle, from)` for a needle of the decoder's own `needles`, answered from one sweep of all
   * the prefilters' needles (../search/).
   */
  search(needle: Buffer, from: number): number;
  /** That search for the plain and base64 prefilters too, on an input swept whole (of more than one chunk). */
  readonly sweep: NeedleSearch | undefined;
}

export interface Budget {
  /** Bytes the decoders may still inflate. */
  inflate: number;
}

export interface Miss {
  start: number;
  stop: number;
}

/** One sample: text built around a key at run time (the repository holds no literal key). */
export interface DecoderSample {
  /** What the sample stands for (`a fully percent-encoded key`). */
  name: string;
  text: (key: string) => Buffer;
  /** For positives: the location's `encoding`, when it is not the decoder's own name. */
  encoding?: string;
}

export interface Decoder {
  readonly name: EncodingStep;
  /** What the decoder recognises, for the README and the list's test. */
  readonly recognises: string;
  /** Depths at which it runs: gzip never at 0 (compressed files are the container step's). */
  readonly minDepth?: number;
  /** On the input itself the decoded text replaces it and keys are located in it (UTF-16), not at an offset. */
  readonly wholeText?: boolean;
  /** The literals its prefilter searches for with `ctx.search` (all decoders' needles are searched in one sweep). */
  readonly needles?: readonly Buffer[];
  decode(data: Buffer, ctx: DecodeContext): Decoded[];
  readonly samples: { readonly positive: readonly DecoderSample[]; readonly negative: readonly DecoderSample[] };
}
