/**
 * The exit code a scan's findings call for, as `--fail-on` says:
 *   any    1 when anything is reported (whatever its status);
 *   live   1 when a key is 'live', or could not be shown dead: 'unknown' (verification failed) and
 *          'unchecked' (verification was not run) count as live, because an unverifiable key has to be
 *          treated as one. So without verification, `live` fails on every finding, as `any` does;
 *   never  0.
 * Only reported findings count; suppressed ones never fail a run. Usage and runtime errors (exit 2) are
 * the entry points' business.
 */
import type { FailOn, Status } from '../core/types.js';

/** True for the statuses `--fail-on live` fails on: everything not proven dead. */
export function mayBeLive(status: Status): boolean {
  return status !== 'invalid';
}

export function exitCodeFor(findings: readonly { status: Status }[], failOn: FailOn): 0 | 1 {
  switch (failOn) {
    case 'never':
      return 0;
    case 'live':
      return findings.some((f) => mayBeLive(f.status)) ? 1 : 0;
    case 'any':
    default:
      return findings.length > 0 ? 1 : 0;
  }
}
