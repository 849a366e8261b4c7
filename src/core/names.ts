/**
 * The shapes of the identifiers the tool reads from users and reports: GitHub owners and OWNER/NAME
 * repositories, SHA-256 digests, and how commit ids are shortened for people.
 */

/** A GitHub organization or user login: letters, digits and single hyphens, at most 39 characters. */
export const OWNER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** OWNER/NAME with GitHub's rules for each half; `.`, `..` and a `.git` suffix are no repository names. */
export function isRepositoryName(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return false;
  const owner = text.slice(0, slash);
  const name = text.slice(slash + 1);
  return OWNER_PATTERN.test(owner) && /^[A-Za-z0-9._-]{1,100}$/.test(name) && name !== '.' && name !== '..' && !name.endsWith('.git');
}

/** The hex SHA-256 digest a report keys findings by (lower case as written; upper case read too). */
export const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** Commit ids for people: 7 characters where a reader scans many (summaries, comments), 12 where one must be unambiguous (notes, text report). */
export const SHORT_COMMIT = 7;
export const LONG_COMMIT = 12;

export function shortCommit(sha: string | undefined, length: number = SHORT_COMMIT): string {
  return sha ? sha.slice(0, length) : '?';
}
