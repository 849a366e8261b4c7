/**
 * On the pull request itself: a review with an inline comment on each added line that still holds a key at
 * head, and one summary comment for the rest (keys added and removed again inside the pull request, keys in
 * commit messages, lines GitHub's diff does not show).
 *
 * - Inline comments go only on lines of the diff (`side: RIGHT`): one line outside the diff makes GitHub refuse
 *   the whole review (422), so each line is checked against the hunks of `git diff base...head`.
 * - Re-runs never duplicate: each inline comment carries a hidden marker with the key's hash; existing review
 *   comments with the same marker, path and line are skipped. The summary comment carries
 *   `<!-- anthropic-key-scan -->` and is updated in place.
 * - A 403 (fork pull requests, read-only tokens) is reported as the permission that would allow it.
 */
import type { JsonFinding, JsonLocation, JsonReport } from '../../core/report.js';
import type { DiffLines } from '../../sources/git/diff.js';
import { shortCommit } from '../../core/names.js';
import type { GitHubClient } from './octokit.js';
import { describeRequestError, isPermissionDenied } from './octokit.js';
import { countsLine, findingsTable, nextSteps, type LinkContext } from './summary.js';
import { describeFinding, displayLine, repoPath, shownAtHead, statusMeaning, type Placement } from './where.js';

export type { DiffLines };

export const SUMMARY_MARKER = '<!-- anthropic-key-scan -->';
const INLINE_MARKER = /<!-- anthropic-key-scan:key=([0-9a-f]{16}) -->/;

export interface InlineComment {
  path: string;
  line: number;
  side: 'RIGHT';
  body: string;
}

export interface ReviewPlan {
  inline: (InlineComment & { key: string })[];
  /** Findings (with the locations not commented inline) for the summary comment. */
  rest: JsonFinding[];
}

const keyOf = (finding: JsonFinding): string => finding.secretSha256.slice(0, 16);

export function inlineBody(finding: JsonFinding, location: JsonLocation): string {
  const advice =
    finding.status === 'invalid'
      ? 'The key no longer works: remove it.'
      : 'Rotate it: create a replacement in the Anthropic Console, deploy it, then disable this key. Keep keys in a secret store, never in the repository.';
  return [
    `<!-- anthropic-key-scan:key=${keyOf(finding)} -->`,
    `**🔑 ${describeFinding(finding)}**: ${statusMeaning(finding.status)}.`,
    '',
    `${location.commit ? `Added in commit ${shortCommit(location.commit)}. ` : ''}Deleting this line does not un-leak the key: it stays in the branch history, in clones and in forks. ${advice}`,
  ].join('\n');
}

/** Which locations get an inline comment (on a diff line, at head) and which go to the summary comment. */
/** Inline comments per review: past this a pull request is flooded; the rest go to the summary comment. */
export const MAX_INLINE_COMMENTS = 50;

export function planReview(
  report: JsonReport,
  placement: Placement,
  diff: DiffLines,
  existing: ReadonlySet<string>,
  maxInline = MAX_INLINE_COMMENTS,
): ReviewPlan {
  const inline: ReviewPlan['inline'] = [];
  const rest: JsonFinding[] = [];
  const seen = new Set<string>();
  for (const finding of report.findings) {
    const elsewhere: JsonLocation[] = [];
    for (const location of finding.locations) {
      const path = repoPath(location, placement);
      const line = displayLine(location);
      if (path === undefined || !shownAtHead(location) || !diff.get(path)?.has(line) || seen.size >= maxInline) {
        elsewhere.push(location);
        continue;
      }
      const id = `${keyOf(finding)}:${path}:${line}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (existing.has(id)) continue; // commented by an earlier run
      inline.push({ key: id, path, line, side: 'RIGHT', body: inlineBody(finding, location) });
    }
    if (elsewhere.length > 0) rest.push({ ...finding, locations: elsewhere });
  }
  return { inline, rest };
}

export interface PullTarget {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
}

export interface ReviewOutcome {
  /** Inline comments posted now, and those an earlier run had posted already. */
  posted: number;
  alreadyPosted: number;
  summaryComment: 'created' | 'updated' | 'unchanged' | 'none';
  /** One line each: what could not be done (a missing permission, a refused request). */
  problems: string[];
  /** Whether a write was refused for want of `pull-requests: write`. */
  denied: boolean;
}

export function summaryCommentBody(report: JsonReport, plan: ReviewPlan, inlineCount: number, ctx: LinkContext): string {
  const out = [SUMMARY_MARKER, '### 🔑 Anthropic key scan', ''];
  if (report.findings.length === 0) {
    out.push('✅ No Anthropic credentials found in this pull request any more. Keys found by an earlier run stay in the branch history until rotated.');
    return out.join('\n');
  }
  out.push(`**${countsLine(report.findings)}** in the commits of this pull request.`);
  if (inlineCount > 0) out.push('', `${inlineCount} location(s) on lines of the diff are commented there.`);
  if (plan.rest.length > 0) {
    out.push('', '**Not on a line of the diff** (added and removed again, in a commit message, or outside the diff):', '');
    const table = findingsTable(plan.rest, ctx, 60_000);
    out.push(table.markdown);
    if (table.omitted > 0) out.push('', `…and ${table.omitted} more: see the job summary and the report file.`);
  }
  out.push('', ...nextSteps(report).map((s) => `- ${s}`));
  return out.join('\n');
}

/** Existing inline comments of ours, as `key:path:line`. */
async function existingInline(client: GitHubClient, target: PullTarget): Promise<Set<string>> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: target.owner, repo: target.repo, pull_number: target.number, per_page: 100,
  });
  const ids = new Set<string>();
  for (const c of comments) {
    const key = INLINE_MARKER.exec(c.body ?? '')?.[1];
    if (!key) continue;
    for (const line of [c.line, c.original_line]) if (typeof line === 'number') ids.add(`${key}:${c.path}:${line}`);
  }
  return ids;
}

const PERMISSION = 'pull-requests: write';

/**
 * Post the review and the summary comment. `diff` is the pull request's added lines. Failures are reported in
 * the outcome, never thrown: the job summary, annotations and files come out whatever happens here.
 */
export async function publishReview(
  client: GitHubClient,
  target: PullTarget,
  report: JsonReport,
  diff: DiffLines,
  ctx: LinkContext,
): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = { posted: 0, alreadyPosted: 0, summaryComment: 'none', problems: [], denied: false };
  const refused = (what: string, error: unknown): void => {
    if (isPermissionDenied(error)) {
      outcome.denied = true;
      outcome.problems.push(`could not ${what}: the token lacks \`${PERMISSION}\` (read-only for pull requests from forks)`);
    } else outcome.problems.push(`could not ${what}: ${describeRequestError(error)}`);
  };

  let existing = new Set<string>();
  try {
    existing = await existingInline(client, target);
  } catch (error) {
    refused('list the review comments', error);
    if (outcome.denied) return outcome;
    // Without the list, post anyway: a duplicate comment is better than a key nobody is told about.
  }
  let plan = planReview(report, ctx.placement, diff, existing);
  const all = planReview(report, ctx.placement, diff, new Set());
  outcome.alreadyPosted = all.inline.length - plan.inline.length;

  if (plan.inline.length > 0) {
    try {
      await client.rest.pulls.createReview({
        owner: target.owner, repo: target.repo, pull_number: target.number, commit_id: target.headSha, event: 'COMMENT',
        body: `anthropic-key-scan found ${plan.inline.length} Anthropic credential location(s) on lines of this pull request.`,
        comments: plan.inline.map(({ path, line, side, body }) => ({ path, line, side, body })),
      });
      outcome.posted = plan.inline.length;
    } catch (error) {
      refused('post the review', error);
      if (outcome.denied) return outcome;
      // GitHub refused the lines (its diff differs from git's): say it all in the summary comment instead.
      plan = planReview(report, ctx.placement, new Map(), new Set());
    }
  }

  try {
    const comments = await client
      .paginate(client.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.number, per_page: 100 })
      .catch((error: unknown) => {
        if (isPermissionDenied(error)) throw error;
        outcome.problems.push(`could not list the pull request's comments (${describeRequestError(error)}): a new summary comment is posted`);
        return [];
      });
    const mine = comments.find((c) => (c.body ?? '').startsWith(SUMMARY_MARKER));
    if (plan.rest.length === 0 && mine === undefined) return outcome;
    const body = summaryCommentBody(report, plan, outcome.posted + outcome.alreadyPosted, ctx);
    if (mine) {
      if (mine.body === body) outcome.summaryComment = 'unchanged';
      else {
        await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: mine.id, body });
        outcome.summaryComment = 'updated';
      }
    } else {
      await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body });
      outcome.summaryComment = 'created';
    }
  } catch (error) {
    refused('write the summary comment', error);
  }
  return outcome;
}
