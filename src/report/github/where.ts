/**
 * Where a finding sits, in GitHub's terms. A report's paths are relative to the scanned PATH (files) or to the
 * repository's root (git sources); GitHub wants paths relative to the repository (reviews, check runs, links)
 * or to the workspace (workflow-command annotations). And a range finding has two lines: where its commit put
 * the key, and where it is in HEAD's version of the file, which is what a reader of the pull request sees.
 */
import { posix } from 'node:path';
import { ruleTitle } from '../../core/kinds.js';
import { shortCommit } from '../../core/names.js';
import { displayLine, type JsonFinding, type JsonLocation } from '../../core/report.js';
import { STATUS_LABEL, statusLevel } from '../../core/status.js';
import type { Status } from '../../core/types.js';
import { describeSurfacePlace } from '../../core/surface-place.js';
import { overriddenSuppression, pathWithMember } from '../text.js';

export { displayLine };

export interface Placement {
  /** The scanned PATH relative to the repository's root, for file scans of a sub-folder ('' otherwise). */
  repoPrefix: string;
  /** The repository's root relative to GITHUB_WORKSPACE ('' when the checkout is the workspace itself). */
  workspacePrefix: string;
}

export const AT_ROOT: Placement = { repoPrefix: '', workspacePrefix: '' };

function join(prefix: string, path: string): string {
  return prefix ? posix.join(prefix, path) : path;
}

/** Path from the repository's root (undefined for commit and tag messages). */
export function repoPath(location: JsonLocation, placement: Placement): string | undefined {
  if (location.kind !== 'file' || location.path === undefined) return undefined;
  return join(placement.repoPrefix, location.path);
}

/** Path from the workspace, for workflow-command annotations. */
export function workspacePath(location: JsonLocation, placement: Placement): string | undefined {
  const path = repoPath(location, placement);
  return path === undefined ? undefined : join(placement.workspacePrefix, path);
}

/** Whether the line shown is the one in HEAD (so an annotation or comment sits on the current code). */
export function shownAtHead(location: JsonLocation): boolean {
  return location.commit === undefined || (location.inHead === true && location.headLine !== undefined);
}

/** The kind's title (core/kinds.ts), for labels. */
export { ruleTitle };

export function statusLabel(status: Status): string {
  return STATUS_LABEL[status] ?? STATUS_LABEL.unknown;
}

/** Error for what may be live (live, unknown, unchecked); warning for a key the API said is not valid. */
export const severity = statusLevel;

export const short = (sha: string | undefined): string => shortCommit(sha);

/** A finding's tag in the hidden markers of our comments and issues: the first 16 hex digits of its key's SHA-256. */
export const keyTag = (finding: Pick<JsonFinding, 'secretSha256'>): string => finding.secretSha256.slice(0, 16);

/** A short phrase for where the key is: `src/a.ts:3`, `src/a.ts:3 (added in abc1234, removed since)`, `the message of commit abc1234`. */
export function describeWhere(location: JsonLocation, placement: Placement): string {
  const surface = describeSurfacePlace(location);
  if (surface !== undefined) {
    const inside = location.member !== undefined ? `, in ${location.member}` : '';
    const commit = location.commit ? ` in commit ${short(location.commit)}` : '';
    return `${location.repository ? `${location.repository}: ` : ''}${surface}${inside}, line ${location.line}${commit}`;
  }
  if (location.kind === 'commit-message') return `the message of commit ${short(location.commit)} (line ${location.line})`;
  if (location.kind === 'tag-message') return `the message of tag ${location.tag ?? '?'} (line ${location.line})`;
  const path = pathWithMember(repoPath(location, placement) ?? '?', location.member);
  const repo = location.repository ? `${location.repository}: ` : '';
  if (!location.commit) return `${repo}${path}:${location.line}`;
  if (location.inHead === true) return `${repo}${path}:${displayLine(location)} (added in ${short(location.commit)})`;
  if (location.inHead === false) return `${repo}${path}:${location.line} in commit ${short(location.commit)} (removed since, still in the history)`;
  return `${repo}${path}:${location.line} in commit ${short(location.commit)}`;
}

/** One-line description of a finding for annotations and comments: kind, redacted key, status. */
export function describeFinding(finding: JsonFinding): string {
  // A live key is never hidden: what would have suppressed it is said, so nobody wonders why it shows.
  const overridden = overriddenSuppression(finding);
  return `${ruleTitle(finding.rule)} ${finding.redacted} (${statusLabel(finding.status)}${overridden ? `; ${overridden}` : ''})`;
}

/** Half a surrogate pair (a name cut or decoded badly): encodeURIComponent throws on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `https://github.com/o/r/blob/<commit>/<path>#L<line>`, each path segment percent-encoded. */
export function blobLink(serverUrl: string, repository: string, commit: string, path: string, line: number): string {
  const encoded = path.split('/').map((segment) => encodeURIComponent(segment.replace(LONE_SURROGATE, '\uFFFD'))).join('/');
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/blob/${commit}/${encoded}#L${line}`;
}

/**
 * The report without what lies outside the git tree (GitHub's surfaces): for outputs that post on a pull request
 * (reviews, the summary comment), which must never draw attention to a key in a conversation.
 */
export function treeOnly<R extends { findings: JsonFinding[] }>(report: R): R {
  const findings = report.findings
    .map((finding) => ({ ...finding, locations: finding.locations.filter((l) => describeSurfacePlace(l) === undefined) }))
    .filter((finding) => finding.locations.length > 0);
  return { ...report, findings };
}

export function commitLink(serverUrl: string, repository: string, commit: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/commit/${commit}`;
}
