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

/** Below this Shannon entropy (bits per character) a body is not random. A random 93-character body
 *  measures about 5.5 (standard deviation about 0.1), a hex string at most 4.0: a 15-sigma margin. */
export const MIN_ENTROPY = 4.0;

/** A run of this many identical characters: odds for a random body about 88 * 64^-5 = 8e-8. */
const MAX_SAME_RUN = 6;

/** A run of this many characters each one code above (or below) the last: odds about 2 * 86 * 64^-7 = 4e-11. */
const MAX_STEP_RUN = 8;

/** A period this short or shorter is looked for: `abcabc…`, `12341234…`. */
const MAX_PERIOD = 32;

/** Why a body is not plausible, or undefined when it is. */
export function implausibility(body: string): string | undefined {
  const lower = body.toLowerCase();
  for (const word of PLACEHOLDER_WORDS) if (lower.includes(word)) return `placeholder word "${word}"`;
  // A random body misses a class with odds (38/64)^93 (no upper or no lower case, ~1e-21) or
  // (54/64)^93 (no digit, ~1.4e-7). Hex strings, words and UPPER_SNAKE templates miss one.
  if (!/[A-Z]/.test(body) || !/[a-z]/.test(body) || !/[0-9]/.test(body)) return 'missing a character class';
  if (entropy(body) < MIN_ENTROPY) return 'low entropy';
  if (longestSameRun(body) >= MAX_SAME_RUN) return 'repeated character';
  if (longestStepRun(body) >= MAX_STEP_RUN) return 'alphabet run';
  if (shortPeriod(body) !== undefined) return 'repeated pattern';
  return undefined;
}

export function isPlausibleBody(body: string): boolean {
  return implausibility(body) === undefined;
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

function longestSameRun(s: string): number {
  let best = s.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s[i] === s[i - 1] ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** Longest run of characters whose codes step by +1 (or by -1) each time: `abcdefgh`, `98765432`. */
function longestStepRun(s: string): number {
  let best = s.length > 0 ? 1 : 0;
  let run = 1;
  let step = 0;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if ((d === 1 || d === -1) && d === step) run++;
    else run = d === 1 || d === -1 ? 2 : 1;
    step = d;
    if (run > best) best = run;
  }
  return best;
}

/**
 * The smallest period p <= MAX_PERIOD such that at least 80% of the characters equal the one p places
 * before them (a pattern repeated, maybe with a few edits). For a random body each comparison matches with
 * probability 1/64, so 80% of 60+ comparisons matching is beyond any real odds.
 */
function shortPeriod(s: string): number | undefined {
  for (let p = 1; p <= MAX_PERIOD && p * 2 <= s.length; p++) {
    let same = 0;
    for (let i = p; i < s.length; i++) if (s.charCodeAt(i) === s.charCodeAt(i - p)) same++;
    if (same >= 0.8 * (s.length - p)) return p;
  }
  return undefined;
}
