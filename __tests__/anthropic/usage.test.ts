import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { revokeFindings, verifyFindings } from '../../src/anthropic/index.js';
import { readUsage, usageWindow, USAGE_LOOKBACK_DAYS, USAGE_REPORT_PATH } from '../../src/anthropic/usage.js';
import { verifyAndRevoke } from '../../src/anthropic/act.js';
import { Secret } from '../../src/core/secret.js';
import type { Finding, Note } from '../../src/core/types.js';
import { exposureOf } from '../../src/findings/exposure.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { fakeKey } from '../helpers/keys.js';
import { expectNoKeyLeaked, FAST, finding } from './fixtures.js';

const ORG = 'org-a';
const NOW = new Date('2026-11-30T12:00:00Z');
let server: AnthropicServer;
let admin: string;
let allKeys: string[];

beforeEach(async () => {
  server = await startAnthropicServer({ maxPageSize: 2 });
  admin = fakeKey('admin01', 'usage-admin');
  server.addKey({ key: admin, kind: 'admin', org: ORG, orgName: 'Acme' });
  allKeys = [admin];
});
afterEach(async () => {
  await server.close();
});

function addKey(seed: string, opts: { org?: string; status?: 'active' | 'inactive' } = {}): { key: string; id: string } {
  const key = fakeKey('api03', `usage-${seed}`);
  const record = server.addKey({ key, kind: 'api', org: opts.org ?? ORG, status: opts.status });
  allKeys.push(key);
  return { key, id: record.id };
}

/** A finding whose key was committed at `since`. */
function exposed(key: string, since: string | undefined, extra: Partial<Finding> = {}): Finding {
  const f = finding(key, 'anthropic-api-key', extra);
  if (since) f.locations = [{ kind: 'file', path: '.env', line: 1, column: 1, commit: 'a'.repeat(40), date: since }];
  f.exposure = exposureOf(f.locations, 'private', NOW);
  return f;
}

async function read(findings: Finding[], opts: { maxPages?: number } = {}) {
  await verifyFindings(findings, { baseURL: server.url, ...FAST });
  const before = server.requests.length;
  const errors = await readUsage(findings, { adminKey: new Secret(admin), baseURL: server.url, now: NOW, ...FAST, ...opts });
  expectNoKeyLeaked(server, allKeys, findings.map((f) => ({ usage: f.usage })));
  return { errors, requests: server.requests.slice(before) };
}

const usageRequests = (requests: AnthropicServer['requests']) => requests.filter((r) => r.path === USAGE_REPORT_PATH);

describe('usageWindow', () => {
  it('reads a recent exposure hourly, a long one daily, and a very old one from the lookback limit on', () => {
    expect(usageWindow('2026-11-29T10:30:00Z', NOW)).toEqual({ start: new Date('2026-11-29T10:00:00Z'), width: '1h', undated: false });
    expect(usageWindow('2026-10-01T10:30:00Z', NOW)).toEqual({ start: new Date('2026-10-01T00:00:00Z'), width: '1d', undated: false });
    const old = usageWindow('2019-01-01T00:00:00Z', NOW);
    expect(old.exposedBefore).toBe('2019-01-01T00:00:00.000Z');
    expect(NOW.getTime() - old.start.getTime()).toBeLessThanOrEqual(USAGE_LOOKBACK_DAYS * 86_400_000 + 86_400_000);
    // A date in the future (a forged commit) does not start after now.
    expect(usageWindow('2030-01-01T00:00:00Z', NOW).start.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(usageWindow(undefined, NOW).undated).toBe(true);
    expect(usageWindow('not a date', NOW).undated).toBe(true);
  });
});

describe('readUsage', () => {
  it("sums the organization's usage report for the key since its exposure, by model, over every page, with the last bucket used", async () => {
    const leaked = addKey('leaked');
    const other = addKey('other');
    server.addUsage(
      { apiKeyId: leaked.id, model: 'claude-opus', at: '2026-09-01T05:00:00Z', uncached: 999, output: 999 }, // before exposure
      { apiKeyId: leaked.id, model: 'claude-opus', at: '2026-10-02T05:00:00Z', uncached: 100, cache5m: 10, cache1h: 5, cacheRead: 7, output: 50 },
      { apiKeyId: leaked.id, model: 'claude-haiku', at: '2026-11-20T23:00:00Z', uncached: 1, output: 2 },
      { apiKeyId: leaked.id, model: 'claude-opus', at: '2026-11-28T08:00:00Z', uncached: 3, output: 4 },
      { apiKeyId: other.id, model: 'claude-opus', at: '2026-11-28T08:00:00Z', uncached: 5000, output: 5000 }, // another key
    );
    const f = exposed(leaked.key, '2026-10-01T12:00:00Z');
    const { errors, requests } = await read([f]);
    expect(errors).toEqual([]);
    expect(f.usage).toEqual({
      state: 'reported',
      keyId: leaked.id,
      startingAt: '2026-10-01T00:00:00.000Z',
      endingAt: NOW.toISOString(),
      bucketWidth: '1d',
      total: { uncachedInputTokens: 104, cacheCreationInputTokens: 15, cacheReadInputTokens: 7, outputTokens: 56 },
      byModel: [
        { model: 'claude-opus', uncachedInputTokens: 103, cacheCreationInputTokens: 15, cacheReadInputTokens: 7, outputTokens: 54 },
        { model: 'claude-haiku', uncachedInputTokens: 1, cacheCreationInputTokens: 0, cacheReadInputTokens: 0, outputTokens: 2 },
      ],
      lastUsedBucket: '2026-11-28T00:00:00.000Z',
    });
    // 61 days at 31 a page: two pages, each asking for this key only, grouped by model; read-only.
    const pages = usageRequests(requests);
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page.method).toBe('GET');
      expect(page.credential).toBe(admin);
      expect(page.query.getAll('api_key_ids[]')).toEqual([leaked.id]);
      expect(page.query.getAll('group_by[]')).toEqual(['model']);
      expect(page.query.get('bucket_width')).toBe('1d');
      expect(page.query.get('limit')).toBe('31');
    }
    expect(pages[1].query.get('page')).toBeTruthy();
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('reads a recent exposure in hourly buckets, and reports no use as zero tokens the API counted', async () => {
    const leaked = addKey('recent');
    const f = exposed(leaked.key, '2026-11-30T09:15:00Z');
    const { requests } = await read([f]);
    expect(f.usage).toMatchObject({ state: 'reported', bucketWidth: '1h', total: { uncachedInputTokens: 0, outputTokens: 0 }, byModel: [] });
    expect(f.usage?.lastUsedBucket).toBeUndefined();
    expect(usageRequests(requests)[0].query.get('starting_at')).toBe('2026-11-30T09:00:00.000Z');
  });

  it('uses the key id a revocation matched, for a key it deactivated in the same run', async () => {
    const leaked = addKey('revoked');
    server.addUsage({ apiKeyId: leaked.id, model: 'claude-opus', at: '2026-11-29T01:00:00Z', output: 42 });
    const f = exposed(leaked.key, '2026-11-28T00:00:00Z');
    await verifyFindings([f], { baseURL: server.url, ...FAST });
    await revokeFindings([f], { adminKey: new Secret(admin), baseURL: server.url, dryRun: false, recheckDelayMs: 1, ...FAST });
    expect(f.revocation?.outcome).toBe('deactivated');
    await readUsage([f], { adminKey: new Secret(admin), baseURL: server.url, now: NOW, ...FAST });
    expect(f.usage).toMatchObject({ state: 'reported', keyId: leaked.id, total: { outputTokens: 42 } });
  });

  it('reads an inactive key of the organization matched by its hint only, and says so', async () => {
    const old = addKey('old', { status: 'inactive' });
    server.addUsage({ apiKeyId: old.id, model: 'claude-opus', at: '2026-11-29T01:00:00Z', output: 7 });
    const f = exposed(old.key, '2026-11-01T00:00:00Z');
    await read([f]);
    expect(f.status).toBe('invalid');
    expect(f.usage).toMatchObject({ state: 'reported', keyId: old.id, total: { outputTokens: 7 } });
    expect(f.usage?.reason).toMatch(/matched by its hint only/);
  });

  it("says unknown, never zero, for another organization's key, a key no one has, and keys the listing gives no hint for", async () => {
    const foreign = addKey('foreign', { org: 'org-b' });
    const nowhere = fakeKey('api03', 'usage-nowhere');
    const unhinted = addKey('unhinted');
    server.setKeyShape(unhinted.id, { hint: null });
    const findings = [exposed(foreign.key, '2026-11-01T00:00:00Z'), exposed(nowhere, '2026-11-01T00:00:00Z'), exposed(unhinted.key, '2026-11-01T00:00:00Z')];
    const { requests } = await read(findings);
    expect(findings.map((f) => f.usage?.state)).toEqual(['unknown', 'unknown', 'unknown']);
    for (const f of findings) expect(f.usage?.total).toBeUndefined();
    expect(findings[0].usage?.reason).toMatch(/another organization \(org-b\)/);
    expect(findings[1].usage?.reason).toMatch(/no key of Acme \(org-a\) has the hint/);
    expect(findings[2].usage?.reason).toMatch(/1 key\(s\) have no hint/);
    expect(usageRequests(requests)).toEqual([]);
  });

  it('keeps what the pages before a failure said as partial, and a first page that fails as unknown', async () => {
    const leaked = addKey('failing');
    server.addUsage({ apiKeyId: leaked.id, model: 'claude-opus', at: '2026-10-02T05:00:00Z', output: 5 });
    const f = exposed(leaked.key, '2026-10-01T00:00:00Z');
    server.failUsagePage(2);
    server.failUsagePage(3);
    server.failUsagePage(4);
    await read([f]);
    expect(f.usage).toMatchObject({ state: 'partial', total: { outputTokens: 5 } });
    expect(f.usage?.reason).toMatch(/page 2 could not be read/);

    const g = exposed(leaked.key, '2026-10-01T00:00:00Z');
    server.failUsagePage(1);
    server.failUsagePage(2);
    server.failUsagePage(3);
    await read([g]);
    expect(g.usage?.state).toBe('unknown');
    expect(g.usage?.total).toBeUndefined();
    expect(g.usage?.reason).toMatch(/500/);
  });

  it('stops at the page bound with partial totals', async () => {
    const leaked = addKey('bounded');
    const f = exposed(leaked.key, '2026-06-01T00:00:00Z');
    const { requests } = await read([f], { maxPages: 2 });
    expect(usageRequests(requests)).toHaveLength(2);
    expect(f.usage).toMatchObject({ state: 'partial' });
    expect(f.usage?.reason).toMatch(/more than 2 pages/);
  });

  it('reads the last year when no location is dated, and says the exposure start is unknown', async () => {
    const leaked = addKey('undated');
    const f = exposed(leaked.key, undefined);
    await read([f]);
    expect(f.usage).toMatchObject({ state: 'reported', bucketWidth: '1d' });
    expect(f.usage?.reason).toMatch(/exposure's start is unknown/);
  });

  it('says unknown for every key when the admin key is refused, and reads nothing for kinds the report does not cover', async () => {
    const leaked = addKey('refused');
    const f = exposed(leaked.key, '2026-11-01T00:00:00Z');
    const oauth = finding(fakeKey('oat01', 'usage-oauth'), 'anthropic-oauth-access-token');
    server.key(admin)!.status = 'inactive';
    const { errors } = await read([f, oauth]);
    expect(errors[0]).toMatch(/usage since exposure not read: the admin key could not be used/);
    expect(f.usage).toMatchObject({ state: 'unknown' });
    expect(oauth.usage).toBeUndefined();
  });

  it('is read by verifyAndRevoke with an admin key without --revoke, its problems as notes', async () => {
    const leaked = addKey('act');
    server.addUsage({ apiKeyId: leaked.id, model: 'claude-opus', at: new Date(Date.now() - 3_600_000).toISOString(), output: 9 });
    const f = exposed(leaked.key, new Date(Date.now() - 86_400_000).toISOString());
    const notes: Note[] = [];
    const errors = await verifyAndRevoke([f], { verify: true, revoke: false, dryRun: false, revokeStatus: 'inactive', adminKey: new Secret(admin), baseURL: server.url, note: (n) => notes.push(n) });
    expect(errors).toEqual([]);
    expect(f.usage).toMatchObject({ state: 'reported', total: { outputTokens: 9 } });
    expect(server.writes()).toEqual([]);

    server.key(admin)!.status = 'inactive';
    const g = exposed(leaked.key, '2026-11-01T00:00:00Z');
    expect(await verifyAndRevoke([g], { verify: true, revoke: false, dryRun: false, revokeStatus: 'inactive', adminKey: new Secret(admin), baseURL: server.url, note: (n) => notes.push(n) })).toEqual([]);
    expect(notes.map((n) => n.reason)).toContain('usage');
  });
});
