/**
 * The organization audit's job summary (Markdown for $GITHUB_STEP_SUMMARY): one table for the whole
 * organization, live keys on top, each key with every repository it is in. Pure: report in, Markdown out.
 * GitHub caps a step summary at 1 MiB, so rows and repositories per row are capped, with a count of the rest.
 */
import type { JsonFinding, JsonLocation, JsonReport } from '../core/report.js';
import type { Status } from '../core/types.js';
import { ruleTitle } from '../core/kinds.js';
import { shortCommit } from '../core/names.js';
import { blobLink } from '../report/github/where.js';
import { code as codeSpan, link, row, tableHead, text } from '../report/github/markdown.js';
import { mentionLine } from '../report/github/mentions.js';
import { statusCell } from '../report/github/summary.js';
import { repositoriesOf } from '../report/merge.js';

/** Names in this summary sit in table cells. */
const cell = text;
const code = (value: string): string => codeSpan(value, 'cell');

export interface SummaryOptions {
  /** GITHUB_SERVER_URL: when given, each first location links to the file at its commit. */
  serverUrl?: string;
  /** At most this many keys in the table (default 300). */
  maxRows?: number;
  /** At most this many repositories named per key (default 15). */
  maxRepositoriesPerRow?: number;
  /** Handles (mentions.ts) to mention when a key may be live (`merge --mention`). */
  mentions?: readonly string[];
}


function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

function where(l: JsonLocation, serverUrl: string | undefined): string {
  const commit = l.commit ? shortCommit(l.commit) : undefined;
  const place =
    l.kind === 'file'
      ? `${code(`${l.path ?? '?'}:${l.line}`)}${commit ? ` @ ${cell(commit)}` : ''}`
      : l.kind === 'tag-message'
        ? `message of tag ${code(l.tag ?? commit ?? '?')}`
        : `message of commit ${cell(commit ?? '?')}`;
  const url =
    serverUrl && l.repository && l.commit && l.kind === 'file' && l.path
      ? blobLink(serverUrl, l.repository, l.commit, l.path, l.line)
      : undefined;
  return `${l.repository ? `${cell(l.repository)}: ` : ''}${url ? link(place, url) : place}`;
}

function revocationCell(f: JsonFinding): string {
  const all = f.revocations ?? (f.revocation ? [f.revocation] : []);
  return all
    .map((r) => `${cell(r.outcome)}${r.keyId ? ` ${code(r.keyId)}` : ''}${r.outcome !== 'deactivated' && r.reason ? `: ${cell(r.reason)}` : ''}`)
    .join('<br>');
}

function repositoriesCell(f: JsonFinding, max: number): string {
  const counts = new Map<string, number>();
  for (const l of f.locations) if (l.repository) counts.set(l.repository, (counts.get(l.repository) ?? 0) + 1);
  const names = repositoriesOf(f);
  const shown = names.slice(0, max).map((r) => `${cell(r)}${(counts.get(r) ?? 0) > 1 ? ` (${counts.get(r)})` : ''}`);
  if (names.length > max) shown.push(`and ${names.length - max} more`);
  return shown.join(', ') || '—';
}

export function renderOrgSummary(report: JsonReport, options: SummaryOptions = {}): string {
  const maxRows = options.maxRows ?? 300;
  const maxRepos = options.maxRepositoriesPerRow ?? 15;
  const findings = report.findings;
  const scanned = report.scope.repositories ?? [];
  const failed = report.scope.failedRepositories ?? [];
  const carried = report.scope.carriedRepositories ?? [];
  const carriedSet = new Set(carried);
  const count = (s: Status) => findings.filter((f) => f.status === s).length;
  const live = findings.filter((f) => f.status === 'live');
  const liveRepos = new Set(live.flatMap(repositoriesOf));
  const deactivated = findings.filter((f) => (f.revocations ?? (f.revocation ? [f.revocation] : [])).some((r) => r.outcome === 'deactivated'));

  const lines: string[] = ['## Anthropic key audit', ''];
  const headline =
    live.length > 0
      ? `**${plural(live.length, 'live key')}** in ${plural(liveRepos.size, 'repository', 'repositories')}`
      : findings.length > 0
        ? 'No live key'
        : 'No Anthropic credential found';
  const breakdown = (['live', 'unknown', 'invalid', 'unchecked'] as Status[])
    .filter((s) => count(s) > 0)
    .map((s) => `${count(s)} ${s}`)
    .join(', ');
  lines.push(
    `${headline}. ${plural(scanned.filter((r) => !carriedSet.has(r)).length, 'repository', 'repositories')} scanned` +
      `${carried.length > 0 ? `, ${carried.length} carried from the last audit (not pushed since)` : ''}` +
      `${failed.length > 0 ? `, **${failed.length} could not be**` : ''}; ` +
      `${plural(findings.length, 'distinct key')}${breakdown ? ` (${breakdown})` : ''}` +
      `${deactivated.length > 0 ? `; ${deactivated.length} deactivated` : ''}` +
      `${report.suppressed.length > 0 ? `; ${report.suppressed.length} allowed or baselined` : ''}.`,
    '',
  );
  const cc = mentionLine(findings.map((f) => f.status), options.mentions ?? []);
  if (cc) lines.push(cc, '');

  if (findings.length > 0) {
    lines.push(...tableHead(['Status', 'Key', 'Kind', 'Repositories', 'First seen', 'Revocation']));
    for (const f of findings.slice(0, maxRows)) {
      const detail = [...(f.statusDetail && f.status !== 'live' ? [cell(f.statusDetail)] : []), ...(f.carried ? ['carried from the last audit'] : [])];
      const status = `${statusCell(f)}${detail.length > 0 ? `<br><sub>${detail.join('; ')}</sub>` : ''}`;
      const first = f.locations[0] ? where(f.locations[0], options.serverUrl) : '—';
      lines.push(row([status, code(f.redacted), cell(ruleTitle(f.rule)), repositoriesCell(f, maxRepos), first, revocationCell(f) || '—']));
    }
    if (findings.length > maxRows) lines.push('', `…and ${findings.length - maxRows} more keys: see the merged JSON report.`);
    lines.push('');
  }

  if (failed.length > 0) {
    lines.push('### Repositories that could not be scanned', '', ...tableHead(['Repository', 'Reason']));
    for (const f of failed.slice(0, maxRows)) lines.push(row([cell(f.repository), cell(f.reason)]));
    if (failed.length > maxRows) lines.push('', `…and ${failed.length - maxRows} more: see the merged JSON report.`);
    lines.push('');
  }
  if (carried.length > 0) {
    // Folded: on a quiet night most of the organization is carried.
    const shown = carried.slice(0, maxRows).map(cell).join(', ');
    const more = carried.length > maxRows ? ` …and ${carried.length - maxRows} more: see the merged JSON report.` : '';
    lines.push(`<details><summary>${plural(carried.length, 'repository', 'repositories')} carried from the last audit</summary>`, '', `${shown}${more}`, '', '</details>', '');
  }
  if (live.length > 0) {
    lines.push(
      '> A live key must be deactivated in the Anthropic Console (or with `--revoke` and an Admin API key) and replaced;',
      '> removing it from the code does not remove it from history or from the clones and forks that have it.',
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
