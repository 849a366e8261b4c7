/**
 * Organization audits skip what did not move (issue 21, part 3): `repos --previous` leaves out of the matrix the
 * repositories not pushed since the last merged report, writes their findings (marked carried) as one report, and
 * the merge says which repositories were carried. Real bare repositories over file://, a loopback GitHub API; and
 * previous reports that are missing, damaged or forged, which must mean a full audit with a note.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { carriedReport, planCarry, readPreviousAudit } from '../../src/audit/carry.js';
import type { Matrix, RepositoryInfo } from '../../src/audit/repositories.js';
import { batchCommand } from '../../src/cli/batch.js';
import { mergeCommand } from '../../src/cli/merge.js';
import { reposCommand } from '../../src/cli/repos.js';
import type { JsonFinding, JsonReport } from '../../src/core/report.js';
import { Secret } from '../../src/core/secret.js';
import { mergeReports } from '../../src/report/merge.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { runCommand as run } from '../helpers/cli.js';
import { createRepo, gitEnv, makeTempDir, runGit } from '../helpers/git-repo.js';
import { fakeRepository, serveRepositoryListing, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { fakeKey } from '../helpers/keys.js';
import { projectSchemaErrors } from '../helpers/schemas.js';

const LIVE = fakeKey('api03', 'carry-live');
const DEAD = fakeKey('api03', 'carry-dead');
const NEW = fakeKey('api03', 'carry-new');
const TOKEN = ['ghs', 'carry', 'audit'].join('_');
const LONG_AGO = '2020-01-01T00:00:00.000Z';
const LATER = '2099-01-01T00:00:00.000Z';

const sha = (key: string) => new Secret(key).sha256;
const byKey = (report: JsonReport, key: string) => report.findings.find((f) => f.secretSha256 === sha(key));
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as JsonReport;

describe('organization audit with --previous: repositories not pushed since are carried', () => {
  let root: string;
  let gh: GitHubServer;
  let api: AnthropicServer;
  const listing: Record<string, unknown>[] = [];

  /** A bare repository acme/NAME whose one commit holds `text`. */
  function bare(name: string, text: string): void {
    const repo = createRepo();
    repo.commitFiles('first', { 'config.env': text });
    mkdirSync(join(root, 'acme'), { recursive: true });
    runGit(root, ['clone', '--bare', '--quiet', repo.dir, join(root, 'acme', `${name}.git`)]);
    repo.cleanup();
  }
  const env = () => gitEnv({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url, ANTHROPIC_BASE_URL: api.url, RUNNER_TEMP: root });

  /** One audit as the reusable workflow runs it: list, every batch, merge; the merged report's path. */
  async function audit(name: string, previous?: string): Promise<{ merged: string; summary: string; matrix: Matrix; list: string }> {
    const dir = join(root, name);
    mkdirSync(join(dir, 'reports'), { recursive: true });
    const carried = join(dir, 'reports', 'carried.json');
    const list = await run(reposCommand, ['acme', '--batch', '2', ...(previous ? ['--previous', previous, '--carried-output', carried] : [])], env());
    expect(list.code).toBe(0);
    const matrix = JSON.parse(list.stdout) as Matrix;
    writeFileSync(join(dir, 'matrix.json'), list.stdout);
    for (const batch of matrix.include) {
      const scan = await run(
        batchCommand,
        ['--repositories', JSON.stringify(batch.repositories), '--verify', '--output-dir', join(dir, 'reports', `b${batch.batch}`), '--clone-url-template', `file://${root}/{repo}.git`],
        env(),
      );
      expect(scan.code).toBe(0);
    }
    const merged = join(dir, 'merged.json');
    const summary = join(dir, 'summary.md');
    await run(mergeCommand, [join(dir, 'reports'), '--matrix', join(dir, 'matrix.json'), '--format', 'json', '--output', merged, '--summary', summary], {});
    return { merged, summary, matrix, list: list.stderr };
  }

  beforeAll(async () => {
    root = makeTempDir('aks-carry-');
    gh = await startGitHubServer({ token: TOKEN });
    api = await startAnthropicServer();
    api.addKey({ key: LIVE, kind: 'api', org: 'org-acme' });
    bare('quiet', `KEY=${LIVE}\n`);
    bare('busy', `old = "${DEAD}"\n`);
    bare('clean', 'nothing here\n');
    // acme/broken is listed but has no repository yet: its first clone fails.
    for (const name of ['quiet', 'busy', 'clean', 'broken']) listing.push({ ...fakeRepository('acme', name), pushed_at: LONG_AGO });
    serveRepositoryListing(gh, 'acme', listing);
  });

  afterAll(async () => {
    await gh.close();
    await api.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('clones only what moved, carries the rest with its findings, and says so in the report and the summary', async () => {
    const first = await audit('first');
    const before = readJson(first.merged);
    expect(before.generatedAt).toEqual(expect.any(String));
    expect(before.scope.failedRepositories?.map((f) => f.repository)).toEqual(['acme/broken']);
    expect(byKey(before, LIVE)).toMatchObject({ status: 'live' });
    expect(byKey(before, LIVE)?.carried).toBeUndefined();
    const verifiedBefore = api.requestsFor(LIVE, { path: '/v1/models' }).length;

    // A day later: busy was pushed (and now holds the live key too), broken exists now, fresh is new.
    // quiet was not pushed: its repository is removed, so a clone of it would fail the test.
    rmSync(join(root, 'acme', 'busy.git'), { recursive: true, force: true });
    bare('busy', `old = "${DEAD}"\nKEY=${LIVE}\n`);
    bare('broken', 'nothing\n');
    bare('fresh', `NEW=${NEW}\n`);
    rmSync(join(root, 'acme', 'quiet.git'), { recursive: true, force: true });
    listing[1]!.pushed_at = LATER;
    listing.push({ ...fakeRepository('acme', 'fresh'), pushed_at: LONG_AGO });

    const second = await audit('second', first.merged);
    expect(second.matrix.include.flatMap((b) => b.repositories)).toEqual(['acme/broken', 'acme/busy', 'acme/fresh']);
    expect(second.list).toContain('2 repositories not pushed since are carried, 3 scanned (1 failed last time, 1 pushed since, 1 new)');
    const after = readJson(second.merged);
    expect(projectSchemaErrors('report', after)).toEqual([]);
    expect(projectSchemaErrors('report', readJson(join(root, 'second', 'reports', 'carried.json')))).toEqual([]);
    expect(after.scope.carriedRepositories).toEqual(['acme/clean', 'acme/quiet']);
    expect(after.scope.failedRepositories).toEqual([]);
    expect(after.scope.repositories).toEqual(['acme/broken', 'acme/busy', 'acme/clean', 'acme/fresh', 'acme/quiet']);
    expect(after.stats.carriedRepositories).toBe(2);
    // The live key was found again in busy: not only carried; quiet's location still reported.
    const live = byKey(after, LIVE)!;
    expect(live.carried).toBeUndefined();
    expect([...new Set(live.locations.map((l) => l.repository))].sort()).toEqual(['acme/busy', 'acme/quiet']);
    expect(byKey(after, NEW)).toBeDefined();
    expect(byKey(after, NEW)?.carried).toBeUndefined();
    expect(byKey(after, DEAD)?.carried).toBeUndefined();
    // Only busy's batch checked the live key again.
    expect(api.requestsFor(LIVE, { path: '/v1/models' }).length).toBe(verifiedBefore + 1);
    const summary = readFileSync(second.summary, 'utf8');
    expect(summary).toContain('3 repositories scanned, 2 carried from the last audit (not pushed since)');
    expect(summary).toContain('2 repositories carried from the last audit');
    for (const file of [second.merged, second.summary, join(root, 'second', 'reports', 'carried.json')]) {
      expect(readFileSync(file, 'utf8')).not.toContain(LIVE);
    }

    // A third night, nothing pushed: nothing is cloned, and a key only in a carried repository is marked carried.
    listing[1]!.pushed_at = LONG_AGO;
    rmSync(join(root, 'acme'), { recursive: true, force: true });
    const third = await audit('third', second.merged);
    expect(third.matrix.include).toEqual([]);
    const last = readJson(third.merged);
    expect(last.scope.carriedRepositories).toEqual(after.scope.repositories);
    expect(byKey(last, NEW)).toMatchObject({ carried: true, status: byKey(after, NEW)!.status });
    expect(byKey(last, LIVE)).toMatchObject({ carried: true, status: 'live' });
    expect(readFileSync(third.summary, 'utf8')).toContain('carried from the last audit');
  });

  it('a missing or forged previous report means every repository is scanned, with a note', async () => {
    const dir = join(root, 'forged');
    mkdirSync(dir, { recursive: true });
    const forged = join(dir, 'previous.json');
    const cases: Array<[string, string]> = [
      ['missing', ''],
      ['not JSON', '{"version": 1,'],
      ['no valid generatedAt', JSON.stringify({ version: 1, generatedAt: 12, tool: {}, scope: { kind: 'merge', repositories: ['acme/quiet'] }, findings: [], suppressed: [], stats: {} })],
      ['in the future', JSON.stringify({ version: 1, generatedAt: LATER, tool: {}, scope: { kind: 'merge', repositories: ['acme/quiet'] }, findings: [], suppressed: [], stats: {} })],
      ['holds a key', JSON.stringify({ version: 1, generatedAt: LONG_AGO, tool: {}, scope: { kind: 'merge', repositories: ['acme/quiet'] }, findings: [], suppressed: [], stats: {}, errors: [`KEY=${LIVE}`] })],
    ];
    for (const [why, text] of cases) {
      if (text) writeFileSync(forged, text);
      else rmSync(forged, { force: true });
      const carried = join(dir, 'carried.json');
      const list = await run(reposCommand, ['acme', '--previous', forged, '--carried-output', carried], env());
      expect({ why, code: list.code }).toEqual({ why, code: 0 });
      expect(list.stderr).toMatch(/note: .*every repository is scanned/);
      expect((JSON.parse(list.stdout) as Matrix).include.flatMap((b) => b.repositories)).toHaveLength(listing.length);
      const written = readFileSync(carried, 'utf8');
      expect(JSON.parse(written)).toMatchObject({ findings: [], scope: { carriedRepositories: [] } });
      expect(`${written}${list.stderr}${list.stdout}`).not.toContain(LIVE);
    }
    expect(existsSync(forged)).toBe(true);
  });
});

describe('readPreviousAudit / planCarry', () => {
  const NOW = Date.parse('2026-01-02T00:00:00Z');
  const at = '2026-01-01T00:00:00.000Z';
  const finding = (repository: string, extra: Partial<JsonFinding> = {}): JsonFinding => ({
    rule: 'anthropic-api-key',
    secretSha256: sha(LIVE),
    redacted: 'sk-ant-api03-abc...wxyz',
    status: 'live',
    locations: [{ kind: 'file', path: 'a.env', line: 1, column: 1, repository } as JsonFinding['locations'][number]],
    ...extra,
  });
  const report = (extra: Record<string, unknown> = {}, scope: Record<string, unknown> = {}) =>
    JSON.stringify({ version: 1, generatedAt: at, tool: { name: 'x', version: '1' }, scope: { kind: 'merge', repositories: ['acme/a', 'acme/b'], ...scope }, findings: [finding('acme/a')], suppressed: [], stats: {}, ...extra });
  const repo = (name: string, pushed: unknown): RepositoryInfo => ({ full_name: `acme/${name}`, name, pushed_at: pushed as string });

  it('carries a covered repository not pushed since, scans the rest, and trusts nothing of a damaged report', () => {
    const read = readPreviousAudit(report({}, { repositories: ['acme/a'], failedRepositories: [{ repository: 'acme/b', reason: 'clone failed' }] }), 'prev.json', NOW);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const plan = planCarry([repo('a', '2025-12-31T23:59:59Z'), repo('b', '2025-01-01T00:00:00Z'), repo('c', at), repo('a2', null)], read.previous);
    expect(plan).toEqual({ carried: ['acme/a'], scan: ['acme/b', 'acme/c', 'acme/a2'], reasons: { 'failed last time': 1, new: 2 } });
    // pushed_at equal to the report's time is not later: carried. Garbage or none: scanned.
    const again = planCarry([repo('a', at), { ...repo('a', 'yesterday-ish') }, repo('a', 42)], read.previous);
    expect(again.carried).toEqual(['acme/a']);
    expect(again.reasons).toEqual({ 'no pushed_at': 2 });
    const carried = carriedReport(read.previous, plan.carried, '2026-01-02T00:00:00.000Z');
    expect(carried.findings).toEqual([{ ...finding('acme/a'), carried: true }]);
    expect(projectSchemaErrors('report', carried)).toEqual([]);

    for (const bad of [
      report({ findings: [finding('acme/a', { status: 5 as unknown as 'live' })] }),
      report({ findings: 'all of them' }),
      report({ version: 2 }),
      report({ generatedAt: 'not a date' }),
      report({ generatedAt: ['2026-01-01'] }),
      'null',
      '[]',
    ]) {
      const r = readPreviousAudit(bad, 'prev.json', NOW);
      expect(r).toEqual({ ok: false, note: expect.stringMatching(/^prev\.json: .*; every repository is scanned$/) });
    }
    // Wrong types in the scope cover nothing: every repository is scanned as new.
    const odd = readPreviousAudit(report({}, { repositories: 'acme/a', failedRepositories: 'none' }), 'prev.json', NOW);
    expect(odd.ok && planCarry([repo('a', LONG_AGO)], odd.previous).scan).toEqual(['acme/a']);
  });

  it('the merge keeps the earliest generatedAt, none when an input had none, and drops carried once a key is found again', () => {
    const a = JSON.parse(report()) as JsonReport;
    const carriedOne = { ...a, generatedAt: '2026-01-03T00:00:00Z', scope: { kind: 'merge', repositories: ['acme/a'], carriedRepositories: ['acme/a'] }, findings: [finding('acme/a', { carried: true })] };
    const fresh = { ...a, generatedAt: '2026-01-02T00:00:00Z', scope: { kind: 'history', repository: 'acme/b' }, findings: [finding('acme/b')] };
    const both = mergeReports([{ name: 'c', report: carriedOne }, { name: 'f', report: fresh }]).report;
    expect(both.generatedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(both.findings[0]!.carried).toBeUndefined();
    expect(both.scope.carriedRepositories).toEqual(['acme/a']);
    const onlyCarried = mergeReports([{ name: 'c', report: { ...carriedOne, findings: [finding('acme/a', { carried: 'yes' as unknown as true })] } }]).report;
    expect(onlyCarried.findings[0]!.carried).toBeUndefined();
    const undated = mergeReports([{ name: 'c', report: carriedOne }, { name: 'f', report: { ...fresh, generatedAt: undefined } }]).report;
    expect(undated.generatedAt).toBeUndefined();
    // A repository a re-run scanned is not carried.
    const rerun = mergeReports([{ name: 'c', report: carriedOne }, { name: 'f', report: { ...fresh, scope: { kind: 'history', repository: 'acme/a' } } }]).report;
    expect(rerun.scope.carriedRepositories).toBeUndefined();
  });
});
