/**
 * A finding's status as every report shows it: one label, one icon, one meaning, one order, one severity.
 * The text report, the job summary, the pull-request comment, the audit issue and the organization summary
 * all read these, so a status cannot read "INVALID" in one place and "dead" in another.
 */
import type { Status } from './types.js';

/** Order of findings in every report: what needs action now first. */
export const STATUS_ORDER: readonly Status[] = ['live', 'unknown', 'unchecked', 'invalid'];

/** Which status wins when two scans saw the same key (merge): proof of life beats doubt beats proof of death. */
export const STATUS_PRECEDENCE: Record<Status, number> = { live: 3, unknown: 2, invalid: 1, unchecked: 0 };

export const STATUS_LABEL: Record<Status, string> = { live: 'LIVE', unknown: 'UNKNOWN', unchecked: 'UNCHECKED', invalid: 'INVALID' };

export const STATUS_ICON: Record<Status, string> = { live: '🔴', unknown: '🟠', unchecked: '🟡', invalid: '⚪' };

/** What follows the deactivation of a leaked key, wherever the tool says so. */
export const NEXT_STEP = 'create a new key in the Console and update where it is used';

/** Error for what may be live (live, unknown, unchecked); warning for a key the API said is not valid. */
export function statusLevel(status: Status): 'error' | 'warning' {
  return status === 'invalid' ? 'warning' : 'error';
}

/**
 * Code scanning's `security-severity` for a finding (9.0+ critical, 7.0+ high, 4.0+ medium, below low):
 * the kind's own severity while the key may work, low once the API has said it does not (clean-up, not an
 * incident), and high rather than critical while nobody checked.
 */
export function securitySeverity(status: Status, kindSeverity: number): number {
  if (status === 'invalid') return 2.0;
  if (status === 'unchecked') return Math.min(kindSeverity, 8.0);
  return kindSeverity;
}

/** A status read from an untrusted report, or undefined when it is none of ours. */
export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && Object.hasOwn(STATUS_LABEL, value);
}
