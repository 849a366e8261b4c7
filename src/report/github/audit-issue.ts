/**
 * The audit issue (`audit-issue: true`): on scheduled and manual audits, one issue in the repository, labelled
 * `anthropic-key-scan`, that says what the last audit found. Opened when an audit finds keys, updated in place
 * by later audits (reopened if it had been closed), closed with a comment when a whole audit finds nothing.
 *
 * - Only a whole audit (the caller's `partial` is empty: action/whole-audit.ts) may close the issue or rewrite it
 *   with fewer keys. A partial run (a folder, a subset, a baseline...) only adds: the keys it found that the issue
 *   does not list go in a comment (the issue reopened if it was closed); it never retitles, rewrites or closes.
 * - Body and comments fit GitHub's 65,536 characters whatever the number of keys and the names: a row for every
 *   key up to MAX_ROWS (summary.ts's table), the rest counted and linked to the report artifact.
 *
 * - The issue is ours only when the token's own identity (identity.ts) opened it AND it carries the label:
 *   anyone can open an issue with the same title, label or hidden marker, and such an issue is never touched.
 * - Never a full key: the body is rendered from the JSON report (hints, hashes' prefixes), names through
 *   markdown.ts. People named in `mention` are called in the body when it is opened, and in a comment when a
 *   later audit finds a key that may be live and was not in the issue before (an edit notifies nobody).
 * - A refused write (no `issues: write`, issues turned off) is a notice naming the reason, never a failure.
 */
import type { JsonFinding, JsonReport } from '../../core/report.js';
import { tokenIdentity, writtenBy, type TokenIdentity } from './identity.js';
import { mentionLine, needsAttention } from './mentions.js';
import type { GitHubClient } from '../../github/client.js';
import { describeRequestError, isPermissionDenied } from '../../github/client.js';
import { countsLine, findingsTable, kindHelp, nextSteps, type LinkContext } from './summary.js';
import { characters, fitted, link, text } from './markdown.js';
import { keyTag } from './where.js';

export const AUDIT_LABEL = 'anthropic-key-scan';
const AUDIT_MARKER = '<!-- anthropic-key-scan:audit-issue -->';
/** The keys the body lists (hash prefixes, one per row): what a partial run's comment need not repeat. */
const KEYS_MARKER = /<!-- anthropic-key-scan:keys=([0-9a-f,]*) -->/;
const PERMISSION = 'issues: write';
/** GitHub takes 65,536 characters in an issue or comment body. */
export const BODY_LIMIT = 65_536;
/** Rows of keys in the body or a comment: 400 rows of ~130 characters fit beside the help and the marker. */
export const MAX_ROWS = 400;
/** Room kept for the line that counts what did not fit. */
const OVERFLOW_LINE = 300;

/** The events on which the audit issue is kept: scheduled and manual audits, never a push or pull request. */
export function keepsAuditIssue(eventName: string): boolean {
  return eventName === 'schedule' || eventName === 'workflow_dispatch';
}

export interface AuditIssueContext extends LinkContext {
  /** Handles to call when a key may be live (mentions.ts). */
  mentions?: readonly string[];
  /** The workflow run's page. */
  runUrl?: string;
  /** Whose issues are ours; discovered from the token when not given. */
  identity?: TokenIdentity;
  /** Why this run is not a whole audit ([] when it is): a partial run only adds keys to the issue. */
  partial: readonly string[];
  /** The reports (the artifact's page, else the run's), where what does not fit is. */
  reportsUrl?: string;
}

export interface AuditIssueOutcome {
  action: 'opened' | 'updated' | 'reopened' | 'commented' | 'unchanged' | 'closed' | 'none';
  number?: number;
  url?: string;
  /** One line each: what could not be done and why. */
  problems: string[];
  /** Whether a request was refused for want of `issues: write`. */
  denied: boolean;
}

export function auditIssueTitle(report: JsonReport): string {
  return `Anthropic key scan: ${countsLine(report.findings)}`;
}

/** Where the rest is: the reports artifact (or the run), linked. */
function seeReports(ctx: AuditIssueContext): string {
  const url = ctx.reportsUrl ?? ctx.runUrl;
  return url ? link('the report artifact', url) : 'the report artifact of the workflow run';
}

/** The findings table in what is left of `limit` once `around` is written, and the line counting the rest. */
function boundedTable(findings: readonly JsonFinding[], ctx: AuditIssueContext, around: number): { markdown: string; shown: readonly JsonFinding[] } {
  const table = findingsTable(findings, ctx, { budget: BODY_LIMIT - around - OVERFLOW_LINE, measure: characters, maxRows: MAX_ROWS });
  const more = table.omitted > 0 ? `\n\n…and ${table.omitted} more finding${table.omitted === 1 ? '' : 's'}: see ${seeReports(ctx)}.` : '';
  return { markdown: table.markdown + more, shown: findings.slice(0, findings.length - table.omitted) };
}

const keysMarker = (findings: readonly JsonFinding[]): string => `<!-- anthropic-key-scan:keys=${findings.map(keyTag).join(',')} -->`;
/** The marker's room at most: MAX_ROWS tags and commas. */
const MARKER_ROOM = keysMarker([]).length + MAX_ROWS * 17;

const partialLine = (partial: readonly string[]): string => fitted(`This run was not a whole audit (${partial.join('; ')}): it can add keys here, never remove them.`, 1000);

export function auditIssueBody(report: JsonReport, ctx: AuditIssueContext): string {
  const head: string[] = [];
  const run = ctx.runUrl ? ` (${link('workflow run', ctx.runUrl)})` : '';
  const commit = ctx.sha ? ` at ${text(ctx.sha.slice(0, 7))}` : '';
  head.push(`The last audit of this repository${commit}${run} found **${countsLine(report.findings)}**.`);
  if (ctx.partial.length > 0) head.push('', partialLine(ctx.partial));
  const cc = mentionLine(report.findings.map((f) => f.status), ctx.mentions ?? []);
  if (cc) head.push('', cc);
  const tail: string[] = [];
  if ((report.errors ?? []).length > 0) tail.push('', `⚠️ The audit did not finish cleanly (${report.errors!.length} error(s)): more keys may exist. See the workflow run.`);
  tail.push('', '### What to do next', '', ...nextSteps(report).map((s) => `- ${s}`));
  for (const help of kindHelp(report)) tail.push('', help);
  tail.push('', '---', '', '<sub>Kept up to date by anthropic-key-scan on every scheduled audit; closed when a whole audit finds nothing.</sub>');
  const around = AUDIT_MARKER.length + MARKER_ROOM + head.join('\n').length + tail.join('\n').length + 8;
  const table = boundedTable(report.findings, ctx, around);
  return [AUDIT_MARKER, keysMarker(table.shown), '', ...head, '', table.markdown, ...tail].join('\n');
}

function closingComment(ctx: AuditIssueContext): string {
  const run = ctx.runUrl ? ` (${link('workflow run', ctx.runUrl)})` : '';
  const commit = ctx.sha ? ` at ${text(ctx.sha.slice(0, 7))}` : '';
  return `✅ The audit${commit}${run} found no Anthropic credentials. Closing. Keys found before stay in clones and forks until rotated.`;
}

function newKeysComment(report: JsonReport, fresh: number, ctx: AuditIssueContext, reopened: boolean): string {
  const cc = mentionLine(report.findings.map((f) => f.status), ctx.mentions ?? []);
  const what = reopened ? 'Reopened: the latest audit found keys again' : `The latest audit found ${fresh} more key${fresh === 1 ? '' : 's'} that may be live`;
  return `${what}: **${countsLine(report.findings)}**. The description above is up to date.${cc ? `\n\n${cc}` : ''}`;
}

/** A partial run's keys that the issue does not list, in a comment: the description is left as it is. */
function addedKeysComment(added: readonly JsonFinding[], ctx: AuditIssueContext, reopened: boolean): string {
  const head = [
    `${reopened ? 'Reopened: a' : 'A'} later scan found **${countsLine(added)}** not listed above.`,
    '', partialLine(ctx.partial),
  ];
  const cc = mentionLine(added.map((f) => f.status), ctx.mentions ?? []);
  if (cc) head.push('', cc);
  const table = boundedTable(added, ctx, head.join('\n').length + 4);
  return [...head, '', table.markdown].join('\n');
}

interface Issue {
  number: number;
  state?: string;
  title: string;
  body?: string | null;
  html_url?: string;
  user?: { login?: string } | null;
  labels?: (string | { name?: string })[];
  pull_request?: unknown;
}

const labelled = (issue: Issue): boolean => (issue.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name) === AUDIT_LABEL);

/** Our issue: by the token's identity, with the label, not a pull request; an open one first, else the latest. */
function ours(issues: readonly Issue[], identity: TokenIdentity): Issue | undefined {
  const mine = issues.filter((i) => !i.pull_request && labelled(i) && writtenBy(i.user, identity));
  return mine.find((i) => i.state === 'open') ?? mine[0];
}

export async function publishAuditIssue(client: GitHubClient, report: JsonReport, target: { owner: string; repo: string }, ctx: AuditIssueContext): Promise<AuditIssueOutcome> {
  const outcome: AuditIssueOutcome = { action: 'none', problems: [], denied: false };
  const refused = (what: string, error: unknown): AuditIssueOutcome => {
    if (isPermissionDenied(error)) {
      outcome.denied = true;
      outcome.problems.push(`could not ${what}: the token lacks \`${PERMISSION}\` (add \`permissions: issues: write\` to the job)`);
    } else outcome.problems.push(`could not ${what}: ${describeRequestError(error)}`);
    return outcome;
  };
  const repo = { owner: target.owner, repo: target.repo };
  const identity = ctx.identity ?? (await tokenIdentity(client));

  let existing: Issue | undefined;
  try {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
      ...repo, labels: AUDIT_LABEL, state: 'all', sort: 'updated', direction: 'desc', per_page: 100,
    });
    existing = ours(issues as Issue[], identity);
  } catch (error) {
    // Without the list a new issue could be a duplicate: do nothing rather than open one every night.
    return refused('list the audit issues', error);
  }
  if (existing) {
    outcome.number = existing.number;
    outcome.url = existing.html_url;
  }

  if (ctx.partial.length > 0) return addOnly(client, repo, report, existing, ctx, outcome, refused);

  if (report.findings.length === 0) {
    if (existing?.state !== 'open') return outcome;
    try {
      await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: closingComment(ctx) });
      await client.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
      outcome.action = 'closed';
    } catch (error) {
      refused(`close the audit issue #${existing.number}`, error);
    }
    return outcome;
  }

  const title = auditIssueTitle(report);
  const body = auditIssueBody(report, ctx);
  if (!existing) return open(client, repo, title, body, outcome, refused);

  const reopened = existing.state !== 'open';
  const before = listedKeys(existing);
  const fresh = report.findings.filter((f) => needsAttention(f.status) && !before.has(keyTag(f))).length;
  try {
    if (!reopened && existing.title === title && existing.body === body) outcome.action = 'unchanged';
    else {
      await client.rest.issues.update({ ...repo, issue_number: existing.number, title, body, ...(reopened ? { state: 'open' as const } : {}) });
      outcome.action = reopened ? 'reopened' : 'updated';
    }
    if (reopened || fresh > 0) {
      await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: newKeysComment(report, fresh, ctx, reopened) });
    }
  } catch (error) {
    refused(`update the audit issue #${existing.number}`, error);
  }
  return outcome;
}

type Refused = (what: string, error: unknown) => AuditIssueOutcome;

const listedKeys = (issue: Issue): Set<string> => new Set(KEYS_MARKER.exec(issue.body ?? '')?.[1]?.split(',').filter(Boolean) ?? []);

async function open(client: GitHubClient, repo: { owner: string; repo: string }, title: string, body: string, outcome: AuditIssueOutcome, refused: Refused): Promise<AuditIssueOutcome> {
  try {
    await ensureLabel(client, repo);
    const created = await client.rest.issues.create({ ...repo, title, body, labels: [AUDIT_LABEL] });
    outcome.action = 'opened';
    outcome.number = created.data.number;
    outcome.url = created.data.html_url;
  } catch (error) {
    refused('open the audit issue', error);
  }
  return outcome;
}

/**
 * A partial run: it cannot prove a key gone, so it never closes, retitles or rewrites the issue. Keys it found
 * that the issue does not list (all of them, when the issue is closed) are added in a comment, reopening it.
 */
async function addOnly(
  client: GitHubClient, repo: { owner: string; repo: string }, report: JsonReport, existing: Issue | undefined,
  ctx: AuditIssueContext, outcome: AuditIssueOutcome, refused: Refused,
): Promise<AuditIssueOutcome> {
  if (!existing) {
    if (report.findings.length === 0) return outcome;
    return open(client, repo, auditIssueTitle(report), auditIssueBody(report, ctx), outcome, refused);
  }
  const reopened = existing.state !== 'open';
  const listed = reopened ? new Set<string>() : listedKeys(existing);
  const added = report.findings.filter((f) => !listed.has(keyTag(f)));
  if (added.length === 0) {
    if (report.findings.length === 0 && !reopened) outcome.problems.push(`the audit issue #${existing.number} is left as it is: this run is not a whole audit (${ctx.partial.join('; ')}), so it cannot prove the keys are gone`);
    outcome.action = reopened ? 'none' : 'unchanged';
    return outcome;
  }
  try {
    if (reopened) await client.rest.issues.update({ ...repo, issue_number: existing.number, state: 'open' });
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: addedKeysComment(added, ctx, reopened) });
    outcome.action = reopened ? 'reopened' : 'commented';
  } catch (error) {
    refused(`add to the audit issue #${existing.number}`, error);
  }
  return outcome;
}

/** The label, created when the repository lacks it (GitHub would otherwise drop it from a new issue). */
async function ensureLabel(client: GitHubClient, repo: { owner: string; repo: string }): Promise<void> {
  try {
    await client.rest.issues.getLabel({ ...repo, name: AUDIT_LABEL });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    await client.rest.issues.createLabel({ ...repo, name: AUDIT_LABEL, color: 'b60205', description: 'Leaked Anthropic credentials found by anthropic-key-scan' });
  }
}
