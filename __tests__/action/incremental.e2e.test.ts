/**
 * End to end: scheduled audits keep the history's state in the Actions cache (input `incremental`), with the real
 * `@actions/cache` of the bundle talking to a loopback cache service (v2 protocol: twirp, signed upload and
 * download URLs). The first audit misses the cache (a notice), reads everything and saves a state; the next
 * restores it, reads only what changed, and reports the old key carried. A broken cache service is a full audit
 * with a notice, never a failed step. Nothing saved to the cache holds a key.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { JsonReport } from '../../src/core/report.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { startCacheServer, type CacheServer } from '../helpers/cache-server.js';
import { createRepo, makeTempDir, type TestRepo } from '../helpers/git-repo.js';
import { errorBody, paginate, READ_ONLY_MESSAGE, servePullRequestApi, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { fakeKey } from '../helpers/keys.js';
import { checkout, cleanupRuns, runAction, type RunResult } from './run-action.js';

const OLD = fakeKey('api03', 'e2e-incremental-old');
const NEW = fakeKey('api03', 'e2e-incremental-new');

let upstream: TestRepo;
let anthropic: AnthropicServer;
let gh: GitHubServer;
let cache: CacheServer;
/** One RUNNER_TEMP for every audit, as a runner has: the cache's version hashes the state file's path. */
let runnerTemp: string;

beforeAll(async () => {
  anthropic = await startAnthropicServer();
  anthropic.addKey({ key: OLD, kind: 'api', org: 'org-a' });
  gh = await startGitHubServer();
  servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
  cache = await startCacheServer();
  runnerTemp = makeTempDir('aks-runner-temp-');
  upstream = createRepo();
  upstream.commitFiles('base', { 'README.md': '# app\n', 'old.txt': `legacy = "${OLD}"\n` });
});

afterAll(async () => {
  cleanupRuns();
  upstream.cleanup();
  rmSync(runnerTemp, { recursive: true, force: true });
  await Promise.all([anthropic.close(), gh.close(), cache.close()]);
});

async function audit(runId: string, env: Record<string, string> = cache.env, inputs: Record<string, string> = {}): Promise<RunResult & { report: JsonReport; notices: string[] }> {
  const repo = checkout(upstream.dir, 'refs/heads/main', 1);
  const result = await runAction({
    event: 'schedule', payload: { schedule: '0 3 * * *' }, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
    inputs: { 'check-run': 'false', annotations: 'false', ...inputs },
    env: { ...env, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1', RUNNER_TEMP: runnerTemp },
  });
  const report = JSON.parse(readFileSync(join(runnerTemp, 'anthropic-key-scan.json'), 'utf8')) as JsonReport;
  return { ...result, report, notices: result.commands.filter((c) => c.command === 'notice').map((c) => c.message) };
}

/** Every archive the cache holds, unpacked as text (tar in zstd where the runner has zstd, else in gzip). */
function cachedText(): string {
  return cache.entries
    .map((e) => e.body ?? Buffer.alloc(0))
    .map((body) => (body[0] === 0x1f ? gunzipSync(body) : execFileSync('zstd', ['-dc'], { input: body })).toString('latin1'))
    .join('\n');
}

describe('scheduled audits with incremental (default on)', () => {
  it('a miss is a full audit that saves a state; the next audit restores it and reads only what changed', async () => {
    const first = await audit('100');
    expect(first.code).toBe(1);
    expect(first.notices.some((n) => /no state in the Actions cache yet/.test(n))).toBe(true);
    expect(first.notices.some((n) => /read the whole history/.test(n))).toBe(true);
    expect(first.report.findings.map((f) => f.carried)).toEqual([undefined]);
    expect(cache.entries.filter((e) => e.finalized).map((e) => e.key)).toEqual(['anthropic-key-scan-history-state-v1-acme_app-100-1']);

    upstream.commitFiles('more work', { 'new.txt': `k=${NEW}\n` });
    const second = await audit('101');
    expect(second.code).toBe(1);
    expect(second.notices.some((n) => /read only what changed since the last audit/.test(n))).toBe(true);
    const byCarried = Object.fromEntries(second.report.findings.map((f) => [f.redacted, f.carried ?? false]));
    expect(byCarried).toEqual({ [`${OLD.slice(0, 16)}...${OLD.slice(-4)}`]: true, [`${NEW.slice(0, 16)}...${NEW.slice(-4)}`]: false });
    // The carried key was verified again, as usual.
    expect(second.report.findings.find((f) => f.carried)?.status).toBe('live');
    expect(cache.entries.filter((e) => e.finalized)).toHaveLength(2);

    const saved = cachedText();
    expect(saved).toContain('anthropic-key-scan history state');
    for (const key of [OLD, NEW]) {
      expect(saved).not.toContain(key);
      expect(saved).not.toContain(Buffer.from(key).toString('base64'));
    }
  });

  it('a cache service that fails is a full audit with a notice, not a failed step', async () => {
    cache.failWith = 403; // not retried (a 5xx is, for half a minute)
    try {
      const run = await audit('102');
      expect(run.code).toBe(1); // the findings, not the cache
      expect(run.report.findings.length).toBeGreaterThan(0);
      expect(run.report.findings.every((f) => !f.carried)).toBe(true);
      expect(run.notices.some((n) => /read the whole history/.test(n))).toBe(true);
    } finally {
      cache.failWith = undefined;
    }
  });

  it('incremental: false keeps no state', async () => {
    const before = cache.entries.length;
    const repo = checkout(upstream.dir, 'refs/heads/main', 1);
    const run = await runAction({
      event: 'schedule', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
      inputs: { incremental: 'false', 'check-run': 'false', annotations: 'false' }, env: { ...cache.env, GITHUB_RUN_ID: '103' },
    });
    expect(run.code).toBe(1);
    expect(cache.entries.length).toBe(before);
    expect(run.commands.some((c) => c.command === 'notice' && /incremental audit/.test(c.message))).toBe(false);
  });
});

describe('the GitHub surfaces of an incremental audit (issue 21, part 4)', () => {
  // After the audits above: the cache holds a state written with no surface cursor (the whole surface is read).
  it('reads conversations since the start of the last audit that read them completely; one left partial is read whole again', async () => {
    gh.on('GET', '/repos/{owner}/{repo}/issues', (request, _p, server) => paginate(server, request, []));
    gh.on('GET', '/repos/{owner}/{repo}/issues/comments', (request, _p, server) => paginate(server, request, []));
    gh.on('GET', '/repos/{owner}/{repo}/pulls/comments', (request, _p, server) => paginate(server, request, []));
    gh.on('POST', '/graphql', () => ({ body: { data: { repository: { hasDiscussionsEnabled: false } } } }));
    const asked = (path: string, from: number): Array<string | null> =>
      gh.requests.slice(from).filter((r) => r.path === `/repos/acme/app/${path}`).map((r) => r.query.get('since'));
    const cursor = (): string | undefined =>
      (JSON.parse(readFileSync(join(runnerTemp, 'anthropic-key-scan-state.json'), 'utf8')) as { surfaces?: Record<string, string> }).surfaces?.conversations;
    const surfaces = { surfaces: 'code, conversations, wiki' };

    // An older state (no cursor), and the comments listing refused: read whole, and the cursor is not set.
    gh.failNext('GET', '/repos/{owner}/{repo}/issues/comments', errorBody(READ_ONLY_MESSAGE, 403));
    let from = gh.requests.length;
    const partial = await audit('110', cache.env, surfaces);
    expect(asked('issues', from)).toEqual([null]);
    expect(asked('issues/comments', from)).toEqual([null]);
    expect(partial.notices.some((n) => /conversations since/.test(n))).toBe(false);
    expect(cursor()).toBeUndefined();

    // Read whole again (the last read was partial); now completely: the cursor is this audit's start.
    from = gh.requests.length;
    const whole = await audit('111', cache.env, surfaces);
    expect(asked('issues', from)).toEqual([null]);
    expect(asked('issues/comments', from)).toEqual([null]);
    const since = cursor();
    expect(since).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/);
    expect(whole.notices.some((n) => /read only what changed since the last audit/.test(n))).toBe(true);

    // The next audit asks only for what changed since then; the wiki (a git repository) has no cursor.
    from = gh.requests.length;
    const next = await audit('112', cache.env, surfaces);
    expect(asked('issues', from)).toEqual([since]);
    expect(asked('issues/comments', from)).toEqual([since]);
    expect(asked('pulls/comments', from)).toEqual([since]);
    expect(next.notices).toContainEqual(expect.stringContaining(`conversations since ${since!}`));
    expect(next.notices.some((n) => /wiki since/.test(n))).toBe(false);
    expect(cursor()! > since!).toBe(true);
    // The old key is still reported, carried by the history's state.
    expect(next.report.findings.some((f) => f.carried)).toBe(true);
  });
});
