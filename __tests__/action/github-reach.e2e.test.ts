/**
 * End to end, the bundled dist/index.js as the runner runs it, against a GitHub API that misbehaves: one that
 * accepts connections and never answers (the step must still fail on its findings, with the summary, outputs and
 * report files written, within the phase's deadline), and one whose pagination points at another origin (which
 * must never see a request, let alone the token).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { JsonReport } from '../../src/core/report.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { serveIssuesApi, servePullRequestApi, startGitHubServer } from '../helpers/github-server.js';
import { fakeKey } from '../helpers/keys.js';
import { otherOrigin, silentServer } from '../helpers/misbehaving-servers.js';
import { checkout, cleanupRuns, everythingWritten, runAction, TOKEN } from './run-action.js';

const KEY = fakeKey('api03', 'github-hangs');
let upstream: TestRepo;
let anthropic: AnthropicServer;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  anthropic = await startAnthropicServer();
  upstream = createRepo();
  upstream.commitFiles('config', { 'app/.env': `ANTHROPIC_API_KEY=${KEY}\n` });
});
afterAll(async () => {
  for (const close of closers) await close();
  cleanupRuns();
  upstream.cleanup();
  await anthropic.close();
});

describe('a GitHub API that never answers', () => {
  it('the step still fails on the key, with the summary, the outputs and the report files, once the phase deadline passes', async () => {
    const api = await silentServer();
    closers.push(() => api.close());
    const repo = checkout(upstream.dir, 'refs/heads/main', 0);
    const result = await runAction({
      event: 'schedule', payload: { schedule: '0 3 * * *' }, workspace: repo.dir, githubUrl: api.url, anthropicUrl: anthropic.url,
      inputs: { 'audit-issue': 'true', 'upload-artifact': 'false' },
      // A request timeout longer than the phase: the deadline is what ends the wait.
      env: { ANTHROPIC_KEY_SCAN_GITHUB_TIMEOUT_MS: '600000', ANTHROPIC_KEY_SCAN_GITHUB_DEADLINE_MS: '1500' },
    });
    expect(api.requests()).toBeGreaterThan(0);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.files['anthropic-key-scan.json']!) as JsonReport;
    expect(report.findings).toHaveLength(1);
    expect(result.outputs.findings).toBe('1');
    expect(result.outputs['report-file']).toMatch(/anthropic-key-scan\.json$/);
    expect(result.summary).toContain(report.findings[0]!.redacted);
    expect(result.summary).toContain('the GitHub phase ran out of time');
    const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors.some((m) => m.startsWith('anthropic-key-scan: 1 key found'))).toBe(true);
    expect(everythingWritten(result)).not.toContain(KEY);
  });
});

describe('a pagination link to another origin', () => {
  it('is refused: the other origin never sees a request nor the token; the step goes on', async () => {
    const other = await otherOrigin();
    closers.push(() => other.close());
    const otherUrl = other.url;

    const gh = await startGitHubServer({ token: TOKEN });
    closers.push(() => gh.close());
    servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    const issues = serveIssuesApi(gh, { owner: 'acme', repo: 'app' });
    gh.on('GET', '/repos/{owner}/{repo}/issues', () => ({ headers: { link: `<${otherUrl}/repos/acme/app/issues?page=2>; rel="next"` }, body: [] }));

    const repo = checkout(upstream.dir, 'refs/heads/main', 0);
    const result = await runAction({
      event: 'workflow_dispatch', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
      inputs: { 'audit-issue': 'true', 'upload-artifact': 'false' },
    });
    expect(other.seen).toEqual([]);
    expect(issues.issues).toEqual([]);
    const notices = result.commands.filter((c) => c.command === 'notice').map((c) => c.message);
    expect(notices.some((n) => n.startsWith(`could not list the audit issues: refused to send the token to ${otherUrl}`))).toBe(true);
    expect(result.code).toBe(1);
    expect(result.outputs.findings).toBe('1');
  });
});
