/**
 * The Action's inputs, typed and checked. The runner fills each from action.yml's default, so every input is
 * present; a value that makes no sense is a UserError naming the input (the step fails with that one line).
 */
import { DEFAULT_FAIL_ON, DEFAULT_MAX_FILE_SIZE, FAIL_ON_VALUES, NOTIFY_FORMATS, type NotifyFormat } from '../core/defaults.js';
import { UserError } from '../core/errors.js';
import { isPositiveInteger, oneOf as checkOneOf } from '../core/flags.js';
import { isRepositoryName } from '../core/names.js';
import type { FailOn } from '../core/types.js';
import { parseSize } from '../core/size.js';
import { readArchiveLimits, type ArchiveLimits } from '../core/archive-limits.js';
import { positiveInteger } from '../core/flags.js';
import { DEFAULT_MAX_VERIFY } from '../anthropic/limits.js';
import type { ArtifactInput } from '../report/github/artifact.js';
import { parseMentions } from '../report/github/mentions.js';
import type { SurfaceName } from '../sources/github/surface.js';
import { parseSurfaceList } from '../sources/github/surfaces.js';

/** `run-logs`: the earlier jobs of this workflow run (a last job with `needs:`), not the checkout. */
export type ScopeInput = 'auto' | 'range' | 'history' | 'files' | 'run-logs';

/** What the step does: scan (the default), or repos: list an organization into a matrix (an audit's list stage). */
export type CommandInput = 'scan' | 'repos';

/** The inputs of `command: repos`; the organization is checked when the listing runs. */
export interface ListInputs {
  /** '' when not given. */
  organization: string;
  batchSize: number;
  includeArchived: boolean;
  includeForks: boolean;
  /** Name globs (OWNER/NAME when one holds a /; !GLOB leaves out), from a newline- or comma-separated list. */
  match: string[];
}

export interface ActionInputs {
  command: CommandInput;
  githubToken: string;
  scope: ScopeInput;
  path: string;
  /** Overrides of the event's range ('' = from the event). */
  base: string;
  head: string;
  verify: boolean;
  revoke: boolean;
  dryRun: boolean;
  adminKey: string;
  failOn: FailOn;
  annotations: boolean;
  reviewComments: boolean;
  checkRun: boolean;
  summary: boolean;
  reportFile: string;
  sarifFile: string;
  config: string;
  baseline: string;
  maxFileSize: number;
  /** The max-archive-* inputs given (empty ones left out: the defaults apply). */
  archiveLimits: Partial<ArchiveLimits>;
  /** At most this many distinct keys verified per run. */
  maxVerify: number;
  /** Delete the logs of a scanned workflow run that held a key (needs actions: write). */
  deleteLeakedLogs: boolean;
  /** OWNER/NAME to tag locations with and link to ('' = the workflow's repository). */
  repository: string;
  /** Scheduled and manual audits: keep the history's state in the Actions cache and read only what changed. */
  incremental: boolean;
  list: ListInputs;
  /** Results that reach people: the audit issue, the reports' artifact, who to mention. */
  reach: ReachInputs;
  /** What an audit covers (issue 18): `code` (the history) and GitHub's surfaces; default all. */
  surfaces: SurfaceName[];
  /** Minimize (GraphQL) each comment of a conversation event where a key was found. */
  hideLeakedComments: boolean;
}

export interface ReachInputs {
  auditIssue: boolean;
  /** Validated handles (@user, @org/team). */
  mentions: string[];
  uploadArtifact: ArtifactInput;
  artifactName: string;
  /** A token for GitHub's secret-scanning alerts ('' = none): resolve the alerts of revoked or invalid keys. */
  secretScanningToken: string;
  /** The notification webhook URL, a secret ('' = none). */
  notifyWebhook: string;
  notifyFormat: NotifyFormat;
}

/** Reads one input by its action.yml name; `core.getInput` in the Action. */
export type InputReader = (name: string) => string;

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0', '']);

function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const raw = read(name).trim();
  if (raw === '') return fallback;
  const value = raw.toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new UserError(`input ${name}: expected true or false, got "${raw}"`);
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(name).trim();
  if (!raw) return fallback;
  return checkOneOf(raw.toLowerCase(), allowed, `input ${name}`);
}

const REF = /^\S+$/;

function ref(read: InputReader, name: string): string {
  const value = read(name).trim();
  // A revision (sha, ref, HEAD~2) goes to git as one argument; refuse what git would read as an option or a range.
  if (value && (!REF.test(value) || value.startsWith('-') || value.includes('..'))) {
    throw new UserError(`input ${name}: "${value}" is not a commit or ref name`);
  }
  return value;
}

export function readInputs(read: InputReader): ActionInputs {
  const text = (name: string): string => read(name).trim();
  const repository = text('repository');
  if (repository && !isRepositoryName(repository)) {
    throw new UserError(`input repository: expected OWNER/NAME, got "${repository}"`);
  }
  const maxFileSize = text('max-file-size');
  const batchSize = text('batch-size');
  if (batchSize && !isPositiveInteger(batchSize)) throw new UserError(`input batch-size: expected a positive whole number, got "${batchSize}"`);
  const inputs: ActionInputs = {
    command: oneOf(read, 'command', ['scan', 'repos'] as const, 'scan'),
    githubToken: text('github-token'),
    scope: oneOf(read, 'scope', ['auto', 'range', 'history', 'files', 'run-logs'] as const, 'auto'),
    path: text('path') || '.',
    base: ref(read, 'base'),
    head: ref(read, 'head'),
    verify: bool(read, 'verify', true),
    revoke: bool(read, 'revoke', false),
    dryRun: bool(read, 'dry-run', false),
    adminKey: text('admin-key'),
    failOn: oneOf(read, 'fail-on', FAIL_ON_VALUES, DEFAULT_FAIL_ON),
    annotations: bool(read, 'annotations', true),
    reviewComments: bool(read, 'review-comments', true),
    checkRun: bool(read, 'check-run', true),
    summary: bool(read, 'summary', true),
    reportFile: text('report-file') || 'anthropic-key-scan.json',
    sarifFile: text('sarif-file') || 'anthropic-key-scan.sarif',
    config: text('config'),
    baseline: text('baseline'),
    maxFileSize: maxFileSize ? parseSize(maxFileSize, 'input max-file-size') : DEFAULT_MAX_FILE_SIZE,
    archiveLimits: readArchiveLimits(text, (name) => `input ${name}`),
    maxVerify: positiveInteger(text('max-verify') || undefined, 'input max-verify', DEFAULT_MAX_VERIFY),
    deleteLeakedLogs: bool(read, 'delete-leaked-logs', false),
    repository,
    incremental: bool(read, 'incremental', true),
    list: {
      organization: text('organization'),
      batchSize: batchSize ? Number(batchSize) : 10,
      includeArchived: bool(read, 'include-archived', false),
      includeForks: bool(read, 'include-forks', false),
      // `match` is the CLI's and the reusable workflow's name for the same filter: both are read, joined.
      match: [text('repository-filter'), text('match')].join('\n').split(/[\n,]/).map((glob) => glob.trim()).filter(Boolean),
    },
    reach: {
      auditIssue: bool(read, 'audit-issue', false),
      mentions: parseMentions(text('mention')),
      uploadArtifact: oneOf(read, 'upload-artifact', ['auto', 'true', 'false'] as const, 'auto'),
      artifactName: text('artifact-name') || 'anthropic-key-scan-reports',
      secretScanningToken: text('secret-scanning-token'),
      notifyWebhook: text('notify-webhook'),
      notifyFormat: oneOf(read, 'notify-format', NOTIFY_FORMATS, 'slack'),
    },
    surfaces: parseSurfaceList(text('surfaces'), 'input surfaces'),
    hideLeakedComments: bool(read, 'hide-leaked-comments', false),
  };
  if (inputs.revoke && !inputs.verify) {
    throw new UserError('input revoke: revocation needs verify: true (only keys proven live are deactivated)');
  }
  return inputs;
}
