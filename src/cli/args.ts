/**
 * Every command's options, as tables: a new flag is one entry (its type, placeholder, help line and group),
 * and the help text and the parser both come from it. Pure: no I/O, so every bad argument is tested as a
 * one-line UserError (exit 2).
 */
import { DEFAULT_CLONE_URL_TEMPLATE } from '../audit/clone.js';
import { ARCHIVE_LIMIT_SPECS, defaultText, readArchiveLimits } from '../core/archive-limits.js';
import { MAX_MATRIX_JOBS } from '../audit/repositories.js';
import { DEFAULT_FAIL_ON, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_FILE_SIZE_TEXT, FAIL_ON_VALUES, NOTIFY_FORMATS, REPORT_FORMATS, REVOKE_STATUSES, type NotifyFormat, type ReportFormat } from '../core/defaults.js';
import { UserError } from '../core/errors.js';
import { oneOf, parseOptions, positiveInteger, type OptionSpec, type OptionTable } from '../core/flags.js';
import { isRepositoryName } from '../core/names.js';
import { DEFAULT_MAX_VERIFY } from '../anthropic/limits.js';
import type { FailOn, Plan, Scope } from '../core/types.js';
import { parseSize } from '../core/size.js';

export interface ScanCommand {
  kind: 'scan';
  plan: Plan;
  /** When the command exits 1 (policy on the result: the scan never reads it). */
  failOn: FailOn;
  format: ReportFormat;
  /** Write the report here instead of stdout. */
  output?: string;
  /** Also write a baseline (a JSON report of what was found) here. */
  writeBaseline?: string;
  color?: boolean;
  /** --notify-webhook (else env ANTHROPIC_KEY_SCAN_WEBHOOK, read by the command) and its body's format. */
  notifyWebhook?: string;
  notifyFormat: NotifyFormat;
  /** `--pre-commit`: the scope is the hook stage's (cli/pre-commit.ts), read from the environment when the command runs. */
  preCommit?: boolean;
}

export const SUBCOMMANDS = ['repos', 'merge', 'batch', 'surfaces', 'help', 'version'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

export type Command = ScanCommand | { kind: 'help'; topic?: string } | { kind: 'version' } | { kind: 'subcommand'; name: Subcommand; argv: string[] };

const FORMAT = REPORT_FORMATS.join('|');
const FAIL_ON = FAIL_ON_VALUES.join('|');

/** Options every command understands. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h', help: 'this help' } } as const satisfies OptionTable;

const ARCHIVE_GROUP = 'Inside archives and compressed files (zip, jar, whl, docx, ..., gzip, tar; each limit hit is a note)';
/** The archive limits' flags, from their one table (core/archive-limits.ts). */
const ARCHIVE_OPTIONS: Record<string, OptionSpec & { type: 'string' }> = Object.fromEntries(
  ARCHIVE_LIMIT_SPECS.map((spec) => [spec.name, { type: 'string', value: spec.unit === 'size' ? 'SIZE' : 'N', group: ARCHIVE_GROUP, help: `${spec.help} (default ${defaultText(spec)})` }]),
);

export const SCAN_OPTIONS = {
  history: { type: 'boolean', group: 'What to scan (one of; default: the files under PATH, dotfiles included, .git excluded)', help: 'every commit reachable from any ref, with commit and tag messages' },
  range: { type: 'string', value: 'BASE..HEAD', group: 'What to scan (one of; default: the files under PATH, dotfiles included, .git excluded)', help: "the commits in BASE..HEAD, each one's added lines" },
  staged: { type: 'boolean', group: 'What to scan (one of; default: the files under PATH, dotfiles included, .git excluded)', help: 'what is staged (for a pre-commit hook)' },
  'pre-commit': {
    type: 'boolean',
    group: 'What to scan (one of; default: the files under PATH, dotfiles included, .git excluded)',
    help: "as a pre-commit framework hook, at any stage: a push's or --from-ref/--to-ref's commits, a commit's staged changes, a manual run's tracked files",
  },
  state: {
    type: 'string',
    value: 'FILE',
    group: 'What to scan (one of; default: the files under PATH, dotfiles included, .git excluded)',
    help: 'with --history: read only what changed since the run that wrote FILE, carry what it found; then write FILE (no key in it)',
  },
  verify: { type: 'boolean', group: 'Checks and actions', help: 'check each distinct key against the Anthropic API (ANTHROPIC_BASE_URL); with ANTHROPIC_ADMIN_KEY also read its usage since exposure' },
  revoke: { type: 'boolean', group: 'Checks and actions', help: "deactivate live keys of the admin key's organization (ANTHROPIC_ADMIN_KEY)" },
  'dry-run': { type: 'boolean', group: 'Checks and actions', help: 'with --revoke: every read, no write' },
  'revoke-status': { type: 'string', value: 'STATUS', group: 'Checks and actions', help: 'inactive (default, reversible in the Console) or archived' },
  'max-verify': { type: 'string', value: 'N', group: 'Checks and actions', help: `check at most N distinct keys in one run (default ${DEFAULT_MAX_VERIFY}); the rest stay unchecked` },
  'notify-webhook': { type: 'string', value: 'URL', group: 'Checks and actions', help: 'post one message of live or unverifiable keys, redacted, to this Slack-compatible webhook (better: env ANTHROPIC_KEY_SCAN_WEBHOOK, kept out of the process list)' },
  'notify-format': { type: 'string', value: NOTIFY_FORMATS.join('|'), group: 'Checks and actions', help: "the webhook's body (default slack)" },
  format: { type: 'string', value: FORMAT, group: 'Output', help: 'report format (default text)' },
  output: { type: 'string', short: 'o', value: 'FILE', group: 'Output', help: 'write the report to FILE instead of stdout' },
  'fail-on': { type: 'string', value: FAIL_ON, group: 'Output', help: `exit 1 on any finding (default), on live or unverifiable keys, or never` },
  quiet: { type: 'boolean', short: 'q', group: 'Output', help: 'no progress on stderr' },
  'no-color': { type: 'boolean', group: 'Output', help: 'plain text output' },
  color: { type: 'boolean', group: 'Output', help: 'colour even when stdout is no terminal' },
  config: { type: 'string', value: 'FILE', group: 'Allowing', help: 'config file (default: .anthropic-key-scan.yml under PATH, if present)' },
  baseline: { type: 'string', value: 'FILE', group: 'Allowing', help: 'suppress what an earlier JSON report listed' },
  'write-baseline': { type: 'string', value: 'FILE', group: 'Allowing', help: 'write what this scan found as a baseline for later --baseline runs' },
  'max-file-size': { type: 'string', value: 'SIZE', group: 'Allowing', help: `skip larger files, with a note (default ${DEFAULT_MAX_FILE_SIZE_TEXT})` },
  ...ARCHIVE_OPTIONS,
  repository: { type: 'string', value: 'OWNER/NAME', group: 'Organization audits', help: 'tag every location with this repository' },
  help: { type: 'boolean', short: 'h', group: 'Other', help: 'this help (`help COMMAND` for a command)' },
  version: { type: 'boolean', group: 'Other', help: 'the version' },
} as const satisfies OptionTable;

export const REPOS_OPTIONS = {
  batch: { type: 'string', value: 'N', help: 'repositories per job (default 10); raised, with a note, when ORG needs more than --max-jobs jobs' },
  'max-jobs': { type: 'string', value: 'N', help: `at most N jobs (default ${MAX_MATRIX_JOBS}, GitHub's limit per matrix)` },
  'include-archived': { type: 'boolean', help: 'archived repositories too (left out by default)' },
  'include-forks': { type: 'boolean', help: 'forks too (left out by default)' },
  match: { type: 'string', multiple: true, value: 'GLOB', help: 'only names matching GLOB (OWNER/NAME when GLOB holds a /); !GLOB leaves out; repeatable' },
  'repository-filter': { type: 'string', multiple: true, value: 'GLOB', aliasOf: 'match', help: "the Action's name for --match" },
  topic: { type: 'string', multiple: true, value: 'TOPIC', help: 'only repositories with TOPIC; repeatable (all must match)' },
  visibility: { type: 'string', multiple: true, value: 'V', help: 'public, private or internal; repeatable (any may match)' },
  previous: { type: 'string', value: 'REPORT', help: "the last audit's merged report: repositories not pushed since it are not scanned, their findings carried (missing or damaged: every repository is scanned, with a note)" },
  'carried-output': { type: 'string', value: 'FILE', help: 'with --previous: where the report of the carried repositories is written, for the merge (default carried.json)' },
  ...HELP_OPTION,
} as const satisfies OptionTable;

const SURFACES_HELP = 'comma-separated: conversations, wiki, releases, runs (default: all of them; each the token cannot read is a note)';
const SINCE_HELP = 'only conversations and releases created or updated since DATE (YYYY-MM-DD or ISO 8601): an incremental audit';

export const BATCH_OPTIONS = {
  repositories: { type: 'string', multiple: true, value: 'LIST', help: 'comma-separated OWNER/NAME (repeatable; a JSON array is accepted too)' },
  verify: SCAN_OPTIONS.verify,
  revoke: { type: 'boolean', help: "deactivate live keys of the admin key's organization (ANTHROPIC_ADMIN_KEY); implies --verify" },
  'dry-run': SCAN_OPTIONS['dry-run'],
  'revoke-status': { type: 'string', value: 'STATUS', help: 'inactive (default) or archived' },
  'output-dir': { type: 'string', value: 'DIR', help: 'where the reports go (default: reports)' },
  'clone-url-template': { type: 'string', value: 'URL', help: `default ${DEFAULT_CLONE_URL_TEMPLATE}, {server} = GITHUB_SERVER_URL or https://github.com` },
  parallel: { type: 'string', value: 'N', help: 'repositories cloned and scanned at once (default 2)' },
  'clone-timeout': { type: 'string', value: 'SECONDS', help: 'give up on a clone after this long (default: no limit)' },
  'max-file-size': SCAN_OPTIONS['max-file-size'],
  surfaces: { type: 'string', value: 'LIST', help: 'also scan these GitHub surfaces of each repository (GITHUB_TOKEN, GITHUB_API_URL): comma-separated conversations, wiki, releases, runs, or all; none by default' },
  since: { type: 'string', value: 'DATE', help: `with --surfaces: ${SINCE_HELP}` },
  ...HELP_OPTION,
} as const satisfies OptionTable;

export const SURFACES_OPTIONS = {
  surfaces: { type: 'string', value: 'LIST', help: SURFACES_HELP },
  since: { type: 'string', value: 'DATE', help: SINCE_HELP },
  verify: SCAN_OPTIONS.verify,
  'max-verify': SCAN_OPTIONS['max-verify'],
  format: SCAN_OPTIONS.format,
  output: SCAN_OPTIONS.output,
  'fail-on': SCAN_OPTIONS['fail-on'],
  quiet: SCAN_OPTIONS.quiet,
  'no-color': SCAN_OPTIONS['no-color'],
  color: SCAN_OPTIONS.color,
  config: SCAN_OPTIONS.config,
  baseline: SCAN_OPTIONS.baseline,
  'max-file-size': SCAN_OPTIONS['max-file-size'],
  ...ARCHIVE_OPTIONS,
  ...HELP_OPTION,
} as const satisfies OptionTable;

/** `--since`: a date or an ISO 8601 time, as the ISO 8601 form GitHub's `since` takes. */
export function sinceOption(value: string | undefined, flag = '--since'): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  const time = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/.test(text) ? Date.parse(/T/.test(text) && !/(Z|[+-]\d\d:\d\d)$/.test(text) ? `${text}Z` : text) : NaN;
  if (Number.isNaN(time)) throw new UserError(`${flag}: expected a date such as 2026-01-31 or 2026-01-31T12:00:00Z, got "${text.slice(0, 40)}"`);
  return new Date(time).toISOString().replace(/\.000Z$/, 'Z');
}

export const MERGE_OPTIONS = {
  format: { type: 'string', value: FORMAT, help: '(default text)' },
  output: SCAN_OPTIONS.output,
  summary: { type: 'string', value: 'FILE', help: 'append the organization-wide Markdown table to FILE (e.g. $GITHUB_STEP_SUMMARY)' },
  mention: { type: 'string', value: 'HANDLES', help: 'with --summary: @user or @org/team handles to mention when a key may be live' },
  matrix: { type: 'string', value: 'FILE', help: "the repos command's matrix: each repository in it without a report is listed as failed" },
  repository: {
    type: 'string',
    value: 'OWNER/NAME',
    help: "output only this repository's keys and locations (with organization-wide statuses), e.g. for a SARIF to upload to that repository's code scanning",
  },
  'fail-on': { type: 'string', value: FAIL_ON, help: 'exit 1 on any finding (default), on keys not proven dead, or never' },
  ...HELP_OPTION,
} as const satisfies OptionTable;

export function parseCommand(argv: string[]): Command {
  const first = argv[0];
  if (first && (SUBCOMMANDS as readonly string[]).includes(first)) {
    return { kind: 'subcommand', name: first as Subcommand, argv: argv.slice(1) };
  }

  const { values, positionals } = parseOptions(undefined, SCAN_OPTIONS, argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  if (positionals.length > 1) {
    throw new UserError(`expected at most one PATH, got ${positionals.length}: ${positionals.join(' ')} (see --help)`);
  }
  const root = positionals[0] ?? '.';

  const modes = [values.history && '--history', values.range !== undefined && '--range', values.staged && '--staged', values['pre-commit'] && '--pre-commit'].filter(Boolean);
  if (modes.length > 1) throw new UserError(`${modes.join(' and ')} cannot be combined: choose one`);

  if (values.state !== undefined && !values.history) throw new UserError('--state only applies to --history (the state remembers what a history scan read)');

  let scope: Scope;
  if (root === '-') {
    // Standard input is bytes, not a repository: the git scans have nothing to read in it.
    if (modes.length > 0) throw new UserError(`- (standard input) cannot be used with ${modes[0]}: it reads a repository; give its PATH instead`);
    scope = { kind: 'stdin', root };
  } else if (values.history) scope = { kind: 'history', root };
  else if (values.staged || values['pre-commit']) scope = { kind: 'staged', root };
  else if (values.range !== undefined) scope = { kind: 'range', root, ...parseRange(values.range) };
  else scope = { kind: 'files', root };

  const format = oneOf(values.format ?? 'text', REPORT_FORMATS, '--format');
  const failOn = oneOf(values['fail-on'] ?? DEFAULT_FAIL_ON, FAIL_ON_VALUES, '--fail-on');
  const revokeStatus = revokeStatusOption(values['revoke-status'], Boolean(values.revoke), Boolean(values['dry-run']));
  const repository = values.repository === undefined ? undefined : repositoryOption(values.repository, '--repository');

  const plan: Plan = {
    scope,
    ...(repository ? { repository } : {}),
    // Revocation needs proof that a key is live: it implies verification.
    verify: Boolean(values.verify || values.revoke),
    revoke: Boolean(values.revoke),
    dryRun: Boolean(values['dry-run']),
    revokeStatus,
    maxFileSize: maxFileSizeOption(values['max-file-size']),
    ...archiveLimitsOption(values),
    ...(values['max-verify'] !== undefined ? { maxVerify: positiveInteger(values['max-verify'], '--max-verify') } : {}),
    ...(values.config ? { configPath: values.config } : {}),
    ...(values.baseline ? { baselinePath: values.baseline } : {}),
    ...(values.state !== undefined ? { statePath: values.state } : {}),
    quiet: Boolean(values.quiet),
  };
  return {
    kind: 'scan',
    plan,
    failOn,
    format,
    ...(values.output ? { output: values.output } : {}),
    ...(values['write-baseline'] ? { writeBaseline: values['write-baseline'] } : {}),
    ...(values['no-color'] ? { color: false } : values.color ? { color: true } : {}),
    ...(values['notify-webhook'] ? { notifyWebhook: values['notify-webhook'] } : {}),
    notifyFormat: oneOf(values['notify-format'] ?? 'slack', NOTIFY_FORMATS, '--notify-format'),
    ...(values['pre-commit'] ? { preCommit: true } : {}),
  };
}

/** `--revoke-status` and `--dry-run`, which mean something only with `--revoke`. */
export function revokeStatusOption(value: string | undefined, revoke: boolean, dryRun: boolean): Plan['revokeStatus'] {
  if (dryRun && !revoke) throw new UserError('--dry-run only applies to --revoke');
  if (value !== undefined && !revoke) throw new UserError('--revoke-status only applies to --revoke');
  return oneOf(value ?? 'inactive', REVOKE_STATUSES, '--revoke-status');
}

/** `--max-file-size`, the default when absent. */
export function maxFileSizeOption(value: string | undefined): number {
  return value ? parseSize(value, '--max-file-size', true) : DEFAULT_MAX_FILE_SIZE;
}

/** An OWNER/NAME flag value. */
export function repositoryOption(value: string, flag: string): string {
  if (!isRepositoryName(value)) throw new UserError(`${flag}: expected OWNER/NAME, got "${value}"`);
  return value;
}

/** "BASE..HEAD"; "BASE...HEAD" (the symmetric form people paste from GitHub) is refused with a hint. */
export function parseRange(text: string): { base: string; head: string } {
  if (text.includes('...')) {
    throw new UserError(`--range: use BASE..HEAD (two dots), got "${text}"`);
  }
  const parts = text.split('..');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new UserError(`--range: expected BASE..HEAD (two refs joined by ..), got "${text}"`);
  }
  return { base: parts[0], head: parts[1] };
}

/** The --max-archive-* flags given, in the Plan only when any was (the sources apply the defaults). */
function archiveLimitsOption(values: Record<string, unknown>): Pick<Plan, 'archiveLimits'> {
  const limits = readArchiveLimits((name) => (typeof values[name] === 'string' ? values[name] : undefined), (name) => `--${name}`);
  return Object.keys(limits).length > 0 ? { archiveLimits: limits } : {};
}
