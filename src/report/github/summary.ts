/**
 * The job summary (GITHUB_STEP_SUMMARY, Markdown): what was scanned, a table of findings (status, kind,
 * redacted key, where, linked to the line at its commit), the revocation outcomes, and what to do next.
 * GitHub takes 1 MiB per step: rows stop at a budget and the rest are counted, pointing at the report file.
 * Rendered from the JsonReport only; everything that came from the repository goes through markdown.ts.
 */
import type { JsonFinding, JsonLocation, JsonReport } from '../../core/report.js';
import type { Revocation } from '../../core/types.js';
import { kindOf } from '../../core/kinds.js';
import { adviceFor } from '../../core/next-step.js';
import { STATUS_ICON } from '../../core/status.js';
import { code, link, row, tableHead, text } from './markdown.js';
import { needsAttention } from './mentions.js';
import { blobLink, commitLink, describeWhere, displayLine, repoPath, ruleTitle, statusLabel, type Placement } from './where.js';

export interface LinkContext {
  placement: Placement;
  /** GITHUB_SERVER_URL, e.g. https://github.com. */
  serverUrl: string;
  /** OWNER/NAME for links (a location's own `repository` wins). */
  repository?: string;
  /** The checked-out commit, for links to files found by a files scan. */
  sha?: string;
}

export interface SummaryContext extends LinkContext {
  /** What was scanned, one line ("pull request #7: the commits of abc1234..def5678"). */
  scanned: string;
  reportFile?: string;
  sarifFile?: string;
  /** Lines about what could not be done (permissions, failed writes), shown under "Notes". */
  notices?: readonly string[];
  /** Whether the step fails, and why (one line). */
  failure?: string;
  /** The reports' workflow artifact, when uploaded (artifact.ts). */
  artifact?: { name: string; url?: string };
  /** The audit issue this run kept (audit-issue.ts). */
  auditIssue?: { number: number; url?: string; action: string };
}

/** GitHub's limit is 1 MiB per step; leave room for what follows the table. */
export const SUMMARY_BUDGET = 1024 * 1024 - 64 * 1024;
const LOCATIONS_PER_ROW = 5;
/**
 * Notes the Action expects and has dealt with: a pull request's base is rarely an ancestor of its head, and a
 * shallow checkout was deepened until the range was whole (fetch-history.ts says so itself when it could not).
 */
const EXPECTED_NOTES = new Set(['not-ancestor', 'shallow', 'nothing-to-scan']);
const MAX_REVOCATION_ROWS = 200;

const ICON: Record<string, string> = STATUS_ICON;

/** A finding's status as every Markdown view shows it (job summary, comments, audit issue, organization summary). */
export function statusCell(finding: JsonFinding): string {
  return `${ICON[finding.status] ?? ''} **${statusLabel(finding.status)}**`;
}

/** One location as Markdown, linked to its line at its commit (or at the checked-out commit for files). */
export function locationCell(location: JsonLocation, ctx: LinkContext): string {
  const repository = location.repository ?? ctx.repository;
  const label = text(describeWhere(location, ctx.placement));
  if (!repository) return label;
  const path = repoPath(location, ctx.placement);
  const commit = location.commit ?? ctx.sha;
  if (path !== undefined && commit) {
    // A key still in HEAD links to the commit that added it, at that commit's line: the line a reviewer can trust.
    return link(label, blobLink(ctx.serverUrl, repository, commit, path, location.commit ? location.line : displayLine(location)));
  }
  if (location.commit) return link(label, commitLink(ctx.serverUrl, repository, location.commit));
  return label;
}

function whereCell(finding: JsonFinding, ctx: LinkContext): string {
  const shown = finding.locations.slice(0, LOCATIONS_PER_ROW).map((l) => locationCell(l, ctx));
  const more = finding.locations.length - shown.length;
  if (more > 0) shown.push(`…and ${more} more (see the report file)`);
  return shown.join('<br>');
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The findings table, up to `budget` bytes (UTF-8); returns how many findings did not fit. */
export function findingsTable(findings: readonly JsonFinding[], ctx: LinkContext, budget = SUMMARY_BUDGET): { markdown: string; omitted: number } {
  const lines = tableHead(['Status', 'Kind', 'Key', 'Where']);
  let size = bytes(lines.join('\n'));
  let shown = 0;
  for (const finding of findings) {
    const line = row([statusCell(finding), text(ruleTitle(finding.rule)), code(finding.redacted, 'cell'), whereCell(finding, ctx)]);
    if (size + bytes(line) + 1 > budget) break;
    lines.push(line);
    size += bytes(line) + 1;
    shown++;
  }
  return { markdown: lines.join('\n'), omitted: findings.length - shown };
}

export function countsLine(findings: readonly JsonFinding[]): string {
  const n = (status: string) => findings.filter((f) => f.status === status).length;
  const parts = (['live', 'unknown', 'unchecked', 'invalid'] as const).filter((s) => n(s) > 0).map((s) => `${n(s)} ${s}`);
  return `${findings.length} key${findings.length === 1 ? '' : 's'} found (${parts.join(', ')})`;
}

function revocationRow(finding: JsonFinding, revocation: Revocation): string {
  const key = revocation.keyId ? `${code(revocation.keyId, 'cell')}${revocation.keyName ? ` (${text(revocation.keyName)})` : ''}` : '';
  const outcome: Record<string, string> = {
    deactivated: '✅ deactivated',
    'would-deactivate': '🧪 would deactivate (dry run)',
    refused: '⏭️ not revoked',
    failed: '❌ failed',
  };
  return row([code(finding.redacted, 'cell'), outcome[revocation.outcome] ?? text(revocation.outcome), key, text(revocation.reason ?? '')]);
}

/** What to do next, for the statuses present. */
export function nextSteps(report: JsonReport): string[] {
  const steps: string[] = [];
  const has = (...statuses: string[]) => report.findings.some((f) => statuses.includes(f.status));
  if (has('live', 'unknown', 'unchecked')) {
    // The Action's own revocation is offered only where it applies: to kinds the Admin API can deactivate, in a run that did not use it.
    const advice = adviceFor(report, 'action');
    const revocable = report.findings.some((f) => needsAttention(f.status) && kindOf(f.rule).revoke.via === 'admin-api');
    steps.push(
      '**Rotate every key that may be live** (live, unknown, unchecked): how depends on the kind (see *How to fix* below).' +
        (revocable && !advice.revoke ? ' With `revoke: true` and an `admin-key` secret, this Action deactivates live API keys of your organization itself.' : ''),
    );
  }
  if (report.findings.some((f) => f.locations.some((l) => l.commit && l.inHead === false))) {
    steps.push('Keys that were **added and removed again** are still in the git history (and in every clone and fork): removing the line does not un-leak them. Rotate them.');
  }
  if (has('invalid')) steps.push('**Invalid keys** no longer work: remove them from the code as clean-up.');
  if (report.findings.length > 0) {
    steps.push('Keep keys in a secret store (for Actions: `secrets.*`), never in the repository. A false positive? Add `anthropic-key-scan:allow` in a comment on its line, or list it in a baseline.');
  }
  return steps;
}

/**
 * How to fix each kind that may be live, from the kinds table (its help is our own Markdown), folded: the
 * steps above cannot say it for every kind (an OAuth token is revoked in claude.ai, an admin key by hand).
 */
export function kindHelp(report: JsonReport): string[] {
  const rules = [...new Set(report.findings.filter((f) => needsAttention(f.status)).map((f) => f.rule))];
  return rules.map((rule) => {
    const kind = kindOf(rule);
    return `<details><summary>How to fix: ${text(kind.title)}</summary>\n\n${kind.help}\n\n</details>`;
  });
}

export function renderSummary(report: JsonReport, ctx: SummaryContext): string {
  const out: string[] = ['## 🔑 Anthropic key scan', ''];
  if (report.findings.length === 0) out.push(`✅ **No Anthropic credentials found** in ${text(ctx.scanned)}.`);
  else out.push(`**${countsLine(report.findings)}** in ${text(ctx.scanned)}.`);
  if (ctx.failure) out.push('', `❌ ${text(ctx.failure)}`);
  out.push('');

  const tail: string[] = [];
  const revocations = report.findings.filter((f) => f.revocation);
  if (revocations.length > 0) {
    tail.push('### Revocation', '', ...tableHead(['Key', 'Outcome', 'Key id', 'Details']));
    for (const f of revocations.slice(0, MAX_REVOCATION_ROWS)) tail.push(revocationRow(f, f.revocation!));
    if (revocations.length > MAX_REVOCATION_ROWS) tail.push('', `…and ${revocations.length - MAX_REVOCATION_ROWS} more in the report file.`);
    tail.push('');
  }
  const steps = nextSteps(report);
  if (steps.length > 0) tail.push('### What to do next', '', ...steps.map((s) => `- ${s}`), '', ...kindHelp(report).flatMap((h) => [h, '']));
  if (report.suppressed.length > 0) tail.push(`${report.suppressed.length} finding(s) suppressed (allow markers, config or baseline): listed in the report file.`, '');
  const reportNotes = (report.notes ?? []).filter((n) => !EXPECTED_NOTES.has(n.reason));
  const notes = [...(ctx.notices ?? []), ...reportNotes.slice(0, 20).map((n) => n.message), ...(report.errors ?? [])];
  const moreNotes = reportNotes.length - Math.min(20, reportNotes.length);
  if (notes.length > 0) {
    tail.push(`<details><summary>Notes (${notes.length + moreNotes})</summary>`, '');
    tail.push(...notes.map((n) => `- ${text(n)}`));
    if (moreNotes > 0) tail.push(`- …and ${moreNotes} more in the report file`);
    tail.push('', '</details>', '');
  }
  const files = [ctx.reportFile && `JSON report: ${code(ctx.reportFile)}`, ctx.sarifFile && `SARIF: ${code(ctx.sarifFile)}`].filter(Boolean);
  if (ctx.artifact) files.push(`Artifact: ${ctx.artifact.url ? link(code(ctx.artifact.name), ctx.artifact.url) : code(ctx.artifact.name)}`);
  if (ctx.auditIssue) {
    const label = `audit issue #${ctx.auditIssue.number} (${ctx.auditIssue.action})`;
    files.push(ctx.auditIssue.url ? link(label, ctx.auditIssue.url) : label);
  }
  if (files.length > 0) tail.push(files.join(' · '), '');

  if (report.findings.length > 0) {
    const head = out.join('\n');
    const rest = tail.join('\n');
    const table = findingsTable(report.findings, ctx, SUMMARY_BUDGET - bytes(head) - bytes(rest));
    out.push(table.markdown);
    if (table.omitted > 0) out.push('', `…and ${table.omitted} more finding(s) that do not fit in a job summary: see the report file.`);
    out.push('');
  }
  return [...out, ...tail].join('\n');
}
