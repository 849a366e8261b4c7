/**
 * Merge JSON reports (one per repository, or per batch, or already-merged ones) into one: the organization
 * audit's last stage. Pure: reports in, one report and a list of problems out.
 *
 * - One finding per key (`secretSha256`), with the locations of every report (each keeps its `repository`).
 * - Status: the most severe answer any job got — live > unknown > invalid > unchecked. `unchecked` means no
 *   job asked the API, so any answer beats it; among answers, `unknown` (the check failed) ranks above
 *   `invalid` because a key one job could not rule out must not be reported as dead.
 * - Revocation: the most consequential outcome (deactivated > failed > would-deactivate > refused) is
 *   `revocation`; when the jobs reported more than one distinct outcome, all of them are in `revocations`.
 * - A report that is malformed (not JSON report version 1, or holding what looks like a full credential) is
 *   named in `problems` and left out; a malformed finding inside a good report is named and left out too.
 * - Merging is associative: a merged report (scope kind 'merge') can be merged again.
 */
import { mergeExposure } from '../findings/exposure.js';
import type { JsonFinding, JsonNote, JsonReport } from '../core/report.js';
import { LOCATION_KINDS, type Revocation, type RevocationOutcome } from '../core/types.js';
import { holdsCredential } from '../core/scrub.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { isObject } from '../core/json.js';
import { SHA256_HEX } from '../core/names.js';
import { STATUS_ORDER, STATUS_PRECEDENCE } from '../core/status.js';

export interface NamedReport {
  /** How the report is named in problems: usually its file path. */
  name: string;
  report: unknown;
}

export interface MergeResult {
  report: JsonReport;
  /** One line per report or finding that was left out, naming it. */
  problems: string[];
}

const REVOCATION_WEIGHT: Record<RevocationOutcome, number> = {
  deactivated: 3,
  failed: 2,
  'would-deactivate': 1,
  refused: 0,
};
const STATUSES = new Set(Object.keys(STATUS_PRECEDENCE));
const OUTCOMES = new Set(Object.keys(REVOCATION_WEIGHT));
const KNOWN_LOCATION_KINDS = new Set<string>(LOCATION_KINDS);


/** Why a finding is malformed, or undefined when it is well-formed. */
function findingProblem(f: unknown): string | undefined {
  if (!isObject(f)) return 'not an object';
  if (typeof f.secretSha256 !== 'string' || !SHA256_HEX.test(f.secretSha256) || f.secretSha256 !== f.secretSha256.toLowerCase()) return 'no valid secretSha256';
  if (typeof f.rule !== 'string') return 'no rule';
  if (typeof f.redacted !== 'string') return 'no redacted form';
  if (typeof f.status !== 'string' || !STATUSES.has(f.status)) return `unknown status ${JSON.stringify(f.status)}`;
  if (!Array.isArray(f.locations)) return 'no locations';
  for (const l of f.locations) {
    if (!isObject(l) || typeof l.kind !== 'string' || !KNOWN_LOCATION_KINDS.has(l.kind)) return 'a malformed location';
  }
  if (f.revocation !== undefined && !isRevocation(f.revocation)) return 'a malformed revocation';
  if (f.revocations !== undefined && !(Array.isArray(f.revocations) && f.revocations.every(isRevocation))) {
    return 'malformed revocations';
  }
  return undefined;
}

function isRevocation(r: unknown): r is Revocation {
  return isObject(r) && typeof r.outcome === 'string' && OUTCOMES.has(r.outcome);
}

/** Why a report is malformed, or undefined. */
function reportProblem(r: unknown): string | undefined {
  if (r === undefined) return 'missing';
  if (!isObject(r)) return 'not a JSON object';
  if (r.version !== 1) return `not a version 1 report (version ${JSON.stringify(r.version)})`;
  if (!isObject(r.scope) || typeof r.scope.kind !== 'string') return 'no scope';
  if (!Array.isArray(r.findings)) return 'no findings array';
  if (r.suppressed !== undefined && !Array.isArray(r.suppressed)) return 'suppressed is not an array';
  // Reports never hold a whole credential: one that does was not written by this tool (or was tampered with).
  if (holdsCredential(JSON.stringify(r))) return 'it holds what looks like a full credential; refusing to copy it';
  return undefined;
}

/** One key being merged: the winning fields so far, and everything collected. */
interface Accumulator {
  finding: JsonFinding;
  locationKeys: Set<string>;
  revocations: Map<string, Revocation>;
}

const USAGE_WEIGHT: Record<string, number> = { unknown: 0, partial: 1, reported: 2 };

class FindingMerger {
  readonly #byKey = new Map<string, Accumulator>();

  add(f: JsonFinding, repository: string | undefined): void {
    const locations = f.locations.map((l) => (repository && !l.repository ? { ...l, repository } : l));
    let acc = this.#byKey.get(f.secretSha256);
    if (!acc) {
      const { revocation: _r, revocations: _rs, locations: _l, ...rest } = f;
      acc = { finding: { ...rest, locations: [] }, locationKeys: new Set(), revocations: new Map() };
      if (rest.carried !== true) delete acc.finding.carried;
      this.#byKey.set(f.secretSha256, acc);
    } else if (STATUS_PRECEDENCE[f.status] > STATUS_PRECEDENCE[acc.finding.status]) {
      acc.finding.status = f.status;
      if (f.statusDetail !== undefined) acc.finding.statusDetail = f.statusDetail;
      else delete acc.finding.statusDetail;
    }
    // Found again by a scan this time anywhere: the key is not only carried from the last audit.
    if (acc.finding.carried && f.carried !== true) delete acc.finding.carried;
    const target = acc.finding;
    const exposure = mergeExposure(target.exposure, f.exposure);
    if (exposure) target.exposure = exposure;
    // Usage the API reported beats a partial read, which beats none (each job read the same organization's report).
    if (f.usage && USAGE_WEIGHT[f.usage.state] > (target.usage ? USAGE_WEIGHT[target.usage.state] : -1)) target.usage = f.usage;
    target.organizationId ??= f.organizationId;
    target.organizationName ??= f.organizationName;
    if (target.organizationId === undefined) delete target.organizationId;
    if (target.organizationName === undefined) delete target.organizationName;
    for (const location of locations) {
      // The same report merged twice (a re-run job's artifact next to the first one) adds nothing.
      const key = JSON.stringify(location);
      if (acc.locationKeys.has(key)) continue;
      acc.locationKeys.add(key);
      target.locations.push(location);
    }
    for (const r of [...(f.revocations ?? []), ...(f.revocation ? [f.revocation] : [])]) {
      acc.revocations.set(JSON.stringify([r.outcome, r.keyId, r.keyName, r.reason]), r);
    }
  }

  findings(): JsonFinding[] {
    const out: JsonFinding[] = [];
    for (const { finding, revocations } of this.#byKey.values()) {
      const all = [...revocations.values()].sort((a, b) => REVOCATION_WEIGHT[b.outcome] - REVOCATION_WEIGHT[a.outcome]);
      if (all.length > 0) finding.revocation = all[0];
      if (all.length > 1) finding.revocations = all;
      out.push(finding);
    }
    // Decorated sort: counting a finding's repositories once, not in every comparison.
    const counts = new Map(out.map((f) => [f, repositoriesOf(f).length]));
    return out.sort((a, b) => compareFindings(a, b, counts));
  }
}

/** In the order of every report (what needs action first), then the key in most repositories, then by hash. */
export function compareFindings(a: JsonFinding, b: JsonFinding, repositoryCounts?: Map<JsonFinding, number>): number {
  const count = (f: JsonFinding) => repositoryCounts?.get(f) ?? repositoriesOf(f).length;
  return (
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
    count(b) - count(a) ||
    (a.secretSha256 < b.secretSha256 ? -1 : a.secretSha256 > b.secretSha256 ? 1 : 0)
  );
}

/** The distinct repositories a finding's locations name, in order of first appearance. */
export function repositoriesOf(f: JsonFinding): string[] {
  return [...new Set(f.locations.map((l) => l.repository).filter((r): r is string => typeof r === 'string'))];
}

/** A time as `generatedAt` holds it, normalized; undefined for anything else (a report is hostile input). */
export function isoTime(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length > 40) return undefined;
  const ms = Date.parse(v);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export interface MergeOptions {
  /**
   * The repositories the audit meant to scan (the list stage's matrix): each one no report covers is listed
   * in `failedRepositories` — its job failed, was cancelled or timed out before uploading.
   */
  expectedRepositories?: readonly string[];
}

export const NO_REPORT_REASON = 'no report: its scan job failed, was cancelled or timed out';

export function mergeReports(reports: readonly NamedReport[], options: MergeOptions = {}): MergeResult {
  const merger = new ReportMerger();
  for (const { name, report } of reports) merger.add(name, report);
  return merger.finish(options);
}

/**
 * The merge, one report at a time: a caller that reads reports from disk adds each and drops it, so memory
 * holds the merged result, not every input at once.
 */
export class ReportMerger {
  readonly #problems: string[] = [];
  readonly #findings = new FindingMerger();
  readonly #suppressed = new FindingMerger();
  readonly #repositories = new Set<string>();
  readonly #failed = new Map<string, string>();
  readonly #carried = new Set<string>();
  readonly #scanned = new Set<string>();
  /** The earliest `generatedAt` of the reports merged; null once one had none (the merged report then has none). */
  #generatedAt: string | null | undefined;
  readonly #notes: JsonNote[] = [];
  readonly #errors: string[] = [];
  readonly #stats: Record<string, number> = {};
  #merged = 0;
  #seen = 0;

  /** Add one report; a malformed one is named in the problems and left out. */
  add(name: string, report: unknown): void {
    this.#seen++;
    const problem = reportProblem(report);
    if (problem) {
      this.#problems.push(`${name}: ${problem}`);
      return;
    }
    const r = report as JsonReport;
    this.#merged++;
    const repository = typeof r.scope.repository === 'string' ? r.scope.repository : undefined;
    const failedHere = Array.isArray(r.scope.failedRepositories) ? r.scope.failedRepositories.filter(isObject) : [];
    for (const f of failedHere) {
      if (typeof f.repository === 'string') this.#failed.set(f.repository, typeof f.reason === 'string' ? f.reason : 'failed');
    }
    const failedNames = new Set(failedHere.map((f) => f.repository));
    if (repository && !failedNames.has(repository)) this.#repositories.add(repository);
    for (const other of stringList(r.scope.repositories)) this.#repositories.add(other);
    const carriedHere = new Set(stringList(r.scope.carriedRepositories));
    for (const name of carriedHere) this.#carried.add(name);
    for (const name of [...(repository ? [repository] : []), ...stringList(r.scope.repositories)]) {
      if (!carriedHere.has(name) && !failedNames.has(name)) this.#scanned.add(name);
    }
    const at = isoTime(r.generatedAt);
    this.#generatedAt = this.#generatedAt === null || at === undefined ? null : this.#generatedAt === undefined || at < this.#generatedAt ? at : this.#generatedAt;

    for (const [list, merger] of [
      [r.findings, this.#findings],
      [r.suppressed ?? [], this.#suppressed],
    ] as const) {
      list.forEach((f: unknown, i: number) => {
        const why = findingProblem(f);
        if (why) this.#problems.push(`${name}: finding ${i + 1} left out: ${why}`);
        else merger.add(f as JsonFinding, repository);
      });
    }
    for (const n of Array.isArray(r.notes) ? r.notes : []) {
      if (isObject(n) && typeof n.reason === 'string' && typeof n.message === 'string') {
        this.#notes.push(repository && !n.repository ? { ...(n as unknown as JsonNote), repository } : (n as unknown as JsonNote));
      }
    }
    for (const e of stringList(r.errors)) this.#errors.push(repository && !e.startsWith(`${repository}:`) ? `${repository}: ${e}` : e);
    if (isObject(r.stats)) {
      for (const [key, value] of Object.entries(r.stats)) {
        if (typeof value === 'number' && Number.isFinite(value)) this.#stats[key] = (this.#stats[key] ?? 0) + value;
      }
    }
  }

  /** Name a report that could not even be read (missing file, not JSON). */
  problem(line: string): void {
    this.#problems.push(line);
  }

  get merged(): number {
    return this.#merged;
  }

  finish(options: MergeOptions = {}): MergeResult {
    const repositories = this.#repositories;
    const failed = new Map(this.#failed);
    for (const name of options.expectedRepositories ?? []) {
      if (!repositories.has(name) && !failed.has(name)) failed.set(name, NO_REPORT_REASON);
    }
    // A repository that failed in one job but was scanned by another (a re-run) counts as scanned.
    for (const name of repositories) failed.delete(name);
    const findings = this.#findings.findings();
    // Carried only when no report scanned it this time (a re-run job may have).
    const carried = [...this.#carried].filter((name) => !this.#scanned.has(name)).sort();
    const report: JsonReport = {
      version: 1,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      ...(this.#generatedAt ? { generatedAt: this.#generatedAt } : {}),
      scope: {
        kind: 'merge',
        repositories: [...repositories].sort(),
        failedRepositories: [...failed]
          .map(([repository, reason]) => ({ repository, reason }))
          .sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0)),
        reports: this.#merged,
        ...(carried.length > 0 ? { carriedRepositories: carried } : {}),
      },
      findings,
      suppressed: this.#suppressed.findings(),
      ...(this.#notes.length > 0 ? { notes: this.#notes } : {}),
      ...(this.#errors.length > 0 ? { errors: this.#errors } : {}),
      stats: {
        ...this.#stats,
        reports: this.#merged,
        reportsRejected: this.#seen - this.#merged,
        repositories: repositories.size,
        failedRepositories: failed.size,
        ...(carried.length > 0 ? { carriedRepositories: carried.length } : {}),
        findings: findings.length,
        live: findings.filter((f) => f.status === 'live').length,
      },
    };
    return { report, problems: [...this.#problems] };
  }
}

/**
 * One repository's view of a merged report: the keys found in it, with only its locations, but each key's
 * organization-wide status and revocation (so a per-repository SARIF for code scanning says "live" when
 * another repository's job proved it live).
 */
export function forRepository(report: JsonReport, repository: string): JsonReport {
  const only = (list: JsonFinding[]) =>
    list
      .map((f) => ({ ...f, locations: f.locations.filter((l) => l.repository === repository) }))
      .filter((f) => f.locations.length > 0);
  const findings = only(report.findings);
  return {
    ...report,
    scope: { ...report.scope, repository, repositories: [repository], failedRepositories: (report.scope.failedRepositories ?? []).filter((f) => f.repository === repository) },
    findings,
    suppressed: only(report.suppressed),
    ...(report.notes ? { notes: report.notes.filter((n) => n.repository === repository) } : {}),
    ...(report.errors ? { errors: report.errors.filter((e) => e.startsWith(`${repository}: `)) } : {}),
    stats: { ...report.stats, findings: findings.length, live: findings.filter((f) => f.status === 'live').length },
  };
}
