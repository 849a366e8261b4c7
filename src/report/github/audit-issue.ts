/**
 * The audit issue (`audit-issue: true`): on scheduled and manual audits, one issue in the repository, labelled
 * `anthropic-key-scan`, that says what the last audit found. Opened when an audit finds keys, updated in place
 * by later audits (reopened if it had been closed), closed with a comment when a complete audit finds nothing.
 *
 * - The issue is ours only when the token's own identity (identity.ts) opened it AND it carries the label:
 *   anyone can open an issue with the same title, label or hidden marker, and such an issue is never touched.
 * - Never a full key: the body is rendered from the JSON report (hints, hashes' prefixes), names through
 *   markdown.ts. People named in `mention` are called in the body when it is opened, and in a comment when a
 *   later audit finds a key that may be live and was not in the issue before (an edit notifies nobody).
 * - A refused write (no `issues: write`, issues turned off) is a notice naming the reason, never a failure.
 */
import type { JsonReport } from '../../core/report.js';
import { tokenIdentity, writtenBy, type TokenIdentity } from './identity.js';
import { link, text } from './markdown.js';
import { mentionLine, needsAttention } from './mentions.js';
import type { GitHubClient } from '../../github/client.js';
import { describeRequestError, isPermissionDenied } from '../../github/client.js';
import { countsLine, findingsTable, kindHelp, nextSteps, type LinkContext } from './summary.js';
import { keyTag } from './where.js';

export const AUDIT_LABEL = 'anthropic-key-scan';
const AUDIT_MARKER = '<!-- anthropic-key-scan:audit-issue -->';
const KEYS_MARKER = /<!-- anthropic-key-scan:keys=([0-9a-f,]*) -->/;
const PERMISSION = 'issues: write';
/** GitHub takes 65,536 characters in an issue body; the table stops well before. */
const TABLE_BUDGET = 60_000;

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
}

export interface AuditIssueOutcome {
  action: 'opened' | 'updated' | 'reopened' | 'unchanged' | 'closed' | 'none';
  number?: number;
  url?: string;
  /** One line each: what could not be done and why. */
  problems: string[];
  /** Whether a request was refused for want of `issues: write`. */
  denied: boolean;
}

/** The keys (hash prefixes) that may be live, as the body records them for the next audit. */
function attentionKeys(report: JsonReport): string[] {
  return report.findings.filter((f) => needsAttention(f.status)).map(keyTag);
}

export function auditIssueTitle(report: JsonReport): string {
  return `Anthropic key scan: ${countsLine(report.findings)}`;
}

export function auditIssueBody(report: JsonReport, ctx: AuditIssueContext): string {
  const out = [AUDIT_MARKER, `<!-- anthropic-key-scan:keys=${attentionKeys(report).join(',')} -->`, ''];
  const run = ctx.runUrl ? ` (${link('workflow run', ctx.runUrl)})` : '';
  const commit = ctx.sha ? ` at ${text(ctx.sha.slice(0, 7))}` : '';
  out.push(`The last audit of this repository${commit}${run} found **${countsLine(report.findings)}**.`);
  const cc = mentionLine(report.findings.map((f) => f.status), ctx.mentions ?? []);
  if (cc) out.push('', cc);
  const table = findingsTable(report.findings, ctx, TABLE_BUDGET);
  out.push('', table.markdown);
  if (table.omitted > 0) out.push('', `…and ${table.omitted} more: see the JSON report of the workflow run.`);
  if ((report.errors ?? []).length > 0) out.push('', `⚠️ The audit did not finish cleanly (${report.errors!.length} error(s)): more keys may exist. See the workflow run.`);
  out.push('', '### What to do next', '', ...nextSteps(report).map((s) => `- ${s}`));
  for (const help of kindHelp(report)) out.push('', help);
  out.push('', '---', '', '<sub>Kept up to date by anthropic-key-scan on every scheduled audit; closed when an audit finds nothing.</sub>');
  return out.join('\n');
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

  if (report.findings.length === 0) {
    if (existing?.state !== 'open') return outcome;
    if ((report.errors ?? []).length > 0) {
      outcome.problems.push(`the audit issue #${existing.number} stays open: this audit did not finish cleanly, so it cannot prove the keys are gone`);
      return outcome;
    }
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
  if (!existing) {
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

  const reopened = existing.state !== 'open';
  const before = new Set(KEYS_MARKER.exec(existing.body ?? '')?.[1]?.split(',').filter(Boolean) ?? []);
  const fresh = attentionKeys(report).filter((k) => !before.has(k)).length;
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

/** The label, created when the repository lacks it (GitHub would otherwise drop it from a new issue). */
async function ensureLabel(client: GitHubClient, repo: { owner: string; repo: string }): Promise<void> {
  try {
    await client.rest.issues.getLabel({ ...repo, name: AUDIT_LABEL });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    await client.rest.issues.createLabel({ ...repo, name: AUDIT_LABEL, color: 'b60205', description: 'Leaked Anthropic credentials found by anthropic-key-scan' });
  }
}
