/**
 * The one scrubber: every text bound for people or files (reports, logs, annotations, comments, errors, API
 * messages, git's stderr) passes here, so a credential that reached a message leaves as its redacted hint.
 *
 *   scrub(text)          anything shaped like an Anthropic credential (any kind of core/kinds.ts, whole or cut
 *                        to 20+ body characters), its base64 (any alignment), GitHub tokens (ghp_, gho_,
 *                        ghu_, ghs_, ghr_, github_pat_), `x-access-token:` basic auth and Authorization values.
 *   scrub(text, known)   the same, and each known secret (a found key, the admin key, a GitHub token) in any
 *                        form: whole, its body without the `sk-ant-wordNN-` prefix, and its base64 and
 *                        base64url encodings at any alignment (an API that echoes a key encoded or cut).
 *
 * Hints (`sk-ant-api03-R2D...igAA`) are left as they are: they are what reports show.
 */
import { MAX_WORD, MIN_WORD, PREFIX } from './kinds.js';
import { redact } from './secret.js';

/** A secret to scrub in every form: a Secret (or anything that reveals a value) or a plain token. */
export type Known = { reveal(): string } | string;

/** Body characters after `sk-ant-wordNN-` that make a string a credential for the scrubber: a cut key too. */
const MIN_BODY = 20;

/** Anything shaped like an Anthropic credential: the prefix, any word the table's parser reads, two digits. */
const CREDENTIAL_SHAPE = new RegExp(`${PREFIX}[a-z]{${MIN_WORD},${MAX_WORD}}\\d{2}-[A-Za-z0-9_-]{${MIN_BODY},}`, 'g');

/** The same, anchored nowhere and not global: whether a text holds a whole credential (80+ body characters). */
const WHOLE_CREDENTIAL = new RegExp(`${PREFIX}[a-z]{${MIN_WORD},${MAX_WORD}}\\d{2}-[A-Za-z0-9_-]{80,}`);

/** GitHub token shapes (classic and fine-grained), for clone errors and the Action's inputs. */
const GITHUB_TOKEN = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g;

/** `x-access-token:TOKEN` (a URL or basic-auth user:password) and Authorization header values. */
const ACCESS_TOKEN = /(x-access-token:)[^\s@/'"]+/gi;
const AUTH_HEADER = /(authorization:\s*(?:basic|bearer|token)\s+)[A-Za-z0-9+/=._~-]+/gi;

const B64_RUN = /[A-Za-z0-9+/_-]{24,}={0,2}/g;

/**
 * The characters of `value`'s base64 (and base64url) that do not depend on the bytes around it, at each of
 * the three alignments within a 3-byte group: whatever text the value was encoded inside, one of these is
 * in the encoding. (detect/base64.ts searches for the prefix's the same way.)
 */
export function stableEncodings(value: string): string[] {
  return [...new Set(stableEncodingsAt(Buffer.from(value, 'utf8')).map((e) => e.stable).filter((s) => s.length >= 4))];
}

export interface StableEncoding {
  /** The characters that do not depend on the neighbouring bytes. */
  stable: string;
  /** How many bytes of the 3-byte group come before the value. */
  align: number;
  /** How many characters of the group-aligned encoding come before the first stable one. */
  lead: number;
  alphabet: 'base64' | 'base64url';
}

/** The stable characters of `bytes` at each alignment and in each alphabet. */
export function stableEncodingsAt(bytes: Buffer): StableEncoding[] {
  const out: StableEncoding[] = [];
  for (let align = 0; align < 3; align++) {
    const padded = Buffer.concat([Buffer.alloc(align), bytes]);
    const lead = Math.ceil((8 * align) / 6);
    const end = Math.floor((8 * (align + bytes.length)) / 6);
    for (const alphabet of ['base64', 'base64url'] as const) {
      out.push({ stable: padded.toString(alphabet).slice(lead, end), align, lead, alphabet });
    }
  }
  return out;
}

/** The encodings of the bare prefix: a base64 run holding one holds (the start of) a credential. */
const PREFIX_ENCODINGS = stableEncodings(PREFIX);

const BODY_OF = new RegExp(`^${PREFIX}[a-z]+\\d\\d-(.+)$`);

/** The forms of one known secret to look for, longest first, each with what replaces it. */
function formsOf(known: Known): Array<[string, string]> {
  const value = typeof known === 'string' ? known : known.reveal();
  if (value.length < 8) return [];
  const shown = typeof known === 'string' ? '***' : redact(value);
  const forms: Array<[string, string]> = [[value, shown]];
  for (const encoded of stableEncodings(value)) forms.push([encoded, `[base64 of ${shown}]`]);
  const body = BODY_OF.exec(value)?.[1];
  if (body && body.length >= MIN_BODY) forms.push([body, `[body of ${shown}]`]);
  return forms;
}

export function scrub(text: string, known: readonly Known[] = []): string {
  let out = text;
  for (const k of known) {
    for (const [form, replacement] of formsOf(k)) if (out.includes(form)) out = out.split(form).join(replacement);
  }
  out = out.replace(CREDENTIAL_SHAPE, (m) => redact(m));
  if (PREFIX_ENCODINGS.some((e) => out.includes(e))) {
    out = out.replace(B64_RUN, (run) => (PREFIX_ENCODINGS.some((e) => run.includes(e)) ? '[base64 of a credential]' : run));
  }
  return out.replace(GITHUB_TOKEN, '***').replace(ACCESS_TOKEN, '$1***').replace(AUTH_HEADER, '$1***');
}

/** Whether a text holds what looks like a whole Anthropic credential (reports never do). */
export function holdsCredential(text: string): boolean {
  return WHOLE_CREDENTIAL.test(text);
}

/** `scrub` applied to every string inside a JSON-shaped value. */
export function scrubDeep<T>(value: T, known: readonly Known[] = []): T {
  if (typeof value === 'string') return scrub(value, known) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubDeep(v, known)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, known)])) as T;
  }
  return value;
}
