/**
 * The one conversion from in-memory findings (which hold Secret objects) to the JSON report (which never
 * holds a secret): a secret becomes its SHA-256 and its Console-hint redacted form, nothing else.
 * Every other renderer (text, SARIF, the GitHub reports) starts from the JsonReport this returns.
 *
 * As a second guard, every free-text field (status details, reasons, notes, errors, even paths) goes through
 * `scrub`: anything shaped like a whole credential is replaced by its redacted form, so a message
 * that quoted a key by mistake cannot carry it into a report.
 */
import type { JsonFinding, JsonLocation, JsonNote, JsonReport } from '../core/report.js';
import { scrub, scrubDeep } from '../core/scrub.js';
import type { Finding, Location, Revocation, ScanResult, Status } from '../core/types.js';
import { STATUS_ORDER } from '../core/status.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { compareLocations } from '../findings/aggregate.js';
import { fingerprintOf } from '../core/fingerprint.js';

export function toJsonReport(result: ScanResult): JsonReport {
  const { plan } = result;
  const scope: JsonReport['scope'] = { ...plan.scope };
  if (plan.repository) scope.repository = plan.repository;
  if (plan.surfaces) scope.surfaces = [...plan.surfaces];
  const report: JsonReport = {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    scope: scrubDeep(scope),
    options: { verify: plan.verify, revoke: plan.revoke, ...(plan.dryRun ? { dryRun: true } : {}) },
    findings: sortFindings(result.findings.map(toJsonFinding)),
    suppressed: sortFindings(result.suppressed.map(toJsonFinding)),
    notes: result.notes.map((note) => toJsonNote(note, plan.repository)),
    errors: result.errors.map((e) => scrub(e)),
    ...(result.incomplete ? { incomplete: scrub(result.incomplete) } : {}),
    stats: scrubDeep({ ...result.stats }),
  };
  return report;
}

/** A finding in the report's form. Fields are copied one by one: nothing else on the object can leak in. */
export function toJsonFinding(finding: Finding): JsonFinding {
  const out: JsonFinding = {
    rule: finding.rule,
    secretSha256: finding.secret.sha256,
    redacted: finding.secret.redacted,
    status: finding.status,
    locations: finding.locations.map((location) => toJsonLocation(location, finding.rule)),
  };
  if (finding.statusDetail !== undefined) out.statusDetail = scrub(finding.statusDetail);
  if (finding.organizationId !== undefined) out.organizationId = scrub(finding.organizationId);
  if (finding.organizationName !== undefined) out.organizationName = scrub(finding.organizationName);
  if (finding.workspaceId !== undefined) out.workspaceId = scrub(finding.workspaceId);
  if (finding.variant !== undefined) out.variant = finding.variant;
  if (finding.exposure !== undefined) out.exposure = scrubDeep(finding.exposure);
  if (finding.usage !== undefined) out.usage = scrubDeep(finding.usage);
  if (finding.revocation !== undefined) out.revocation = toJsonRevocation(finding.revocation);
  if (finding.suppressedBy !== undefined) out.suppressedBy = finding.suppressedBy;
  if (finding.suppressionOverridden !== undefined) out.suppressionOverridden = finding.suppressionOverridden;
  if (finding.carried) out.carried = true;
  return out;
}

const LOCATION_FIELDS = ['kind', 'path', 'line', 'column', 'commit', 'author', 'date', 'committedDate', 'encoding', 'inHead', 'headLine', 'repository', 'tag', 'member', 'url', 'job', 'step', 'number', 'revision'] as const;

function toJsonLocation(location: Location, rule: string): JsonLocation {
  const out: Record<string, unknown> = {};
  for (const field of LOCATION_FIELDS) {
    const value = location[field];
    if (value !== undefined) out[field] = typeof value === 'string' ? scrub(value) : value;
  }
  if (location.kind !== 'tag-message') out.fingerprint = scrub(fingerprintOf(rule, location));
  return out as unknown as JsonLocation;
}

function toJsonRevocation(revocation: Revocation): Revocation {
  const out: Revocation = { outcome: revocation.outcome };
  if (revocation.keyId !== undefined) out.keyId = scrub(revocation.keyId);
  if (revocation.keyName !== undefined) out.keyName = scrub(revocation.keyName);
  if (revocation.reason !== undefined) out.reason = scrub(revocation.reason);
  for (const field of ['keyWorkspace', 'keyCreatedBy', 'keyPrincipal', 'keyExpiresAt', 'keyStatus', 'restoredTo'] as const) {
    const value = revocation[field];
    if (value !== undefined) out[field] = scrub(value);
  }
  return out;
}

function toJsonNote(note: { reason: string; message: string; path?: string }, repository?: string): JsonNote {
  const out: JsonNote = { reason: note.reason, message: scrub(note.message) };
  if (note.path !== undefined) out.path = scrub(note.path);
  if (repository) out.repository = scrub(repository);
  return out;
}

/** Live first, then unknown, unchecked, invalid; within a status by first location. Stable. */
export function sortFindings<F extends { status: Status; locations: Location[] }>(findings: F[]): F[] {
  const rank = (s: Status) => {
    const i = STATUS_ORDER.indexOf(s);
    return i < 0 ? STATUS_ORDER.length : i;
  };
  return [...findings].sort((a, b) => {
    const byStatus = rank(a.status) - rank(b.status);
    if (byStatus !== 0) return byStatus;
    const [la, lb] = [a.locations[0], b.locations[0]];
    if (!la || !lb) return la ? -1 : lb ? 1 : 0;
    return compareLocations(la, lb);
  });
}
