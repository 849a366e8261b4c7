/**
 * GitHub's alert closed: GitHub's own secret scanning raises an alert for Anthropic API, Admin and session keys
 * pushed to a repository. Once this run has proven a key dead (deactivated it, or found the API refusing it), the
 * open alert for the same secret is resolved as `revoked`, with a comment naming the run, so no alarm is left
 * ringing for a key that no longer works, and none is closed for a key that still might.
 *
 * Alerts carry the full secret: it is hashed (SHA-256) on arrival and compared with the finding's `secretSha256`,
 * never kept, logged or written. Reading alerts needs a token GITHUB_TOKEN cannot be (the `secret-scanning-token`
 * input: a fine-grained token with "Secret scanning alerts: read and write", or an App token); a 403 or 404
 * (no permission, secret scanning off) is told as a notice, never a failed step.
 */
import { createHash } from 'node:crypto';
import type { JsonFinding, JsonReport } from '../../core/report.js';
import type { SecretScanningAlert } from '../../core/types.js';
import { describeRequestError, type GitHubClient } from '../../github/client.js';

/** GitHub's secret types for Anthropic credentials (no OAuth token type exists). */
export const ANTHROPIC_SECRET_TYPES = ['anthropic_api_key', 'anthropic_admin_api_key', 'anthropic_session_id'] as const;

/** At most this many pages of 100 open alerts are read. */
const MAX_PAGES = 50;

/** Whether this run proved the key dead: deactivated it, or the API refuses it. */
export function provenDead(finding: Pick<JsonFinding, 'status' | 'revocation'>): boolean {
  return finding.revocation?.outcome === 'deactivated' || finding.status === 'invalid';
}

export interface AlertsOutcome {
  resolved: number;
  /** One line each; never an alert's body. */
  problems: string[];
}

/** Resolves the open alerts whose secret is a key this run proved dead; records each on its finding (`secretScanningAlerts`). */
export async function resolveAlerts(
  github: GitHubClient,
  target: { owner: string; repo: string },
  report: JsonReport,
  options: { runUrl?: string } = {},
): Promise<AlertsOutcome> {
  const dead = new Map(report.findings.filter(provenDead).map((f) => [f.secretSha256, f]));
  if (dead.size === 0) return { resolved: 0, problems: [] };
  const matches: Array<{ number: number; finding: JsonFinding }> = [];
  try {
    let pages = 0;
    const iterator = github.paginate.iterator(github.rest.secretScanning.listAlertsForRepo, {
      ...target,
      state: 'open',
      secret_type: ANTHROPIC_SECRET_TYPES.join(','),
      per_page: 100,
    });
    for await (const page of iterator) {
      for (const alert of page.data) {
        // The secret is hashed here and goes no further.
        const hash = typeof alert.secret === 'string' ? createHash('sha256').update(alert.secret, 'utf8').digest('hex') : undefined;
        const finding = hash ? dead.get(hash) : undefined;
        if (finding && typeof alert.number === 'number') matches.push({ number: alert.number, finding });
      }
      if (++pages >= MAX_PAGES) break;
    }
  } catch (error) {
    return { resolved: 0, problems: [listProblem(error)] };
  }

  let resolved = 0;
  const problems: string[] = [];
  for (const { number, finding } of matches) {
    const record: SecretScanningAlert = { number, outcome: 'resolved' };
    try {
      await github.rest.secretScanning.updateAlert({ ...target, alert_number: number, state: 'resolved', resolution: 'revoked', resolution_comment: comment(finding, options.runUrl) });
      resolved++;
    } catch (error) {
      record.outcome = 'failed';
      record.reason = describeRequestError(error);
      problems.push(`GitHub's secret-scanning alert #${number} (${finding.redacted}) could not be resolved: ${record.reason}`);
    }
    (finding.secretScanningAlerts ??= []).push(record);
  }
  return { resolved, problems };
}

/** The resolution comment: why the alert is closed, and which run did it (GitHub caps these at 280 characters). */
function comment(finding: JsonFinding, runUrl: string | undefined): string {
  const why = finding.revocation?.outcome === 'deactivated' ? `Deactivated through the Anthropic Admin API (${finding.revocation.keyId ?? 'key'})` : 'The Anthropic API refuses this key (no longer valid)';
  return `${why}; resolved by anthropic-key-scan${runUrl ? ` in ${runUrl}` : ''}`.slice(0, 280);
}

function listProblem(error: unknown): string {
  const status = (error as { status?: number }).status;
  const hint =
    status === 403 || status === 401
      ? ": the secret-scanning-token needs 'Secret scanning alerts: read and write' on this repository (GITHUB_TOKEN cannot have it)"
      : status === 404
        ? ': secret scanning may be off for this repository, or the token cannot see it'
        : '';
  return `GitHub's secret-scanning alerts could not be read (${describeRequestError(error)})${hint}; none was resolved`;
}
