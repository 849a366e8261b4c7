/**
 * What the reporters need from git, computed before the scan so that report code runs no git: where report
 * paths sit in the repository and the workspace (placement), the commit the check run and links name, and
 * the lines of the pull request's diff that may carry an inline comment.
 */
import { realpathSync } from 'node:fs';
import { describeError } from '../core/errors.js';
import { relativeInside } from '../core/paths.js';
import type { Scope } from '../core/types.js';
import { AT_ROOT, type Placement } from '../report/github/where.js';
import { pullDiffLines, type DiffLines } from '../sources/git/diff.js';
import { resolveRevision, topLevel } from '../sources/git/repo.js';
import { repoAt, type GitSetup } from '../sources/git/run.js';
import type { PullRequestInfo } from './event.js';

export interface ReportFacts {
  placement: Placement;
  /** The commit the check run goes on and file links point at. */
  headSha?: string;
  /** Pull requests: the RIGHT-side lines of the diff; undefined when it could not be read. */
  diff?: DiffLines;
  /** What could not be worked out, one line each (shown as notices). */
  problems: string[];
}

/** The prefix of `to` under `from` ('' when it is `from` itself or outside it). */
const posixRelative = (from: string, to: string): string => relativeInside(from, to) ?? '';

export async function reportFacts(
  where: { workspace: string; root: string; git: GitSetup },
  scope: Scope | undefined,
  pull: PullRequestInfo | undefined,
  githubSha: string | undefined,
): Promise<ReportFacts> {
  const at = repoAt(where.root, where.git);
  const kind = scope?.kind ?? 'files';
  const top = await topLevel(at).then((path) => (path === undefined ? undefined : realpathSync(path)), () => undefined);
  const placement: Placement = top
    ? { repoPrefix: kind === 'files' ? posixRelative(top, where.root) : '', workspacePrefix: posixRelative(where.workspace, top) }
    : kind === 'files' ? { repoPrefix: posixRelative(where.workspace, where.root), workspacePrefix: '' } : AT_ROOT;
  const rangeHead = scope?.kind === 'range' ? await resolveRevision(at, scope.head).catch(() => undefined) : undefined;
  const headSha = pull?.headSha ?? (rangeHead || undefined) ?? githubSha;
  const problems: string[] = [];
  let diff: DiffLines | undefined;
  if (pull && scope?.kind === 'range') {
    try {
      diff = await pullDiffLines(at, pull.baseSha, pull.headSha);
    } catch (error) {
      problems.push(`could not read the pull request's diff (${describeError(error)}): findings are listed in the summary comment only`);
    }
  }
  return { placement, ...(headSha ? { headSha } : {}), ...(diff ? { diff } : {}), problems };
}
