/**
 * The owner's questions after a leak, in words every view shares (text report, job summary, notification):
 * since when and where the key could be seen, and what the organization's usage report says of it since then.
 * Plain text from the JsonReport; each view escapes it for its medium.
 */
import type { Exposure, KeyUsage, TokenCounts } from '../core/types.js';
import { describeDuration } from '../findings/exposure.js';
import { shortCommit } from '../core/names.js';

const VISIBILITY: Record<Exposure['visibility'], string> = {
  public: 'a public repository',
  private: 'a private repository',
  internal: 'an internal repository',
  unknown: 'a repository of unknown visibility',
};

/** "since 2026-10-01 (commit abc1234; committed 2026-10-02), 61 days, in a private repository". */
export function describeExposure(exposure: Exposure): string {
  const where = `in ${VISIBILITY[exposure.visibility] ?? VISIBILITY.unknown}`;
  if (!exposure.since) return `since an unknown date (no dated location), ${where}`;
  const first = exposure.first;
  const facts = [
    first?.commit && `commit ${shortCommit(first.commit)}`,
    first?.committerDate && first.committerDate !== first.authorDate && `authored ${day(first.authorDate)}, committed ${day(first.committerDate)}`,
    first?.taggerDate && 'a tag',
  ].filter(Boolean);
  const long = exposure.seconds !== undefined ? `, ${describeDuration(exposure.seconds)}` : '';
  return `since ${day(exposure.since)}${facts.length > 0 ? ` (${facts.join('; ')})` : ''}${long}, ${where}`;
}

/** "104 input, 15 cache write, 7 cache read, 56 output tokens". */
export function describeTokens(c: TokenCounts): string {
  return `${n(c.uncachedInputTokens)} input, ${n(c.cacheCreationInputTokens)} cache write, ${n(c.cacheReadInputTokens)} cache read, ${n(c.outputTokens)} output tokens`;
}

/** What the usage report says, on one line: the totals, by model, the last bucket with use; or unknown and why. */
export function describeUsage(usage: KeyUsage): string {
  const key = usage.keyId ? ` of ${usage.keyId}` : '';
  if (usage.state === 'unknown' || !usage.total) return `unknown${key}: ${usage.reason ?? 'the usage report could not be read'}`;
  const models = (usage.byModel ?? []).slice(0, 5).map((m) => `${m.model}: ${n(m.uncachedInputTokens + m.cacheCreationInputTokens + m.cacheReadInputTokens)} in / ${n(m.outputTokens)} out`);
  const more = (usage.byModel?.length ?? 0) > models.length ? `, and ${(usage.byModel?.length ?? 0) - models.length} more model(s)` : '';
  const last = usage.lastUsedBucket ? `; last used in the ${usage.bucketWidth === '1h' ? 'hour' : 'day'} from ${usage.lastUsedBucket}` : '; no use reported';
  const floor = usage.state === 'partial' ? ' at least' : '';
  const from = usage.startingAt ? ` from ${usage.startingAt}` : '';
  const before = usage.exposedBefore ? ` (exposed since ${day(usage.exposedBefore)}: earlier usage not read)` : '';
  const why = usage.reason ? ` [${usage.reason}]` : '';
  return `${floor}${describeTokens(usage.total)}${key}${from}${before}${models.length > 0 ? ` (${models.join(', ')}${more})` : ''}${last}${why}`.trim();
}

function day(iso: string | undefined): string {
  return iso && /^\d{4}-\d\d-\d\d/.test(iso) ? iso.slice(0, 10) : (iso ?? '?');
}

function n(value: number): string {
  return value.toLocaleString('en-US');
}
