/** The loopback API itself: other engineers' end-to-end tests rely on it behaving as documented. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startAnthropicServer, hintOf, type AnthropicServer } from '../helpers/anthropic-server.js';
import { fakeKey } from '../helpers/keys.js';

let server: AnthropicServer;
beforeEach(async () => {
  server = await startAnthropicServer({ maxPageSize: 2 });
});
afterEach(async () => {
  await server.close();
});

const get = (path: string, key: string, bearer = false): Promise<Response> =>
  fetch(`${server.url}${path}`, {
    headers: bearer ? { authorization: `Bearer ${key}` } : { 'x-api-key': key, 'anthropic-version': '2023-06-01' },
  });

describe('loopback Anthropic API', () => {
  it('answers /v1/models for live API keys (x-api-key or Bearer) and 401 for others', async () => {
    const live = fakeKey('api03', 'srv-live');
    server.addKey({ key: live, kind: 'api', org: 'org-a' });
    const ok = await get('/v1/models', live);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('anthropic-organization-id')).toBe('org-a');
    expect(ok.headers.get('request-id')).toMatch(/^req_/);
    expect((await get('/v1/models', live, true)).status).toBe(200);

    const bad = await get('/v1/models', fakeKey('api03', 'srv-unknown'));
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
    expect(server.requestsFor(live)).toHaveLength(2);
  });

  it('serves the Admin API: me, paged listing with hints, and writes that change state', async () => {
    const admin = fakeKey('admin01', 'srv-admin');
    server.addKey({ key: admin, kind: 'admin', org: 'org-a', orgName: 'Acme' });
    const keys = [1, 2, 3].map((i) => fakeKey('api03', `srv-k${i}`));
    const records = keys.map((key) => server.addKey({ key, kind: 'api', org: 'org-a' }));
    server.addKey({ key: fakeKey('api03', 'srv-foreign'), kind: 'api', org: 'org-b' });

    expect(await (await get('/v1/organizations/me', admin)).json()).toEqual({ id: 'org-a', type: 'organization', name: 'Acme' });
    // An API key cannot use the Admin API, nor an admin key the Messages side.
    expect((await get('/v1/organizations/me', keys[0])).status).toBe(401);
    expect((await get('/v1/models', admin)).status).toBe(401);

    const first = (await (await get('/v1/organizations/api_keys?limit=1000&status=active', admin)).json()) as {
      data: Array<{ id: string; partial_key_hint: string }>;
      has_more: boolean;
      last_id: string;
    };
    expect(first.data).toHaveLength(2);
    expect(first.has_more).toBe(true);
    expect(first.data[0].partial_key_hint).toBe(hintOf(keys[0]));
    expect(first.data[0].partial_key_hint).toMatch(/^.{16}\.\.\..{4}$/);
    const second = (await (await get(`/v1/organizations/api_keys?limit=1000&after_id=${first.last_id}`, admin)).json()) as {
      data: Array<{ id: string }>;
      has_more: boolean;
    };
    expect(second.data.map((k) => k.id)).toEqual([records[2].id]);
    expect(second.has_more).toBe(false);
    const before = (await (await get(`/v1/organizations/api_keys?before_id=${records[2].id}`, admin)).json()) as {
      data: Array<{ id: string }>;
    };
    expect(before.data.map((k) => k.id)).toEqual([records[0].id, records[1].id]);
    expect((await get('/v1/organizations/api_keys?limit=0', admin)).status).toBe(400);

    const write = await fetch(`${server.url}/v1/organizations/api_keys/${records[0].id}`, {
      method: 'POST',
      headers: { 'x-api-key': admin, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'inactive' }),
    });
    expect(write.status).toBe(200);
    expect(((await write.json()) as { status: string }).status).toBe('inactive');
    expect((await get('/v1/models', keys[0])).status).toBe(401);
    const retrieved = (await (await get(`/v1/organizations/api_keys/${records[0].id}`, admin)).json()) as { status: string };
    expect(retrieved.status).toBe('inactive');
    expect(server.writes()).toHaveLength(1);
    // A key of another organization is not visible.
    const foreign = server.key(fakeKey('api03', 'srv-foreign'))!;
    expect((await get(`/v1/organizations/api_keys/${foreign.id}`, admin)).status).toBe(404);
  });

  it('plays scripted behaviours a given number of times', async () => {
    const key = fakeKey('api03', 'srv-flaky');
    server.addKey({ key, kind: 'api', org: 'org-a', behaviour: { kind: 'rate-limit', times: 1, retryAfter: '1' } });
    const limited = await get('/v1/models', key);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await get('/v1/models', key)).status).toBe(200);

    server.setBehaviour(key, ['overloaded']);
    expect((await get('/v1/models', key)).status).toBe(529);
    server.setBehaviour(key, 'non-json');
    const html = await get('/v1/models', key);
    expect(html.headers.get('content-type')).toBe('text/html');
    server.setBehaviour(key, 'reset');
    await expect(get('/v1/models', key)).rejects.toThrow();
    server.setBehaviour(key, 'hang');
    await expect(
      fetch(`${server.url}/v1/models`, { headers: { 'x-api-key': key }, signal: AbortSignal.timeout(50) }),
    ).rejects.toThrow();
  });
});
