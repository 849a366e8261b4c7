/**
 * The API's answers read as the documentation means them (issue 12), and keys sent only where they should
 * go (issue 11 items 5, 6, 9): each case makes the loopback API answer as documented, or as an attacker would.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { verifyFindings } from '../../src/anthropic/index.js';
import { baseURLNotice, baseURLProblem, isLoopback } from '../../src/anthropic/api.js';
import { verifyAndRevoke } from '../../src/anthropic/act.js';
import { adminKeyProblem } from '../../src/anthropic/admin-key.js';
import { KINDS, sampleText, type Kind } from '../../src/core/kinds.js';
import { Secret } from '../../src/core/secret.js';
import type { Note } from '../../src/core/types.js';
import { startAnthropicServer, type AnthropicServer, type BehaviourSpec } from '../helpers/anthropic-server.js';
import { fakeKey } from '../helpers/keys.js';
import { expectNoKeyLeaked, FAST, finding } from './fixtures.js';

let server: AnthropicServer;
beforeEach(async () => {
  server = await startAnthropicServer();
});
afterEach(async () => {
  await server.close();
});

let seed = 0;
function apiKey(behaviour?: BehaviourSpec, workspace?: string): string {
  const key = fakeKey('api03', `answers-${++seed}`);
  server.addKey({ key, kind: 'api', org: 'org-a', behaviour, workspace: workspace ?? null });
  return key;
}

async function verifyOne(key: string, opts: Parameters<typeof verifyFindings>[1] = {}) {
  const f = finding(key);
  await verifyFindings([f], { baseURL: server.url, ...FAST, ...opts });
  return { finding: f, requests: server.requestsFor(key) };
}

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
    for (const local of ['http://127.0.0.1:8080', 'http://127.8.9.1', 'http://localhost:3000', 'http://[::1]:9']) {
      expect(baseURLProblem(local)).toBeUndefined();
    }
    expect(baseURLProblem('http://gateway.example.com')).toMatch(/must be https:\/\/.*gateway\.example\.com/);
    expect(baseURLProblem('http://127.0.0.1.example.com')).toMatch(/must be https/);
    expect(baseURLProblem('http://10.0.0.8')).toMatch(/must be https/);
    expect(isLoopback('127.0.0.300')).toBe(false);
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
