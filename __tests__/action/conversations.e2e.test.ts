/**
 * End to end, the bundled Action on conversation events (issue 18): the key is reported at its item with its link,
 * never printed in full, never posted back into the conversation, and hostile names (Markdown, workflow commands,
 * terminal escapes in an author's login) stay text.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { JsonReport } from '../../src/core/report.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { rmSync } from 'node:fs';
import { createRepo, makeTempDir, type TestRepo } from '../helpers/git-repo.js';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { paginate, servePullRequestApi, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { fakeKey } from '../helpers/keys.js';
import { checkout, cleanupRuns, everythingWritten, runAction, TOKEN } from './run-action.js';

const KEY = fakeKey('api03', 'edited-away');
const HOSTILE = 'x](https://evil.example)\n::error::pwned\u001b[2J|';
let upstream: TestRepo;
let anthropic: AnthropicServer;
let gh: GitHubServer;

beforeAll(async () => {
  anthropic = await startAnthropicServer();
  upstream = createRepo();
  upstream.commitFiles('clean', { 'README.md': 'nothing here\n' });
  gh = await startGitHubServer({ token: TOKEN });
  servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
});
afterAll(async () => {
  cleanupRuns();
  upstream.cleanup();
  await gh.close();
  await anthropic.close();
});

const COMMENT_URL = 'https://github.com/acme/app/issues/12#issuecomment-99';

describe('issue_comment edited: the key only in the text before the edit', () => {
  it('is reported at the comment with its link, marked as the previous text; nothing is posted to the conversation', async () => {
    const repo = checkout(upstream.dir, 'refs/heads/main');
    const before = gh.requests.length;
    const result = await runAction({
      event: 'issue_comment', workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
      payload: {
        action: 'edited',
        issue: { number: 12, title: 'Build fails', html_url: 'https://github.com/acme/app/issues/12' },
        comment: { id: 99, node_id: 'IC_99', html_url: COMMENT_URL, body: 'removed, sorry', user: { login: HOSTILE }, created_at: '2026-12-01T10:00:00Z' },
        changes: { body: { from: `my config:\nANTHROPIC_API_KEY=${KEY}\n` } },
        repository: { full_name: 'acme/app', private: false, default_branch: 'main' },
      },
    });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.files['anthropic-key-scan.json']!) as JsonReport;
    expect(report.scope.kind).toBe('surfaces');
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.locations).toEqual([expect.objectContaining({
      kind: 'comment', url: COMMENT_URL, number: 12, revision: 'previous', line: 2, author: HOSTILE,
      fingerprint: `${COMMENT_URL}:anthropic-api-key:2`,
    })]);
    // Reported where people look: the job summary links the comment, an annotation names it (no file, no line).
    expect(result.summary).toContain(`(${COMMENT_URL})`);
    expect(result.summary).toContain('comment on \\#\u200b12');
    expect(result.commands.some((c) => c.command === 'error' && c.message.includes(`(first: ${report.findings[0]!.redacted} at comment ${COMMENT_URL}:2)`))).toBe(true);
    const errors = result.commands.filter((c) => c.command === 'error');
    const annotation = errors.find((c) => c.message.includes(COMMENT_URL));
    expect(annotation).toBeDefined();
    expect(annotation!.properties.file).toBeUndefined();
    // The hostile login is text everywhere: no extra workflow command, no link of its own, no escape.
    expect(result.commands.some((c) => c.message === 'pwned')).toBe(false);
    expect(result.summary).not.toContain('](https://evil.example)');
    expect(result.stdout).not.toContain('\u001b[2J');
    // Nothing written to the conversation (no comment, no review); the key never printed.
    const writes = gh.requests.slice(before).filter((r) => r.method !== 'GET' && r.path !== '/graphql' && !r.path.includes('/check-runs'));
    expect(writes).toEqual([]);
    expect(everythingWritten(result)).not.toContain(KEY);
  });

  it('a malformed payload (no comment object, a body that is not text) is a notice, not a crash', async () => {
    const repo = checkout(upstream.dir, 'refs/heads/main');
    const missing = await runAction({
      event: 'issue_comment', workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
      payload: { action: 'created', issue: { number: 'twelve' }, comment: null },
    });
    expect(missing.code).toBe(0);
    expect(missing.commands.some((c) => c.command === 'notice' && c.message.includes('issue_comment event: the payload has no comment object'))).toBe(true);
    const wrongType = await runAction({
      event: 'issues', workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
      payload: { action: 'opened', issue: { number: 3, title: ['x'], body: { text: KEY }, html_url: 'javascript:alert(1)' } },
    });
    expect(wrongType.code).toBe(0);
    expect(wrongType.commands.some((c) => c.command === 'notice' && c.message.includes('issue.body is not text'))).toBe(true);
  });
});

describe('issues opened, with no checkout in the workspace', () => {
  it('the issue body is scanned all the same, and reported at the issue', async () => {
    const empty = makeTempDir('aks-no-checkout-');
    try {
      const result = await runAction({
        event: 'issues', workspace: empty, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: 'f'.repeat(40),
        inputs: { 'check-run': 'false' },
        payload: { action: 'opened', issue: { number: 30, title: 'Setup', body: `Here is my .env:\n\n    ANTHROPIC_API_KEY=${KEY}`, html_url: 'https://github.com/acme/app/issues/30', user: { login: 'new-user' } } },
      });
      expect(result.code).toBe(1);
      const report = JSON.parse(result.files['anthropic-key-scan.json']!) as JsonReport;
      expect(report.findings[0]!.locations).toEqual([expect.objectContaining({ kind: 'issue', number: 30, line: 4, url: 'https://github.com/acme/app/issues/30', author: 'new-user' })]);
      expect(everythingWritten(result)).not.toContain(KEY);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('pull_request: title and body besides the commits', () => {
  it('a key in the pull request body is reported at the pull request, and not posted as a review or comment', async () => {
    const repo = createRepo();
    repo.commitFiles('base', { 'a.txt': 'a\n' });
    const base = repo.head();
    repo.commitFiles('head', { 'a.txt': 'b\n' });
    const head = repo.head();
    const work = checkout(repo.dir, head);
    const before = gh.requests.length;
    const result = await runAction({
      event: 'pull_request', workspace: work.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: head,
      payload: {
        action: 'opened', number: 5,
        pull_request: {
          number: 5, title: 'Add config', body: `Use ${KEY} to test`, html_url: 'https://github.com/acme/app/pull/5', user: { login: 'octo' },
          base: { sha: base, repo: { full_name: 'acme/app' } }, head: { sha: head, repo: { full_name: 'acme/app' } },
        },
        repository: { full_name: 'acme/app', private: true },
      },
    });
    repo.cleanup();
    expect(result.code).toBe(1);
    const report = JSON.parse(result.files['anthropic-key-scan.json']!) as JsonReport;
    expect(report.scope).toEqual(expect.objectContaining({ kind: 'range', surfaces: ['event'] }));
    expect(report.findings[0]!.locations).toEqual([expect.objectContaining({ kind: 'pull-request', number: 5, line: 2, author: 'octo', url: 'https://github.com/acme/app/pull/5' })]);
    const posted = gh.requests.slice(before).filter((r) => r.method === 'POST' && /\/(comments|reviews)$/.test(r.path));
    expect(posted).toEqual([]);
    expect(everythingWritten(result)).not.toContain(KEY);
  });
});

describe('pull request conversation events whose commits cannot be had', () => {
  const pullRequest = { number: 5, title: 'Add config', body: null, html_url: 'https://github.com/acme/app/pull/5', base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } };

  it('pull_request_review_comment with no checkout (the README workflow): the comment is scanned and reported, the commits named in a notice', async () => {
    const empty = makeTempDir('aks-no-checkout-');
    try {
      const before = gh.requests.length;
      const result = await runAction({
        event: 'pull_request_review_comment', workspace: empty, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: 'b'.repeat(40),
        inputs: { 'check-run': 'false' },
        payload: {
          action: 'created', pull_request: pullRequest, repository: { full_name: 'acme/app', private: false },
          comment: { id: 10, node_id: 'PRRC_10', path: 'a.txt', line: 3, body: `try with\n\n    x-api-key: ${KEY}`, html_url: 'https://github.com/acme/app/pull/5#discussion_r10', user: { login: 'rev' } },
        },
      });
      expect(result.code).toBe(1);
      const report = JSON.parse(result.files['anthropic-key-scan.json']!) as JsonReport;
      expect(report.scope.kind).toBe('surfaces');
      expect(report.findings[0]!.locations).toEqual([expect.objectContaining({ kind: 'review-comment', number: 5, line: 3, author: 'rev', url: 'https://github.com/acme/app/pull/5#discussion_r10' })]);
      expect(result.commands.some((c) => c.command === 'notice' && c.message.includes('the commits of pull request #5 were not scanned') && c.message.includes('not a git repository'))).toBe(true);
      expect(gh.requests.slice(before).filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
      expect(everythingWritten(result)).not.toContain(KEY);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('pull_request_review whose head commit cannot be fetched: the review body is still reported', async () => {
    const repo = checkout(upstream.dir, 'refs/heads/main');
    const result = await runAction({
      event: 'pull_request_review', workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: 'b'.repeat(40),
      inputs: { 'check-run': 'false' },
      payload: {
        action: 'submitted', pull_request: pullRequest, repository: { full_name: 'acme/app', private: false },
        review: { id: 9, node_id: 'PRR_9', state: 'commented', body: `ANTHROPIC_API_KEY=${KEY}`, html_url: 'https://github.com/acme/app/pull/5#pullrequestreview-9', user: { login: 'rev' } },
      },
    });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.files['anthropic-key-scan.json']!) as JsonReport;
    expect(report.findings[0]!.locations).toEqual([expect.objectContaining({ kind: 'review-comment', number: 5, line: 1, url: 'https://github.com/acme/app/pull/5#pullrequestreview-9' })]);
    expect(result.summary).toContain('were not scanned');
  });

  it('with an explicit scope the failure to read the commits still fails the step', async () => {
    const empty = makeTempDir('aks-no-checkout-');
    try {
      const result = await runAction({
        event: 'pull_request_review', workspace: empty, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: 'b'.repeat(40),
        inputs: { 'check-run': 'false', scope: 'range' },
        payload: { action: 'submitted', pull_request: pullRequest, review: { id: 9, body: 'fine', html_url: 'https://github.com/acme/app/pull/5#pullrequestreview-9' } },
      });
      expect(result.code).toBe(1);
      expect(result.commands.some((c) => c.command === 'error' && c.message.includes('not a git repository'))).toBe(true);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('hide-leaked-comments', () => {
  const payload = (body: string) => ({
    action: 'created',
    issue: { number: 12, html_url: 'https://github.com/acme/app/issues/12' },
    comment: { id: 100, node_id: 'IC_kwDOhide', html_url: 'https://github.com/acme/app/issues/12#issuecomment-100', body, user: { login: 'octo' } },
    repository: { full_name: 'acme/app', private: false },
  });

  it('minimizes the comment as OUTDATED and says what remains; nothing is posted', async () => {
    const repo = checkout(upstream.dir, 'refs/heads/main');
    const before = gh.requests.length;
    // GitHub's answer to the mutation (the first GraphQL request of the run: the payload names the visibility).
    gh.failNext('POST', '/graphql', { status: 200, body: { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } } });
    const result = await runAction({
      event: 'issue_comment', workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
      inputs: { 'hide-leaked-comments': 'true' }, payload: payload(`oops ${KEY}`),
    });
    expect(result.code).toBe(1);
    const mutations = gh.requests.slice(before).filter((r) => r.path === '/graphql' && /minimizeComment/.test(r.rawBody));
    expect(mutations).toHaveLength(1);
    expect(mutations[0]!.rawBody).toContain('OUTDATED');
    expect((mutations[0]!.body as { variables: { id: string } }).variables.id).toBe('IC_kwDOhide');
    expect(result.commands.some((c) => c.command === 'notice' && c.message.includes('was hidden as outdated'))).toBe(true);
    expect(result.summary).toContain('hidden as outdated');
    expect(gh.requests.slice(before).filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toEqual([]);
  });

  it('a read-only token (a fork): a notice, not a failure of its own', async () => {
    const readOnly = await startGitHubServer({ token: TOKEN, readOnly: true });
    try {
      const repo = checkout(upstream.dir, 'refs/heads/main');
      const result = await runAction({
        event: 'issue_comment', workspace: repo.dir, githubUrl: readOnly.url, anthropicUrl: anthropic.url,
        inputs: { 'hide-leaked-comments': 'true', 'check-run': 'false' }, payload: payload(`oops ${KEY}`),
      });
      expect(result.code).toBe(1);
      expect(result.commands.some((c) => c.command === 'notice' && c.message.includes('the comment was not hidden: the token cannot'))).toBe(true);
    } finally {
      await readOnly.close();
    }
  });
});

describe('a scheduled audit with surfaces', () => {
  it('reports keys in an issue and in a release asset; storage never sees the token; an unreadable surface is a notice', async () => {
    const inIssue = fakeKey('api03', 'audit-issue-body');
    const inAsset = fakeKey('api03', 'audit-release-asset');
    const seen: IncomingHttpHeaders[] = [];
    const store = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(gzipSync(Buffer.from(`TOKEN=${inAsset}\n`)));
    });
    await new Promise<void>((done) => store.listen(0, '127.0.0.1', done));
    const storeUrl = `http://127.0.0.1:${(store.address() as AddressInfo).port}`;
    const api = await startGitHubServer({ token: TOKEN });
    servePullRequestApi(api, { owner: 'acme', repo: 'app' });
    api.on('GET', '/repos/{owner}/{repo}/issues', (request, _p, server) => paginate(server, request, [
      { number: 7, title: 'crash', body: `trace:\n${inIssue}`, html_url: 'https://github.com/acme/app/issues/7', user: { login: 'dev' }, created_at: '2026-06-01T00:00:00Z' },
    ]));
    api.on('GET', '/repos/{owner}/{repo}/issues/comments', (request, _p, server) => paginate(server, request, []));
    api.on('GET', '/repos/{owner}/{repo}/pulls/comments', () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    api.on('POST', '/graphql', () => ({ body: { data: { repository: { hasDiscussionsEnabled: false } } } }));
    api.on('GET', '/repos/{owner}/{repo}/releases', (request, _p, server) => paginate(server, request, [{
      id: 1, tag_name: 'v2', body: 'notes', html_url: 'https://github.com/acme/app/releases/tag/v2', author: { login: 'rel' }, created_at: '2026-06-02T00:00:00Z',
      assets: [{ id: 21, name: 'config.gz', size: 64, browser_download_url: 'https://github.com/acme/app/releases/download/v2/config.gz', created_at: '2026-06-02T00:00:00Z' }],
    }]));
    api.on('GET', '/repos/{owner}/{repo}/releases/assets/{asset_id}', () => ({ status: 302, headers: { location: `${storeUrl}/asset?sig=x` } }));
    try {
      const repo = checkout(upstream.dir, 'refs/heads/main', 0);
      const result = await runAction({
        event: 'schedule', payload: { schedule: '0 3 * * *' }, workspace: repo.dir, githubUrl: api.url, anthropicUrl: anthropic.url,
        inputs: { surfaces: 'code, conversations, releases', 'upload-artifact': 'false' },
      });
      expect(result.code).toBe(1);
      const report = JSON.parse(result.files['anthropic-key-scan.json']!) as JsonReport;
      expect(report.scope).toEqual(expect.objectContaining({ kind: 'history', surfaces: ['conversations', 'releases'] }));
      const places = report.findings.flatMap((f) => f.locations);
      expect(places).toEqual(expect.arrayContaining([
        expect.objectContaining({ kind: 'issue', number: 7, line: 3, url: 'https://github.com/acme/app/issues/7' }),
        expect.objectContaining({ kind: 'release-asset', tag: 'v2', path: 'config.gz', member: 'config', url: 'https://github.com/acme/app/releases/download/v2/config.gz' }),
      ]));
      expect(seen).toHaveLength(1);
      expect(seen[0]!.authorization).toBeUndefined();
      expect(result.commands.some((c) => c.command === 'notice' && c.message.includes('review comments not read') && c.message.includes('pull-requests: read'))).toBe(true);
      expect(result.summary).toContain('(https://github.com/acme/app/issues/7)');
      const written = everythingWritten(result);
      expect(written).not.toContain(inIssue);
      expect(written).not.toContain(inAsset);
    } finally {
      store.closeAllConnections();
      await new Promise<void>((done) => store.close(() => done()));
      await api.close();
    }
  });
});
