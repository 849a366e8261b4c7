/**
 * The three stages end to end, as the reusable workflow runs them: list an organization through a loopback
 * GitHub API into a matrix, run each batch's scan over local bare repositories (file://), merge the reports.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchCommand } from '../../src/cli/batch.js';
import { mergeCommand } from '../../src/cli/merge.js';
import { reposCommand } from '../../src/cli/repos.js';
import type { Matrix } from '../../src/audit/repositories.js';
import type { JsonReport } from '../../src/core/report.js';
import { Secret } from '../../src/core/secret.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { createRepo, gitEnv, makeTempDir, runGit } from '../helpers/git-repo.js';
import { fakeRepository, serveRepositoryListing, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { fakeKey } from '../helpers/keys.js';
import { runCommand } from '../helpers/cli.js';

const LIVE = fakeKey('api03', 'org-live');
const DEAD = fakeKey('api03', 'org-dead');
const TOKEN = ['ghs', 'org', 'audit'].join('_');


const run = runCommand;

describe('organization audit: list -> scan batches -> merge', () => {
  let root: string;
  let gh: GitHubServer;
  let api: AnthropicServer;
  /** What each real repository holds. */
  const contents: Record<string, string> = {};

  beforeAll(async () => {
    root = makeTempDir('aks-org-e2e-');
    gh = await startGitHubServer({ token: TOKEN });
    api = await startAnthropicServer();
    api.addKey({ key: LIVE, kind: 'api', org: 'org-acme' });

    const listing: Record<string, unknown>[] = [];
    for (let i = 0; i < 14; i++) {
      const name = `app-${String(i).padStart(2, '0')}`;
      listing.push(fakeRepository('acme', name));
      if (i === 6) continue; // listed, but its clone fails (deleted between listing and cloning)
      // The live key in four repositories spread over batches; the dead one in two.
      contents[name] = i % 4 === 1 ? `KEY=${LIVE}\n` : i === 2 || i === 10 ? `old = "${DEAD}"\n` : `nothing here ${i}\n`;
      const repo = createRepo();
      repo.commitFiles('first', { 'config.env': contents[name] });
      repo.commitFiles('second', { 'config.env': 'KEY=${{ secrets.KEY }}\n' });
      mkdirSync(join(root, 'acme'), { recursive: true });
      runGit(root, ['clone', '--bare', '--quiet', repo.dir, join(root, 'acme', `${name}.git`)]);
      repo.cleanup();
    }
    // 500 more that the audit must leave out: archived, forks, or both.
    for (let i = 0; i < 500; i++) listing.push(fakeRepository('acme', `old-${i}`, { archived: i % 2 === 0, fork: i % 3 !== 1 || i % 2 === 1 }));
    serveRepositoryListing(gh, 'acme', listing);
  });

  afterAll(async () => {
    await gh.close();
    await api.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('names every repository once, verifies per batch, and merges to one finding per key', async () => {
    const env = gitEnv({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url, ANTHROPIC_BASE_URL: api.url, RUNNER_TEMP: root });
    const list = await run(reposCommand, ['acme', '--batch', '4'], env);
    expect(list.code).toBe(0);
    const matrix = JSON.parse(list.stdout) as Matrix;
    const names = matrix.include.flatMap((b) => b.repositories);
    expect(names).toEqual(Array.from({ length: 14 }, (_, i) => `acme/app-${String(i).padStart(2, '0')}`));
    expect(matrix.include.map((b) => b.repositories.length)).toEqual([4, 4, 3, 3]);
    expect(gh.unknownOperations).toEqual([]);
    writeFileSync(join(root, 'matrix.json'), list.stdout);

    // Every batch but the last runs; the last one's job "times out" and uploads nothing.
    const reports = join(root, 'reports');
    for (const batch of matrix.include.slice(0, -1)) {
      const out = join(reports, `batch-${batch.batch}`);
      const scan = await run(
        batchCommand,
        ['--repositories', JSON.stringify(batch.repositories), '--verify', '--output-dir', out, '--clone-url-template', `file://${root}/{repo}.git`],
        env,
      );
      expect(scan.code).toBe(0);
    }
    // The live key is in app-01, app-05, app-09 (batches 1, 2, 3) and app-13 (the batch that never ran):
    // each batch that holds it checks it once.
    const liveBatches = new Set(
      matrix.include
        .slice(0, -1)
        .filter((b) => b.repositories.some((r) => contents[r.split('/')[1]]?.includes(LIVE)))
        .map((b) => b.batch),
    );
    expect(liveBatches).toEqual(new Set([1, 2, 3]));
    expect(api.requestsFor(LIVE, { path: '/v1/models' })).toHaveLength(3);

    const merged = join(root, 'merged.json');
    const summary = join(root, 'summary.md');
    const result = await run(mergeCommand, [reports, '--matrix', join(root, 'matrix.json'), '--format', 'json', '--output', merged, '--summary', summary], {});
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(merged, 'utf8')) as JsonReport;

    const holding = (key: string) =>
      Object.entries(contents)
        .filter(([, text]) => text.includes(key))
        .map(([name]) => `acme/${name}`)
        .filter((name) => matrix.include.slice(0, -1).some((b) => b.repositories.includes(name)))
        .sort();
    expect(report.findings).toHaveLength(2);
    const [live, dead] = report.findings;
    expect(live).toMatchObject({ secretSha256: new Secret(LIVE).sha256, status: 'live', organizationId: 'org-acme' });
    expect([...new Set(live.locations.map((l) => l.repository))].sort()).toEqual(holding(LIVE));
    expect(dead).toMatchObject({ secretSha256: new Secret(DEAD).sha256, status: 'invalid' });
    expect([...new Set(dead.locations.map((l) => l.repository))].sort()).toEqual(holding(DEAD));

    const lastBatch = matrix.include[matrix.include.length - 1].repositories;
    expect(report.scope.failedRepositories).toEqual([
      { repository: 'acme/app-06', reason: expect.stringMatching(/^clone failed: /) },
      ...lastBatch.map((repository) => ({ repository, reason: 'no report: its scan job failed, was cancelled or timed out' })),
    ]);
    expect(report.scope.repositories).toEqual(names.filter((n) => !lastBatch.includes(n) && n !== 'acme/app-06'));
    expect(readFileSync(summary, 'utf8')).toContain(`**1 live key** in ${holding(LIVE).length} repositories`);
    expect(readFileSync(merged, 'utf8')).not.toContain(LIVE);
  });
});
