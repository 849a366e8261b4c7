/**
 * The one scrubber: every text bound for people or files (reports, logs, annotations, comments, errors)
 * passes here, so a credential that reached a message (an echoed argument, an API answer, git's stderr)
 * leaves as its redacted hint form. Hints (`sk-ant-api03-R2D...igAA`) are left as they are.
 */
import { redact } from './secret.js';

/** Anything shaped like a whole Anthropic credential: prefix, kind and version, then 20 or more key characters. */
const CREDENTIAL_SHAPE = /sk-ant-[a-z]{2,8}\d{2}-[A-Za-z0-9_-]{20,}/g;

export function scrub(text: string): string {
  return text.replace(CREDENTIAL_SHAPE, (m) => redact(m));
}

/** `scrub` applied to every string inside a JSON-shaped value. */
export function scrubDeep<T>(value: T): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (Array.isArray(value)) return value.map(scrubDeep) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v)])) as T;
  }
  return value;
}
