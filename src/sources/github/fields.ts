/**
 * Fields read from GitHub's answers and event payloads, which are hostile and may be malformed: only a value of
 * the expected type is kept, names are cut to a bounded length, and a link must be plain https.
 */
export type Json = Record<string, unknown>;

/** Logins, node ids; tags and asset names get `MAX_NAME * 2.5`. */
export const MAX_NAME = 200;

export const object = (value: unknown): Json | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);
export const string = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const positiveInteger = (value: unknown): number | undefined => (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined);

/** A name (an asset's, a tag's) cut to a bounded length. */
export const name = (value: unknown, max = MAX_NAME): string | undefined => string(value)?.slice(0, max);

/** A user object's login, cut to one short name. */
export const loginOf = (user: unknown): string | undefined => name(object(user)?.login) || undefined;

/** An item's html_url: an https URL, at most 2,000 characters, no credentials, else none (never a `javascript:` link in a report). */
export function httpsUrl(value: unknown): string | undefined {
  const text = string(value);
  if (!text || text.length > 2000) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}
