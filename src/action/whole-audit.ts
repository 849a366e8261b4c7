/**
 * Whether a run is a whole audit: the only kind of run that may say "nothing found" for the repository, and so
 * the only one that may close the audit issue or rewrite it with fewer keys. Anything narrower (a folder, a
 * range, a matrix job of an organization audit, a subset, a config or baseline that hides findings, a scan that stopped or could not read what it needed) is partial: it may add keys to
 * the issue, never take any away.
 *
 * One predicate, every way of being partial a reason: `partialBecause` returns them all ([] = whole), and the
 * audit issue and the summary say them.
 */
import { DEFAULT_ARCHIVE_LIMITS } from '../core/archive-limits.js';
import { DEFAULT_MAX_FILE_SIZE } from '../core/defaults.js';
import type { JsonReport } from '../core/report.js';
import { PARTIAL_READ_REASONS } from '../sources/github/surface.js';
import type { ActionInputs } from './inputs.js';

/**
 * Notes that mean part of the history was not read: a shallow or partial clone, objects missing, refs that
 * could not be walked, files that could not be read. (A file over the size limit, an encrypted archive, a
 * binary or an LFS pointer are limits of every scan: a whole audit has them too.)
 */
const UNREAD = new Set(['shallow', 'partial-clone', 'missing-object', 'attribution-failed', 'unreadable']);

/**
 * Notes that mean a GitHub surface the audit covers was read in part (a page limit, a permission it lacks) or
 * only since the last audit's cursor (`surface-since`: what earlier audits found there is not carried): keys found
 * there before could be missing from this report, so it must not close or shorten the alarm.
 */
const SURFACE_UNREAD = new Set([...PARTIAL_READ_REASONS, 'surface-since']);

export type AuditInputs = Pick<ActionInputs, 'scope' | 'path' | 'base' | 'head' | 'config' | 'baseline' | 'repository' | 'maxFileSize' | 'archiveLimits'> & {
  list: Pick<ActionInputs['list'], 'match'>;
};

/** Why this run is not a whole audit of the repository; empty when it is. */
export function partialBecause(report: JsonReport, inputs: AuditInputs): string[] {
  const why: string[] = [];
  if (report.scope.kind !== 'history') why.push(`it scanned ${report.scope.kind === 'range' ? 'a range of commits' : `the ${report.scope.kind}`}, not the whole history`);
  if (inputs.base || inputs.head) why.push('base or head was set');
  if (!['', '.', './'].includes(inputs.path.trim())) why.push('path was set (a part of the workspace)');
  if (inputs.repository) why.push('repository was set (a job of an organization audit)');
  if (inputs.list.match.length > 0) why.push('repository-filter or match was set (a subset)');
  if (inputs.config) why.push('config was set (its rules may hide findings)');
  if (inputs.baseline) why.push('baseline was set (it hides findings)');
  if (inputs.maxFileSize < DEFAULT_MAX_FILE_SIZE) why.push('max-file-size is below the default');
  const narrower = Object.entries(inputs.archiveLimits).filter(([key, value]) => value !== undefined && value < DEFAULT_ARCHIVE_LIMITS[key as keyof typeof DEFAULT_ARCHIVE_LIMITS]);
  if (narrower.length > 0) why.push('an archive limit is below its default');
  if (report.incomplete) why.push('the scan did not complete');
  const errors = (report.errors ?? []).length;
  if (errors > 0) why.push(`the scan had ${errors} error${errors === 1 ? '' : 's'}`);
  const unread = [...new Set((report.notes ?? []).filter((n) => UNREAD.has(n.reason)).map((n) => n.reason))];
  if (unread.length > 0) why.push(`part of the repository was not read (${unread.join(', ')})`);
  const surfaces = [...new Set((report.notes ?? []).filter((n) => SURFACE_UNREAD.has(n.reason) && !UNREAD.has(n.reason)).map((n) => n.reason))];
  if (surfaces.length > 0) why.push(`a GitHub surface was read in part or only since the last audit (${surfaces.join(', ')})`);
  return why;
}
