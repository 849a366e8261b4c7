/**
 * End to end: the bundled dist/index.js, run as the runner runs it, on real repositories checked out the way
 * actions/checkout does (depth 1), against a loopback GitHub API (checked against GitHub's OpenAPI
 * description) and a loopback Anthropic API. Nothing any run writes or sends holds a full key.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { JsonReport } from '../../src/core/report.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cloneRepo, createRepo, makeTempDir, type TestRepo } from '../helpers/git-repo.js';
import {
  fakeRepository, servePullRequestApi, serveRepositoryListing, startGitHubServer, type FakePullRequestState, type GitHubServer,
} from '../helpers/github-server.js';
import { fakeKey } from '../helpers/keys.js';
import { checkout, cleanupRuns, everythingWritten, runAction, TOKEN, type RunResult } from './run-action.js';

const K0 = fakeKey('api03', 'e2e-preexisting');
const K1 = fakeKey('api03', 'e2e-live');
const K2 = fakeKey('api03', 'e2e-removed-again');
const K3 = fakeKey('api03', 'e2e-in-message');
const K5 = fakeKey('api03', 'e2e-old-branch');
const ALL_KEYS = [K0, K1, K2, K3, K5];

let upstream: TestRepo;
let anthropic: AnthropicServer;
const cleanups: (() => void | Promise<void>)[] = [];
const sha: Record<string, string> = {};

beforeAll(async () => {
  anthropic = await startAnthropicServer();
  anthropic.addKey({ key: K1, kind: 'api', org: 'org-a' });
  anthropic.addKey({ key: K3, kind: 'api', org: 'org-a', behaviour: 'server-error' });
  anthropic.addKey({ key: K5, kind: 'api', org: 'org-a' });
  // K0 and K2 are not known to the API: 401, invalid.

  upstream = createRepo();
  upstream.commitFiles('base', { 'README.md': '# app\n', 'old.txt': `legacy = "${K0}"\n` });
  upstream.branch('old-feature');
  upstream.checkout('old-feature');
  upstream.commitFiles('old work', { 'old-branch.txt': `k=${K5}\n` });
  upstream.checkout('main');
  sha.mainBase = upstream.head();

  upstream.checkout('feature', { create: true });
  upstream.commitFiles('add the client', { 'app.js': `// client\nconst url = "https://example.com";\nconst key = "${K1}";\n` });
  sha.addK1 = upstream.head();
  upstream.commitFiles('try a key', { 'tmp.txt': `${K2}\n` });
  sha.addK2 = upstream.head();
  upstream.remove('tmp.txt');
  upstream.commit('remove the key again');
  upstream.commitFiles(`configure\n\nused ${K3} for testing`, { 'config.json': '{}\n' });
  sha.feature = upstream.head();

  upstream.checkout('main');
  upstream.commitFiles('main moves on', { 'NEWS.md': 'news\n' });
  sha.main = upstream.head();
  // What GitHub keeps for pull request #1: its head and the test merge commit.
  upstream.git(['update-ref', 'refs/pull/1/head', sha.feature]);
  upstream.checkout('pr-merge', { create: true });
  sha.merge = upstream.merge(sha.feature, { message: 'Merge feature into main' });
  upstream.git(['update-ref', 'refs/pull/1/merge', sha.merge]);
  upstream.checkout('main');
  upstream.git(['branch', '-D', 'pr-merge']);
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanupRuns();
  await anthropic.close();
  upstream.cleanup();
});

async function github(options: { readOnly?: boolean; state?: FakePullRequestState } = {}): Promise<{ gh: GitHubServer; state: FakePullRequestState }> {
  const gh = await startGitHubServer({ readOnly: options.readOnly });
  const state = servePullRequestApi(gh, { owner: 'acme', repo: 'app' }, options.state);
  // GitHub's diff of the pull request: app.js and config.json are new files (every line on the RIGHT side).
  state.diffLines.set(1, new Map([['app.js', new Set([1, 2, 3])], ['config.json', new Set([1])]]));
  cleanups.push(() => gh.close());
  return { gh, state };
}

function workspace(ref: string, depth = 1): TestRepo {
  const repo = checkout(upstream.dir, ref, depth);
  cleanups.push(() => repo.cleanup());
  return repo;
}

function pullPayload(): unknown {
  return {
    action: 'synchronize',
    number: 1,
    pull_request: {
      number: 1,
      base: { sha: sha.main, ref: 'main', repo: { full_name: 'acme/app' } },
      head: { sha: sha.feature, ref: 'feature', repo: { full_name: 'acme/app' } },
    },
    repository: { full_name: 'acme/app', default_branch: 'main' },
  };
}

function report(result: RunResult): JsonReport {
  return JSON.parse(result.files['anthropic-key-scan.json']!) as JsonReport;
}

function expectNoKeyAnywhere(result: RunResult, gh?: GitHubServer): void {
  const written = everythingWritten(result);
  const sent = gh ? gh.requests.map((r) => `${r.path}?${r.query.toString()}\n${r.rawBody}\n${JSON.stringify(r.headers)}`).join('\n') : '';
  for (const key of ALL_KEYS) {
    expect(written.includes(key)).toBe(false);
    expect(sent.includes(key)).toBe(false);
    // Nor the body of a key without its prefix.
    expect(written.includes(key.slice(20))).toBe(false);
  }
  // Every key that was found was masked before it was printed.
  for (const finding of report(result).findings) {
    const masked = result.stdout.split('\n').filter((l) => l.startsWith('::add-mask::sk-ant-'));
    expect(masked.some((l) => l.endsWith(finding.redacted.slice(-4)))).toBe(true);
  }
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
}

describe('pull_request', () => {
  let gh: GitHubServer;
  let state: FakePullRequestState;
  let first: RunResult;
  let repo: TestRepo;

  beforeAll(async () => {
    ({ gh, state } = await github());
    repo = workspace('refs/pull/1/merge');
    first = await runAction({ event: 'pull_request', payload: pullPayload(), workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: sha.merge });
  });

  it('fails the step, saying what was found', () => {
    expect(first.code).toBe(1);
    const errors = first.commands.filter((c) => c.command === 'error' && !c.properties.file);
    expect(errors.at(-1)?.message).toMatch(/^anthropic-key-scan: 3 keys found \(1 live, 1 unknown, 1 invalid\)/);
  });

  it('reports every commit of the pull request, not the pre-existing key', () => {
    const r = report(first);
    expect(r.scope).toMatchObject({ kind: 'range', base: sha.main, head: sha.feature });
    expect(r.findings.map((f) => f.redacted).sort()).toEqual([K1, K2, K3].map((k) => `${k.slice(0, 16)}...${k.slice(-4)}`).sort());
    expect(first.outputs).toMatchObject({ findings: '3', live: '1', invalid: '1', unknown: '1', unchecked: '0', revoked: '0' });
    expect(first.outputs['report-file']).toBe(`${first.temp}/runner-temp/anthropic-key-scan.json`);
  });

  it('annotates the live key on its line and column in HEAD, the removed key on its commit line', () => {
    const live = first.commands.find((c) => c.command === 'error' && c.properties.file === 'app.js');
    expect(live?.properties).toMatchObject({ file: 'app.js', line: '3', col: '14', title: 'anthropic-api-key: live' });
    expect(live?.message).toContain(`${K1.slice(0, 16)}...${K1.slice(-4)}`);
    const removed = first.commands.find((c) => c.command === 'warning' && c.properties.file === 'tmp.txt');
    expect(removed?.properties).toMatchObject({ line: '1', title: 'anthropic-api-key: invalid' });
    expect(removed?.message).toMatch(/still in the git history/);
  });

  it('posts one inline review comment on the added line, side RIGHT, at the head commit', () => {
    expect(state.reviews).toHaveLength(1);
    expect(state.reviews[0]).toMatchObject({ commit_id: sha.feature, event: 'COMMENT' });
    expect(state.reviewComments).toHaveLength(1);
    expect(state.reviewComments[0]).toMatchObject({ path: 'app.js', line: 3, side: 'RIGHT' });
    expect(state.reviewComments[0]!.body).toContain('LIVE');
  });

  it('puts the added-and-removed key and the commit-message key in one summary comment', () => {
    expect(state.issueComments).toHaveLength(1);
    const body = state.issueComments[0]!.body;
    expect(body.startsWith('<!-- anthropic-key-scan -->')).toBe(true);
    expect(body).toContain(`${K2.slice(0, 16)}...${K2.slice(-4)}`);
    expect(body).toContain(`${K3.slice(0, 16)}...${K3.slice(-4)}`);
    expect(body).toMatch(/removed since, still in the history/);
    expect(body).toMatch(/the message of commit/);
  });

  it('creates a completed check run on the head commit with an annotation per file location', () => {
    expect(state.checkRuns).toHaveLength(1);
    const run = state.checkRuns[0]!;
    expect(run).toMatchObject({ head_sha: sha.feature, status: 'completed', conclusion: 'failure', name: 'Anthropic key scan' });
    expect(run.annotations.map((a) => `${a.path}:${a.start_line}:${a.annotation_level}`).sort()).toEqual(['app.js:3:failure', 'tmp.txt:1:warning']);
  });

  it('writes the job summary with links to the lines at their commits, and SARIF', () => {
    expect(first.summary).toContain('## 🔑 Anthropic key scan');
    expect(first.summary).toContain(`https://github.com/acme/app/blob/${sha.addK1}/app.js#L3`);
    expect(first.summary).toContain(`https://github.com/acme/app/blob/${sha.addK2}/tmp.txt#L1`);
    expect(first.summary).toMatch(/What to do next/);
    // Notes the Action dealt with (a base that is not an ancestor, a shallow clone it deepened) are not noise here.
    expect(first.summary).not.toMatch(/not an ancestor|shallow repository/);
    expect(first.summary).toMatch(/fetched commit [0-9a-f]{7}/);
    const sarif = JSON.parse(first.files['anthropic-key-scan.sarif']!) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBe(3);
  });

  it('sends only requests GitHub knows, each body valid, and no key anywhere', () => {
    expect(gh.unknownOperations).toEqual([]);
    expect(gh.schemaViolations).toEqual([]);
    expect(gh.requests.every((r) => r.headers.authorization === `token ghs_loopbackTestToken000000000000000000`)).toBe(true);
    expectNoKeyAnywhere(first, gh);
    // The Anthropic API saw each key on a read-only listing only.
    expect(anthropic.requests.filter((r) => r.credential === K1).every((r) => r.method === 'GET' && r.path === '/v1/models')).toBe(true);
  });

  it('fetched what the depth-1 checkout lacked, and said so', () => {
    const notice = first.commands.find((c) => c.command === 'notice' && c.message.startsWith('fetched'));
    expect(notice?.message).toMatch(/commit [0-9a-f]{7} \(depth 1\)/);
  });

  it('a re-run posts no duplicate and updates the summary comment in place', async () => {
    const again = await runAction({ event: 'pull_request', payload: pullPayload(), workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: sha.merge });
    expect(again.code).toBe(1);
    expect(state.reviews).toHaveLength(1);
    expect(state.reviewComments).toHaveLength(1);
    expect(state.issueComments).toHaveLength(1);
    expect(state.checkRuns).toHaveLength(2); // a check run per run, as any CI check
    expect(gh.schemaViolations).toEqual([]);
    expectNoKeyAnywhere(again, gh);
  });
});

describe('pull_request, other checkouts', () => {
  it('fetch-depth 0: nothing to fetch, the same findings', async () => {
    const { gh, state } = await github();
    const repo = workspace('refs/pull/1/merge', 0);
    const result = await runAction({ event: 'pull_request', payload: pullPayload(), workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: sha.merge });
    expect(result.code).toBe(1);
    expect(report(result).findings).toHaveLength(3);
    expect(result.commands.some((c) => c.command === 'notice' && c.message.startsWith('fetched'))).toBe(false);
    expect(state.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual(['app.js:3']);
  });

  it('checked out into a folder of the workspace (path input): annotations from the workspace, comments from the repository', async () => {
    const { gh, state } = await github();
    const root = makeTempDir('aks-ws-');
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    checkout(upstream.dir, 'refs/pull/1/merge', 1, join(root, 'code'));
    const result = await runAction({
      event: 'pull_request', payload: pullPayload(), workspace: root, githubUrl: gh.url, anthropicUrl: anthropic.url,
      sha: sha.merge, inputs: { path: 'code' },
    });
    expect(result.commands.find((c) => c.command === 'error' && c.properties.file)?.properties.file).toBe('code/app.js');
    expect(state.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual(['app.js:3']);
    expect(state.checkRuns[0]!.annotations.map((a) => a.path).sort()).toEqual(['app.js', 'tmp.txt']);
  });

  it('pull_request_target: the base branch is checked out; the head commits are fetched, never checked out', async () => {
    const { gh, state } = await github();
    const repo = workspace('refs/heads/main');
    const result = await runAction({ event: 'pull_request_target', payload: pullPayload(), workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: sha.main });
    expect(result.code).toBe(1);
    expect(report(result).findings).toHaveLength(3);
    expect(repo.head()).toBe(sha.main); // the work tree still holds the base branch only
    expect(repo.git(['status', '--porcelain'])).toBe('');
    expect(state.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual(['app.js:3']);
    expectNoKeyAnywhere(result, gh);
  });

  it('merge_group: the queued commits, the check run on the group head', async () => {
    const { gh, state } = await github();
    const repo = workspace('refs/pull/1/merge');
    const result = await runAction({
      event: 'merge_group', payload: { merge_group: { base_sha: sha.main, head_sha: sha.merge, head_ref: 'refs/heads/gh-readonly-queue/main/pr-1' }, repository: { full_name: 'acme/app', default_branch: 'main' } },
      workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: sha.merge,
    });
    expect(report(result).findings).toHaveLength(3);
    expect(state.checkRuns[0]!.head_sha).toBe(sha.merge);
    expect(state.reviews).toEqual([]);
  });
});

describe('pull_request from a fork (read-only token)', () => {
  it('degrades to notices naming the permissions; annotations, summary and files still come out', async () => {
    const { gh, state } = await github({ readOnly: true });
    const repo = workspace('refs/pull/1/merge');
    const payload = pullPayload() as { pull_request: { head: { repo: { full_name: string } } } };
    payload.pull_request.head.repo.full_name = 'mallory/app';
    const result = await runAction({ event: 'pull_request', payload, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: sha.merge });
    expect(result.code).toBe(1);
    const notices = result.commands.filter((c) => c.command === 'notice').map((c) => c.message);
    expect(notices.some((n) => n.includes('pull-requests: write'))).toBe(true);
    expect(notices.some((n) => n.includes('checks: write'))).toBe(true);
    expect(result.commands.some((c) => c.command === 'error' && c.properties.file === 'app.js')).toBe(true);
    expect(result.summary).toContain('pull-requests: write');
    expect(result.outputs.findings).toBe('3');
    expect(Object.keys(result.files).sort()).toEqual(['anthropic-key-scan.json', 'anthropic-key-scan.sarif']);
    const writes = gh.requests.filter((r) => r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((r) => r.status === 403)).toBe(true);
    expect(state.reviewComments).toEqual([]);
    expect(gh.schemaViolations).toEqual([]);
    expectNoKeyAnywhere(result, gh);
  });
});

describe('push', () => {
  function pushPayload(extra: Record<string, unknown>): unknown {
    return { ref: 'refs/heads/feature', before: sha.mainBase, after: sha.feature, created: false, deleted: false, forced: false, repository: { full_name: 'acme/app', default_branch: 'main' }, ...extra };
  }

  it('a new branch (git clone --depth 1) scans only the commits not on the default branch', async () => {
    const { gh, state } = await github();
    const repo = cloneRepo(upstream.dir, { depth: 1, branch: 'feature' });
    cleanups.push(() => repo.cleanup());
    const result = await runAction({
      event: 'push', payload: pushPayload({ before: '0'.repeat(40), created: true }), workspace: repo.dir,
      githubUrl: gh.url, anthropicUrl: anthropic.url, sha: sha.feature,
    });
    expect(result.code).toBe(1);
    const r = report(result);
    expect(r.scope).toMatchObject({ kind: 'range', base: sha.main, head: sha.feature });
    const commits = r.findings.flatMap((f) => f.locations.map((l) => l.commit));
    expect(commits).not.toContain(sha.mainBase);
    expect(r.findings).toHaveLength(3); // K1, K2, K3: not K0 (main) nor K5 (another branch)
    expect(state.checkRuns[0]).toMatchObject({ head_sha: sha.feature, conclusion: 'failure' });
    expect(state.reviews).toEqual([]); // no pull request: no review
    expect(gh.schemaViolations).toEqual([]);
    expectNoKeyAnywhere(result, gh);
  });

  it('a forced push whose before is gone falls back to the default branch, with a notice', async () => {
    const { gh } = await github();
    const repo = workspace('refs/heads/feature');
    const result = await runAction({
      event: 'push', payload: pushPayload({ before: 'f'.repeat(40), forced: true }), workspace: repo.dir,
      githubUrl: gh.url, anthropicUrl: anthropic.url, sha: sha.feature,
    });
    expect(result.commands.some((c) => c.command === 'notice' && /previous head fffffff .* is gone/.test(c.message))).toBe(true);
    expect(report(result).findings).toHaveLength(3);
    expectNoKeyAnywhere(result, gh);
  });

  it('a push of one commit scans just it (before..after); only the found key goes to the Anthropic API', async () => {
    const { gh } = await github();
    const repo = workspace('refs/heads/feature');
    const before = anthropic.requests.length;
    const result = await runAction({
      event: 'push', payload: pushPayload({ before: sha.addK2, after: sha.feature }), workspace: repo.dir,
      githubUrl: gh.url, anthropicUrl: anthropic.url, sha: sha.feature,
      env: { ANTHROPIC_API_KEY: 'users-own-api-key', ANTHROPIC_AUTH_TOKEN: 'users-own-token' },
    });
    expect(report(result).findings.map((f) => f.redacted)).toEqual([`${K3.slice(0, 16)}...${K3.slice(-4)}`]);
    expect(result.code).toBe(1);
    const sent = anthropic.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.credential === K3 && r.credentialHeaders === 1)).toBe(true);
    expect(JSON.stringify(sent.map((r) => r.headers))).not.toMatch(/users-own|ghs_loopback/);
  });

  it('a deleted branch scans nothing and passes', async () => {
    const { gh } = await github();
    const repo = workspace('refs/heads/main');
    const result = await runAction({
      event: 'push', payload: pushPayload({ deleted: true, after: '0'.repeat(40) }), workspace: repo.dir,
      githubUrl: gh.url, anthropicUrl: anthropic.url, sha: sha.main,
    });
    expect(result.code).toBe(0);
    expect(result.outputs.findings).toBe('0');
    expect(result.summary).toMatch(/No Anthropic credentials found/);
  });
});

describe('schedule', () => {
  it('audits the whole history of every branch from a depth-1 checkout', async () => {
    const { gh, state } = await github();
    const repo = workspace('refs/heads/main');
    const result = await runAction({ event: 'schedule', payload: { schedule: '0 3 * * *' }, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: sha.main });
    const r = report(result);
    expect(r.scope.kind).toBe('history');
    const found = new Set(r.findings.map((f) => f.redacted));
    for (const key of [K0, K1, K2, K3, K5]) expect(found.has(`${key.slice(0, 16)}...${key.slice(-4)}`)).toBe(true);
    expect(result.commands.some((c) => c.command === 'notice' && /every branch and tag with their whole history/.test(c.message))).toBe(true);
    expect(state.checkRuns[0]?.head_sha).toBe(sha.main);
    expect(result.code).toBe(1);
    expectNoKeyAnywhere(result, gh);
  });
});

describe('files, limits and failures', () => {
  it('past 10 annotations per level, one notice says how many more and where', async () => {
    const { gh } = await github();
    const repo = createRepo();
    cleanups.push(() => repo.cleanup());
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`k${i}.txt`] = `${fakeKey('api03', `many-${i}`)}\n`;
    repo.commitFiles('many', files);
    const result = await runAction({
      event: 'release', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, inputs: { verify: 'false', 'fail-on': 'never' },
    });
    expect(result.code).toBe(0); // fail-on: never, so all 10 error slots hold findings
    expect(result.commands.filter((c) => c.command === 'error')).toHaveLength(10);
    const notice = result.commands.find((c) => c.command === 'notice' && /2 more error annotation/.test(c.message));
    expect(notice?.message).toMatch(/job summary/);
    expect(result.outputs).toMatchObject({ findings: '12', unchecked: '12' });
    expect(anthropic.requests.filter((r) => r.credential?.includes('many'))).toEqual([]);
  });

  it('a baseline made from an earlier report suppresses its findings', async () => {
    const { gh } = await github();
    const repo = createRepo();
    cleanups.push(() => repo.cleanup());
    repo.commitFiles('one', { 'a.txt': `${fakeKey('api03', 'baseline')}\n` });
    const inputs = { verify: 'false', 'check-run': 'false' };
    const first = await runAction({ event: 'release', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, inputs });
    expect(first.code).toBe(1);
    repo.write('.baseline.json', first.files['anthropic-key-scan.json']!);
    const second = await runAction({ event: 'release', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, inputs: { ...inputs, baseline: '.baseline.json' } });
    expect(second.code).toBe(0);
    expect(second.outputs.findings).toBe('0');
    expect(report(second).suppressed).toHaveLength(1);
    expect(second.summary).toMatch(/1 finding\(s\) suppressed/);
  });

  it('revoke with an admin key: deactivates the live key of its organization, says so, never shows the admin key', async () => {
    const { gh } = await github();
    const api = await startAnthropicServer();
    cleanups.push(() => api.close());
    const admin = fakeKey('admin01', 'e2e-admin');
    const leaked = fakeKey('api03', 'e2e-to-revoke');
    api.addKey({ key: admin, kind: 'admin', org: 'org-r' });
    const record = api.addKey({ key: leaked, kind: 'api', org: 'org-r', name: 'ci key' });
    const repo = createRepo();
    cleanups.push(() => repo.cleanup());
    repo.commitFiles('oops', { '.env': `ANTHROPIC_API_KEY=${leaked}\n` });
    const result = await runAction({
      event: 'release', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: api.url,
      inputs: { revoke: 'true', 'admin-key': admin },
    });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ findings: '1', live: '1', revoked: '1' });
    expect(api.key(record.id)?.status).toBe('inactive');
    expect(report(result).findings[0]!.revocation).toMatchObject({ outcome: 'deactivated', keyId: record.id });
    expect(result.summary).toMatch(/### Revocation[\s\S]*✅ deactivated/);
    const written = everythingWritten(result);
    expect(written).not.toContain(admin);
    expect(written).not.toContain(leaked);
    expect(result.stdout).toContain(`::add-mask::${admin}`); // masked before anything else was printed
  });

  it('a malformed event payload fails in one line', async () => {
    const { gh } = await github();
    const repo = workspace('refs/heads/main');
    const result = await runAction({
      event: 'pull_request', payload: { pull_request: { number: 3, head: { sha: sha.feature } } }, workspace: repo.dir,
      githubUrl: gh.url, anthropicUrl: anthropic.url,
    });
    expect(result.code).toBe(1);
    const errors = result.commands.filter((c) => c.command === 'error');
    expect(errors.map((e) => e.message)).toEqual(['malformed pull_request event: pull_request.base.sha is missing']);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad input fails in one line naming it', async () => {
    const { gh } = await github();
    const repo = workspace('refs/heads/main');
    const result = await runAction({ event: 'release', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, inputs: { 'fail-on': 'sometimes' } });
    expect(result.code).toBe(1);
    expect(result.commands.filter((c) => c.command === 'error').map((e) => e.message)).toEqual(['input fail-on: expected one of any, live, never, got "sometimes"']);
  });
});

describe('command repos (an organization audit\'s list stage)', () => {
  it('lists the organization into the matrix output and a summary line, and scans nothing', async () => {
    const gh = await startGitHubServer({ token: TOKEN });
    cleanups.push(() => gh.close());
    const repos = Array.from({ length: 130 }, (_, i) => fakeRepository('acme', `repo-${String(i).padStart(3, '0')}`, { archived: i % 10 === 0, fork: i % 9 === 0 }));
    serveRepositoryListing(gh, 'acme', repos);
    const repo = workspace('refs/heads/main');
    const result = await runAction({
      event: 'schedule', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
      inputs: { command: 'repos', organization: 'acme', 'batch-size': '20', 'repository-filter': 'repo-*\n!repo-12*' },
    });
    expect(result.code).toBe(0);
    const matrix = JSON.parse(result.outputs.matrix!) as { include: { batch: number; repositories: string[] }[] };
    const expected = repos
      .filter((r) => !r.archived && !r.fork && !(r.name as string).startsWith('repo-12'))
      .map((r) => r.full_name as string);
    expect(matrix.include.flatMap((b) => b.repositories)).toEqual(expected);
    expect(matrix.include.map((b) => b.batch)).toEqual(matrix.include.map((_, i) => i + 1));
    for (const b of matrix.include) expect(b.repositories.length).toBeLessThanOrEqual(20);
    expect(result.outputs.repositories).toBe(String(expected.length));
    expect(result.summary).toMatch(/^anthropic-key-scan: acme \(organization\): 130 repositories, \d+ selected \(left out: /);
    // Two pages of the listing, nothing else: no scan, no check run, no report files.
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /orgs/acme/repos', 'GET /orgs/acme/repos']);
    expect(gh.unknownOperations).toEqual([]);
    expect(result.files).toEqual({});
  });

  it('fails in one line without an organization', async () => {
    const gh = await startGitHubServer();
    cleanups.push(() => gh.close());
    const repo = workspace('refs/heads/main');
    const result = await runAction({ event: 'schedule', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, inputs: { command: 'repos' } });
    expect(result.code).toBe(1);
    expect(result.commands.filter((c) => c.command === 'error').map((e) => e.message)).toEqual(['input organization: command repos needs the organization (or user) to list']);
    expect(gh.requests).toEqual([]);
  });
});
