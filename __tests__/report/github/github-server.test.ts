/** The loopback GitHub API's pull-request emulation and request checks, which the Action's tests lean on. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { READ_ONLY_MESSAGE, servePullRequestApi, startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';

let gh: GitHubServer | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown; link: string | null }> {
  const res = await fetch(`${gh!.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, link: res.headers.get('link') };
}

describe('github-server pull-request API', () => {
  it('stores reviews, comments and check runs, paginating listings', async () => {
    gh = await startGitHubServer();
    const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    const review = await call('POST', '/repos/acme/app/pulls/3/reviews', {
      event: 'COMMENT', body: 'x', comments: Array.from({ length: 35 }, (_, i) => ({ path: 'a.txt', line: i + 1, side: 'RIGHT', body: `c${i}` })),
    });
    expect(review.status).toBe(200);
    const page1 = await call('GET', '/repos/acme/app/pulls/3/comments');
    expect((page1.body as unknown[]).length).toBe(30);
    expect(page1.link).toContain('rel="next"');
    const created = await call('POST', '/repos/acme/app/issues/3/comments', { body: 'hello' });
    expect(created.status).toBe(201);
    const id = (created.body as { id: number }).id;
    expect((await call('PATCH', `/repos/acme/app/issues/comments/${id}`, { body: 'updated' })).status).toBe(200);
    expect(state.issueComments.map((c) => c.body)).toEqual(['updated']);
    const run = await call('POST', '/repos/acme/app/check-runs', { name: 'scan', head_sha: 'abc', status: 'in_progress' });
    const runId = (run.body as { id: number }).id;
    const annotation = { path: 'a', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' };
    expect((await call('PATCH', `/repos/acme/app/check-runs/${runId}`, { output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } })).status).toBe(422);
    expect((await call('PATCH', `/repos/acme/app/check-runs/${runId}`, { conclusion: 'failure', output: { title: 't', summary: 's', annotations: [annotation] } })).status).toBe(200);
    expect(state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(state.checkRuns[0]!.annotations).toHaveLength(1);
    expect(gh.unknownOperations).toEqual([]);
    expect(gh.schemaViolations).toEqual([]);
  });

  it('answers 422 to a body off the schema and to a review line outside the diff', async () => {
    gh = await startGitHubServer();
    const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    expect((await call('POST', '/repos/acme/app/issues/3/comments', { text: 'no body field' })).status).toBe(422);
    expect((await call('POST', '/repos/acme/app/check-runs', { name: 'x', head_sha: 'a', status: 'bogus' })).status).toBe(422);
    expect(gh.schemaViolations).toHaveLength(2);
    state.diffLines.set(4, new Map([['a.txt', new Set([2])]]));
    const bad = await call('POST', '/repos/acme/app/pulls/4/reviews', { event: 'COMMENT', comments: [{ path: 'a.txt', line: 3, body: 'x' }] });
    expect(bad.status).toBe(422);
    const good = await call('POST', '/repos/acme/app/pulls/4/reviews', { event: 'COMMENT', comments: [{ path: 'a.txt', line: 2, body: 'x' }] });
    expect(good.status).toBe(200);
  });

  it('answers every write with 403 when read-only, and scripted failures first', async () => {
    gh = await startGitHubServer({ readOnly: true });
    servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    const denied = await call('POST', '/repos/acme/app/issues/3/comments', { body: 'x' });
    expect(denied.status).toBe(403);
    expect((denied.body as { message: string }).message).toBe(READ_ONLY_MESSAGE);
    gh.failNext('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', { status: 502, body: { message: 'bad gateway' } });
    expect((await call('GET', '/repos/acme/app/issues/3/comments')).status).toBe(502);
    expect((await call('GET', '/repos/acme/app/issues/3/comments')).status).toBe(200);
  });
});
