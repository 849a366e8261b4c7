/**
 * The JSON report, version 1: the contract of DESIGN.md. Other tools read it (merge, baselines,
 * dashboards); change it only by adding fields. It never holds a full secret.
 */
import type { Exposure, KeyUsage, Location, Revocation, RuleId, SecretScanningAlert, Status } from './types.js';

/**
 * A location as the report writes it: the same fields as in memory, and its `fingerprint` (core/fingerprint.ts),
 * which a user copies into `allow.fingerprints` to ignore that one place.
 */
export type JsonLocation = Location & { fingerprint?: string };

/**
 * The line a reader is shown: HEAD's line when a range scan found the key still there (where the pull
 * request's reader sees it), else the line in the commit or file that holds it.
 */
export function displayLine(location: Pick<Location, 'line' | 'inHead' | 'headLine'>): number {
  return location.inHead && location.headLine !== undefined ? location.headLine : location.line;
}

export interface JsonFinding {
  rule: RuleId;
  secretSha256: string;
  /** The Console's hint form: first 16 characters, "...", last 4. */
  redacted: string;
  status: Status;
  statusDetail?: string;
  organizationId?: string;
  organizationName?: string;
  /** The workspace the verification answer named. */
  workspaceId?: string;
  /** Which credential of a shared prefix the context names (e.g. 'Claude Code routine trigger token'). */
  variant?: string;
  locations: JsonLocation[];
  /** Since when, where and for how long the key could be seen. */
  exposure?: Exposure;
  /** With an admin key: the organization's usage report for the key since its exposure. */
  usage?: KeyUsage;
  revocation?: Revocation;
  /** The Action with a secret-scanning-token: GitHub's alerts for this secret this run resolved (or failed to). */
  secretScanningAlerts?: SecretScanningAlert[];
  /** Merged reports: every distinct revocation outcome the jobs reported, when there was more than one. */
  revocations?: Revocation[];
  suppressedBy?: string;
  /** A live key reported although this would have suppressed it (see core/types.ts). */
  suppressionOverridden?: string;
  /** An incremental audit: reported by the earlier run whose state this run read, and carried (see core/types.ts). */
  carried?: boolean;
}

export interface JsonNote {
  reason: string;
  message: string;
  path?: string;
  /** Organization audits: the OWNER/NAME the note is about. */
  repository?: string;
}

export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  /**
   * When what the report covers was read (ISO 8601). A merged report keeps its inputs' earliest (or none when an
   * input had none): the next organization audit skips a repository not pushed since then.
   */
  generatedAt?: string;
  scope: {
    kind: 'files' | 'stdin' | 'staged' | 'history' | 'range' | 'merge' | 'surfaces';
    root?: string;
    base?: string;
    head?: string;
    /** range: head's commits on no ref of this remote (`*`: any remote) instead of base..head (a new branch's push). */
    newOn?: string;
    /** files: only the files git tracks. */
    tracked?: boolean;
    repository?: string;
    /** The GitHub surfaces scanned besides (or, kind `surfaces`, instead of) the git tree. */
    surfaces?: string[];
    /** merge: the repositories covered, and those whose scan failed. */
    repositories?: string[];
    failedRepositories?: { repository: string; reason: string }[];
    /** merge: the repositories not cloned this time (not pushed since the last audit): their findings are carried. */
    carriedRepositories?: string[];
    [extra: string]: unknown;
  };
  /** What the run was asked to do with the keys it found: the next steps a report shows depend on it. */
  options?: { verify: boolean; revoke: boolean; dryRun?: boolean };
  findings: JsonFinding[];
  suppressed: JsonFinding[];
  notes?: JsonNote[];
  errors?: string[];
  /** Set when the scan stopped part-way: the findings are what was found until then. */
  incomplete?: string;
  stats: Record<string, number | string | boolean | undefined>;
}
