import { afterEach, describe, expect, it } from '@jest/globals';
import { createClient } from '../../../src/github/client.js';
import { planReview, publishReview, SUMMARY_MARKER, summaryCommentBody, type DiffLines } from '../../../src/report/github/review.js';
import { parseDiffLines, pullDiffLines } from '../../../src/sources/git/diff.js';
import { AT_ROOT } from '../../../src/report/github/where.js';
import { createRepo } from '../../helpers/git-repo.js';
import { servePullRequestApi, startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';
import { C1, finding, reportOf } from './fixtures.js';

describe('parseDiffLines', () => {
  it('the added lines of each new path, from -U0 hunks', () => {
    const diff = [
      'diff --git a/a.txt b/a.txt', '--- a/a.txt', '+++ b/a.txt', '@@ -1,0 +2,3 @@', '+x', '+y', '+z', '@@ -9 +12 @@', '-o', '+n',
      'diff --git a/gone.txt b/gone.txt', '--- a/gone.txt', '+++ /dev/null', '@@ -1 +0,0 @@', '-bye',
      'diff --git "a/t\\303\\244st.txt" "b/t\\303\\244st.txt"', '--- /dev/null', '+++ "b/t\\303\\244st.txt"', '@@ -0,0 +1 @@', '+k',
      'diff --git a/a b.txt b/a b.txt', '--- /dev/null', '+++ b/a b.txt\t', '@@ -0,0 +1,2 @@', '+k', '+l',
      'diff --git a/q"x.txt b/q"x.txt', '--- /dev/null', '+++ "b/q\\"x.txt"', '@@ -0,0 +1 @@', '+k',
    ].join('\n');
    const lines = parseDiffLines(diff);
    expect([...lines.get('a.txt')!]).toEqual([2, 3, 4, 12]);
    expect(lines.has('gone.txt')).toBe(false);
    expect([...lines.get('täst.txt')!]).toEqual([1]);
    expect([...lines.get('a b.txt')!]).toEqual([1, 2]);
    expect([...lines.get('q"x.txt')!]).toEqual([1]);
  });

  it('reads the pull request diff from git (merge-base to head)', async () => {
    const repo = createRepo();
    try {
      repo.commitFiles('base', { 'a.txt': '1\n2\n3\n' });
      const base = repo.head();
      repo.checkout('feature', { create: true });
      repo.commitFiles('change', { 'a.txt': '1\nTWO\n3\n4\n', 'new.txt': 'n\n' });
      const head = repo.head();
      repo.checkout('main');
      repo.commitFiles('main moves', { 'a.txt': '0\n1\n2\n3\n' });
      const lines = await pullDiffLines(repo.dir, repo.head(), head);
      expect([...lines.get('a.txt')!].sort()).toEqual([2, 4]);
      expect([...lines.get('new.txt')!]).toEqual([1]);
      expect(base).toBeTruthy();
    } finally {
      repo.cleanup();
    }
  });
});

const diff: DiffLines = new Map([['app.js', new Set([3])]]);

describe('planReview', () => {
  it('inline on diff lines at head; the rest (removed again, messages, outside the diff) for the summary comment', () => {
    const report = reportOf([
      finding('inline', 'live', [
        { path: 'app.js', line: 3, commit: C1, inHead: true, headLine: 3 },
        { path: 'other.js', line: 1, commit: C1, inHead: true, headLine: 1 },
      ]),
      finding('removed', 'invalid', [{ path: 'app.js', line: 3, commit: C1, inHead: false }]),
      finding('message', 'unknown', [{ kind: 'commit-message', line: 2, commit: C1 }]),
    ]);
    const plan = planReview(report, AT_ROOT, diff, new Set());
    expect(plan.inline.map(({ path, line, side }) => ({ path, line, side }))).toEqual([{ path: 'app.js', line: 3, side: 'RIGHT' }]);
    expect(plan.inline[0]!.body).toMatch(/^<!-- anthropic-key-scan:key=[0-9a-f]{16} -->\n\*\*🔑 Anthropic API key .* \(LIVE\)\*\*/);
    expect(plan.rest.map((f) => f.locations.map((l) => l.path ?? l.kind))).toEqual([['other.js'], ['app.js'], ['commit-message']]);
  });

  it('past the cap, locations go to the summary comment', () => {
    const many = new Map([['app.js', new Set([1, 2, 3])]]);
    const report = reportOf([1, 2, 3].map((line) => finding(`cap${line}`, 'live', [{ path: 'app.js', line, commit: C1, inHead: true, headLine: line }])));
    const plan = planReview(report, AT_ROOT, many, new Set(), 2);
    expect(plan.inline.map((c) => c.line)).toEqual([1, 2]);
    expect(plan.rest.map((f) => f.locations[0]!.line)).toEqual([3]);
  });

  it('skips what an earlier run posted', () => {
    const report = reportOf([finding('inline', 'live', [{ path: 'app.js', line: 3, commit: C1, inHead: true, headLine: 3 }])]);
    const first = planReview(report, AT_ROOT, diff, new Set());
    expect(planReview(report, AT_ROOT, diff, new Set([first.inline[0]!.key])).inline).toEqual([]);
  });
});

describe('publishReview', () => {
  let gh: GitHubServer | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });
  const target = { owner: 'acme', repo: 'app', number: 5, headSha: C1 };
  const links = { placement: AT_ROOT, serverUrl: 'https://github.com', repository: 'acme/app' };
  const report = reportOf([
    finding('inline', 'live', [{ path: 'app.js', line: 3, commit: C1, inHead: true, headLine: 3 }]),
    finding('removed', 'invalid', [{ path: 't.txt', line: 1, commit: C1, inHead: false }]),
  ]);

  it('posts once, then updates in place; earlier comments on later pages are found', async () => {
    gh = await startGitHubServer();
    const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    for (let i = 0; i < 120; i++) {
      state.reviewComments.push({ id: i, pull_number: 5, path: `f${i}`, line: 1, body: 'human', pull_request_review_id: 1, user: { login: 'dev', type: 'User' } });
      state.issueComments.push({ id: 10_000 + i, issue_number: 5, body: 'human', user: { login: 'dev', type: 'User' }, created_at: '', updated_at: '' });
    }
    const client = createClient({ token: 't', baseUrl: gh.url });
    const one = await publishReview(client, target, report, diff, links);
    expect(one).toMatchObject({ posted: 1, alreadyPosted: 0, summaryComment: 'created', problems: [] });
    const two = await publishReview(client, target, report, diff, links);
    expect(two).toMatchObject({ posted: 0, alreadyPosted: 1, summaryComment: 'unchanged' });
    const three = await publishReview(client, target, reportOf([]), diff, links);
    expect(three.summaryComment).toBe('updated');
    const ours = state.issueComments.filter((c) => c.body.startsWith(SUMMARY_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toMatch(/No Anthropic credentials found in this pull request any more/);
    expect(state.reviewComments.filter((c) => c.body.includes('anthropic-key-scan:key='))).toHaveLength(1);
    expect(gh.schemaViolations).toEqual([]);
    expect(gh.unknownOperations).toEqual([]);
  });

  it("another user's comments with our markers are never edited nor counted as ours", async () => {
    gh = await startGitHubServer();
    const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    const first = planReview(report, AT_ROOT, diff, new Set()).inline[0]!;
    const mallory = { login: 'mallory', type: 'User' };
    // Planted before the first run: the same hidden markers, path and line as ours would be.
    state.reviewComments.push({ id: 1, pull_number: 5, path: first.path, line: first.line, body: first.body, pull_request_review_id: 1, user: mallory });
    state.issueComments.push({ id: 2, issue_number: 5, body: `${SUMMARY_MARKER}\nAll clear, nothing to see.`, user: mallory, created_at: '', updated_at: '' });
    const outcome = await publishReview(createClient({ token: 't', baseUrl: gh.url }), target, report, diff, links);
    expect(outcome).toMatchObject({ posted: 1, alreadyPosted: 0, summaryComment: 'created' });
    expect(state.issueComments.find((c) => c.id === 2)!.body).toBe(`${SUMMARY_MARKER}\nAll clear, nothing to see.`);
    expect(gh.requests.some((r) => r.method === 'PATCH')).toBe(false);
    expect(state.issueComments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
  });

  it('comments are known by the identity GitHub names for the token (an app installation)', async () => {
    gh = await startGitHubServer();
    const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app', login: 'scanner-app[bot]' });
    state.issueComments.push({ id: 3, issue_number: 5, body: `${SUMMARY_MARKER}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' }, created_at: '', updated_at: '' });
    const client = createClient({ token: 't', baseUrl: gh.url });
    expect((await publishReview(client, target, report, diff, links)).summaryComment).toBe('created');
    expect((await publishReview(client, target, report, diff, links)).summaryComment).toBe('unchanged');
    expect(state.issueComments.find((c) => c.id === 3)!.body).toBe(`${SUMMARY_MARKER}\nold`);
    expect(gh.unknownOperations).toEqual([]);
  });

  it('mentions people in the summary comment when a key may be live, even when every location is inline', async () => {
    gh = await startGitHubServer();
    const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    const inlineOnly = reportOf([finding('inline', 'live', [{ path: 'app.js', line: 3, commit: C1, inHead: true, headLine: 3 }])]);
    const outcome = await publishReview(createClient({ token: 't', baseUrl: gh.url }), { ...target, mentions: ['@acme/security', '@alice'] }, inlineOnly, diff, links);
    expect(outcome).toMatchObject({ posted: 1, summaryComment: 'created' });
    expect(state.issueComments[0]!.body).toContain('@acme/security @alice: 1 key may be live and needs rotating.');
    const dead = reportOf([finding('dead', 'invalid', [{ path: 'x', line: 1, commit: C1, inHead: false }])]);
    const body = summaryCommentBody(dead, planReview(dead, AT_ROOT, diff, new Set()), 0, links, ['@alice']);
    expect(body).not.toContain('@alice');
  });

  it('a line GitHub refuses (422) moves everything to the summary comment', async () => {
    gh = await startGitHubServer();
    const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    state.diffLines.set(5, new Map([['app.js', new Set([1])]]));
    const outcome = await publishReview(createClient({ token: 't', baseUrl: gh.url }), target, report, diff, links);
    expect(outcome.posted).toBe(0);
    expect(outcome.problems[0]).toMatch(/^could not post the review: 422/);
    expect(state.issueComments[0]!.body).toContain('app.js:3');
  });

  it('a read-only token: a notice naming pull-requests: write, no exception', async () => {
    gh = await startGitHubServer({ readOnly: true });
    servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    const outcome = await publishReview(createClient({ token: 't', baseUrl: gh.url }), target, report, diff, links);
    expect(outcome.denied).toBe(true);
    expect(outcome.problems).toEqual(['could not post the review: the token lacks `pull-requests: write` (read-only for pull requests from forks)']);
  });
});
