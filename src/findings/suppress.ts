/**
 * What the user allowed: split candidates into reported findings and suppressed ones.
 *
 * Whole-secret reasons first, in this order (the first that applies names the suppression):
 *   'config:allow-secret'  the secret's SHA-256 is in the config's `allow.secrets`
 *   'baseline'             the secret is in the baseline report (findings or suppressed)
 * then per-location reasons:
 *   'config:exclude-path'  the location's path matches `exclude.paths` (the sources do not scan excluded paths,
 *                          so this catches only what they could not place: a history ref straight to a tree)
 *   'config:allow-fingerprint'  the location's fingerprint is in the config's `allow.fingerprints`
 *   'gitleaksignore'       the location's fingerprint is in `.gitleaksignore` (any Anthropic rule at that place)
 *   'allow-marker'         the location's line carries an allow marker
 *
 * Per-location reasons drop locations from the reported finding: a key allowed on one line but also
 * written, unmarked, somewhere else is still reported, at the unmarked places only (as gitleaks and
 * detect-secrets treat their markers: the marker allows a line, not a key). The dropped locations are
 * not lost: they go into a suppressed entry for the same secret, one per reason. So a secret appears at
 * most once in `findings` and at most once per reason in `suppressed`; when every location of a secret
 * is dropped it is simply suppressed. Suppressed findings are not verified or revoked.
 */
import type { Finding } from '../core/types.js';
import type { Candidate, Sighting } from './aggregate.js';
import { fingerprintMatches, type Fingerprint } from '../core/fingerprint.js';
import { compileGlobs } from '../core/glob.js';

export type SuppressedBy = 'config:allow-secret' | 'baseline' | 'config:exclude-path' | 'config:allow-fingerprint' | 'gitleaksignore' | 'allow-marker';

export interface SuppressOptions {
  /** SHA-256 hex digests of secrets to allow (case-insensitive). */
  allowSecrets?: Iterable<string>;
  /** Globs (see glob.ts) of paths whose locations are dropped. */
  excludePaths?: readonly string[];
  /** SHA-256 hex digests from a baseline report. */
  baseline?: ReadonlySet<string>;
  /** Places to ignore: the config's `allow.fingerprints`. */
  allowFingerprints?: readonly Fingerprint[];
  /** Places to ignore: `.gitleaksignore`'s Anthropic entries. */
  gitleaksIgnore?: readonly Fingerprint[];
}

export interface Suppression {
  /** To report: status 'unchecked' until verification says otherwise. */
  findings: Finding[];
  suppressed: Finding[];
}

export function suppress(candidates: readonly Candidate[], options: SuppressOptions = {}): Suppression {
  const allowed = new Set([...(options.allowSecrets ?? [])].map((s) => s.toLowerCase()));
  const baseline = new Set([...(options.baseline ?? [])].map((s) => s.toLowerCase()));
  const excluded = compileGlobs(options.excludePaths ?? []);
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];

  for (const candidate of candidates) {
    const sha = candidate.secret.sha256;
    const whole: SuppressedBy | undefined = allowed.has(sha) ? 'config:allow-secret' : baseline.has(sha) ? 'baseline' : undefined;
    if (whole) {
      suppressed.push(toFinding(candidate, candidate.sightings, whole));
      continue;
    }
    const by = new Map<SuppressedBy, Sighting[]>();
    const kept: Sighting[] = [];
    const ignoredBy = (list: readonly Fingerprint[] | undefined, s: Sighting): boolean => (list ?? []).some((f) => fingerprintMatches(f, candidate.rule, s.location));
    for (const s of candidate.sightings) {
      let reason: SuppressedBy | undefined;
      if (s.location.path !== undefined && excluded(s.location.path)) reason = 'config:exclude-path';
      else if (ignoredBy(options.allowFingerprints, s)) reason = 'config:allow-fingerprint';
      else if (ignoredBy(options.gitleaksIgnore, s)) reason = 'gitleaksignore';
      else if (s.allowMarker) reason = 'allow-marker';
      if (reason) by.set(reason, [...(by.get(reason) ?? []), s]);
      else kept.push(s);
    }
    if (kept.length > 0) findings.push(toFinding(candidate, kept));
    for (const [reason, sightings] of by) suppressed.push(toFinding(candidate, sightings, reason));
  }
  return { findings, suppressed };
}

function toFinding(candidate: Candidate, sightings: readonly Sighting[], suppressedBy?: SuppressedBy): Finding {
  const finding: Finding = {
    rule: candidate.rule,
    secret: candidate.secret,
    status: 'unchecked',
    locations: sightings.map((s) => s.location),
  };
  if (candidate.variant) finding.variant = candidate.variant;
  if (suppressedBy) finding.suppressedBy = suppressedBy;
  return finding;
}
