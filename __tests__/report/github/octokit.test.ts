import { afterEach, describe, expect, it } from '@jest/globals';
import { createClient, describeRequestError, isPermissionDenied } from '../../../src/report/github/octokit.js';
import { READ_ONLY_MESSAGE, servePullRequestApi, startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';

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
