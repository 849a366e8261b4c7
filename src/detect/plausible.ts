/**
 * Is a key-shaped string's body plausibly random? Real keys are random base64url; documentation, tests and
 * templates are full of key-shaped strings that are not (`xxxx…`, `abcdef…`, `your-key-here…`).
 *
 * Every check is chosen so that a random body (93 characters over the 64-symbol alphabet) fails it with
 * negligible probability; the odds are worked out beside each threshold and the property tests in
 * __tests__/detect/plausible.test.ts run thousands of random bodies through it.
 */

/**
 * Words that mark a placeholder, matched case-insensitively. Kept short: each word of k letters occurs by
 * chance in a random 93-character body with odds about 93 * (2/64)^k (k >= 5: below 3e-6).
 */
const PLACEHOLDER_WORDS = ['example', 'placeholder', 'yourkey', 'your_key', 'your-key', 'redacted', 'dummy', 'sample', 'insert', 'replace'];

/**
 * Below this Shannon entropy (bits per character) a body is not random. A random 93-character body
 * measures 5.43 on average (standard deviation 0.085; the lowest of 300,000 measured 4.99): 4.5 is 11
 * standard deviations below. A body drawn from 24 symbols or fewer measures under 4.5: hex in both cases
 * (22 symbols), words from a few letters, keyboard mashing.
 */
export const MIN_ENTROPY = 4.5;

/** A run of this many identical characters: odds for a random body about 88 * 64^-5 = 8e-8. */
const MAX_SAME_RUN = 6;

/** A run of this many characters each one code above (or below) the last: odds about 2 * 86 * 64^-7 = 4e-11. */
const MAX_STEP_RUN = 8;

/** A period this short or shorter is looked for: `abcabc…`, `12341234…`. */
const MAX_PERIOD = 32;

/**
 * A substring this long that occurs twice: a longer pattern repeated (`ThisIsNotARealKey-UseYourOwn-1234-`
 * twice and more), which the period check does not reach. Odds for a random 93-character body: about
 * 86 * 85 / 2 pairs of windows, each equal with odds 64^-8: 1.3e-11.
 */
const REPEAT_LENGTH = 8;

/** Why a body is not plausible, or undefined when it is. */
export function implausibility(body: string): string | undefined {
  const lower = body.toLowerCase();
  for (const word of PLACEHOLDER_WORDS) if (lower.includes(word)) return `placeholder word "${word}"`;
  // A random body misses a class with odds (38/64)^93 (no upper or no lower case, ~1e-21) or
  // (54/64)^93 (no digit, ~1.4e-7). Hex strings, words and UPPER_SNAKE templates miss one.
  if (!/[A-Z]/.test(body) || !/[a-z]/.test(body) || !/[0-9]/.test(body)) return 'missing a character class';
  const stats = symbolStats(body);
  if (stats.entropy < MIN_ENTROPY) return 'low entropy';
  const run = body.length > 0 ? hasRun(body) : undefined;
  if (run) return run;
  if (shortPeriod(body, stats.distinct) !== undefined || repeatsSubstring(body)) return 'repeated pattern';
  return undefined;
}

export function isPlausibleBody(body: string): boolean {
  return implausibility(body) === undefined;
}

const COUNTS = new Uint32Array(65536);

/** Shannon entropy in bits per character (over UTF-16 code units; bodies are ASCII). */
export function entropy(s: string): number {
  return symbolStats(s).entropy;
}

/** Entropy and the number of distinct characters, in one pass (plus one to reset the counts). */
function symbolStats(s: string): { entropy: number; distinct: number } {
  const n = s.length;
  for (let i = 0; i < n; i++) COUNTS[s.charCodeAt(i)]++;
  let h = 0;
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const k = COUNTS[c];
    if (k === 0) continue; // already counted
    const p = k / n;
    h -= p * Math.log2(p);
    distinct++;
    COUNTS[c] = 0;
  }
  return { entropy: h, distinct };
}

/**
 * Whether a run of MAX_SAME_RUN identical characters, or of MAX_STEP_RUN characters each one code above
 * (or below) the last (`abcdefgh`, `98765432`), occurs. One pass over the character codes.
 */
function hasRun(s: string): 'repeated character' | 'alphabet run' | undefined {
  let same = 1;
  let steps = 1;
  let prevDiff = 0;
  let prev = s.charCodeAt(0);
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c - prev;
    same = d === 0 ? same + 1 : 1;
    if (same >= MAX_SAME_RUN) return 'repeated character';
    steps = d === 1 || d === -1 ? (d === prevDiff ? steps + 1 : 2) : 1;
    if (steps >= MAX_STEP_RUN) return 'alphabet run';
    prevDiff = d;
    prev = c;
  }
  return undefined;
}

/**
 * The smallest period p <= MAX_PERIOD such that at least 80% of the characters equal the one p places
 * before them (a pattern repeated, maybe with a few edits). For a random body each comparison matches with
 * probability 1/64, so 80% of 60+ comparisons matching is beyond any real odds.
 *
 * Such a body has at most p + 20% of (n - p) distinct characters (new ones can only come in the first
 * period or at a mismatch), so periods too short for the distinct characters seen are skipped: a random
 * body (about 49 distinct of 93) usually skips them all.
 */
function shortPeriod(s: string, distinct: number): number | undefined {
  const n = s.length;
  const first = Math.max(1, Math.ceil((distinct - 0.2 * n) / 0.8));
  for (let p = first; p <= MAX_PERIOD && p * 2 <= n; p++) {
    // Give up on p as soon as more than 20% of the comparisons differ (about 20 comparisons when random).
    const allowed = 0.2 * (n - p);
    let differ = 0;
    for (let i = p; i < n && differ <= allowed; i++) if (s.charCodeAt(i) !== s.charCodeAt(i - p)) differ++;
    if (differ <= allowed) return p;
  }
  return undefined;
}

/** Four characters' 6-bit values at each index (24 bits): a window is the pair at i and i + 4. */
const QUADS = new Int32Array(256);
/** Open-addressing set of windows: the slot holds the window's index + 1 (0 is empty). */
const SLOTS = new Int32Array(512);

/** Whether some REPEAT_LENGTH-character substring occurs twice (overlapping allowed). Int32 work only. */
function repeatsSubstring(s: string): boolean {
  const n = s.length;
  if (n > QUADS.length || n - REPEAT_LENGTH + 1 > SLOTS.length / 2) return false; // not a key-sized body
  let q = 0;
  for (let i = 0; i < n; i++) {
    q = ((q & 0x3ffff) << 6) | SIX_BITS[s.charCodeAt(i) & 0x7f];
    if (i >= 3) QUADS[i - 3] = q;
  }
  SLOTS.fill(0);
  const mask = SLOTS.length - 1;
  for (let i = 0; i + REPEAT_LENGTH <= n; i++) {
    const a = QUADS[i];
    const b = QUADS[i + 4];
    let slot = (Math.imul(a, 0x9e3779b1) ^ b) >>> 23;
    for (;;) {
      const held = SLOTS[slot];
      if (held === 0) break;
      if (QUADS[held - 1] === a && QUADS[held + 3] === b) return true;
      slot = (slot + 1) & mask;
    }
    SLOTS[slot] = i + 1;
  }
  return false;
}

/** A 6-bit value for each key character. */
const SIX_BITS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = i;
  return t;
})();
