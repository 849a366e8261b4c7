/**
 * The human report: what a developer reads in a terminal or a CI log. Status comes first and loud: a live
 * key is an incident, a dead one is clean-up. Renders from the JsonReport only (it never holds a secret).
 * Everything that came from the scanned repository (paths, authors, messages) has its control characters
 * escaped, so a file name cannot move the cursor or forge colours.
 */
import { describeSurfacePlace } from '../core/surface-place.js';
import type { JsonFinding, JsonLocation, JsonNote, JsonReport } from '../core/report.js';
import type { Revocation, Status } from '../core/types.js';
import { ruleTitle } from '../core/kinds.js';
import { LONG_COMMIT, shortCommit } from '../core/names.js';
import { adviceFor, nextStep, type AdviceContext, type Surface } from '../core/next-step.js';
import { NEXT_STEP, STATUS_LABEL, STATUS_ORDER } from '../core/status.js';
import { COLOURS, RESET } from '../core/output-guard.js';
import { formatBytes } from '../core/size.js';
import { describeExposure, describeUsage } from './exposure.js';

export interface TextOptions {
  color: boolean;
  /** Where the reader runs the tool, for the next steps' wording (default cli). */
  surface?: Surface;
  /** Locations listed per finding before "... and N more" (default 20; the JSON report has them all). */
  maxLocations?: number;
}

type Style = 'red' | 'yellow' | 'dim' | 'bold' | 'green';

/** The terminal's colour for each status (labels and meanings are core/status.ts's). */
const STATUS_STYLE: Record<Status, Style> = { live: 'red', unknown: 'yellow', unchecked: 'yellow', invalid: 'dim' };

const CODES: Record<Style, string> = COLOURS;


export function renderText(report: JsonReport, opts: TextOptions): string {
  const paint = (style: Style, text: string) => (opts.color ? `${CODES[style]}${text}${RESET}` : text);
  const max = opts.maxLocations ?? 20;
  const out: string[] = [];

  out.push(`${report.tool.name} ${report.tool.version}: ${describeScope(report.scope)}`);
  out.push('');

  if (report.findings.length === 0) {
    out.push(paint('green', 'No Anthropic credentials found.'));
    out.push('');
  }
  const advice = adviceFor(report, opts.surface ?? 'cli');
  for (const finding of report.findings) {
    out.push(...renderFinding(finding, paint, max, advice));
    out.push('');
  }

  if (report.suppressed.length > 0) {
    out.push(`Suppressed: ${report.suppressed.length} (${countBy(report.suppressed, (f) => f.suppressedBy ?? 'unspecified')}); listed in the JSON report`);
  }
  out.push(...renderNotes(report.notes ?? []));
  if (report.errors && report.errors.length > 0) {
    out.push(paint('red', `Errors: ${report.errors.length}`));
    for (const error of report.errors) out.push(`  - ${clean(error)}`);
  }
  const scanned = describeStats(report.stats);
  if (scanned) out.push(scanned);
  out.push(paint('bold', totals(report.findings)));
  return `${out.join('\n')}\n`;
}

type Paint = (style: Style, text: string) => string;

function renderFinding(finding: JsonFinding, paint: Paint, max: number, advice: AdviceContext): string[] {
  const style = STATUS_STYLE[finding.status] ?? STATUS_STYLE.unknown;
  const title = ruleTitle(finding.rule);
  const lines = [`${paint(style, STATUS_LABEL[finding.status] ?? STATUS_LABEL.unknown)}  ${title}  ${clean(finding.redacted)}  ${paint('dim', `(${finding.rule})`)}`];
  lines.push(`  ${paint(style, nextStep(finding, advice))}`);
  if (finding.variant) lines.push(`  which: ${clean(finding.variant)} (from the words around it)`);
  if (finding.suppressionOverridden) lines.push(`  ${paint('red', clean(overriddenSuppression(finding)))}`);
  if (finding.statusDetail) lines.push(`  status: ${clean(finding.statusDetail)}`);
  if (finding.carried) lines.push('  carried: found by an earlier audit (--state), reported again');
  if (finding.organizationId || finding.organizationName) {
    const org = [finding.organizationId, finding.organizationName && `(${finding.organizationName})`].filter(Boolean).join(' ');
    lines.push(`  organization: ${clean(org)}`);
  }
  if (finding.exposure) lines.push(`  exposed: ${clean(describeExposure(finding.exposure))}`);
  if (finding.usage) lines.push(`  usage since exposure: ${clean(describeUsage(finding.usage))}`);
  const shown = finding.locations.slice(0, max);
  for (const location of shown) {
    lines.push(`  ${renderLocation(location)}`);
    // What to copy into allow.fingerprints to ignore this one place (the key stays reported everywhere else).
    if (location.fingerprint) lines.push(paint('dim', `    fingerprint: ${clean(location.fingerprint)}`));
  }
  if (finding.locations.length > shown.length) {
    lines.push(`  ... and ${finding.locations.length - shown.length} more location(s) (all of them are in --format json)`);
  }
  // Merged reports list every distinct outcome when the jobs disagreed; otherwise the one outcome.
  const revocations = finding.revocations && finding.revocations.length > 1 ? finding.revocations : finding.revocation ? [finding.revocation] : [];
  for (const revocation of revocations) {
    lines.push(`  ${renderRevocation(revocation, paint)}`);
    const facts = keyFacts(revocation);
    if (facts) lines.push(`    key: ${clean(facts)}`);
  }
  return lines;
}

/** Why a key that something allowed is reported all the same (a live key is never hidden), or '' when nothing allowed it. */
export function overriddenSuppression(finding: Pick<JsonFinding, 'suppressionOverridden'>): string {
  return finding.suppressionOverridden ? `reported although suppressed (${finding.suppressionOverridden}): the key is live` : '';
}

/** A file's path, and the member inside it when the key is in an archive: `release.zip!lib/app.jar!.env`. */
export function pathWithMember(path: string, member: string | undefined): string {
  return member === undefined ? path : `${path}!${member}`;
}

/** `path:line:column` (`path!member:line:column` in an archive), then commit, author, date, encoding, repository; git message locations are named as such. */
export function renderLocation(l: JsonLocation): string {
  const short = l.commit ? shortCommit(l.commit, LONG_COMMIT) : undefined;
  let where: string;
  const surface = describeSurfacePlace(l);
  if (surface !== undefined) where = `${surface}: ${l.url ?? '(no link)'}${l.member !== undefined ? `!${l.member}` : ''}:${l.line}:${l.column}`;
  else if (l.kind === 'commit-message') where = `commit message of ${short ?? '?'}:${l.line}:${l.column}`;
  else if (l.kind === 'tag-message') where = `message of tag ${l.tag ?? '?'}:${l.line}:${l.column}`;
  else where = `${pathWithMember(l.path ?? '?', l.member)}:${l.line}:${l.column}`;
  const parts = [where];
  if (short && (l.kind === 'file' || l.kind === 'wiki')) parts.push(`commit ${short}`);
  if (l.author && surface === undefined) parts.push(l.author);
  if (l.date) parts.push(/^\d{4}-\d\d-\d\d/.test(l.date) ? l.date.slice(0, 10) : l.date);
  if (l.encoding) parts.push(`[${l.encoding}]`);
  if (l.inHead === true) parts.push(l.headLine !== undefined ? `(in HEAD at line ${l.headLine})` : '(in HEAD)');
  if (l.inHead === false) parts.push('(no longer in HEAD)');
  if (l.repository) parts.push(`in ${l.repository}`);
  return clean(parts.join('  '));
}

/** What the Admin API said of the matched key, on one line (undefined when it said nothing). */
function keyFacts(r: Revocation): string | undefined {
  const facts = [
    r.keyWorkspace && (r.keyWorkspace === 'organization' ? 'organization-wide' : `workspace ${r.keyWorkspace}`),
    r.keyCreatedBy && `created by ${r.keyCreatedBy}`,
    r.keyPrincipal && `acts as ${r.keyPrincipal}`,
    r.keyExpiresAt && `expires ${r.keyExpiresAt}`,
    r.keyStatus && `status ${r.keyStatus}`,
    r.restoredTo && `changed, then restored to ${r.restoredTo}`,
  ].filter(Boolean);
  return facts.length > 0 ? facts.join(', ') : undefined;
}

function renderRevocation(r: Revocation, paint: Paint): string {
  const key = r.keyId ? clean(`${r.keyId}${r.keyName ? ` ("${r.keyName}")` : ''}`) : undefined;
  const reason = clean(r.reason ?? 'no reason given');
  switch (r.outcome) {
    case 'deactivated':
      return `${paint('green', 'revoked:')} deactivated ${key ?? 'the key'}; next: ${NEXT_STEP}`;
    case 'would-deactivate':
      return `dry run: would deactivate ${key ?? 'the key'}; run without --dry-run to do it${r.reason ? ` (${reason})` : ''}`;
    case 'failed':
      return `${paint('red', 'revocation FAILED:')} ${reason}${key ? ` [${key}]` : ''}; deactivate it in the Console now`;
    case 'refused':
    default:
      return `not revoked: ${reason}${key ? ` [${key}]` : ''}`;
  }
}

/** Skips counted by reason; the message of a rare note (one or two of its kind, e.g. a shallow clone) in full. */
function renderNotes(notes: readonly JsonNote[]): string[] {
  if (notes.length === 0) return [];
  const byReason = new Map<string, JsonNote[]>();
  for (const note of notes) byReason.set(note.reason, [...(byReason.get(note.reason) ?? []), note]);
  const lines = [`Notes: ${notes.length} (${countBy(notes, (n) => n.reason)})`];
  for (const group of byReason.values()) {
    if (group.length <= 2) for (const note of group) lines.push(`  - ${clean(note.repository ? `${note.repository}: ${note.message}` : note.message)}`);
  }
  return lines;
}

function describeScope(scope: JsonReport['scope']): string {
  let what: string;
  switch (scope.kind) {
    case 'files':
      what = `${scope.tracked ? 'tracked ' : ''}files under ${scope.root ?? '.'}`;
      break;
    case 'stdin':
      what = 'standard input';
      break;
    case 'staged':
      what = `staged changes in ${scope.root ?? '.'}`;
      break;
    case 'history':
      what = `the whole history of ${scope.root ?? '.'}`;
      break;
    case 'range':
      what =
        scope.newOn !== undefined
          ? `commits of ${scope.head ?? '?'} on no ref of ${scope.newOn === '*' ? 'any remote' : `remote ${scope.newOn}`} in ${scope.root ?? '.'}`
          : `commits ${scope.base ?? '?'}..${scope.head ?? '?'} in ${scope.root ?? '.'}`;
      break;
    case 'surfaces':
      what = 'GitHub surfaces';
      break;
    case 'merge': {
      const n = scope.repositories?.length ?? 0;
      what = `merged report of ${n} repositor${n === 1 ? 'y' : 'ies'}`;
      const failed = scope.failedRepositories ?? [];
      if (failed.length > 0) what += `; ${failed.length} failed: ${failed.map((f) => `${f.repository} (${f.reason})`).join(', ')}`;
      break;
    }
    default:
      what = String(scope.kind);
  }
  if (scope.surfaces?.length && scope.kind !== 'merge') what += `${scope.kind === 'surfaces' ? ':' : ', and'} ${scope.surfaces.join(', ')}`;
  if (scope.repository) what += ` (${scope.repository})`;
  return clean(what);
}

const STAT_NAMES: [string, string][] = [
  ['filesScanned', 'file'],
  ['commitsScanned', 'commit'],
  ['blobsScanned', 'blob'],
  ['tagsScanned', 'tag'],
];

function describeStats(stats: JsonReport['stats']): string | undefined {
  const parts: string[] = [];
  for (const [name, noun] of STAT_NAMES) {
    const n = stats[name];
    if (typeof n === 'number' && n > 0) parts.push(`${n} ${noun}${n === 1 ? '' : 's'}`);
  }
  if (parts.length === 0 && typeof stats.filesScanned === 'number') parts.push('0 files');
  if (typeof stats.bytesScanned === 'number') parts.push(formatBytes(stats.bytesScanned));
  if (parts.length === 0) return undefined;
  const ms = stats.durationMs;
  const duration = typeof ms === 'number' ? ` in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}` : '';
  return `Scanned ${parts.join(', ')}${duration}`;
}

function totals(findings: readonly JsonFinding[]): string {
  const keys = findings.length;
  if (keys === 0) return 'Total: no keys reported';
  const byStatus = STATUS_ORDER.map((s) => [s, findings.filter((f) => f.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const locations = findings.reduce((n, f) => n + f.locations.length, 0);
  return `Total: ${keys} key${keys === 1 ? '' : 's'} (${byStatus.join(', ')}) at ${locations} location${locations === 1 ? '' : 's'}`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${clean(k)} ${n}`).join(', ');
}

/**
 * Control characters (C0 including newlines and tabs, DEL, C1) escaped as \xNN, and the bidirectional
 * overrides and isolates as \u{NNNN}: text from the repository (a file name may hold a newline, an escape
 * sequence or a right-to-left override) must keep to its line, not drive the terminal, and not display as
 * another name.
 */
export function clean(text: string): string {
  // U+2028/U+2029 too: the terminal guard makes them newlines, which would let a name print a line of its own.
  return text.replace(/[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u{${code.toString(16)}}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

