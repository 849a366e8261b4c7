/**
 * Defaults and word lists that the CLI, the Action, the audit commands and the sources share: each is written
 * here once, so a flag, an input and a config key cannot drift apart (a test checks action.yml against these).
 */
import type { FailOn } from './types.js';

/** Files and blobs larger than this are skipped with a note. */
export const DEFAULT_MAX_FILE_SIZE = 25 * 1024 * 1024;
/** The same default as people write it (action.yml's `max-file-size`, the help text). */
export const DEFAULT_MAX_FILE_SIZE_TEXT = '25MB';

export const REPORT_FORMATS = ['text', 'json', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const FAIL_ON_VALUES: readonly FailOn[] = ['any', 'live', 'never'];
export const DEFAULT_FAIL_ON: FailOn = 'any';

export const REVOKE_STATUSES = ['inactive', 'archived'] as const;
export type RevokeStatus = (typeof REVOKE_STATUSES)[number];

/** The notification webhook's body: a Slack-compatible incoming-webhook message, or the tool's plain JSON. */
export const NOTIFY_FORMATS = ['slack', 'json'] as const;
export type NotifyFormat = (typeof NOTIFY_FORMATS)[number];
