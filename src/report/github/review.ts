/**
 * On the pull request itself: a review with an inline comment on each added line that still holds a key at
 * head, and one summary comment for the rest (keys added and removed again inside the pull request, keys in
 * commit messages, lines GitHub's diff does not show).
 *
 * - Inline comments go only on lines of the diff (`side: RIGHT`): one line outside the diff makes GitHub refuse
 *   the whole review (422), so each line is checked against the hunks of `git diff base...head`.
 * - Re-runs never duplicate: each inline comment carries a hidden marker with the key's hash; existing review
 *   comments of the token's own identity (identity.ts) with the same marker, path and line are skipped. The
 *   summary comment carries `<!-- anthropic-key-scan -->` and is updated in place, but only one the token's
 *   identity wrote: anyone can copy a marker, so another user's comment is never edited nor counted.
 * - Names from the repository reach the Markdown only through markdown.ts.
 * - A 403 (fork pull requests, read-only tokens) is reported as the permission that would allow it.
 */
import type { JsonFinding, JsonLocation, JsonReport } from '../../core/report.js';
import { shortCommit } from '../../core/names.js';
import type { DiffLines } from '../../sources/git/diff.js';
import type { GitHubClient } from '../../github/client.js';
import { describeRequestError, isPermissionDenied } from '../../github/client.js';
import { tokenIdentity, writtenBy, type TokenIdentity } from './identity.js';
import { code, text } from './markdown.js';
import { mentionLine } from './mentions.js';
import { countsLine, findingsTable, kindHelp, nextSteps, type LinkContext } from './summary.js';
import { adviceFor, kindFix, nextStep, type AdviceContext } from '../../core/next-step.js';
import { displayLine, keyTag, repoPath, ruleTitle, shownAtHead, statusLabel, type Placement } from './where.js';

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
  /** Locations on diff lines that an earlier run of ours commented already. */
  alreadyPosted: number;
}

export function inlineBody(finding: JsonFinding, location: JsonLocation, advice: AdviceContext = { surface: 'action', verify: false, revoke: false }): string {
  const what =
    finding.status === 'invalid'
      ? 'The key no longer works: remove it.'
      : `To fix it: ${kindFix(finding.rule, advice)}. Keep keys in a secret store, never in the repository.`;
  return [
    `<!-- anthropic-key-scan:key=${keyTag(finding)} -->`,
    `**🔑 ${text(ruleTitle(finding.rule))} ${code(finding.redacted)} (${statusLabel(finding.status)})**: ${nextStep(finding, advice)}.`,
    '',
    `${location.commit ? `Added in commit ${text(shortCommit(location.commit))}. ` : ''}Deleting this line does not un-leak the key: it stays in the branch history, in clones and in forks. ${what}`,
  ].join('\n');
}

/** Inline comments per review: past this a pull request is flooded; the rest go to the summary comment. */
export const MAX_INLINE_COMMENTS = 50;

/** Which locations get an inline comment (on a diff line, at head) and which go to the summary comment. */
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
  let alreadyPosted = 0;
  const advice = adviceFor(report, 'action');
  for (const finding of report.findings) {
    const elsewhere: JsonLocation[] = [];
    for (const location of finding.locations) {
      const path = repoPath(location, placement);
      const line = displayLine(location);
      if (path === undefined || !shownAtHead(location) || !diff.get(path)?.has(line) || seen.size >= maxInline) {
        elsewhere.push(location);
        continue;
      }
      const id = `${keyTag(finding)}:${path}:${line}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (existing.has(id)) {
        alreadyPosted++; // commented by an earlier run
        continue;
      }
      inline.push({ key: id, path, line, side: 'RIGHT', body: inlineBody(finding, location, advice) });
    }
    if (elsewhere.length > 0) rest.push({ ...finding, locations: elsewhere });
  }
  return { inline, rest, alreadyPosted };
}

export interface PullTarget {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  /** Whose comments are ours; discovered from the token when not given. */
  identity?: TokenIdentity;
  /** Handles (mentions.ts) to mention in the summary comment when a key may be live. */
  mentions?: readonly string[];
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

export function summaryCommentBody(report: JsonReport, plan: ReviewPlan, inlineCount: number, ctx: LinkContext, mentions: readonly string[] = []): string {
  const out = [SUMMARY_MARKER, '### 🔑 Anthropic key scan', ''];
  if (report.findings.length === 0) {
    out.push('✅ No Anthropic credentials found in this pull request any more. Keys found by an earlier run stay in the branch history until rotated.');
    return out.join('\n');
  }
  out.push(`**${countsLine(report.findings)}** in the commits of this pull request.`);
  const cc = mentionLine(report.findings.map((f) => f.status), mentions);
  if (cc) out.push('', cc);
  if (inlineCount > 0) out.push('', `${inlineCount} location(s) on lines of the diff are commented there.`);
  if (plan.rest.length > 0) {
    out.push('', '**Not on a line of the diff** (added and removed again, in a commit message, or outside the diff):', '');
    const table = findingsTable(plan.rest, ctx, 60_000);
    out.push(table.markdown);
    if (table.omitted > 0) out.push('', `…and ${table.omitted} more: see the job summary and the report file.`);
  }
  out.push('', ...nextSteps(report).map((s) => `- ${s}`));
  for (const help of kindHelp(report)) out.push('', help);
  return out.join('\n');
}

/** Existing inline comments of ours (by author, then marker), as `key:path:line`. */
async function existingInline(client: GitHubClient, target: PullTarget, identity: TokenIdentity): Promise<Set<string>> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: target.owner, repo: target.repo, pull_number: target.number, per_page: 100,
  });
  const ids = new Set<string>();
  for (const c of comments) {
    if (!writtenBy(c.user, identity)) continue;
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

  const identity = target.identity ?? (await tokenIdentity(client));
  let existing = new Set<string>();
  try {
    existing = await existingInline(client, target, identity);
  } catch (error) {
    refused('list the review comments', error);
    if (outcome.denied) return outcome;
    // Without the list, post anyway: a duplicate comment is better than a key nobody is told about.
  }
  let plan = planReview(report, ctx.placement, diff, existing);
  outcome.alreadyPosted = plan.alreadyPosted;

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
      plan = { inline: [], rest: report.findings, alreadyPosted: 0 };
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
    const mine = comments.find((c) => writtenBy(c.user, identity) && (c.body ?? '').startsWith(SUMMARY_MARKER));
    // A new comment only when it has something to say: locations not inline, or people to call.
    const mentions = target.mentions ?? [];
    if (plan.rest.length === 0 && mine === undefined && !mentionLine(report.findings.map((f) => f.status), mentions)) return outcome;
    const body = summaryCommentBody(report, plan, outcome.posted + outcome.alreadyPosted, ctx, mentions);
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
