import { afterEach, describe, expect, it } from '@jest/globals';
import { clientLimitsFrom, createClient, describeRequestError, isPermissionDenied } from '../../src/github/client.js';
import { otherOrigin, silentServer } from '../helpers/misbehaving-servers.js';
import { READ_ONLY_MESSAGE, servePullRequestApi, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

let gh: GitHubServer | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

describe('createClient', () => {
  it('retries 5xx answers, sends the token, and uses GITHUB_API_URL as the base', async () => {
    gh = await startGitHubServer({ token: 'sekrit' });
    servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    gh.failNext('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', { status: 502, body: { message: 'Bad Gateway' } }, 2);
    const client = createClient({ token: 'sekrit', baseUrl: `${gh.url}/`, retryAfterBaseValue: 1 });
    const { data } = await client.rest.issues.listComments({ owner: 'acme', repo: 'app', issue_number: 1 });
    expect(data).toEqual([]);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 502, 200]);
    expect(gh.requests[0]!.headers['user-agent']).toMatch(/^anthropic-key-scan\//);
  });

  it('waits out a rate limit (retry-after) and retries', async () => {
    gh = await startGitHubServer();
    servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    gh.failNext('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', {
      status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit' },
    });
    const logs: string[] = [];
    const client = createClient({ token: 't', baseUrl: gh.url, log: (m) => logs.push(m) });
    await client.rest.issues.listComments({ owner: 'acme', repo: 'app', issue_number: 1 });
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(logs.some((l) => /secondary rate limit/.test(l))).toBe(true);
  });

  it('does not retry a 403 for want of permission, and says so', async () => {
    gh = await startGitHubServer({ readOnly: true });
    servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    const client = createClient({ token: 't', baseUrl: gh.url, retryAfterBaseValue: 1 });
    const error = await client.rest.issues.createComment({ owner: 'acme', repo: 'app', issue_number: 1, body: 'x' }).catch((e: unknown) => e);
    expect(isPermissionDenied(error)).toBe(true);
    expect(describeRequestError(error)).toContain(READ_ONLY_MESSAGE);
    expect(gh.requests).toHaveLength(1);
  });

  it('a 403 for another reason (a locked conversation, a rate limit) is not called a missing permission', () => {
    const refused = (message: string) => Object.assign(new Error(message), { status: 403 });
    expect(isPermissionDenied(refused('Resource not accessible by personal access token'))).toBe(true);
    expect(isPermissionDenied(refused('Unable to create comment because issue is locked.'))).toBe(false);
    expect(isPermissionDenied(refused('API rate limit exceeded for installation'))).toBe(false);
    expect(isPermissionDenied(Object.assign(new Error('Resource not accessible by integration'), { status: 404 }))).toBe(false);
  });
});

describe('the token goes to GITHUB_API_URL only', () => {
  const TOKEN = 'ghs_onlyForTheApiOrigin';

  it('a pagination Link to another origin is refused with a reason; that origin never sees a request', async () => {
    gh = await startGitHubServer({ token: TOKEN });
    const other = await otherOrigin();
    try {
      gh.on('GET', '/repos/{owner}/{repo}/issues', () => ({
        headers: { link: `<${other.url}/repos/acme/app/issues?page=2>; rel="next"` },
        body: [{ number: 1, title: 'a' }],
      }));
      const client = createClient({ token: TOKEN, baseUrl: gh.url, retryAfterBaseValue: 1 });
      const error = await client.paginate(client.rest.issues.listForRepo, { owner: 'acme', repo: 'app' }).catch((e: unknown) => e);
      expect(describeRequestError(error)).toBe(`refused to send the token to ${other.url}: GitHub's answer pointed at another origin than GITHUB_API_URL (${gh.url})`);
      expect(other.seen).toEqual([]);
      expect(gh.requests).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('a download redirect to another origin is followed without the Authorization header; one on the same origin keeps it', async () => {
    gh = await startGitHubServer({ token: TOKEN });
    const storage = await otherOrigin();
    try {
      gh.on('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/logs', (request, params) =>
        params.run_id === '8' ? { status: 302, headers: { location: `${storage.url}/logs/8.zip` } } : request.query.get('hop') === 'same'
          ? { status: 302, headers: { location: `${gh!.url}/repos/acme/app/actions/runs/8/logs` } }
          : { status: 302, headers: { location: `${storage.url}/logs/7.zip?sig=abc` } });
      const client = createClient({ token: TOKEN, baseUrl: gh.url });
      const response = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs', { owner: 'acme', repo: 'app', run_id: 7 });
      expect(String(response.data)).toContain('hello from storage');
      expect(response.url).toBe(`${storage.url}/logs/7.zip?sig=abc`);
      await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs?hop=same', { owner: 'acme', repo: 'app', run_id: 7 });
      expect(storage.seen).toHaveLength(2);
      for (const headers of storage.seen) expect(headers.authorization).toBeUndefined();
      // Both hops on the API's origin carried the token (the server answers 401 without it).
      expect(gh.requests.map((r) => r.status)).toEqual([302, 302, 302]);
    } finally {
      await storage.close();
    }
  });

  it('a redirect to plain http on another host is refused', async () => {
    gh = await startGitHubServer({ token: TOKEN });
    gh.on('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', () => ({ status: 302, headers: { location: 'http://storage.example/a.zip' } }));
    const client = createClient({ token: TOKEN, baseUrl: gh.url });
    const error = await client.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { owner: 'acme', repo: 'app', artifact_id: 1, archive_format: 'zip' }).catch((e: unknown) => e);
    expect(describeRequestError(error)).toBe('refused a redirect to http://storage.example: plain http off GitHub\'s origin');
  });
});

describe('no unbounded wait', () => {
  it('a server that accepts and never answers costs one timeout, not retried', async () => {
    const silent = await silentServer();
    try {
      const client = createClient({ token: 't', baseUrl: silent.url, timeoutMs: 150, retryAfterBaseValue: 1 });
      const error = await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' }).catch((e: unknown) => e);
      expect(describeRequestError(error)).toBe('GitHub did not answer within 0.2 s');
      expect(silent.requests()).toBe(1);
    } finally {
      await silent.close();
    }
  });

  it('past the deadline nothing is sent, and a request in flight is dropped at the deadline', async () => {
    gh = await startGitHubServer();
    const late = createClient({ token: 't', baseUrl: gh.url, deadline: Date.now() - 1 });
    const refused = await late.rest.issues.listForRepo({ owner: 'acme', repo: 'app' }).catch((e: unknown) => e);
    expect(describeRequestError(refused)).toBe('the GitHub phase ran out of time: request not sent');
    expect(gh.requests).toEqual([]);

    const silent = await silentServer();
    try {
      const client = createClient({ token: 't', baseUrl: silent.url, deadline: Date.now() + 150 });
      const dropped = await client.rest.issues.listForRepo({ owner: 'acme', repo: 'app' }).catch((e: unknown) => e);
      expect(describeRequestError(dropped)).toBe('the GitHub phase ran out of time: no answer');
    } finally {
      await silent.close();
    }
  });

  it('a rate limit that asks for a long wait is given up at once, said in the log', async () => {
    gh = await startGitHubServer();
    servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    gh.failNext('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', {
      status: 403, headers: { 'retry-after': '86400' }, body: { message: 'You have exceeded a secondary rate limit' },
    });
    const logs: string[] = [];
    const client = createClient({ token: 't', baseUrl: gh.url, log: (m) => logs.push(m) });
    const error = await client.rest.issues.listComments({ owner: 'acme', repo: 'app', issue_number: 1 }).catch((e: unknown) => e);
    expect((error as { status?: number }).status).toBe(403);
    expect(gh.requests).toHaveLength(1);
    expect(logs.some((l) => /giving up rather than wait 86400s/.test(l))).toBe(true);
  });

  it('the environment sets the timeout and the deadline; junk is ignored', () => {
    expect(clientLimitsFrom({ ANTHROPIC_KEY_SCAN_GITHUB_TIMEOUT_MS: '250', ANTHROPIC_KEY_SCAN_GITHUB_DEADLINE_MS: '1000' }, 5)).toEqual({ timeoutMs: 250, deadline: 1005 });
    expect(clientLimitsFrom({ ANTHROPIC_KEY_SCAN_GITHUB_TIMEOUT_MS: '-1', ANTHROPIC_KEY_SCAN_GITHUB_DEADLINE_MS: '1e9' })).toEqual({});
  });
});
