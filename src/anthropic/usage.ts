/**
 * Usage since exposure: with an admin key, the organization's usage report for each leaked API key, from the
 * key's first exposure to now. Read-only (so also in a dry run and without revocation).
 *
 * Endpoint: `GET /v1/organizations/usage_report/messages` (the Usage and Cost API). The docs now call it legacy
 * beside `GET /v1/organizations/analytics/usage_report` (beta), but that one cannot answer this question: it has no
 * API-key filter or grouping, covers 31 days a request from 2026-01-01 only, needs a `read:analytics` key and an
 * Enterprise plan. The legacy report filters by `api_key_ids[]`, groups by `model`, and pages with
 * `page`/`next_page`; buckets are `1h` (168 a page) or `1d` (31 a page).
 *
 * A key is found among the organization's keys as revocation finds it (its hint, its workspace; the revocation's
 * key id when there is one). Whatever cannot be read is `unknown` with the reason, never zero tokens; a run of
 * pages cut short is `partial` (the totals are a floor). The report cannot tell the owner's calls from anyone
 * else's: it is usage since exposure, not proof of abuse.
 */
import type { Anthropic } from '@anthropic-ai/sdk/index.js';
import { kindOf } from '../core/kinds.js';
import { scrubDeep } from '../core/scrub.js';
import type { Secret } from '../core/secret.js';
import type { Finding, KeyUsage, TokenCounts } from '../core/types.js';
import { baseURLProblem, call, clientFor, isObject, parseOrganization, resolveSettings, type ApiOptions, type ApiSettings } from './api.js';
import { listKeys, type ApiKey } from './revoke.js';

export const USAGE_REPORT_PATH = '/v1/organizations/usage_report/messages';

/**
 * The earliest start asked for, in days before now. The legacy report documents no lower bound (assumed: a year,
 * as the newer analytics API allows); an exposure older than that is read from then on and says so.
 */
export const USAGE_LOOKBACK_DAYS = 365;
/** Exposures up to this long are read in hourly buckets (one page of 168); longer ones in daily buckets. */
const HOURLY_UP_TO_MS = 7 * 86_400_000;
const PAGE_LIMIT = { '1h': 168, '1d': 31 } as const;
const BUCKET_MS = { '1h': 3_600_000, '1d': 86_400_000 } as const;

export interface UsageOptions extends ApiOptions {
  adminKey: Secret;
  /** The end of the window (default: now). */
  now?: Date;
  /** At most this many pages per key (default: what the window needs, plus one, at most 40). */
  maxPages?: number;
}

/** Sets `finding.usage` on each API key finding. Never rejects; returns what concerns every key (one line each, for a note). */
export async function readUsage(findings: Finding[], opts: UsageOptions): Promise<string[]> {
  const keys = findings.filter((f) => kindOf(f.rule).revoke.via === 'admin-api');
  if (keys.length === 0) return [];
  const settings = resolveSettings(opts);
  const unknown = (reason: string, error?: string): string[] => {
    for (const finding of keys) finding.usage = { state: 'unknown', reason };
    return error ? [error] : [];
  };
  const badBase = baseURLProblem(settings.baseURL);
  if (badBase) return unknown(`not read: ${badBase}`);

  const admin = clientFor(opts.adminKey, settings);
  const me = await call(admin, opts.adminKey, settings, (c, signal) => c.organization.retrieve({ signal }).asResponse(), parseOrganization);
  if (!me.ok) {
    const error = `usage since exposure not read: the admin key could not be used (${me.failure.message})`;
    return unknown(error, error);
  }
  const org = { id: me.data.id, label: `${me.data.name ?? me.data.id} (${me.data.id})` };
  const listed = await listKeys(admin, opts.adminKey, settings);
  if (!listed.ok) {
    const error = `usage since exposure not read: could not list the API keys of ${org.label}: ${listed.message}`;
    return unknown(error, error);
  }

  const now = opts.now ?? new Date();
  for (const finding of keys) {
    const match = matchKey(finding, org, listed.keys);
    if ('reason' in match) {
      finding.usage = scrubDeep({ state: 'unknown', reason: match.reason }, [finding.secret, opts.adminKey]);
      continue;
    }
    const usage = await usageOf(admin, opts, settings, match.id, finding.exposure?.since, now);
    if (match.note) usage.reason = usage.reason ? `${match.note}; ${usage.reason}` : match.note;
    finding.usage = scrubDeep(usage, [finding.secret, opts.adminKey]);
  }
  return [];
}

/** The organization's key id for a finding, or why there is none. */
export function matchKey(
  finding: Finding,
  org: { id: string; label: string },
  keys: readonly ApiKey[],
): { id: string; note?: string } | { reason: string } {
  const known = finding.revocation?.keyId;
  if (known) return { id: known };
  if (finding.organizationId && finding.organizationId !== org.id) {
    return { reason: `the key belongs to another organization (${finding.organizationId}), not the admin key's ${org.label}: its usage is that organization's to read` };
  }
  const hint = finding.secret.redacted;
  const sameHint = keys.filter((k) => k.hint === hint && (!finding.workspaceId || k.workspace === finding.workspaceId));
  if (sameHint.length === 1) {
    const proven = finding.organizationId === org.id;
    return { id: sameHint[0].id, ...(proven ? {} : { note: `matched by its hint only (the key's organization could not be proven): the only key of ${org.label} with the hint ${hint}` }) };
  }
  if (sameHint.length > 1) {
    return { reason: `${sameHint.length} keys of ${org.label} share the hint ${hint} (${sameHint.map((k) => k.id).join(', ')}): whose usage it is cannot be told` };
  }
  const unhinted = keys.filter((k) => k.hint === null).length;
  return {
    reason:
      `no key of ${org.label} has the hint ${hint} (another organization's key, or out of the admin key's view)` +
      (unhinted > 0 ? `; ${unhinted} key(s) have no hint (partial_key_hint is null) and cannot be matched` : ''),
  };
}

/** The window to ask for: from the exposure (clamped to the lookback) to now, and the bucket width that suits it. */
export function usageWindow(since: string | undefined, now: Date): { start: Date; width: '1h' | '1d'; exposedBefore?: string; undated: boolean } {
  const floor = new Date(now.getTime() - USAGE_LOOKBACK_DAYS * 86_400_000);
  const exposed = since === undefined ? NaN : Date.parse(since);
  const undated = !Number.isFinite(exposed);
  let start = undated ? floor : new Date(Math.min(exposed, now.getTime()));
  let exposedBefore: string | undefined;
  if (start < floor) {
    exposedBefore = start.toISOString();
    start = floor;
  }
  const width = now.getTime() - start.getTime() <= HOURLY_UP_TO_MS ? '1h' : '1d';
  // The API snaps each bucket to the start of its hour or day (UTC); asking from there says so plainly.
  const snapped = new Date(Math.floor(start.getTime() / BUCKET_MS[width]) * BUCKET_MS[width]);
  return { start: snapped, width, undated, ...(exposedBefore ? { exposedBefore } : {}) };
}

interface UsagePage {
  buckets: { startingAt: string; results: Array<TokenCounts & { model: string; apiKeyId: string | null }> }[];
  hasMore: boolean;
  nextPage: string | null;
}

async function usageOf(admin: Anthropic, opts: UsageOptions, settings: ApiSettings, keyId: string, since: string | undefined, now: Date): Promise<KeyUsage> {
  const window = usageWindow(since, now);
  const limit = PAGE_LIMIT[window.width];
  const needed = Math.ceil((now.getTime() - window.start.getTime()) / BUCKET_MS[window.width] / limit) + 1;
  const maxPages = Math.max(1, Math.floor(opts.maxPages ?? Math.min(40, needed)));
  const base: KeyUsage = {
    state: 'unknown',
    keyId,
    startingAt: window.start.toISOString(),
    endingAt: now.toISOString(),
    bucketWidth: window.width,
    ...(window.exposedBefore ? { exposedBefore: window.exposedBefore } : {}),
    ...(window.undated ? { reason: `the exposure's start is unknown (no dated location): usage of the last ${USAGE_LOOKBACK_DAYS} days` } : {}),
  };
  const byModel = new Map<string, TokenCounts>();
  let lastUsed: string | undefined;
  let page: string | undefined;
  for (let n = 0; n < maxPages; n++) {
    const query = {
      starting_at: base.startingAt,
      ending_at: base.endingAt,
      bucket_width: window.width,
      limit,
      api_key_ids: [keyId],
      group_by: ['model'],
      ...(page ? { page } : {}),
    };
    const result = await call(admin, opts.adminKey, settings, (c, signal) => c.get(USAGE_REPORT_PATH, { query, signal }).asResponse(), parseUsagePage);
    if (!result.ok) {
      const why = `${USAGE_REPORT_PATH}: ${result.failure.message}`;
      return n === 0 ? { ...base, reason: join(base.reason, why) } : { ...summed(base, byModel, lastUsed), state: 'partial', reason: join(base.reason, `page ${n + 1} could not be read (${why}): the totals cover the pages before it`) };
    }
    for (const bucket of result.data.buckets) {
      for (const r of bucket.results) {
        // Asked for one key; a row of another key (a server ignoring the filter) is not this key's usage.
        if (r.apiKeyId !== null && r.apiKeyId !== keyId) continue;
        const counts = byModel.get(r.model) ?? zero();
        add(counts, r);
        byModel.set(r.model, counts);
        if (tokens(r) > 0 && (!lastUsed || bucket.startingAt > lastUsed)) lastUsed = bucket.startingAt;
      }
    }
    if (!result.data.hasMore) return { ...summed(base, byModel, lastUsed), state: 'reported' };
    if (!result.data.nextPage || result.data.nextPage === page) {
      return { ...summed(base, byModel, lastUsed), state: 'partial', reason: join(base.reason, 'the report said it had more pages but gave no next page: the totals are a floor') };
    }
    page = result.data.nextPage;
  }
  return { ...summed(base, byModel, lastUsed), state: 'partial', reason: join(base.reason, `more than ${maxPages} pages: the totals cover the first ${maxPages} and are a floor`) };
}

const join = (a: string | undefined, b: string): string => (a ? `${a}; ${b}` : b);

const zero = (): TokenCounts => ({ uncachedInputTokens: 0, cacheCreationInputTokens: 0, cacheReadInputTokens: 0, outputTokens: 0 });

const tokens = (c: TokenCounts): number => c.uncachedInputTokens + c.cacheCreationInputTokens + c.cacheReadInputTokens + c.outputTokens;

function add(into: TokenCounts, from: TokenCounts): void {
  into.uncachedInputTokens += from.uncachedInputTokens;
  into.cacheCreationInputTokens += from.cacheCreationInputTokens;
  into.cacheReadInputTokens += from.cacheReadInputTokens;
  into.outputTokens += from.outputTokens;
}

function summed(base: KeyUsage, byModel: Map<string, TokenCounts>, lastUsed: string | undefined): KeyUsage {
  const total = zero();
  for (const counts of byModel.values()) add(total, counts);
  const models = [...byModel].map(([model, counts]) => ({ model, ...counts })).sort((a, b) => tokens(b) - tokens(a) || a.model.localeCompare(b.model));
  return { ...base, total, byModel: models, ...(lastUsed ? { lastUsedBucket: lastUsed } : {}) };
}

/** A count the report gives, or undefined when the field is there and not a count (not the API's answer). */
function count(value: unknown): number | undefined {
  if (value === undefined || value === null) return 0;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** One result row: the documented nested `cache_creation`, or flat `cache_creation_{5m,1h}_input_tokens`. */
function parseResult(item: unknown): (TokenCounts & { model: string; apiKeyId: string | null }) | undefined {
  if (!isObject(item)) return undefined;
  const cache = isObject(item['cache_creation']) ? item['cache_creation'] : {};
  const parts = [
    count(item['uncached_input_tokens']),
    count(cache['ephemeral_5m_input_tokens'] ?? item['cache_creation_5m_input_tokens']),
    count(cache['ephemeral_1h_input_tokens'] ?? item['cache_creation_1h_input_tokens']),
    count(item['cache_read_input_tokens']),
    count(item['output_tokens']),
  ];
  if (parts.some((p) => p === undefined)) return undefined;
  const [uncached, cache5m, cache1h, cacheRead, output] = parts as number[];
  return {
    uncachedInputTokens: uncached,
    cacheCreationInputTokens: cache5m + cache1h,
    cacheReadInputTokens: cacheRead,
    outputTokens: output,
    model: typeof item['model'] === 'string' ? item['model'].slice(0, 200) : 'unnamed model',
    apiKeyId: typeof item['api_key_id'] === 'string' ? item['api_key_id'] : null,
  };
}

export function parseUsagePage(body: unknown): UsagePage | undefined {
  if (!isObject(body) || !Array.isArray(body['data'])) return undefined;
  const buckets: UsagePage['buckets'] = [];
  for (const bucket of body['data']) {
    if (!isObject(bucket) || typeof bucket['starting_at'] !== 'string' || !Array.isArray(bucket['results'])) return undefined;
    const results = [];
    for (const item of bucket['results']) {
      const result = parseResult(item);
      if (!result) return undefined;
      results.push(result);
    }
    buckets.push({ startingAt: bucket['starting_at'], results });
  }
  return { buckets, hasMore: body['has_more'] === true, nextPage: typeof body['next_page'] === 'string' ? body['next_page'] : null };
}
