/**
 * A live key is never hidden. Whatever suppressed a key (an allow marker, the config, the baseline), when
 * verification finds it live it is reported after all, with what would have suppressed it named beside it
 * (`suppressionOverridden`). Keys that are also reported at other places already were verified there; the
 * others are checked once per distinct secret.
 */
import type { Finding } from '../core/types.js';

/** One finding per distinct suppressed secret that is not reported anyway: what must still be verified. */
export function suppressedToCheck(findings: readonly Finding[], suppressed: readonly Finding[]): Finding[] {
  const reported = new Set(findings.map((f) => f.secret.sha256));
  const out = new Map<string, Finding>();
  for (const f of suppressed) {
    const sha = f.secret.sha256;
    if (!reported.has(sha) && !out.has(sha)) out.set(sha, { rule: f.rule, secret: f.secret, status: 'unchecked', locations: [...f.locations] });
  }
  return [...out.values()];
}

/**
 * Copy each checked status onto the suppressed entries, and move the live ones into the findings: one finding
 * per secret, every suppressed location, the reasons joined in `suppressionOverridden`.
 */
export function reportLiveSuppressed(
  findings: readonly Finding[],
  suppressed: readonly Finding[],
  checked: readonly Finding[],
): { findings: Finding[]; suppressed: Finding[] } {
  const status = new Map<string, Finding>();
  for (const f of [...findings, ...checked]) status.set(f.secret.sha256, f);
  const stillSuppressed: Finding[] = [];
  const surfaced = new Map<string, Finding>();
  for (const entry of suppressed) {
    const sha = entry.secret.sha256;
    const result = status.get(sha);
    const withStatus: Finding = { ...entry };
    if (result) copyVerdict(result, withStatus);
    const isChecked = checked.some((c) => c.secret.sha256 === sha);
    if (withStatus.status !== 'live' || !isChecked) {
      stillSuppressed.push(withStatus);
      continue;
    }
    const reason = entry.suppressedBy ?? 'suppressed';
    const existing = surfaced.get(sha);
    if (existing) {
      existing.locations.push(...entry.locations);
      existing.suppressionOverridden = `${existing.suppressionOverridden}, ${reason}`;
    } else {
      const { suppressedBy: _dropped, ...rest } = withStatus;
      surfaced.set(sha, { ...rest, locations: [...entry.locations], suppressionOverridden: reason });
    }
  }
  return { findings: [...findings, ...surfaced.values()], suppressed: stillSuppressed };
}

function copyVerdict(from: Finding, to: Finding): void {
  to.status = from.status;
  if (from.statusDetail !== undefined) to.statusDetail = from.statusDetail;
  if (from.organizationId !== undefined) to.organizationId = from.organizationId;
  if (from.organizationName !== undefined) to.organizationName = from.organizationName;
}
