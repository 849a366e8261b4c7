/**
 * A location's fingerprint, to ignore one place rather than a key everywhere (as `.gitleaksignore` does):
 *   COMMIT:PATH:RULE:LINE   for a location in a commit (history, range)
 *   PATH:RULE:LINE          for a file on disk, staged, or standard input (PATH `-`)
 *   URL:RULE:LINE           for a place on a GitHub surface (an issue, a comment, a release asset...: its `url`,
 *                           `!member` inside an archive; COMMIT: first for a wiki page, which is git history). The
 *                           text before an edit has the same fingerprint as the text after it: allowing a place
 *                           allows both.
 * PATH is the report's path (`archive.zip!member` inside an archive; empty for a commit or tag message), LINE
 * the report's line (in the commit's version for git sources). Paths may hold `:`, so a fingerprint is read from
 * both ends: LINE and RULE from the right, COMMIT from the left when it is a full commit id, PATH what is between.
 */
import { isSurfaceKind } from './surface-place.js';
import type { Location } from './types.js';

export interface Fingerprint {
  commit?: string;
  path: string;
  /** A rule id; undefined matches any (a `.gitleaksignore` entry names gitleaks' own rule ids). */
  rule?: string;
  line: number;
}

const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/** Where a location is, as its fingerprint's PATH: the file, and the member when inside an archive. */
function placeOf(location: FingerprintPlace): string {
  // A surface's items have no path in the tree (or one that repeats across items, an asset's name): its URL is the place.
  const path = (isSurfaceKind(location.kind ?? '') ? location.url : undefined) ?? location.path ?? '';
  return location.member === undefined ? path : `${path}!${location.member}`;
}

type FingerprintPlace = Pick<Location, 'path' | 'member' | 'commit' | 'line'> & Partial<Pick<Location, 'kind' | 'url'>>;

/** The fingerprint of a finding's location, as the JSON report writes it. */
export function fingerprintOf(rule: string, location: FingerprintPlace): string {
  const tail = `${placeOf(location)}:${rule}:${location.line}`;
  return location.commit ? `${location.commit}:${tail}` : tail;
}

/** A fingerprint read from a config or an ignore file; undefined when it is not one. `anyRule` drops its rule. */
export function parseFingerprint(text: string, anyRule = false): Fingerprint | undefined {
  const parts = text.trim().split(':');
  if (parts.length < 3) return undefined;
  const line = parts.pop()!;
  const rule = parts.pop()!;
  if (!/^[1-9]\d*$/.test(line) || !/^[a-z0-9][a-z0-9_.-]*$/i.test(rule)) return undefined;
  const commit = parts.length >= 2 && COMMIT_ID.test(parts[0]!) ? parts.shift()!.toLowerCase() : undefined;
  return { ...(commit ? { commit } : {}), path: parts.join(':'), ...(anyRule ? {} : { rule }), line: Number(line) };
}

/**
 * Whether an ignored place covers a location: the same path, line and rule, and the same commit when the
 * fingerprint names one. One without a commit covers that place in any commit too (the file as it stands, in a
 * pull request's range as on disk).
 */
export function fingerprintMatches(fingerprint: Fingerprint, rule: string, location: FingerprintPlace): boolean {
  if (fingerprint.line !== location.line || fingerprint.path !== placeOf(location)) return false;
  if (fingerprint.rule !== undefined && fingerprint.rule !== rule) return false;
  return fingerprint.commit === undefined || fingerprint.commit === location.commit?.toLowerCase();
}

/** The file gitleaks reads its ignored places from, at the repository's root; read too, for people moving over. */
export const GITLEAKSIGNORE = '.gitleaksignore';

/**
 * The Anthropic entries of a `.gitleaksignore`: one fingerprint a line, `#` comments. Its rule ids are gitleaks'
 * (`anthropic-api-key`, `anthropic-admin-api-key`), not ours, so an entry whose rule names Anthropic covers any
 * Anthropic rule at its place; entries of other rules, and lines that are no fingerprint, are skipped.
 */
export function parseGitleaksIgnore(text: string): Fingerprint[] {
  const out: Fingerprint[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const rule = /:([^:]+):\d+$/.exec(line)?.[1] ?? '';
    if (!/anthropic/i.test(rule)) continue;
    const fingerprint = parseFingerprint(line, true);
    if (fingerprint) out.push(fingerprint);
  }
  return out;
}
