/**
 * The job summary (GITHUB_STEP_SUMMARY, Markdown): what was scanned, a table of findings (status, kind,
 * redacted key, where, linked to the line at its commit), the revocation outcomes, and what to do next.
 * GitHub takes 1 MiB per step: rows stop at a budget and the rest are counted, pointing at the report file.
 * Rendered from the JsonReport only; everything that came from the repository goes through markdown.ts.
 */
import { isSurfaceKind } from '../../core/surface-place.js';
import type { JsonFinding, JsonLocation, JsonReport } from '../../core/report.js';
import type { Revocation } from '../../core/types.js';
import { kindOf } from '../../core/kinds.js';
import { adviceFor } from '../../core/next-step.js';
import { STATUS_ICON } from '../../core/status.js';
import { characters, code, fitted, largestFitting, link, middleCut, row, safeUrl, tableHead, text, utf8Bytes, type Measure } from './markdown.js';
import { needsAttention } from './mentions.js';
import { describeExposure, describeUsage } from '../exposure.js';
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
/** Rows of findings in a job summary; past it they are counted (5,000 rows at ~190 bytes each fit in the budget). */
export const SUMMARY_MAX_ROWS = 5000;
const LOCATIONS_PER_ROW = 5;
/** One location's Markdown at most (a link to a 10,000-character path is cut, never the row). */
const MAX_LOCATION = 600;
/** Below this a location is not worth showing: fewer locations share the room. */
const MIN_LOCATION = 60;
const BREAK = '<br>';
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

/** Where a location links: its line at its commit (or at the checked-out commit for files), else its commit. */
function locationTarget(location: JsonLocation, ctx: LinkContext): string | undefined {
  // A GitHub surface's item links to itself (its html_url); never built from the repository's tree.
  if (isSurfaceKind(location.kind)) return location.url;
  const repository = location.repository ?? ctx.repository;
  if (!repository) return undefined;
  const path = repoPath(location, ctx.placement);
  const commit = location.commit ?? ctx.sha;
  if (path !== undefined && commit) {
    // A key still in HEAD links to the commit that added it, at that commit's line: the line a reviewer can trust.
    return blobLink(ctx.serverUrl, repository, commit, path, location.commit ? location.line : displayLine(location));
  }
  return location.commit ? commitLink(ctx.serverUrl, repository, location.commit) : undefined;
}

/**
 * One location as Markdown, linked to its line, in at most `budget` (as `measure` counts): a long name is cut in
 * the middle, and the link dropped when it alone would not leave room for a readable label.
 */
export function locationCell(location: JsonLocation, ctx: LinkContext, budget = Infinity, measure: Measure = characters): string {
  const target = locationTarget(location, ctx);
  const raw = describeWhere(location, ctx.placement);
  // Markdown is never shorter than half its raw UTF-16 length: a name far over budget is not rendered whole.
  if (raw.length <= 2 * budget) {
    const whole = target ? link(text(raw), target) : text(raw);
    if (measure(whole) <= budget) return whole;
  }
  // The link only while it leaves the label at least half the room: a name that can be read beats a link.
  const safe = target === undefined || target.length > budget / 2 ? undefined : safeUrl(target);
  const linkCost = safe === undefined ? Infinity : measure(`[](${safe})`);
  const linked = linkCost <= budget / 2;
  const label = fittedWhere(location, ctx.placement, linked ? budget - linkCost : budget, measure);
  return linked ? `[${label}](${safe})` : label;
}

/**
 * describeWhere with its names (path, member, tag, repository) cut in the middle, as long as fits: the line,
 * the commit and what happened to the key stay whole.
 */
function fittedWhere(location: JsonLocation, placement: Placement, budget: number, measure: Measure): string {
  const cut = (keep: number): JsonLocation => {
    const out = { ...location };
    for (const field of ['path', 'member', 'tag', 'repository'] as const) if (out[field] !== undefined) out[field] = middleCut(out[field]!, keep);
    return out;
  };
  const render = (keep: number) => text(describeWhere(cut(keep), placement));
  const longest = Math.max(...(['path', 'member', 'tag', 'repository'] as const).map((f) => (location[f] ?? '').length));
  if (measure(render(0)) > budget) return fitted(describeWhere(cut(0), placement), budget, text, measure);
  return largestFitting(Math.min(longest, budget), render, budget, measure);
}

/** Up to LOCATIONS_PER_ROW locations in `budget`: fewer when each would be too short to read, the rest counted. */
function whereCell(finding: JsonFinding, ctx: LinkContext, budget: number, measure: Measure): string {
  const total = finding.locations.length;
  const count = Math.max(1, Math.min(LOCATIONS_PER_ROW, total, Math.floor(budget / MIN_LOCATION)));
  const more = total - count;
  const moreText = more === 0 ? '' : budget < 4 * MIN_LOCATION ? `+${more} more` : `…and ${more} more (see the report file)`;
  const room = budget - (more > 0 ? measure(moreText) + measure(BREAK) : 0) - measure(BREAK) * (count - 1);
  const each = Math.max(1, Math.min(MAX_LOCATION, Math.floor(room / count)));
  const cells = finding.locations.slice(0, count).map((l) => locationCell(l, ctx, each, measure));
  if (more > 0) cells.push(moreText);
  return cells.join(BREAK);
}

export interface TableLimits {
  /** The table's size at most, as `measure` counts (default: bytes, for the job summary). */
  budget: number;
  measure?: Measure;
  /** Rows at most; the findings past it are counted, for the caller to point at the report. */
  maxRows?: number;
}

/**
 * The findings table in `limits`; returns how many findings got no row. Every finding up to `maxRows` gets its
 * row: the status, kind and key cells are short and ours, and the Where cells share what is left, each row
 * taking at most an even share of the budget still free, so no long name (nor a thousand of them) pushes a key
 * out. `maxRows` is what the budget holds at that share; past it (or a budget too small) rows stop.
 */
export function findingsTable(findings: readonly JsonFinding[], ctx: LinkContext, limits: TableLimits | number = SUMMARY_BUDGET): { markdown: string; omitted: number } {
  const { budget, measure = utf8Bytes, maxRows = SUMMARY_MAX_ROWS } = typeof limits === 'number' ? { budget: limits } : limits;
  const lines = tableHead(['Status', 'Kind', 'Key', 'Where']);
  let left = budget - measure(lines.join('\n'));
  const rows = Math.min(findings.length, maxRows);
  let shown = 0;
  for (const finding of findings.slice(0, rows)) {
    const cells = [statusCell(finding), text(ruleTitle(finding.rule)), code(finding.redacted, 'cell')];
    const fixed = measure(row([...cells, ''])) + 1;
    const share = Math.floor(left / (rows - shown));
    if (share < fixed + 1) break;
    const line = row([...cells, whereCell(finding, ctx, Math.min(share - fixed, LOCATIONS_PER_ROW * MAX_LOCATION), measure)]);
    if (measure(line) + 1 > left) break;
    lines.push(line);
    left -= measure(line) + 1;
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
  const key = revocation.keyId ? `${code(middleCut(revocation.keyId, MAX_CELL), 'cell')}${revocation.keyName ? ` (${fitted(revocation.keyName, MAX_CELL)})` : ''}` : '';
  const outcome: Record<string, string> = {
    deactivated: '✅ deactivated',
    'would-deactivate': '🧪 would deactivate (dry run)',
    refused: '⏭️ not revoked',
    failed: '❌ failed',
  };
  return row([code(finding.redacted, 'cell'), outcome[revocation.outcome] ?? fitted(revocation.outcome, MAX_CELL), key, fitted(revocation.reason ?? '', MAX_CELL)]);
}

/**
 * Since when each key could be seen, where, and (with an admin key) what the usage report says since then: the
 * owner's questions after a leak. Keys with neither a dated exposure nor usage are left out.
 */
export function sinceExposure(findings: readonly JsonFinding[]): string[] {
  const rows = findings.filter((f) => f.exposure?.since || f.usage);
  if (rows.length === 0) return [];
  const out = ['### Since exposure', '', ...tableHead(['Key', 'Exposed', 'Usage since exposure'])];
  for (const f of rows.slice(0, MAX_REVOCATION_ROWS)) {
    out.push(row([code(f.redacted, 'cell'), f.exposure ? text(describeExposure(f.exposure)) : '', f.usage ? text(describeUsage(f.usage)) : '—']));
  }
  if (rows.length > MAX_REVOCATION_ROWS) out.push('', `…and ${rows.length - MAX_REVOCATION_ROWS} more in the report file.`);
  out.push('', 'Usage is what the organization\'s usage report counts for the key: it cannot tell its owner\'s calls from anyone else\'s.', '');
  return out;
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

/** Notes shown at most, and each one's length (a note may quote a 10,000-character path): the rest are counted. */
const MAX_NOTES = 20;
const MAX_NOTE = 500;
/** The scope and failure lines, and each revocation cell, at most (they may quote a name). */
const MAX_LINE = 1000;
const MAX_CELL = 200;

/** Where a job summary goes, and how much it takes: 1 MiB per step, in bytes. A check run's text takes 65,535 characters. */
export interface SummaryLimits {
  budget: number;
  measure: Measure;
  maxRows: number;
}
export const JOB_SUMMARY_LIMITS: SummaryLimits = { budget: SUMMARY_BUDGET, measure: utf8Bytes, maxRows: SUMMARY_MAX_ROWS };

export function renderSummary(report: JsonReport, ctx: SummaryContext, limits: SummaryLimits = JOB_SUMMARY_LIMITS): string {
  const out: string[] = ['## 🔑 Anthropic key scan', ''];
  const scanned = fitted(ctx.scanned, MAX_LINE);
  if (report.findings.length === 0) out.push(`✅ **No Anthropic credentials found** in ${scanned}.`);
  else out.push(`**${countsLine(report.findings)}** in ${scanned}.`);
  if (ctx.failure) out.push('', `❌ ${fitted(ctx.failure, MAX_LINE)}`);
  out.push('');

  const tail: string[] = [];
  const revocations = report.findings.filter((f) => f.revocation);
  if (revocations.length > 0) {
    tail.push('### Revocation', '', ...tableHead(['Key', 'Outcome', 'Key id', 'Details']));
    for (const f of revocations.slice(0, MAX_REVOCATION_ROWS)) tail.push(revocationRow(f, f.revocation!));
    if (revocations.length > MAX_REVOCATION_ROWS) tail.push('', `…and ${revocations.length - MAX_REVOCATION_ROWS} more in the report file.`);
    tail.push('');
  }
  tail.push(...sinceExposure(report.findings));
  const steps = nextSteps(report);
  if (steps.length > 0) tail.push('### What to do next', '', ...steps.map((s) => `- ${s}`), '', ...kindHelp(report).flatMap((h) => [h, '']));
  if (report.suppressed.length > 0) tail.push(`${report.suppressed.length} finding(s) suppressed (allow markers, config or baseline): listed in the report file.`, '');
  const reportNotes = (report.notes ?? []).filter((n) => !EXPECTED_NOTES.has(n.reason)).map((n) => n.message);
  const notes = [...(ctx.notices ?? []), ...(report.errors ?? []), ...reportNotes];
  if (notes.length > 0) {
    // Ours and the errors first: a thousand skipped files must not hide why the check run is missing.
    const shown = notes.slice(0, MAX_NOTES);
    tail.push(`<details><summary>Notes (${notes.length})</summary>`, '');
    tail.push(...shown.map((n) => `- ${fitted(n, MAX_NOTE)}`));
    if (notes.length > shown.length) tail.push(`- …and ${notes.length - shown.length} more note${notes.length - shown.length === 1 ? '' : 's'} in the report file`);
    tail.push('', '</details>', '');
  }
  const files = [ctx.reportFile && `JSON report: ${code(middleCut(ctx.reportFile, MAX_CELL))}`, ctx.sarifFile && `SARIF: ${code(middleCut(ctx.sarifFile, MAX_CELL))}`].filter(Boolean);
  if (ctx.artifact) {
    const name = code(middleCut(ctx.artifact.name, MAX_CELL));
    files.push(`Artifact: ${ctx.artifact.url ? link(name, ctx.artifact.url) : name}`);
  }
  if (ctx.auditIssue) {
    const label = `audit issue #${ctx.auditIssue.number} (${ctx.auditIssue.action})`;
    files.push(ctx.auditIssue.url ? link(label, ctx.auditIssue.url) : label);
  }
  if (files.length > 0) tail.push(files.join(' · '), '');

  if (report.findings.length > 0) {
    const { measure } = limits;
    const overflow = 200;
    const table = findingsTable(report.findings, ctx, { ...limits, budget: limits.budget - measure(out.join('\n')) - measure(tail.join('\n')) - overflow });
    out.push(table.markdown);
    if (table.omitted > 0) out.push('', `…and ${table.omitted} more finding${table.omitted === 1 ? '' : 's'}: see the report file${ctx.artifact?.url ? ` (${link('reports artifact', ctx.artifact.url)})` : ''}.`);
    out.push('');
  }
  return [...out, ...tail].join('\n');
}
