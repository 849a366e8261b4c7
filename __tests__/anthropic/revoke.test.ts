import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { revokeFindings, verifyFindings, type RevokeOptions } from '../../src/anthropic/index.js';
import { Secret } from '../../src/core/secret.js';
import type { Finding } from '../../src/core/types.js';
import { startAnthropicServer, type AnthropicServer, type BehaviourSpec } from '../helpers/anthropic-server.js';
import { fakeKey, randomBody } from '../helpers/keys.js';
import { expectNoKeyLeaked, FAST, finding } from './fixtures.js';

let server: AnthropicServer;
let admin: string;
let allKeys: string[];
const ORG = 'org-a';

beforeEach(async () => {
  // Pages of 2 keys: with 5+ keys in the organization the listing takes several pages.
  server = await startAnthropicServer({ maxPageSize: 2 });
  admin = fakeKey('admin01', 'revoke-admin');
  server.addKey({ key: admin, kind: 'admin', org: ORG, orgName: 'Acme' });
  allKeys = [admin];
  for (let i = 0; i < 5; i++) addKey(`filler-${i}`);
});
afterEach(async () => {
  await server.close();
});

function addKey(seed: string, opts: { org?: string; behaviour?: BehaviourSpec; name?: string; key?: string } = {}): string {
  const key = opts.key ?? fakeKey('api03', `revoke-${seed}`);
  server.addKey({ key, kind: 'api', org: opts.org ?? ORG, name: opts.name ?? `${seed} key`, behaviour: opts.behaviour });
  allKeys.push(key);
  return key;
}

/** Verification first, as a scan does; then revocation with tiny waits. */
async function run(findings: Finding[], opts: Partial<RevokeOptions> = {}) {
  await verifyFindings(findings, { baseURL: server.url, ...FAST });
  const before = server.requests.length;
  const result = await revokeFindings(findings, {
    adminKey: new Secret(admin),
    baseURL: server.url,
    dryRun: false,
    recheckDelayMs: 1,
    ...FAST,
    ...opts,
  });
  const requests = server.requests.slice(before);
  expectNoKeyLeaked(server, allKeys, { findings, result });
  return { result, requests };
}

const writesOf = (requests: AnthropicServer['requests']) => requests.filter((r) => r.method === 'POST');

describe('revokeFindings', () => {
  it("deactivates the organization's own leaked live key, found on a later page, then proves it refused", async () => {
    const leaked = addKey('leaked', { name: 'ci deploy' });
    const f = finding(leaked);
    const { result, requests } = await run([f]);
    const record = server.key(leaked)!;
    expect(result).toEqual({ errors: [], organization: { id: ORG, name: 'Acme' } });
    expect(f.revocation).toMatchObject({ outcome: 'deactivated', keyId: record.id, keyName: 'ci deploy' });
    expect(f.revocation?.reason).toMatch(/create a new key in the Console and update where it is used/);
    expect(record.status).toBe('inactive');

    // me, three pages of active keys (6 keys, 2 per page), one write, one re-check.
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /v1/organizations/me',
      'GET /v1/organizations/api_keys',
      'GET /v1/organizations/api_keys',
      'GET /v1/organizations/api_keys',
      `POST /v1/organizations/api_keys/${record.id}`,
      'GET /v1/models',
    ]);
    const lists = requests.filter((r) => r.path === '/v1/organizations/api_keys');
    expect(lists.every((r) => r.query.get('limit') === '1000' && r.query.get('status') === 'active')).toBe(true);
    expect(lists.map((r) => r.query.get('after_id'))).toEqual([null, expect.any(String), expect.any(String)]);
    const [write] = writesOf(requests);
    expect(JSON.parse(write.body)).toEqual({ status: 'inactive' });
    expect(write.credential).toBe(admin);
    expect(requests.at(-1)?.credential).toBe(leaked);
  });

  it("sets 'archived' when asked", async () => {
    const leaked = addKey('archive-me');
    const f = finding(leaked);
    await run([f], { status: 'archived' });
    expect(f.revocation?.outcome).toBe('deactivated');
    expect(server.key(leaked)?.status).toBe('archived');
    expect(JSON.parse(server.writes()[0].body)).toEqual({ status: 'archived' });
  });

  it('dry run: every read, no write; would-deactivate with the key id', async () => {
    const leaked = addKey('dry');
    const f = finding(leaked);
    const { requests } = await run([f], { dryRun: true });
    expect(f.revocation).toMatchObject({ outcome: 'would-deactivate', keyId: server.key(leaked)!.id });
    expect(writesOf(requests)).toHaveLength(0);
    expect(server.writes()).toHaveLength(0);
    expect(server.key(leaked)?.status).toBe('active');
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('refuses a key of another organization, with the reason, and writes nothing', async () => {
    const foreign = addKey('foreign', { org: 'org-b' });
    const f = finding(foreign);
    const { requests } = await run([f]);
    expect(f.status).toBe('live');
    expect(f.revocation?.outcome).toBe('refused');
    expect(f.revocation?.reason).toMatch(/another organization \(org-b\)/);
    expect(writesOf(requests)).toHaveLength(0);
    expect(server.key(foreign)?.status).toBe('active');
  });

  it('refuses when two active keys share the hint, naming both candidates', async () => {
    const leaked = addKey('twin-a');
    // Same first 16 and last 4 characters, different middle: the same partial_key_hint.
    const twin = addKey('twin-b', { key: leaked.slice(0, 16) + randomBody('twin', leaked.length - 20) + leaked.slice(-4) });
    expect(twin).not.toBe(leaked);
    const f = finding(leaked);
    const { requests } = await run([f]);
    expect(f.revocation?.outcome).toBe('refused');
    expect(f.revocation?.reason).toContain(server.key(leaked)!.id);
    expect(f.revocation?.reason).toContain(server.key(twin)!.id);
    expect(f.revocation?.reason).toMatch(/2 active keys .* share the hint/);
    expect(writesOf(requests)).toHaveLength(0);
  });

  it('refuses when no active key matches', async () => {
    // Verification finds an unregistered key invalid: refused before any Admin API call for it.
    const f = finding(fakeKey('api03', 'not-listed'));
    const { requests } = await run([f]);
    expect(f.revocation?.outcome).toBe('refused');
    expect(writesOf(requests)).toHaveLength(0);

    // A finding said to be live for the organization but absent from its listing.
    const g = finding(fakeKey('api03', 'not-listed-2'), 'anthropic-api-key', { status: 'live', organizationId: ORG });
    await revokeFindings([g], { adminKey: new Secret(admin), baseURL: server.url, dryRun: false, ...FAST });
    expect(g.revocation?.outcome).toBe('refused');
    expect(g.revocation?.reason).toMatch(/no active key of Acme \(org-a\) has the hint/);
    expect(server.writes()).toHaveLength(0);
  });

  it('refuses admin keys, OAuth tokens and keys not proven live, without calling the write', async () => {
    const adminFinding = finding(admin, 'anthropic-admin-key');
    const oauth = finding(fakeKey('oat01', 'revoke'), 'anthropic-oauth-access-token');
    const dead = finding(fakeKey('api03', 'dead'));
    const flaky = finding(addKey('flaky', { behaviour: 'overloaded' }));
    const { requests } = await run([adminFinding, oauth, dead, flaky]);
    expect(adminFinding.revocation?.outcome).toBe('refused');
    expect(adminFinding.revocation?.reason).toMatch(/admin keys cannot be deactivated through the Admin API.*Console/);
    expect(oauth.revocation?.reason).toMatch(/OAuth/);
    expect(dead.status).toBe('invalid');
    expect(dead.revocation?.reason).toMatch(/not live/);
    expect(flaky.status).toBe('unknown');
    expect(flaky.revocation?.reason).toMatch(/could not be proven live/);
    // Every finding was refused from what is known already: the Admin API is not called at all.
    expect(requests.map((r) => r.path)).toEqual([]);
  });

  it.each([
    ['invalid', undefined, /not valid/],
    ['forbidden', 'forbidden', /lacks permission/],
  ] as Array<[string, BehaviourSpec | undefined, RegExp]>)('an admin key that is %s: one error, every finding refused, nothing thrown', async (_n, behaviour, message) => {
    const badAdmin = fakeKey('admin01', `bad-${_n}`);
    if (behaviour) server.addKey({ key: badAdmin, kind: 'admin', org: ORG, behaviour });
    allKeys.push(badAdmin);
    const leaked = finding(addKey('leaked-bad-admin'));
    const other = finding(addKey('other-bad-admin'));
    await verifyFindings([leaked, other], { baseURL: server.url, ...FAST });
    const before = server.requests.length;
    const result = await revokeFindings([leaked, other], {
      adminKey: new Secret(badAdmin),
      baseURL: server.url,
      dryRun: false,
      ...FAST,
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.organization).toBeUndefined();
    for (const f of [leaked, other]) {
      expect(f.revocation?.outcome).toBe('refused');
      expect(f.revocation?.reason).toMatch(message);
    }
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/v1/organizations/me']);
    expectNoKeyLeaked(server, allKeys, { leaked, other, result });
  });

  it('a write that fails: failed with the reason, and the other keys are still deactivated', async () => {
    const broken = addKey('broken-write', { behaviour: 'fail-write' });
    const fine = addKey('fine');
    const a = finding(broken);
    const b = finding(fine);
    const { requests } = await run([a, b]);
    expect(a.revocation).toMatchObject({ outcome: 'failed', keyId: server.key(broken)!.id });
    expect(a.revocation?.reason).toMatch(/the write failed: the API answered 500/);
    expect(a.revocation?.reason).toMatch(/Console/);
    expect(b.revocation?.outcome).toBe('deactivated');
    expect(server.key(broken)?.status).toBe('active');
    expect(server.key(fine)?.status).toBe('inactive');
    // One write per key, never retried; one listing for the run.
    expect(writesOf(requests)).toHaveLength(2);
    expect(requests.filter((r) => r.path === '/v1/organizations/me')).toHaveLength(1);
    expect(requests.filter((r) => r.path === '/v1/organizations/api_keys').length).toBe(4); // 8 keys, 2 per page
  });

  it('a key that stays live after the write: failed, not deactivated, and the written key restored', async () => {
    const stubborn = addKey('stubborn', { behaviour: 'stays-live' });
    const f = finding(stubborn);
    const { requests } = await run([f], { recheckAttempts: 2 });
    const id = server.key(stubborn)!.id;
    expect(f.revocation).toMatchObject({ outcome: 'failed', keyId: id, restoredTo: 'active' });
    expect(f.revocation?.reason).toMatch(/accepted the write .* but the key still works/);
    expect(f.revocation?.reason).toContain(`${id} (stubborn key) was set to inactive and then restored to active`);
    // The write, then the restore: the key written is active again.
    expect(writesOf(requests).map((r) => JSON.parse(r.body))).toEqual([{ status: 'inactive' }, { status: 'active' }]);
    expect(server.key(stubborn)?.status).toBe('active');
    expect(requests.filter((r) => r.credential === stubborn)).toHaveLength(2); // the re-checks
  });

  it('a write whose answer is lost: the re-check decides, and the write is not repeated', async () => {
    const leaked = addKey('lost-answer', { behaviour: 'lose-write-answer' });
    const f = finding(leaked);
    const { requests } = await run([f]);
    expect(f.revocation?.outcome).toBe('deactivated');
    expect(writesOf(requests)).toHaveLength(1);
  });

  it('an unusable ANTHROPIC_BASE_URL: one error, nothing attempted', async () => {
    const f = finding(fakeKey('api03', 'bad-base'), 'anthropic-api-key', { status: 'live', organizationId: ORG });
    const result = await revokeFindings([f], { adminKey: new Secret(admin), baseURL: 'ftp://example', dryRun: false });
    expect(result.errors).toEqual(['ANTHROPIC_BASE_URL is not an http(s) URL; nothing was revoked']);
    expect(f.revocation?.outcome).toBe('refused');
  });

  it('rate limits on the Admin API are retried', async () => {
    server.setBehaviour(admin, { kind: 'rate-limit', times: 2, retryAfterMs: '2' });
    const leaked = addKey('limited');
    const f = finding(leaked);
    await run([f]);
    expect(f.revocation?.outcome).toBe('deactivated');
  });

  it('several leaked keys: no more writes than keys, and each own key deactivated', async () => {
    const own = [addKey('m1'), addKey('m2'), addKey('m3')];
    const foreign = addKey('m4', { org: 'org-b' });
    const findings = [...own, foreign].map((k) => finding(k));
    const { result, requests } = await run(findings);
    expect(result.errors).toEqual([]);
    expect(findings.map((f) => f.revocation?.outcome)).toEqual(['deactivated', 'deactivated', 'deactivated', 'refused']);
    expect(writesOf(requests)).toHaveLength(3);
    expect(new Set(writesOf(requests).map((r) => r.path)).size).toBe(3);
  });

  it('the same key in two findings (two repositories): written once, both findings told', async () => {
    const leaked = addKey('shared');
    const findings = [finding(leaked), finding(leaked)];
    const { requests } = await run(findings);
    expect(findings.map((f) => f.revocation?.outcome)).toEqual(['deactivated', 'deactivated']);
    expect(writesOf(requests)).toHaveLength(1);
  });

  it('no findings: no request at all', async () => {
    const result = await revokeFindings([], { adminKey: new Secret(admin), baseURL: server.url, dryRun: false });
    expect(result.errors).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });
});

describe('revokeFindings: the matched key (issue 11 item 7, issue 12)', () => {
  /** Two keys that share the Console hint (first 16 and last 4 characters) but nothing else. */
  function twins(seed: string): [string, string] {
    const head = randomBody(`${seed}-head`, 3);
    const tail = randomBody(`${seed}-tail`, 2);
    const make = (n: number): string => `${fakeKey('api03', 'x').slice(0, 13)}${head}${randomBody(`${seed}-${n}`, 88)}${tail}AA`;
    return [make(1), make(2)];
  }

  it('narrows hint matching to the workspace the verification answer names', async () => {
    const [leaked, innocent] = twins('ws');
    server.addKey({ key: leaked, kind: 'api', org: ORG, name: 'leaked', workspace: 'wrkspc_a' });
    server.addKey({ key: innocent, kind: 'api', org: ORG, name: 'innocent', workspace: 'wrkspc_b' });
    allKeys.push(leaked, innocent);
    const f = finding(leaked);
    await run([f]);
    expect(f.workspaceId).toBe('wrkspc_a');
    expect(f.revocation).toMatchObject({ outcome: 'deactivated', keyId: server.key(leaked)!.id, keyWorkspace: 'wrkspc_a' });
    expect(server.key(innocent)?.status).toBe('active');
  });

  it('refuses when the match is not unique, even within the workspace', async () => {
    const [leaked, innocent] = twins('same-ws');
    server.addKey({ key: leaked, kind: 'api', org: ORG, workspace: 'wrkspc_a' });
    server.addKey({ key: innocent, kind: 'api', org: ORG, workspace: 'wrkspc_a' });
    allKeys.push(leaked, innocent);
    const f = finding(leaked);
    const { requests } = await run([f]);
    expect(f.revocation?.outcome).toBe('refused');
    expect(f.revocation?.reason).toMatch(/2 active keys of Acme \(org-a\) in workspace wrkspc_a share the hint/);
    expect(writesOf(requests)).toHaveLength(0);
  });

  it("carries the Admin API's data on the matched key: name, workspace, creator, status", async () => {
    const leaked = addKey('data');
    const f = finding(leaked);
    await run([f], { dryRun: true });
    expect(f.revocation).toMatchObject({
      outcome: 'would-deactivate',
      keyName: 'data key',
      keyWorkspace: 'organization',
      keyCreatedBy: 'user_test',
      keyStatus: 'active',
    });
  });

  it('an expired key is not deactivated, and the report says so', async () => {
    const key = fakeKey('api03', 'expired');
    server.addKey({ key, kind: 'api', org: ORG, status: 'expired', expiresAt: '2026-06-01T00:00:00Z' });
    allKeys.push(key);
    const f = finding(key, 'anthropic-api-key', { status: 'live', organizationId: ORG });
    await revokeFindings([f], { adminKey: new Secret(admin), baseURL: server.url, dryRun: false, ...FAST });
    expect(f.revocation).toMatchObject({ outcome: 'refused', keyStatus: 'expired', keyExpiresAt: '2026-06-01T00:00:00Z' });
    expect(f.revocation?.reason).toMatch(/expired at 2026-06-01T00:00:00Z: .*needs no revocation \(it was not deactivated\)/);
    expect(server.writes()).toHaveLength(0);
  });

  it('a lost write answer whose re-check shows the key still works: the written key is restored', async () => {
    const stubborn = addKey('lost-stubborn', { behaviour: [{ kind: 'lose-write-answer', times: 1 }, { kind: 'stays-live', times: 1 }] });
    const f = finding(stubborn);
    const { requests } = await run([f], { recheckAttempts: 1 });
    expect(f.revocation).toMatchObject({ outcome: 'failed', restoredTo: 'active' });
    expect(f.revocation?.reason).toMatch(/restored to active/);
    expect(writesOf(requests).map((r) => JSON.parse(r.body))).toEqual([{ status: 'inactive' }, { status: 'active' }]);
    expect(server.key(stubborn)?.status).toBe('active');
  });

  it('a write that failed outright changes nothing and restores nothing', async () => {
    const leaked = addKey('fail-once', { behaviour: { kind: 'fail-write', status: 500 } });
    const f = finding(leaked);
    const { requests } = await run([f]);
    expect(f.revocation?.outcome).toBe('failed');
    expect(f.revocation?.restoredTo).toBeUndefined();
    expect(writesOf(requests)).toHaveLength(1);
  });

  it('the API-key object as documented now: a service account key with no creator is matched and described; a key with no hint is refused with that reason', async () => {
    const service = addKey('service');
    server.setKeyShape(service, { serviceAccount: 'svac_build', createdBy: null });
    const f = finding(service);
    await run([f], { dryRun: true });
    expect(f.revocation).toMatchObject({ outcome: 'would-deactivate', keyPrincipal: 'service account svac_build' });
    expect(f.revocation?.keyCreatedBy).toBeUndefined();

    const unhinted = addKey('unhinted');
    server.setKeyShape(unhinted, { hint: null });
    const g = finding(unhinted);
    const { requests } = await run([g]);
    expect(g.revocation?.outcome).toBe('refused');
    expect(g.revocation?.reason).toMatch(/1 active key\(s\) have no hint \(partial_key_hint is null\) and cannot be matched/);
    expect(writesOf(requests)).toHaveLength(0);
  });
});
