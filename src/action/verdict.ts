/**
 * Whether the step fails, and its one failure line: findings as `fail-on` says, or a scan that stopped
 * part-way (what it found is still reported), unless `fail-on: never`. A report file that could not be
 * written fails it too: later steps (upload-sarif) would read nothing.
 */
import type { JsonReport } from '../core/report.js';
import { describeSurfacePlace, isSurfaceKind } from '../core/surface-place.js';
import type { FailOn, Location } from '../core/types.js';
import { exitCodeFor } from '../findings/policy.js';
import { countsLine } from '../report/github/summary.js';
import { short } from '../report/github/where.js';

export function failureOf(report: JsonReport, failOn: FailOn): string | undefined {
  if (failOn === 'never') return undefined;
  const parts: string[] = [];
  if (exitCodeFor(report.findings, failOn) === 1) {
    const first = report.findings[0];
    const where = first?.locations[0];
    // A surface's place is its link (no author: a hostile name has no business in the failure line); without one
    // (a payload whose html_url was no https link), what the item is and its number.
    const place = where && isSurfaceKind(where.kind) ? (where.url ? `${where.kind} ${where.url}:${where.line}` : `${unlinkedPlace(where)}, line ${where.line}`) : undefined;
    const at = where ? ` (first: ${first.redacted} at ${place ?? `${where.path ?? `commit ${short(where.commit)}`}${where.path ? `:${where.line}` : ''}`})` : '';
    parts.push(`${countsLine(report.findings)}${at}; fail-on: ${failOn}`);
  }
  if (report.incomplete) parts.push(`the scan did not complete (${report.incomplete}), so keys may have been missed`);
  if (parts.length === 0) return undefined;
  return `anthropic-key-scan: ${parts.join('; ')}. See the job summary and the report file.`;
}

/** A surface place without its link, named by kind, number, tag and path only (never an author, job or step name). */
function unlinkedPlace(where: Location): string {
  const pick = { kind: where.kind, ...(where.number !== undefined ? { number: where.number } : {}), ...(where.tag !== undefined ? { tag: where.tag } : {}), ...(where.path !== undefined ? { path: where.path } : {}) };
  return describeSurfacePlace(pick) ?? where.kind;
}

/** A failure for the report files that could not be written (they are what later steps read). */
export function unwrittenFiles(outcomes: readonly { output: string; state: string; detail?: string }[]): string | undefined {
  const failed = outcomes.filter((o) => (o.output === 'report-file' || o.output === 'sarif-file') && o.state === 'failed');
  if (failed.length === 0) return undefined;
  return `anthropic-key-scan: could not write ${failed.map((o) => `${o.output} (${o.detail ?? 'failed'})`).join('; ')}`;
}
