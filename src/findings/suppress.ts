/**
 * What the user allowed: split findings into reported and suppressed ones.
 *
 * Whole-secret reasons first, in this order (the first that applies names the suppression):
 *   'config:allow-secret'  the secret's SHA-256 is in the config's `allow.secrets`
 *   'baseline'             the secret is in the baseline report (findings or suppressed)
 * then per-location reasons:
 *   'config:exclude-path'  the location's path matches `exclude.paths`
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
import { allowMarkerOf } from './aggregate.js';
import type { Config } from './config.js';
import { compileGlobs } from './glob.js';

export type SuppressedBy = 'config:allow-secret' | 'baseline' | 'config:exclude-path' | 'allow-marker';

export interface SuppressOptions {
  /** `allowSecrets` (SHA-256 hex, any case) and `excludePaths` (globs, see glob.ts). */
  config?: Pick<Config, 'allowSecrets' | 'excludePaths'>;
  /** SHA-256 hex digests from a baseline report. */
  baseline?: ReadonlySet<string>;
}

export interface Suppression {
  findings: Finding[];
  suppressed: Finding[];
}

/** Splits a FindingSet's findings (allow markers are looked up with `allowMarkerOf`). */
export function splitSuppressed(all: readonly Finding[], options: SuppressOptions = {}): Suppression {
  const allowed = new Set((options.config?.allowSecrets ?? []).map((s) => s.toLowerCase()));
  const baseline = new Set([...(options.baseline ?? [])].map((s) => s.toLowerCase()));
  const excluded = compileGlobs(options.config?.excludePaths ?? []);
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];

  for (const finding of all) {
    const sha = finding.secret.sha256;
    const whole: SuppressedBy | undefined = allowed.has(sha) ? 'config:allow-secret' : baseline.has(sha) ? 'baseline' : undefined;
    if (whole) {
      suppressed.push({ ...finding, suppressedBy: whole });
      continue;
    }
    const byPath: Finding['locations'] = [];
    const byMarker: Finding['locations'] = [];
    const kept: Finding['locations'] = [];
    for (const location of finding.locations) {
      if (location.path !== undefined && excluded(location.path)) byPath.push(location);
      else if (allowMarkerOf(location)) byMarker.push(location);
      else kept.push(location);
    }
    if (kept.length === finding.locations.length) {
      findings.push(finding);
      continue;
    }
    if (kept.length > 0) findings.push({ ...finding, locations: kept });
    if (byPath.length > 0) suppressed.push({ ...finding, locations: byPath, suppressedBy: 'config:exclude-path' });
    if (byMarker.length > 0) suppressed.push({ ...finding, locations: byMarker, suppressedBy: 'allow-marker' });
  }
  return { findings, suppressed };
}
