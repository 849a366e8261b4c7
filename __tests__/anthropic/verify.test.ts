import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { verifyFindings, USER_AGENT } from '../../src/anthropic/index.js';
import { retryAfterMs, retryDelay, resolveSettings, shouldRetry } from '../../src/anthropic/api.js';
import { baseURLNotice, baseURLProblem } from '../../src/anthropic/api.js';
import { verifyAndRevoke } from '../../src/anthropic/act.js';
import { adminKeyProblem } from '../../src/anthropic/admin-key.js';
import { KINDS, sampleText, type Kind } from '../../src/core/kinds.js';
import { Secret } from '../../src/core/secret.js';
import type { Note } from '../../src/core/types.js';
import { startAnthropicServer, type AnthropicServer, type BehaviourSpec } from '../helpers/anthropic-server.js';
import { fakeKey } from '../helpers/keys.js';
import { expectNoKeyLeaked, FAST, finding, registerApiKey, verifyOneOn } from './fixtures.js';

let server: AnthropicServer;
beforeEach(async () => {
  server = await startAnthropicServer();
});
afterEach(async () => {
  await server.close();
});

const apiKey = (behaviour?: BehaviourSpec, org?: string): string => registerApiKey(server, behaviour, org);
const verifyOne = (key: string, opts: Parameters<typeof verifyFindings>[1] = {}) => verifyOneOn(server, key, opts);

describe('verifyFindings: statuses', () => {
  it('live API key: one GET /v1/models carrying only the key, organization from the header', async () => {
    const key = apiKey();
    const { finding: f, requests } = await verifyOne(key);
    expect(f.status).toBe('live');
    expect(f.organizationId).toBe('org-a');
    expect(f.statusDetail).toMatch(/^the API accepted the key \(organization org-a\)$/);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/v1/models');
    expect(request.headers['x-api-key']).toBe(key);
    expect(request.headers['authorization']).toBeUndefined();
    expect(request.credentialHeaders).toBe(1);
    expect(request.headers['anthropic-version']).toBe('2023-06-01');
    expect(request.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^anthropic-key-scan\//);
    expectNoKeyLeaked(server, [key], f);
  });

  it('invalid only on the API 401 authentication_error, with no retry', async () => {
    const key = fakeKey('api03', 'never-registered');
    const { finding: f, requests } = await verifyOne(key);
    expect(f.status).toBe('invalid');
    expect(f.statusDetail).toContain('authentication_error');
    expect(f.organizationId).toBeUndefined();
    expect(requests).toHaveLength(1);
  });

  it('a deactivated key is invalid', async () => {
    const key = fakeKey('api03', 'inactive');
    server.addKey({ key, kind: 'api', org: 'org-a', status: 'inactive' });
    expect((await verifyOne(key)).finding.status).toBe('invalid');
  });

  it('admin keys: GET /v1/organizations/me, organization id and name', async () => {
    const admin = fakeKey('admin01', 'verify-admin');
    server.addKey({ key: admin, kind: 'admin', org: 'org-a', orgName: 'Acme Corp' });
    const bad = fakeKey('admin01', 'verify-admin-unknown');
    const live = finding(admin, 'anthropic-admin-key');
    const dead = finding(bad, 'anthropic-admin-key');
    await verifyFindings([live, dead], { baseURL: server.url, ...FAST });
    expect(live.status).toBe('live');
    expect(live.organizationId).toBe('org-a');
    expect(live.organizationName).toBe('Acme Corp');
    expect(dead.status).toBe('invalid');
    expect(server.requestsFor(admin).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/organizations/me']);
    expect(server.requestsFor(bad)).toHaveLength(1);
    expectNoKeyLeaked(server, [admin, bad], [live, dead]);
  });

  it('OAuth tokens are not checked (a refresh would have side effects)', async () => {
    const access = finding(fakeKey('oat01', 'v'), 'anthropic-oauth-access-token');
    const refresh = finding(fakeKey('ort01', 'v'), 'anthropic-oauth-refresh-token');
    await verifyFindings([access, refresh], { baseURL: server.url, ...FAST });
    for (const f of [access, refresh]) {
      expect(f.status).toBe('unchecked');
      expect(f.statusDetail).toMatch(/refresh/);
    }
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['404 not_found_error', 'not-found', /404 not_found_error.*ANTHROPIC_BASE_URL/],
    ['a 200 that is not JSON', 'non-json', /not the Anthropic API's/],
    ['a 401 that is not the API (a proxy)', { kind: 'non-json', status: 401 }, /401, text\/html.*not the Anthropic API's/],
  ] as Array<[string, BehaviourSpec, RegExp]>)('unknown on %s, without retrying', async (_name, behaviour, detail) => {
    const key = apiKey(behaviour);
    const { finding: f, requests } = await verifyOne(key);
    expect(f.status).toBe('unknown');
    expect(f.statusDetail).toMatch(detail);
    expect(requests).toHaveLength(1);
    expectNoKeyLeaked(server, [key], f);
  });
});

describe('verifyFindings: retries', () => {
  it('429 with retry-after: retried, then live (3 requests)', async () => {
    const key = apiKey({ kind: 'rate-limit', times: 2, retryAfter: '0.01' });
    const { finding: f, requests } = await verifyOne(key);
    expect(f.status).toBe('live');
    expect(requests).toHaveLength(3);
  });

  it('retry-after-ms is honoured too', async () => {
    const key = apiKey({ kind: 'rate-limit', times: 1, retryAfter: '100', retryAfterMs: '5' });
    const { finding: f, requests } = await verifyOne(key);
    expect(f.status).toBe('live');
    expect(requests).toHaveLength(2);
  });

  it('429 every time: unknown after maxRetries + 1 requests, never invalid', async () => {
    const key = apiKey({ kind: 'rate-limit', retryAfter: '0' });
    const { finding: f, requests } = await verifyOne(key, { maxRetries: 3 });
    expect(f.status).toBe('unknown');
    expect(f.statusDetail).toMatch(/429 rate_limit_error.*after 4 tries/);
    expect(requests).toHaveLength(4);
  });

  it('a retry-after longer than allowed ends the retries at once', async () => {
    const key = apiKey({ kind: 'rate-limit', retryAfter: '3600' });
    const { finding: f, requests } = await verifyOne(key);
    expect(f.status).toBe('unknown');
    expect(f.statusDetail).toMatch(/asked to wait 3600 s/);
    expect(requests).toHaveLength(1);
  });

  it.each([
    ['500', 'server-error', /500 api_error.*after 3 tries/],
    ['529', 'overloaded', /529 overloaded_error.*after 3 tries/],
    ['a reset connection', 'reset', /connection (reset|closed|failed).*after 3 tries/],
  ] as Array<[string, BehaviourSpec, RegExp]>)('%s every time: unknown after 3 requests', async (_n, behaviour, detail) => {
    const key = apiKey(behaviour);
    const { finding: f, requests } = await verifyOne(key);
    expect(f.status).toBe('unknown');
    expect(f.statusDetail).toMatch(detail);
    expect(requests).toHaveLength(3);
  });

  it.each([
    ['500', 'server-error'],
    ['529', 'overloaded'],
    ['a reset connection', 'reset'],
    ['a timeout', 'hang'],
  ] as Array<[string, BehaviourSpec]>)('%s once, then live (2 requests)', async (_n, kind) => {
    const key = apiKey({ kind, times: 1 } as BehaviourSpec);
    const { finding: f, requests } = await verifyOne(key, { timeoutMs: 100 });
    expect(f.status).toBe('live');
    expect(requests).toHaveLength(2);
  });

  it('a server that never answers: unknown (timeout) after bounded tries', async () => {
    const key = apiKey('hang');
    const { finding: f, requests } = await verifyOne(key, { timeoutMs: 100, maxRetries: 1 });
    expect(f.status).toBe('unknown');
    expect(f.statusDetail).toMatch(/no answer within 100 ms after 2 tries/);
    expect(requests).toHaveLength(2);
  });

  it('x-should-retry decides over the status', async () => {
    const noRetry = apiKey({ kind: 'server-error', headers: { 'x-should-retry': 'false' } });
    const retry = apiKey({ kind: 'forbidden', times: 1, headers: { 'x-should-retry': 'true' } });
    const a = await verifyOne(noRetry);
    const b = await verifyOne(retry);
    expect(a.finding.status).toBe('unknown');
    expect(a.requests).toHaveLength(1);
    expect(b.finding.status).toBe('live');
    expect(b.requests).toHaveLength(2);
  });
});

describe('verifyFindings: runs', () => {
  it('checks each distinct key once, whatever the number of findings, and sets every copy', async () => {
    const keys = [apiKey(), apiKey(undefined, 'org-b'), fakeKey('api03', 'dead-one')];
    const findings = [...keys, keys[0], keys[1]].map((k) => finding(k));
    const progress: Array<[number, number]> = [];
    await verifyFindings(findings, {
      baseURL: server.url,
      ...FAST,
      concurrency: 2,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(findings.map((f) => f.status)).toEqual(['live', 'live', 'invalid', 'live', 'live']);
    expect(findings.map((f) => f.organizationId)).toEqual(['org-a', 'org-b', undefined, 'org-a', 'org-b']);
    for (const key of keys) expect(server.requestsFor(key)).toHaveLength(1);
    expect(server.requests).toHaveLength(3);
    expect(server.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it("the user's own ANTHROPIC_API_KEY, ANTHROPIC_AUTH_TOKEN and custom headers never ride along", async () => {
    const own = fakeKey('api03', 'developer-own');
    const token = fakeKey('oat01', 'developer-token');
    const saved = { ...process.env };
    process.env['ANTHROPIC_API_KEY'] = own;
    process.env['ANTHROPIC_AUTH_TOKEN'] = token;
    process.env['ANTHROPIC_CUSTOM_HEADERS'] = `Authorization: Bearer ${token}\nX-Leak: yes`;
    process.env['ANTHROPIC_BASE_URL'] = server.url; // used as the default base URL
    try {
      const key = apiKey();
      const admin = fakeKey('admin01', 'env-admin');
      server.addKey({ key: admin, kind: 'admin', org: 'org-a' });
      const findings = [finding(key), finding(admin, 'anthropic-admin-key')];
      await verifyFindings(findings, { ...FAST });
      expect(findings.map((f) => f.status)).toEqual(['live', 'live']);
      expect(server.requests).toHaveLength(2);
      for (const request of server.requests) {
        expect([key, admin]).toContain(request.credential);
        expect(request.credentialHeaders).toBe(1);
        expect(request.headers['authorization']).toBeUndefined();
        expect(request.headers['x-leak']).toBeUndefined();
        expect(JSON.stringify(request.headers)).not.toContain(own);
        expect(JSON.stringify(request.headers)).not.toContain(token);
      }
    } finally {
      for (const name of ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_CUSTOM_HEADERS', 'ANTHROPIC_BASE_URL']) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    }
  });

  it('a service that is down: unknown for every key, and calls stop after a few failed requests', async () => {
    server.setServerBehaviour('hang');
    const keys = Array.from({ length: 10 }, () => apiKey());
    const findings = keys.map((k) => finding(k));
    await verifyFindings(findings, { baseURL: server.url, ...FAST, timeoutMs: 30, concurrency: 2, outageThreshold: 6 });
    expect(findings.every((f) => f.status === 'unknown')).toBe(true);
    // Two keys in flight, up to three tries each; after 6 failed tries in a row the service is taken to be
    // down (an in-flight try may still finish). At most 3 keys were started.
    expect(server.requests.length).toBeLessThanOrEqual(7);
    const skipped = findings.filter((f) => /did not answer the previous \d+ requests/.test(f.statusDetail ?? ''));
    expect(skipped.length).toBeGreaterThanOrEqual(7);
    expect(skipped[0].statusDetail).toMatch(/^not checked: the API at http:\/\/127\.0\.0\.1:\d+ /);
    expectNoKeyLeaked(server, keys, findings);
  });

  it('an overloaded service (529 everywhere) is also taken to be down', async () => {
    server.setServerBehaviour('overloaded');
    const findings = Array.from({ length: 10 }, () => finding(apiKey()));
    await verifyFindings(findings, { baseURL: server.url, ...FAST, concurrency: 1 });
    expect(findings.every((f) => f.status === 'unknown')).toBe(true);
    expect(server.requests).toHaveLength(6); // one key at a time: 3 tries, 3 tries, then stop
  });

  it('one flaky key among healthy ones does not stop the run', async () => {
    const keys = [apiKey('server-error'), apiKey(), apiKey('server-error'), apiKey(), apiKey('server-error'), apiKey()];
    const findings = keys.map((k) => finding(k));
    await verifyFindings(findings, { baseURL: server.url, ...FAST, concurrency: 1, outageThreshold: 4 });
    expect(findings.map((f) => f.status)).toEqual(['unknown', 'live', 'unknown', 'live', 'unknown', 'live']);
    expect(server.requests).toHaveLength(12);
  });

  it('no network: a closed port gives unknown (connection refused), with retries', async () => {
    const port = await closedPort();
    const key = fakeKey('api03', 'offline');
    const f = finding(key);
    await verifyFindings([f], { ...FAST, baseURL: `http://127.0.0.1:${port}` });
    expect(f.status).toBe('unknown');
    expect(f.statusDetail).toMatch(/connection refused \(ECONNREFUSED\) after 3 tries/);
  });

  it('an unusable base URL: unknown without a request', async () => {
    const f = finding(fakeKey('api03', 'bad-base'));
    await verifyFindings([f], { ...FAST, baseURL: 'not a url' });
    expect(f.status).toBe('unknown');
    expect(f.statusDetail).toMatch(/ANTHROPIC_BASE_URL is not an http\(s\) URL/);
  });

  it('a base URL holding a password: unknown without a request, and the password never quoted', async () => {
    const f = finding(fakeKey('api03', 'userinfo-base'));
    await verifyFindings([f], { ...FAST, baseURL: 'http://user:hunter2@127.0.0.1:9' });
    expect(f.status).toBe('unknown');
    expect(f.statusDetail).toMatch(/ANTHROPIC_BASE_URL must not hold a user or password/);
    expect(f.statusDetail).not.toContain('hunter2');
  });

  it('a total time budget: keys are unknown once it runs out', async () => {
    server.setServerBehaviour('hang');
    const findings = [apiKey(), apiKey(), apiKey()].map((k) => finding(k));
    await verifyFindings(findings, {
      baseURL: server.url,
      ...FAST,
      timeoutMs: 10_000,
      totalBudgetMs: 200,
      concurrency: 1,
      outageThreshold: 100,
    });
    expect(findings.map((f) => f.status)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(findings[0].statusDetail).toMatch(/no answer within/);
    expect(findings[2].statusDetail).toMatch(/time allowed .* ran out/);
    expect(server.requests).toHaveLength(1);
  });
});

describe('retry policy and scrubbing (pure)', () => {
  it('reads retry-after-ms, retry-after seconds and dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({}))).toBeUndefined();
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
  });

  it('retries what the SDK retries, x-should-retry first', () => {
    expect([408, 409, 429, 500, 529].every((s) => shouldRetry(s, new Headers()))).toBe(true);
    expect([400, 401, 403, 404].some((s) => shouldRetry(s, new Headers()))).toBe(false);
    expect(shouldRetry(500, new Headers({ 'x-should-retry': 'false' }))).toBe(false);
    expect(shouldRetry(400, new Headers({ 'x-should-retry': 'true' }))).toBe(true);
  });

  it('backs off exponentially with jitter, capped; refuses waits longer than allowed', () => {
    const s = resolveSettings({ backoffMs: 100, maxBackoffMs: 300, maxRetryAfterMs: 1000 });
    const failure = { kind: 'api-error' as const, message: '', retryable: true };
    expect(retryDelay(failure, 0, s, () => 0)).toBe(100);
    expect(retryDelay(failure, 1, s, () => 0)).toBe(200);
    expect(retryDelay(failure, 5, s, () => 0)).toBe(300);
    expect(retryDelay(failure, 0, s, () => 1)).toBe(75);
    expect(retryDelay({ ...failure, retryAfterMs: 500 }, 0, s)).toBe(500);
    expect(retryDelay({ ...failure, retryAfterMs: 5000 }, 0, s)).toBeUndefined();
  });
});

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

// The API's answers read as the documentation means them (issue 12), and keys sent only where they should go.
describe('answers that prove the key authenticated: live, with the reason', () => {
  it.each([
    ['400 anthropic-workspace-id is required (identity-linked key)', 'workspace-required', /identity-linked/],
    ['429 enforced_spend_limit_reached', 'spend-limit', /spend limit.*not retried/],
    ['402 billing_error', 'billing', /billing/],
    ['403 permission_error', 'forbidden', /lacks permission/],
  ] as Array<[string, BehaviourSpec, RegExp]>)('%s', async (_name, behaviour, detail) => {
    const key = apiKey(behaviour);
    const { finding: f, requests } = await verifyOne(key);
    expect(f.status).toBe('live');
    expect(f.statusDetail).toMatch(detail);
    // None of these is retried: the answer is final.
    expect(requests).toHaveLength(1);
    expectNoKeyLeaked(server, [key], f);
  });

  it('reads error.details.error_code into the detail', async () => {
    const { finding: f } = await verifyOne(apiKey('spend-limit'));
    expect(f.statusDetail).toContain('[enforced_spend_limit_reached]');
  });

  it('a plain 429 rate limit is still retried and unknown, never live', async () => {
    const { finding: f, requests } = await verifyOne(apiKey({ kind: 'rate-limit', retryAfter: '0' }));
    expect(f.status).toBe('unknown');
    expect(requests).toHaveLength(3);
  });
});

describe('answers that prove nothing about the key: unknown, never invalid', () => {
  it('401 "CORS requests are not allowed…" is about the origin, not the key', async () => {
    const { finding: f } = await verifyOne(apiKey('cors'));
    expect(f.status).toBe('unknown');
    expect(f.statusDetail).toMatch(/CORS.*origin, not the key/);
  });

  it('a redirect is never followed: the key goes nowhere else', async () => {
    const elsewhere = await startAnthropicServer();
    try {
      const key = apiKey({ kind: 'redirect', status: 307, location: `${elsewhere.url}/v1/models` });
      const { finding: f, requests } = await verifyOne(key);
      expect(f.status).toBe('unknown');
      expect(f.statusDetail).toMatch(/redirect \(307\).*never followed/);
      expect(requests).toHaveLength(1);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it('a body over 1 MiB is not read to its end and is not the API', async () => {
    const { finding: f, requests } = await verifyOne(apiKey('huge-body'));
    expect(f.status).toBe('unknown');
    expect(f.statusDetail).toMatch(/larger than 1048576 bytes/);
    expect(requests).toHaveLength(1);
  });

  it('an API message echoing the key without its prefix, or base64-encoded, is scrubbed', async () => {
    const key = fakeKey('api03', 'echo');
    const body = key.slice(key.indexOf('-', 7) + 1);
    server.addKey({ key, kind: 'api', org: 'org-a', behaviour: { kind: 'cors', message: `CORS requests are not allowed for ${body} or ${Buffer.from(key).toString('base64')}` } });
    const { finding: f } = await verifyOne(key);
    expect(f.statusDetail).not.toContain(body.slice(0, 30));
    expect(f.statusDetail).not.toContain(Buffer.from(key).toString('base64').slice(4, 40));
    expect(f.statusDetail).toContain('[body of ');
  });
});

describe('kinds that are not checked', () => {
  it.each((KINDS as readonly Kind[]).filter((k) => k.check.method === 'none').map((k) => [k.id, k] as const))('%s: unchecked with its reason, no request', async (_id, kind) => {
    const { key } = sampleText(kind, kind.samples.positive[0], 'unchecked');
    // Even a server that would answer 401 for it is never asked (a compliance key's 401 proves nothing).
    const f = finding(key, kind.id);
    await verifyFindings([f], { baseURL: server.url, ...FAST });
    expect(f.status).toBe('unchecked');
    expect(f.statusDetail).toMatch(/^not verified: /);
    expect(server.requests).toHaveLength(0);
  });
});

describe('the verification cap', () => {
  it('checks at most maxKeys distinct keys; the rest are unchecked with a note saying why', async () => {
    const keys = Array.from({ length: 7 }, () => apiKey());
    const findings = keys.map((k) => finding(k));
    await verifyFindings(findings, { baseURL: server.url, ...FAST, maxKeys: 3 });
    expect(server.requests).toHaveLength(3);
    expect(findings.filter((f) => f.status === 'live')).toHaveLength(3);
    const rest = findings.filter((f) => f.status === 'unchecked');
    expect(rest).toHaveLength(4);
    for (const f of rest) expect(f.statusDetail).toMatch(/at most 3 distinct keys \(--max-verify/);
  });

  it('defaults to 200: 100,000 findings do not mean 100,000 requests', async () => {
    const findings = Array.from({ length: 100_000 }, (_, i) => finding(fakeKey('api03', `many-${i}`)));
    await verifyFindings(findings, { baseURL: server.url, ...FAST, concurrency: 8 });
    expect(server.requests).toHaveLength(200);
    expect(findings.filter((f) => f.status === 'unchecked')).toHaveLength(100_000 - 200);
  });
});

describe('where keys go', () => {
  it('the base URL must be https://, or http:// to a loopback address', () => {
    expect(baseURLProblem('https://api.anthropic.com')).toBeUndefined();
    expect(baseURLProblem('https://gateway.example.com/anthropic')).toBeUndefined();
    for (const local of ['http://127.0.0.1:8080', 'http://127.8.9.1', 'http://[::1]:9']) {
      expect(baseURLProblem(local)).toBeUndefined();
    }
    expect(baseURLProblem('http://gateway.example.com')).toMatch(/must be https:\/\/.*gateway\.example\.com/);
    expect(baseURLProblem('http://127.0.0.1.example.com')).toMatch(/must be https/);
    expect(baseURLProblem('http://10.0.0.8')).toMatch(/must be https/);
    // A name is resolved (hosts file, DNS) and can point anywhere: core/endpoint.ts has the whole rule.
    expect(baseURLProblem('http://localhost:3000')).toMatch(/must be https/);
  });

  it('a plain-http remote base URL: nothing is sent, unknown with the reason', async () => {
    const f = finding(fakeKey('api03', 'http-remote'));
    await verifyFindings([f], { ...FAST, baseURL: 'http://gateway.invalid' });
    expect(f.status).toBe('unknown');
    expect(f.statusDetail).toMatch(/must be https/);
  });

  it('a notice names the host the keys go to whenever it is not the Anthropic API', async () => {
    expect(baseURLNotice('https://api.anthropic.com')).toBeUndefined();
    expect(baseURLNotice('https://api.anthropic.com/')).toBeUndefined();
    expect(baseURLNotice('https://user:pw@gateway.example.com/x')).toMatch(/checked at https:\/\/gateway\.example\.com \(ANTHROPIC_BASE_URL\)/);
    const notes: Note[] = [];
    const f = finding(apiKey());
    await verifyAndRevoke([f], { verify: true, revoke: false, dryRun: false, revokeStatus: 'inactive', baseURL: server.url, note: (n) => notes.push(n) });
    expect(notes.map((n) => n.message)).toEqual([expect.stringContaining(`checked at ${server.url}`)]);
  });

  it('an admin key that is not admin-shaped is refused up front, in one line', () => {
    expect(adminKeyProblem(new Secret(fakeKey('admin01', 'ok')))).toBeUndefined();
    const apiShaped = adminKeyProblem(new Secret(fakeKey('api03', 'pasted')));
    expect(apiShaped).toMatch(/not an Anthropic Admin API key.*shaped like another kind \(Anthropic API key\)/);
    expect(adminKeyProblem(new Secret('hunter2-not-a-key'))).toMatch(/not shaped like any Anthropic key \(17 characters\)/);
    expect(adminKeyProblem(new Secret(`${fakeKey('admin01', 'x')}trailing`))).toMatch(/not shaped like any/);
    expect(apiShaped).not.toContain(fakeKey('api03', 'pasted').slice(20));
  });
});
