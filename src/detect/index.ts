/**
 * The detector: a pure function from bytes to matches, the same for every source. It is the hot path, so
 * the clean case is one pass that finds every prefilter's needles at once (search/) and nothing else;
 * everything after a prefilter hit is bounded work at that offset, so any input scans in linear time.
 *
 *   search/       the prefilters' needles, all found in one pass (Teddy, WebAssembly SIMD; Buffer.indexOf
 *                 per needle where that is missing or the input small)
 *   plain.ts      `sk-ant-` keys written out (any text, any bytes around them)
 *   decoders/     the list of decoders (base64, UTF-16, gzip inside base64, percent, escapes, hex, entities,
 *                 quoted-printable, pieces joined, zero-width characters), each a module with its prefilter,
 *                 bound and samples; what they decode is scanned again up to a bounded depth
 *   base64.ts     keys hidden in base64 / base64url, reported at the encoded text
 *   utf16.ts      UTF-16LE text
 *   plausible.ts  key-shaped but not random: placeholders, patterns, low entropy
 *   position.ts   lazy, incremental line and column
 *   allow.ts      same-line allow markers
 * The kinds themselves (prefixes, body shapes, descriptions) are rows of core/kinds.ts.
 */
import { kindOf, variantIn } from '../core/kinds.js';
import { Secret } from '../core/secret.js';
import type { Detect, EncodingStep, Match } from '../core/types.js';
import { allowMarkerIn, nextLineMarkerIn } from './allow.js';
import { LF } from './chars.js';
import { findKeys, type Candidate } from './decoders/index.js';
import { LineCursor } from './position.js';
import { utf16leText } from './utf16.js';

export { KINDS as RULES, kindOf as ruleInfo, type KindRow as RuleInfo } from '../core/kinds.js';
export { isPlausibleBody, implausibility } from './plausible.js';

export interface DetectorOptions {
  /** Allow markers beyond the built-in ones (the config file's `allow.markers`). */
  markers?: readonly string[];
}

/** How much of a buffer is looked at for a NUL byte (git's own binary heuristic looks at 8,000 bytes). */
const BINARY_SNIFF = 8192;

/** A detector with the given options; `detect` is the one with none. */
export function createDetector(options: DetectorOptions = {}): Detect {
  const markers = (options.markers ?? []).filter((m) => m.trim() !== '');
  return (data) => {
    // Binary content (a NUL in the first 8 KiB, as git decides) delimits strings by length, not by a separator:
    // there a fixed-length key is read out of a longer run of key characters (plain.ts, parseKeyAt).
    const glued = data.subarray(0, BINARY_SNIFF).indexOf(0) !== -1;
    const matches = detectText(data, markers, glued);
    const wide = utf16leText(data);
    if (wide) matches.push(...detectText(wide, markers, glued, 'utf16le'));
    return matches;
  };
}

/** Every Anthropic credential in `data`, in order of position. */
export const detect: Detect = createDetector();

/** The keys in `data` (a text, or the decoded text of a UTF-16 input: `textEncoding`), located in it. */
function detectText(data: Buffer, markers: readonly string[], glued: boolean, textEncoding?: EncodingStep): Match[] {
  const found = findKeys(data, glued);
  if (found.length === 0) return [];
  // In UTF-16 text, positions count in the decoded text: a plain key there is named UTF-16, an encoded one by its encoding.
  const all = textEncoding ? found.map((c) => (c.encoding ? c : { ...c, encoding: textEncoding })) : found;
  return locate(data, all, markers);
}

/** Lines, columns and allow markers, in one forward pass over the candidates (sorted by offset). */
function locate(data: Buffer, candidates: Candidate[], markers: readonly string[]): Match[] {
  const cursor = new LineCursor(data);
  let markerLine = -1;
  let marker: string | undefined;
  return candidates.map((c) => {
    const { line, column, lineStart } = cursor.at(c.offset);
    if (lineStart !== markerLine) {
      markerLine = lineStart;
      const end = data.indexOf(LF, lineStart);
      marker = allowMarkerIn(data.toString('latin1', lineStart, end === -1 ? data.length : end), markers) ?? markerOnLineBefore(data, lineStart);
    }
    const match: Match = { rule: c.rule, secret: new Secret(c.key), line, column };
    if (c.encoding) match.encoding = c.encoding;
    const variant = variantNear(data, c, lineStart);
    if (variant) match.variant = variant;
    if (marker) match.allowMarker = marker;
    return match;
  });
}

/** How far around a key its context is read: enough for a variable name or a URL, bounded on any line. */
const CONTEXT_BYTES = 256;

/** The variant the key's line (and the line before) names, for kinds whose prefix is shared (core/kinds.ts). */
function variantNear(data: Buffer, c: Candidate, lineStart: number): string | undefined {
  const kind = kindOf(c.rule);
  if (!kind.contexts) return undefined;
  const from = Math.max(lineStart, c.offset - CONTEXT_BYTES);
  const limit = Math.min(data.length, c.offset + c.key.length + CONTEXT_BYTES);
  const lineEnd = data.subarray(0, limit).indexOf(LF, c.offset);
  const line = data.toString('latin1', from, lineEnd === -1 ? limit : lineEnd);
  const before = lineStart > 0 ? data.toString('latin1', Math.max(0, lineStart - 1 - CONTEXT_BYTES), lineStart - 1) : '';
  return variantIn(kind, line, before.slice(before.lastIndexOf('\n') + 1));
}

/**
 * The marker the line before `lineStart` sets for its next line. Each line is read at most once as a
 * "line before" (it comes before one line only), so this stays linear.
 */
function markerOnLineBefore(data: Buffer, lineStart: number): string | undefined {
  if (lineStart < 2) return undefined; // no line before, or an empty one
  const start = data.lastIndexOf(LF, lineStart - 2) + 1;
  return nextLineMarkerIn(data.toString('latin1', start, lineStart - 1));
}
