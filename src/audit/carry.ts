/**
 * Organization audits skip what did not move (issue 21, part 3): given the last merged report, a repository
 * the list shows as not pushed since that report was made, and which that report covered successfully, is not
 * cloned again; its findings are carried from the report, marked `carried`. Everything else (new, failed last
 * time, pushed since, no `pushed_at`) is scanned as usual. The previous report is hostile input like any report:
 * it is read through the merge's own checks, and anything wrong with it means a full audit with a note.
 * Reports never hold a key, so a carried finding keeps its last status: it cannot be verified again here.
 */
import type { JsonFinding, JsonReport } from '../core/report.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { isoTime, mergeReports } from '../report/merge.js';
import type { RepositoryInfo } from './repositories.js';

export interface PreviousAudit {
  /** The report as the merge read it (malformed parts refused, see below). */
  report: JsonReport;
  /** When it was made: its `generatedAt`. */
  at: string;
  /** The repositories it covered successfully. */
  covered: ReadonlySet<string>;
  failed: ReadonlySet<string>;
}

export type PreviousRead = { ok: true; previous: PreviousAudit } | { ok: false; note: string };

/** The previous merged report from its text; any doubt is a note and a full audit. */
export function readPreviousAudit(text: string, name: string, now = Date.now()): PreviousRead {
  const refuse = (why: string): PreviousRead => ({ ok: false, note: `${name}: ${why}; every repository is scanned` });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('not JSON');
  }
  const at = isoTime((raw as { generatedAt?: unknown } | null)?.generatedAt);
  if (!at) return refuse('it does not say when it was made (no valid generatedAt)');
  if (Date.parse(at) > now) return refuse(`it claims to be made in the future (${at})`);
  const { report, problems } = mergeReports([{ name, report: raw }]);
  // A finding the merge refused would be lost for good if its repository were carried: trust all or nothing.
  if (problems.length > 0) return refuse(`unusable (${problems[0]!.replace(`${name}: `, '')})`);
  const failed = new Set((report.scope.failedRepositories ?? []).map((f) => f.repository));
  const covered = new Set((report.scope.repositories ?? []).filter((r) => !failed.has(r)));
  return { ok: true, previous: { report, at, covered, failed } };
}

export interface CarryPlan {
  carried: string[];
  /** The repositories to clone and scan, in the list's order. */
  scan: string[];
  /** Why the scanned ones are scanned: reason -> count. */
  reasons: Record<string, number>;
}

/** Which repositories are carried and which scanned, from the list's `pushed_at`. Pure. */
export function planCarry(repositories: readonly RepositoryInfo[], previous: PreviousAudit): CarryPlan {
  const plan: CarryPlan = { carried: [], scan: [], reasons: {} };
  const since = Date.parse(previous.at);
  for (const r of repositories) {
    const pushed = isoTime(r.pushed_at);
    const reason = previous.failed.has(r.full_name)
      ? 'failed last time'
      : !previous.covered.has(r.full_name)
        ? 'new'
        : pushed === undefined
          ? 'no pushed_at'
          : Date.parse(pushed) > since
            ? 'pushed since'
            : undefined;
    if (reason === undefined) {
      plan.carried.push(r.full_name);
    } else {
      plan.scan.push(r.full_name);
      plan.reasons[reason] = (plan.reasons[reason] ?? 0) + 1;
    }
  }
  return plan;
}

/**
 * The report that stands for the carried repositories in this audit's merge: their findings (only their
 * locations), each marked `carried`. Its time is the listing's (`at`): nothing was pushed to them between
 * the last audit and the listing, so what it says holds at least until then.
 */
export function carriedReport(previous: PreviousAudit | undefined, carried: readonly string[], at: string): JsonReport {
  const names = new Set(carried);
  const only = (list: JsonFinding[]) =>
    list
      .map((f): JsonFinding => ({ ...f, carried: true, locations: f.locations.filter((l) => l.repository !== undefined && names.has(l.repository)) }))
      .filter((f) => f.locations.length > 0);
  const findings = only(previous?.report.findings ?? []);
  const notes = (previous?.report.notes ?? []).filter((n) => n.repository !== undefined && names.has(n.repository));
  const repositories = [...names].sort();
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: at,
    scope: { kind: 'merge', repositories, carriedRepositories: repositories, failedRepositories: [] },
    findings,
    suppressed: only(previous?.report.suppressed ?? []),
    ...(notes.length > 0 ? { notes } : {}),
    stats: { repositories: repositories.length, carriedRepositories: repositories.length, findings: findings.length },
  };
}

/** One line for the list's log: what was carried and why the rest is scanned. */
export function describeCarry(plan: CarryPlan, previousAt: string): string {
  const why = Object.entries(plan.reasons)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
  return `last audit ${previousAt}: ${plan.carried.length} repositories not pushed since are carried, ${plan.scan.length} scanned${why ? ` (${why})` : ''}`;
}
