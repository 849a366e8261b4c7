import { afterEach, describe, expect, it } from '@jest/globals';
import { checkAnnotations, publishCheckRun } from '../../../src/report/github/check-run.js';
import { createClient } from '../../../src/github/client.js';
import { AT_ROOT } from '../../../src/report/github/where.js';
import { servePullRequestApi, startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';
import { C1, finding, reportOf } from './fixtures.js';

let gh: GitHubServer | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

describe('checkAnnotations', () => {
  it('one per file location, repository-relative, on the line a reader sees; none for messages', () => {
    const report = reportOf([
      finding('a', 'live', [{ path: 'x.ts', line: 2, commit: C1, inHead: true, headLine: 9 }, { kind: 'commit-message', line: 1, commit: C1 }]),
      finding('b', 'invalid', [{ path: 'y.ts', line: 4 }]),
    ], { kind: 'files', root: '/w/sub' });
    expect(checkAnnotations(report, { repoPrefix: 'sub', workspacePrefix: '' }).map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['sub/x.ts', 9, 'failure'],
      ['sub/y.ts', 4, 'warning'],
    ]);
  });
});

describe('publishCheckRun', () => {
  it('creates the run with 50 annotations, PATCHes the rest 50 at a time, then completes it', async () => {
    gh = await startGitHubServer();
    const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    const report = reportOf(Array.from({ length: 120 }, (_, i) => finding(`k${i}`, 'live', [{ path: `f${i}.txt` }])));
    const outcome = await publishCheckRun(createClient({ token: 't', baseUrl: gh.url }), report, AT_ROOT, { owner: 'acme', repo: 'app', headSha: C1, failing: true, text: 'details' });
    expect(outcome).toMatchObject({ annotations: 120, problems: [], denied: false });
    expect(gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${(r.body as { output: { annotations: unknown[] } }).output.annotations.length}`)).toEqual(['POST 50', 'PATCH 50', 'PATCH 20']);
    expect(state.checkRuns[0]).toMatchObject({ head_sha: C1, status: 'completed', conclusion: 'failure', output: { title: '120 keys found (120 live)', text: 'details' } });
    expect(state.checkRuns[0]!.annotations).toHaveLength(120);
    expect(gh.schemaViolations).toEqual([]);
  });

  it('nothing found: one request, success', async () => {
    gh = await startGitHubServer();
    const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    await publishCheckRun(createClient({ token: 't', baseUrl: gh.url }), reportOf([]), AT_ROOT, { owner: 'acme', repo: 'app', headSha: C1, failing: false });
    expect(state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(gh.requests).toHaveLength(1);
  });

  it('findings that do not fail the step: neutral', async () => {
    gh = await startGitHubServer();
    const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    await publishCheckRun(createClient({ token: 't', baseUrl: gh.url }), reportOf([finding('n', 'invalid', [{ path: 'a' }])]), AT_ROOT, { owner: 'acme', repo: 'app', headSha: C1, failing: false });
    expect(state.checkRuns[0]!.conclusion).toBe('neutral');
  });

  it('a 403: the missing permission, not an exception', async () => {
    gh = await startGitHubServer({ readOnly: true });
    servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    const outcome = await publishCheckRun(createClient({ token: 't', baseUrl: gh.url }), reportOf([]), AT_ROOT, { owner: 'acme', repo: 'app', headSha: C1, failing: false });
    expect(outcome.denied).toBe(true);
    expect(outcome.problems[0]).toMatch(/`checks: write`/);
  });
});
