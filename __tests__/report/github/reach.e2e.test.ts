/**
 * End to end, the bundled dist/index.js as the runner runs it: a nightly audit whose results reach people. The
 * reports go to a loopback artifact service (the job summary links them), one audit issue is opened, kept and
 * closed in a loopback GitHub (checked against GitHub's OpenAPI description), the people named are mentioned,
 * and a planted look-alike issue is left alone. No full key in anything written or sent.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAnthropicServer, type AnthropicServer } from '../../helpers/anthropic-server.js';
import { startArtifactServer, type ArtifactServer } from '../../helpers/artifact-server.js';
import { createRepo, type TestRepo } from '../../helpers/git-repo.js';
import { serveIssuesApi, servePullRequestApi, startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';
import { fakeKey } from '../../helpers/keys.js';
import { checkout, cleanupRuns, everythingWritten, runAction, type RunResult } from '../../action/run-action.js';

const LIVE = fakeKey('api03', 'reach-live');
let upstream: TestRepo;
let anthropic: AnthropicServer;
let artifacts: ArtifactServer;
let gh: GitHubServer;

beforeAll(async () => {
  anthropic = await startAnthropicServer();
  anthropic.addKey({ key: LIVE, kind: 'api', org: 'org-a' });
  artifacts = await startArtifactServer();
  gh = await startGitHubServer();
  upstream = createRepo();
  upstream.commitFiles('config', { 'app/.env': `ANTHROPIC_API_KEY=${LIVE}\n` });
});
afterAll(async () => {
  cleanupRuns();
  upstream.cleanup();
  await Promise.all([anthropic.close(), artifacts.close(), gh.close()]);
});

function expectNoKey(result: RunResult): void {
  expect(everythingWritten(result)).not.toContain(LIVE);
  expect(gh.requests.some((r) => r.rawBody.includes(LIVE))).toBe(false);
  expect(artifacts.artifacts.some((a) => a.zip.includes(LIVE))).toBe(false);
}

describe('a nightly audit with audit-issue, mention and the default upload-artifact', () => {
  it('uploads the reports, opens the issue (mentioning) and keeps it while the history holds the key; never touches a planted one', async () => {
    servePullRequestApi(gh, { owner: 'acme', repo: 'app' });
    const issues = serveIssuesApi(gh, { owner: 'acme', repo: 'app' });
    issues.issues.push({
      id: 1, number: 1, title: 'Anthropic key scan: 1 key found (1 live)', body: '<!-- anthropic-key-scan:audit-issue -->\nplanted', state: 'open',
      labels: [{ name: 'anthropic-key-scan' }], user: { login: 'mallory', type: 'User' }, html_url: 'https://github.com/acme/app/issues/1', updated_at: '2030-01-01T00:00:00Z',
    });
    const inputs = { 'audit-issue': 'true', mention: '@acme/security', 'fail-on': 'never' };
    const run = (name: string) => {
      const repo = checkout(upstream.dir, 'refs/heads/main', 0);
      return runAction({
        event: 'schedule', payload: { schedule: '0 3 * * *' }, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
        inputs: { ...inputs, 'artifact-name': name }, env: { ...artifacts.env },
      });
    };

    const first = await run('reports-1');
    expect(first.code).toBe(0);
    expect(first.outputs['artifact-id']).toBe('41');
    expect(first.outputs['artifact-url']).toBe('https://github.com/acme/app/actions/runs/4242/artifacts/41');
    expect(first.summary).toContain('Artifact: [`reports-1`](https://github.com/acme/app/actions/runs/4242/artifacts/41)');
    expect(artifacts.artifacts[0]).toMatchObject({ name: 'reports-1', finalized: true });
    expect(first.outputs['audit-issue']).toBe('2');
    const ours = issues.issues[1]!;
    expect(ours).toMatchObject({ number: 2, state: 'open', labels: [{ name: 'anthropic-key-scan' }], user: { login: 'github-actions[bot]' } });
    expect(ours.body).toContain('@acme/security: 1 key may be live and needs rotating.');
    expect(ours.body).toContain('app/.env');
    expect(first.summary).toMatch(/\[audit issue #2 \(opened\)\]\(https:\/\/github.com\/acme\/app\/issues\/2\)/);
    expectNoKey(first);

    const second = await run('reports-2');
    expect(second.outputs['audit-issue']).toBe('2');
    expect(issues.issues).toHaveLength(2);

    upstream.commitFiles('remove the key', { 'app/.env': 'ANTHROPIC_API_KEY=\n' });
    // The key is still in the history: a history audit still finds it, so the issue stays open.
    expect((await run('reports-3')).outputs['audit-issue']).toBe('2');
    expect(ours.state).toBe('open');

    expect(issues.issues[0]!.body).toBe('<!-- anthropic-key-scan:audit-issue -->\nplanted');
    expect(issues.issues[0]!.state).toBe('open');
    expect(gh.requests.filter((r) => r.method !== 'GET' && /\/issues\/1(\/|$)/.test(r.path))).toEqual([]);
    expect(gh.unknownOperations).toEqual([]);
    expect(gh.schemaViolations).toEqual([]);
  }, 300_000); // five runs of the Action, each a process of its own

  it('a read-only token: notices name issues: write; the step and the reports are unharmed', async () => {
    const readOnly = await startGitHubServer({ readOnly: true });
    try {
      servePullRequestApi(readOnly, { owner: 'acme', repo: 'app' });
      serveIssuesApi(readOnly, { owner: 'acme', repo: 'app' });
      const repo = checkout(upstream.dir, 'refs/heads/main', 0);
      const result = await runAction({
        event: 'workflow_dispatch', payload: {}, workspace: repo.dir, githubUrl: readOnly.url, anthropicUrl: anthropic.url,
        inputs: { 'audit-issue': 'true', 'fail-on': 'never', 'upload-artifact': 'false' }, env: { ...artifacts.env },
      });
      expect(result.code).toBe(0);
      const notices = result.commands.filter((c) => c.command === 'notice').map((c) => c.message);
      expect(notices).toContain('could not open the audit issue: the token lacks `issues: write` (add `permissions: issues: write` to the job)');
      expect(result.outputs['artifact-id']).toBeUndefined();
      expect(Object.keys(result.files).sort()).toEqual(['anthropic-key-scan.json', 'anthropic-key-scan.sarif']);
    } finally {
      await readOnly.close();
    }
  });
});
