/** `batch --surfaces`: each repository's conversations scanned besides its history, into its own report. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { batchCommand } from '../../src/cli/batch.js';
import type { JsonReport } from '../../src/core/report.js';
import { createRepo, makeTempDir, runGit } from '../helpers/git-repo.js';
import { paginate, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runCommand } from '../helpers/cli.js';
import { fakeKey } from '../helpers/keys.js';

const TOKEN = ['ghs', 'batchSurfaces', 'token'].join('_');
const IN_ISSUE = fakeKey('api03', 'batch-issue');
let root: string;
let out: string;
let gh: GitHubServer;

beforeAll(async () => {
  root = makeTempDir('aks-batch-surfaces-');
  out = join(root, 'reports');
  const repo = createRepo();
  repo.commitFiles('init', { 'README.md': 'clean\n' });
  mkdirSync(join(root, 'acme'), { recursive: true });
  runGit(root, ['clone', '--bare', '--quiet', repo.dir, join(root, 'acme', 'app.git')]);
  repo.cleanup();
  gh = await startGitHubServer({ token: TOKEN });
  gh.on('GET', '/repos/{owner}/{repo}/issues', (request, _p, server) => paginate(server, request, [
    { number: 2, title: 'x', body: IN_ISSUE, html_url: 'https://github.com/acme/app/issues/2', user: { login: 'a' } },
  ]));
  gh.on('GET', '/repos/{owner}/{repo}/issues/comments', (request, _p, server) => paginate(server, request, []));
  gh.on('GET', '/repos/{owner}/{repo}/pulls/comments', (request, _p, server) => paginate(server, request, []));
  gh.on('POST', '/graphql', () => ({ body: { data: { repository: { hasDiscussionsEnabled: false } } } }));
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await gh.close();
});

describe('batch --surfaces', () => {
  it("adds each repository's conversations to its report, tagged with the repository", async () => {
    const run = await runCommand(batchCommand, [
      '--repositories', 'acme/app', '--surfaces', 'conversations', '--since', '2026-01-01', '--output-dir', out, '--clone-url-template', `file://${root}/{repo}.git`,
    ], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url, PATH: process.env.PATH, HOME: process.env.HOME });
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'acme__app.json'), 'utf8')) as JsonReport;
    expect(report.scope.surfaces).toEqual(['conversations']);
    expect(report.findings[0]!.locations).toEqual([expect.objectContaining({ kind: 'issue', number: 2, line: 2, repository: 'acme/app', url: 'https://github.com/acme/app/issues/2' })]);
    expect(gh.requests.find((r) => r.path === '/repos/acme/app/issues')!.query.get('since')).toBe('2026-01-01T00:00:00Z');
  });

  it('--since without --surfaces, --surfaces without a token: one line, exit 2', async () => {
    await expect(runCommand(batchCommand, ['--repositories', 'acme/app', '--since', '2026-01-01'], {})).rejects.toThrow('--since applies to --surfaces');
    await expect(runCommand(batchCommand, ['--repositories', 'acme/app', '--surfaces', 'wiki'], {})).rejects.toThrow('--surfaces needs GITHUB_TOKEN');
  });
});
