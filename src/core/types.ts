/**
 * The types every stage shares. Data flows one way:
 *   sources -> detect -> findings -> anthropic -> report (and report/github/)
 * and the entry points (cli.ts, action.ts) only turn their world into a Plan and the Report back.
 */
import type { ArchiveLimits } from './archive-limits.js';
import type { Secret } from './secret.js';

/** Rule ids, one per credential kind (rows of core/kinds.ts); named in every report. */
export type { RuleId } from './kinds.js';
import type { RuleId } from './kinds.js';

/** One way of hiding text, a decoder's name (detect/decoders/). */
export type EncodingStep =
  | 'base64'
  | 'base64url'
  | 'utf16le'
  | 'gzip'
  | 'percent'
  | 'escape'
  | 'hex'
  | 'html-entity'
  | 'quoted-printable'
  | 'joined'
  | 'zero-width';

/**
 * How a secret was hidden in the text it was found in, outermost first (`base64>gzip>base64`: base64 of gzip of
 * text holding the key's base64); absent when it was there in plain text.
 */
export type Encoding = EncodingStep | `${EncodingStep}>${string}`;

/** One occurrence of a secret in a buffer, as the detector sees it (pure: no paths, no commits). */
export interface Match {
  rule: RuleId;
  secret: Secret;
  /** 1-based line in the buffer of the text that holds the secret (of the encoded text when encoded). */
  line: number;
  /** 1-based column, in characters of the line decoded as UTF-8 (invalid bytes count as one each). */
  column: number;
  /** Set when the secret was decoded from an encoding. */
  encoding?: Encoding;
  /** Set when the words around the key say which credential of a shared prefix it is (core/kinds.ts contexts). */
  variant?: string;
  /** Set when the line carries an allow marker (`anthropic-key-scan:allow`, `gitleaks:allow`, ...). */
  allowMarker?: string;
  /**
   * Set by the sources' container step (sources/hits.ts), never by the detector: the member of an archive the
   * match is in, nested archives joined by `!`; `line` and `column` then count in the member.
   */
  member?: string;
}

/** The detector as sources see it: bytes in, matches out. */
export type Detect = (data: Buffer) => Match[];

/** The places outside a repository's tree where keys leak (issue 18): GitHub surfaces, each located by its `url`. */
export const SURFACE_LOCATION_KINDS = [
  'run-log',
  'artifact',
  'issue',
  'pull-request',
  'comment',
  'review-comment',
  'discussion',
  'discussion-comment',
  'wiki',
  'release',
  'release-asset',
] as const;
export type SurfaceLocationKind = (typeof SURFACE_LOCATION_KINDS)[number];
export const LOCATION_KINDS = ['file', 'commit-message', 'tag-message', ...SURFACE_LOCATION_KINDS] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** Where a secret was found: the JSON report's `locations[]` entry (DESIGN.md contract). */
export interface Location {
  kind: LocationKind;
  /** Relative to the scanned PATH for files, to the repository root for git sources; `/` separators. */
  path?: string;
  line: number;
  column: number;
  commit?: string;
  author?: string;
  /** ISO 8601: the author date of a commit, the tagger's date of a tag. */
  date?: string;
  /**
   * ISO 8601: the commit's committer date, only when it differs from the author date (a rebase, a cherry-pick, an
   * amend): the later of the two is closer to when the key was pushed; the exposure counts from the earlier.
   */
  committedDate?: string;
  encoding?: Encoding;
  /** Range scans: whether the key is still in HEAD's version of this file. */
  inHead?: boolean;
  /** Range scans, when `inHead`: the 1-based line of the key in HEAD's version (where a review comment goes). */
  headLine?: number;
  /** Organization audits: OWNER/NAME. */
  repository?: string;
  /** Tag messages: the tag's name. */
  tag?: string;
  /**
   * Inside an archive or compressed file: the member's path in it, nested archives joined by `!`
   * (`lib/app.jar!BOOT-INF/classes/application.properties`); `line` and `column` then count in the member.
   */
  member?: string;
  /**
   * GitHub surfaces: the item's `html_url` (issue, pull request, comment, discussion, release, wiki page), the job's
   * URL for a run log, the run's for an artifact. Always `https:` on the GitHub host the token belongs to.
   */
  url?: string;
  /** Run logs: the job's name and the step's name (the step's log file in the logs archive); `line` counts in it. */
  job?: string;
  step?: string;
  /** Issues, pull requests and discussions (and their comments): the item's number. */
  number?: number;
  /** An edited conversation item: `previous` when the key was in the text before the edit (the event's `changes`). */
  revision?: 'previous';
}

/** A match placed in the world by a source. */
export interface Hit {
  match: Match;
  location: Location;
  /** History: the git object the match was read from (blob, commit or tag), remembered by an incremental audit's state. */
  object?: string;
}

/** Something a source skipped or could not do; shown to the user, never silent. */
export interface Note {
  /** A short machine-readable reason: 'binary', 'too-large', 'unreadable', 'shallow', 'missing-object', ... */
  reason: string;
  /** One human line, never holding a secret. */
  message: string;
  path?: string;
}

/** What a source reports back as it goes. */
export interface SourceContext {
  note(note: Note): void;
  /** Counters for the report's `stats` (e.g. filesScanned, bytesScanned, blobsScanned, commitsScanned). */
  count(name: string, by?: number): void;
  /** Progress for long work; the entry point decides whether and where to show it. */
  progress?(done: number, total: number | undefined, bytes: number): void;
}

/** A source: where the bytes come from. Yields every hit; attribution (commit, path, line) is its job. */
export type Source = (detect: Detect, ctx: SourceContext) => AsyncIterable<Hit>;

export type Status = 'live' | 'invalid' | 'unknown' | 'unchecked';

export type RevocationOutcome = 'deactivated' | 'would-deactivate' | 'refused' | 'failed';

export interface Revocation {
  outcome: RevocationOutcome;
  keyId?: string;
  keyName?: string;
  reason?: string;
  /** What the Admin API says of the matched key: its workspace (`scope`; 'organization' when not one), */
  keyWorkspace?: string;
  /** who created it (`created_by.id`), */
  keyCreatedBy?: string;
  /** whom it acts as (`principal`: 'service account svac_…' or 'user user_…'), */
  keyPrincipal?: string;
  /** when it expires (`expires_at`, ISO 8601), */
  keyExpiresAt?: string;
  /** and its status when matched (active, inactive, archived, expired). */
  keyStatus?: string;
  /** Set when a written key was put back: the status it was restored to (the write did not stop the leaked key). */
  restoredTo?: string;
}

/** Who could see where a key was found: the repository's visibility, as the event or the API said; 'unknown' otherwise. */
export type Visibility = 'public' | 'private' | 'internal' | 'unknown';

/** Since when, where and for how long a key could be seen (findings/exposure.ts). */
export interface Exposure {
  /**
   * ISO 8601: the earliest date a location carries (a commit's author or committer date, a tag's date); absent
   * when none is dated (files on disk, staged changes): then the exposure's start is unknown.
   */
  since?: string;
  /** The dated location `since` comes from: its kind and commit, that commit's author and committer dates (a tag's: its tagger's date). */
  first?: { kind: LocationKind; commit?: string; authorDate?: string; committerDate?: string; taggerDate?: string; repository?: string };
  /** Where: the visibility of the repository it was found in. */
  visibility: Visibility;
  /** ISO 8601: the end of the span measured (the scan's time). */
  until: string;
  /** Whole seconds from `since` to `until` (absent when `since` is). */
  seconds?: number;
}

/** Tokens as the usage report counts them. */
export interface TokenCounts {
  uncachedInputTokens: number;
  cacheCreationInputTokens: number;
  cacheReadInputTokens: number;
  outputTokens: number;
}

/**
 * The organization's usage report for a leaked key since its exposure (anthropic/usage.ts). `reported`: every
 * page read; `partial`: some pages read (the totals are a floor); `unknown`: the API could not say (the reason).
 * Unknown is never zero: totals are present only when the API answered.
 */
export interface KeyUsage {
  state: 'reported' | 'partial' | 'unknown';
  reason?: string;
  /** The organization's key id the usage is for. */
  keyId?: string;
  /** The window asked for (ISO 8601) and its buckets. */
  startingAt?: string;
  endingAt?: string;
  bucketWidth?: '1h' | '1d';
  /** Set when the exposure began before what the report covers: usage before `startingAt` was not read. */
  exposedBefore?: string;
  total?: TokenCounts;
  byModel?: Array<TokenCounts & { model: string }>;
  /** The start (ISO 8601) of the last bucket with any tokens; absent when there was none. */
  lastUsedBucket?: string;
}

/** GitHub's secret-scanning alert for the same secret, resolved (or not) after the key was proven dead. */
export interface SecretScanningAlert {
  number: number;
  outcome: 'resolved' | 'failed';
  reason?: string;
}

/** One distinct secret, everywhere it was found. Keyed by the SHA-256 of the secret. */
export interface Finding {
  rule: RuleId;
  secret: Secret;
  status: Status;
  statusDetail?: string;
  organizationId?: string;
  organizationName?: string;
  /** The workspace the verification answer named (`anthropic-workspace-id`), when it named one. */
  workspaceId?: string;
  /** Which credential of a shared prefix the context names (e.g. 'Claude Code routine trigger token'). */
  variant?: string;
  locations: Location[];
  /** Since when and where the key could be seen (set by the scan for every finding). */
  exposure?: Exposure;
  /** With an admin key: the organization's usage report for the key since `exposure.since`. */
  usage?: KeyUsage;
  revocation?: Revocation;
  /** Only in `suppressed`: what allowed it (findings/suppress.ts `SuppressedBy`: 'allow-marker', 'config:allow-secret', 'config:exclude-path', 'baseline'). */
  suppressedBy?: string;
  /**
   * Only in `findings`: what would have suppressed it (suppressedBy values, comma-separated) had verification
   * not found the key live. A live key is never hidden.
   */
  suppressionOverridden?: string;
  /** An incremental audit (`--state`): the key was reported by the run that wrote the state, and is carried. */
  carried?: boolean;
}

export type FailOn = 'any' | 'live' | 'never';

export type Scope =
  /** `tracked`: only the files git tracks under root (as they are in the work tree), not every file. */
  | { kind: 'files'; root: string; tracked?: boolean }
  /** Standard input (`-` as PATH); root is '-', and the config is looked for in the current directory. */
  | { kind: 'stdin'; root: string }
  | { kind: 'staged'; root: string }
  | { kind: 'history'; root: string }
  /**
   * `newOn`: the commits of `head` that no ref of that remote holds (`*`: of any remote), instead of
   * base..head: a push of a new branch, which has no base commit (`base` then only names it for people).
   */
  | { kind: 'range'; root: string; base: string; head: string; newOn?: string }
  /**
   * Only GitHub's surfaces (issue 18): a conversation event's items, or the CLI's `surfaces` command; nothing of
   * the git tree. `root` is where the config is looked for.
   */
  | { kind: 'surfaces'; root: string };

/**
 * What to scan and what to do with the keys found, built by an entry point from argv or from an event and
 * inputs. When the run fails (`FailOn`) is the entry point's policy on the result, not part of the scan; what the
 * scan runs with (keys, endpoints, environment, callbacks) is its ScanContext (scan.ts).
 */
export interface Plan {
  scope: Scope;
  /** Tag every location with this OWNER/NAME (organization audits). */
  repository?: string;
  /**
   * The GitHub surfaces scanned besides the scope (issue 18: `conversations`, `wiki`, `releases`, `runs`, or
   * `event` for a conversation event's own items), as the report's `scope.surfaces` names them.
   */
  surfaces?: string[];
  /** The scanned repository's visibility, when the entry knows it (the Action's event or API); else unknown. */
  visibility?: Visibility;
  verify: boolean;
  revoke: boolean;
  dryRun: boolean;
  /** Status to set on revocation: 'inactive' (default, reversible) or 'archived'. */
  revokeStatus: 'inactive' | 'archived';
  /** Files larger than this are skipped with a note. */
  maxFileSize: number;
  /** Limits on looking inside archives and compressed files; absent ones take the defaults (core/archive-limits.ts). */
  archiveLimits?: Partial<ArchiveLimits>;
  /** At most this many distinct keys are checked against the API in one run (default 200); the rest stay unchecked. */
  maxVerify?: number;
  /** Path of the config file, when given explicitly; otherwise `.anthropic-key-scan.yml` under the root is used if present. */
  configPath?: string;
  /** A JSON report whose findings are suppressed. */
  baselinePath?: string;
  /** History scans: the incremental audit's state file (read when usable, then written): only what changed is read. */
  statePath?: string;
  quiet: boolean;
}

/** The JSON report, version 1 (DESIGN.md contract). */
export interface ReportStats {
  [name: string]: number | string | boolean | undefined;
}

export interface ScanResult {
  plan: Plan;
  findings: Finding[];
  suppressed: Finding[];
  notes: Note[];
  stats: ReportStats;
  /** Errors that did not stop the scan (e.g. the admin key is invalid); one line each. */
  errors: string[];
  /** Set when the scan stopped part-way (also one of `errors`): what was found is kept, and the run fails. */
  incomplete?: string;
}
