/**
 * End to end, the bundled dist/index.js as the runner runs it, scanning workflow runs (issue 18): on
 * `workflow_run` (completed), the logs archive and the artifacts of the run the event names; with
 * `scope: run-logs`, the completed jobs of the run in progress. GitHub is a loopback server checked against its
 * OpenAPI description; the downloads answer 302 to a second loopback origin, the storage, which must never see
 * the token. Job names are hostile; no key may be printed in full anywhere.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import type { JsonReport } from '../../src/core/report.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { jobUrl, runUrl, serveRunsApi, startStorage, type FakeRun, type Storage } from '../helpers/actions-runs.js';
import { makeTempDir } from '../helpers/git-repo.js';
import { projectSchemaErrors } from '../helpers/schemas.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { fakeKey } from '../helpers/keys.js';
import { zip } from '../sources/containers/build.js';
import { cleanupRuns, everythingWritten, runAction, TOKEN, type RunResult } from './run-action.js';

const IN_LOG = fakeKey('api03', 'printed-in-a-step');
const IN_ARTIFACT = fakeKey('api03', 'uploaded-in-an-artifact');
const HOSTILE_JOB = '::error::pwned \u001b[31m ../../job';
const SHA = 'a'.repeat(40);

let anthropic: AnthropicServer;
let gh: GitHubServer | undefined;
let storage: Storage | undefined;
let workspace: string;

beforeAll(async () => {
  anthropic = await startAnthropicServer();
  // The key printed in the log is live: delete-leaked-logs acts on it (a key proven invalid leaves the logs alone).
  anthropic.addKey({ key: IN_LOG, kind: 'api', org: 'org-a' });
  workspace = makeTempDir('aks-empty-workspace-');
});
afterEach(async () => {
  await gh?.close();
  await storage?.close();
  gh = storage = undefined;
});
afterAll(async () => {
  cleanupRuns();
  rmSync(workspace, { recursive: true, force: true });
  await anthropic.close();
});

function leakyRun(id: number, extra: Partial<FakeRun> = {}): FakeRun {
  return {
    id,
    jobs: [
      {
        id: id * 10 + 1, name: 'build', steps: [
          { number: 1, name: 'Set up job', lines: ['Current runner version: 2.330.0'] },
          { number: 2, name: 'Print config', lines: ['$ cat config.json', `{"anthropic_api_key": "${IN_LOG}"}`, 'ADMIN_KEY: ***'] },
        ],
      },
      { id: id * 10 + 2, name: HOSTILE_JOB, steps: [{ number: 1, name: '::warning::step \u001b]8;;x', lines: ['::error::from the log', '\u001b[2J cleared'] }] },
    ],
    artifacts: [{ id: 501, name: 'bundle', zip: zip([{ name: 'app/.env', data: `ANTHROPIC_API_KEY=${IN_ARTIFACT}\n` }]) }],
    ...extra,
  };
}

async function serve(runs: FakeRun[], readOnly = false) {
  gh = await startGitHubServer({ token: TOKEN, readOnly });
  storage = await startStorage();
  return serveRunsApi(gh, storage, { owner: 'acme', repo: 'app' }, runs);
}

function expectGuarded(result: RunResult): JsonReport {
  const written = everythingWritten(result);
  expect(written).not.toContain(IN_LOG);
  expect(written).not.toContain(IN_ARTIFACT);
  // Hostile job and step names and log lines never become a command or a terminal escape.
  expect(result.stdout).not.toContain('\u001b');
  expect(result.commands.filter((c) => /^(pwned|from the log|step )/.test(c.message.trimStart()))).toEqual([]);
  expect(gh!.unknownOperations).toEqual([]);
  expect(gh!.schemaViolations).toEqual([]);
  expect(storage!.seen.length).toBeGreaterThan(0);
  for (const headers of storage!.seen) expect(headers.authorization).toBeUndefined();
  const report = JSON.parse(result.files['anthropic-key-scan.json']!) as JsonReport;
  expect(projectSchemaErrors('report', report)).toEqual([]);
  return report;
}

describe('workflow_run (completed)', () => {
  it('scans the named run\'s logs and artifacts: each key at its job, step and line or its member, linked; logs deleted when asked', async () => {
    const state = await serve([leakyRun(77)]);
    const result = await runAction({
      event: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: { id: 77, name: 'CI', run_attempt: 1, html_url: runUrl('acme', 'app', 77), head_sha: SHA, event: 'pull_request', conclusion: 'success', head_repository: { full_name: 'someone/app-fork' } },
        repository: { full_name: 'acme/app', visibility: 'public' },
      },
      workspace, sha: SHA, githubUrl: gh!.url, anthropicUrl: anthropic.url,
      inputs: { 'check-run': 'false', 'upload-artifact': 'false', 'delete-leaked-logs': 'true' },
    });
    const report = expectGuarded(result);
    expect(result.code).toBe(1);
    expect(report.scope).toMatchObject({ kind: 'surfaces', surfaces: ['runs'] });
    const locations = report.findings.flatMap((f) => f.locations);
    expect(locations).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'run-log', job: 'build', step: 'Print config', path: 'build/2_Print config.txt', line: 2, column: 24, url: jobUrl('acme', 'app', 77, 771) }),
      expect.objectContaining({ kind: 'artifact', path: 'bundle', member: 'app/.env', line: 1, column: 19, url: runUrl('acme', 'app', 77) }),
    ]));
    expect(locations).toHaveLength(2);
    expect(report.findings.map((f) => f.redacted).sort()).toEqual([IN_LOG, IN_ARTIFACT].map((k) => `${k.slice(0, 16)}...${k.slice(-4)}`).sort());
    expect(result.summary).toContain('the logs and artifacts of run 77: 5 log files, 1 artifact');
    expect(state.deleted).toEqual([77]);
    expect(report.notes?.find((n) => n.reason === 'logs-deleted')?.message).toContain('deleted the logs of run 77');
    expect(result.commands.some((c) => c.command === 'notice' && c.message.includes('deleted the logs of run 77'))).toBe(true);
  });

  it('with a read-only token the logs stay, and a notice says delete-leaked-logs needs actions: write: never a failure of the scan', async () => {
    const state = await serve([leakyRun(78, { artifacts: [] })], true);
    const result = await runAction({
      event: 'workflow_run',
      payload: { action: 'completed', workflow_run: { id: 78, run_attempt: 1, html_url: runUrl('acme', 'app', 78) }, repository: { full_name: 'acme/app' } },
      workspace, sha: SHA, githubUrl: gh!.url, anthropicUrl: anthropic.url,
      inputs: { 'check-run': 'false', 'upload-artifact': 'false', 'delete-leaked-logs': 'true', 'fail-on': 'never' },
    });
    const report = expectGuarded(result);
    expect(result.code).toBe(0);
    expect(report.findings).toHaveLength(1);
    expect(state.deleted).toEqual([]);
    expect(report.notes?.find((n) => n.reason === 'logs-not-deleted')?.message).toContain('actions: write');
  });

  it('a run not completed yet is not read: nothing to scan, said so', async () => {
    await serve([leakyRun(79)]);
    const result = await runAction({
      event: 'workflow_run',
      payload: { action: 'requested', workflow_run: { id: 79 }, repository: { full_name: 'acme/app' } },
      workspace, sha: SHA, githubUrl: gh!.url, anthropicUrl: anthropic.url,
      inputs: { 'check-run': 'false', 'upload-artifact': 'false' },
    });
    expect(result.code).toBe(0);
    expect(gh!.requests.filter((r) => r.path.includes('/actions/'))).toEqual([]);
    expect(result.summary).toContain('has not completed');
  });
});

describe('scope: run-logs, a last job of the same workflow', () => {
  it('reads the completed jobs of this run (not this one), the artifacts so far; cannot delete a run in progress', async () => {
    const run = leakyRun(4242, { status: 'in_progress' });
    run.jobs.push({ id: 42429, name: 'scan-logs', status: 'in_progress', runner_name: 'GitHub Actions 9', steps: [] });
    const state = await serve([run]);
    const result = await runAction({
      event: 'push', payload: { ref: 'refs/heads/main', before: SHA, after: SHA, repository: { full_name: 'acme/app', visibility: 'private' } },
      workspace, sha: SHA, githubUrl: gh!.url, anthropicUrl: anthropic.url,
      inputs: { scope: 'run-logs', 'check-run': 'false', 'upload-artifact': 'false', 'delete-leaked-logs': 'true' },
      env: { RUNNER_NAME: 'GitHub Actions 9' },
    });
    const report = expectGuarded(result);
    expect(result.code).toBe(1);
    const locations = report.findings.flatMap((f) => f.locations);
    expect(locations).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'run-log', job: 'build', step: 'Print config', path: 'build.txt', line: 3, column: 24, url: jobUrl('acme', 'app', 4242, 42421) }),
      expect.objectContaining({ kind: 'artifact', path: 'bundle', member: 'app/.env' }),
    ]));
    expect(gh!.requests.some((r) => r.path === '/repos/acme/app/actions/jobs/42429/logs')).toBe(false);
    expect(gh!.requests.some((r) => r.path === '/repos/acme/app/actions/runs/4242/logs')).toBe(false);
    expect(state.deleted).toEqual([]);
    expect(report.notes?.find((n) => n.reason === 'logs-not-deleted')?.message).toContain('still in progress');
  });
});
