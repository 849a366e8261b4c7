/**
 * People told: one message per run to a webhook (a Slack-compatible incoming webhook, or plain JSON) when the run
 * found keys that are live or could not be proven dead (live, unknown, unchecked; invalid keys are clean-up, not
 * news). The message says, per key, its hint, kind, where (as text, never a link: a link to the line would show the
 * key), whether it was revoked, and links only to the run. It never holds a key in any form: no value, no hash.
 *
 * The URL is a secret (whoever holds it can post to the channel): it is never printed, and a failure is said
 * without it. It must be https://, or plain http:// to a loopback address, as ANTHROPIC_BASE_URL; redirects are
 * not followed. A failure is a notice, never a lost finding or a failed run.
 */
import { describeSurfacePlace } from '../core/surface-place.js';
import type { NotifyFormat } from '../core/defaults.js';
import type { JsonFinding, JsonLocation, JsonReport } from '../core/report.js';
import { ruleTitle } from '../core/kinds.js';
import { scrub } from '../core/scrub.js';
import { shortCommit } from '../core/names.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { endpointProblem } from '../core/endpoint.js';

export interface NotifyContext {
  format: NotifyFormat;
  /** OWNER/NAME the run scanned, when known. */
  repository?: string;
  /** The workflow run's page: the one link the message carries. */
  runUrl?: string;
}

/** Keys listed in one message; the rest are counted. */
const MAX_KEYS = 20;
const TELL = new Set(['live', 'unknown', 'unchecked']);

/** The findings a message is about: live or unverifiable keys. */
export function findingsToTell(report: JsonReport): JsonFinding[] {
  return report.findings.filter((f) => TELL.has(f.status));
}

/** Why the webhook URL cannot be used (one line, never the URL's path), or undefined: the rule ANTHROPIC_BASE_URL keeps. */
export function webhookProblem(url: string): string | undefined {
  return endpointProblem(url, 'the notification webhook', 'the message');
}

/** One line of text with no control characters and nothing that looks like a key. */
function plain(text: string, max = 300): string {
  const line = scrub(text).replace(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Where, as text: `OWNER/NAME path:line` (or a commit or tag message). */
export function whereText(location: JsonLocation): string {
  const surface = describeSurfacePlace(location);
  const at = surface !== undefined
    ? `${surface}${location.url ? ` ${location.url}` : ''}:${location.line}`
    : location.kind === 'commit-message'
      ? `message of commit ${shortCommit(location.commit)}`
      : location.kind === 'tag-message'
        ? `message of tag ${location.tag ?? '?'}`
        : `${location.path ?? '?'}${location.member !== undefined ? `!${location.member}` : ''}:${location.line}`;
  return plain(`${location.repository ? `${location.repository} ` : ''}${at}`);
}

function revokedText(finding: JsonFinding): string {
  switch (finding.revocation?.outcome) {
    case 'deactivated':
      return 'revoked (deactivated)';
    case 'would-deactivate':
      return 'not revoked (dry run)';
    case 'failed':
      return 'revocation FAILED';
    default:
      return 'not revoked';
  }
}

/** The plain JSON body: the tool, the run, and each key's redacted facts. */
export function jsonMessage(report: JsonReport, ctx: NotifyContext): Record<string, unknown> | undefined {
  const findings = findingsToTell(report);
  if (findings.length === 0) return undefined;
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    ...(ctx.repository ? { repository: plain(ctx.repository) } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    keys: findings.length,
    listed: findings.slice(0, MAX_KEYS).map((f) => ({
      kind: f.rule,
      title: ruleTitle(f.rule),
      hint: f.redacted,
      status: f.status,
      revoked: f.revocation?.outcome === 'deactivated',
      revocation: f.revocation?.outcome ?? 'none',
      where: f.locations.slice(0, 5).map(whereText),
      locations: f.locations.length,
      ...(f.exposure?.since ? { exposedSince: f.exposure.since } : {}),
      ...(f.exposure ? { visibility: f.exposure.visibility } : {}),
    })),
  };
}

/** Slack's mrkdwn: `&`, `<`, `>` escaped (so no `<!channel>` or link can be forged), and no backtick to close a code span. */
function mrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/`/g, "'");
}

/** A Slack-compatible incoming-webhook body: `text` (the notification's line) and `blocks`. */
export function slackMessage(report: JsonReport, ctx: NotifyContext): Record<string, unknown> | undefined {
  const findings = findingsToTell(report);
  if (findings.length === 0) return undefined;
  const counts = ['live', 'unknown', 'unchecked'].map((s) => [s, findings.filter((f) => f.status === s).length] as const).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  const where = ctx.repository ? ` in ${mrkdwn(plain(ctx.repository))}` : '';
  const headline = `${TOOL_NAME}: ${findings.length} Anthropic key${findings.length === 1 ? '' : 's'} that may be live${where} (${counts.join(', ')})`;
  const run = ctx.runUrl ? `<${ctx.runUrl}|the run>` : 'the run';
  const lines = findings.slice(0, MAX_KEYS).map((f) => {
    const at = f.locations.slice(0, 3).map((l) => `\`${mrkdwn(whereText(l))}\``).join(', ');
    const more = f.locations.length > 3 ? ` and ${f.locations.length - 3} more` : '';
    return `• *${f.status}* ${mrkdwn(ruleTitle(f.rule))} \`${mrkdwn(f.redacted)}\`: ${at}${more}; ${revokedText(f)}`;
  });
  if (findings.length > MAX_KEYS) lines.push(`…and ${findings.length - MAX_KEYS} more in the run's report`);
  return {
    text: `${headline}. See ${run}.`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${headline}*` } },
      { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n').slice(0, 2900) } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `Rotate each key that may be live. Details: ${run}.` }] },
    ],
  };
}

export interface NotifyOutcome {
  /** sent; nothing: no live or unverifiable key; failed: not sent (a bad URL, a refusal, no answer). */
  state: 'sent' | 'nothing' | 'failed';
  /** One line, never the URL: why nothing was sent, or what went wrong. */
  detail: string;
}

/** Posts the run's message, when there is something to tell. Never rejects. */
export async function notify(url: string, report: JsonReport, ctx: NotifyContext, timeoutMs = 10_000): Promise<NotifyOutcome> {
  const message = ctx.format === 'json' ? jsonMessage(report, ctx) : slackMessage(report, ctx);
  if (!message) return { state: 'nothing', detail: 'no live or unverifiable key: nothing to tell' };
  const problem = webhookProblem(url);
  if (problem) return { state: 'failed', detail: `${problem}; no notification was sent` };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': `${TOOL_NAME}/${TOOL_VERSION}` },
      body: JSON.stringify(message),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { state: 'sent', detail: `notified (${findingsToTell(report).length} key(s))` };
    const redirect = response.status >= 300 && response.status < 400 ? ' (a redirect, not followed)' : '';
    return { state: 'failed', detail: `the notification webhook answered ${response.status}${redirect}; the findings are in the report` };
  } catch (error) {
    return { state: 'failed', detail: `the notification webhook could not be reached (${reasonOf(error)}); the findings are in the report` };
  }
}

/** The error's code or name, never its message (fetch quotes the URL in some). */
function reasonOf(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
    if (current instanceof Error && (current.name === 'TimeoutError' || current.name === 'AbortError')) return 'no answer in time';
    current = (current as { cause?: unknown }).cause;
  }
  return 'connection failed';
}
