/**
 * `--history --state FILE` on real repositories: the second run reads only what changed, carries what the first
 * found (marked `carried`), and gives the same findings as one full run; force-pushes, new and deleted branches,
 * keys added then removed, damaged or foreign states and changed rules; the state never holds a key.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { cloneRepo, createRepo, type TestRepo } from '../helpers/git-repo.js';
import { fakeApiKey, fakeAdminKey } from '../helpers/keys.js';
import { startAnthropicServer } from '../helpers/anthropic-server.js';
import { projectSchemaErrors } from '../helpers/schemas.js';

interface Report {
  findings: Array<{ secretSha256: string; redacted: string; status: string; carried?: boolean; statusDetail?: string; locations: Array<{ path?: string; commit?: string; kind: string }> }>;
  notes: Array<{ reason: string; message: string }>;
  stats: Record<string, number>;
  errors: string[];
}

let repo: TestRepo;
let dir: string;
let state: string;

beforeEach(() => {
  repo = createRepo();
  dir = mkdtempSync(join(tmpdir(), 'aks-state-'));
  state = join(dir, 'state.json');
});

afterEach(() => {
  repo.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function scan(args: string[] = [], root = repo.dir, env: NodeJS.ProcessEnv = {}): Promise<Report & { code: number; stderr: string }> {
  const run = await runCli(['--history', '--state', state, '--format', 'json', '-q', ...args, root], env);
  expect(run.stderr).not.toMatch(/^::|\x1b/m);
  const report = JSON.parse(run.stdout) as Report;
  expect(projectSchemaErrors('report', report)).toEqual([]);
  return { ...report, code: run.code, stderr: run.stderr };
}

async function fullScan(root = repo.dir): Promise<Report> {
  const run = await runCli(['--history', '--format', 'json', '-q', root]);
  return JSON.parse(run.stdout) as Report;
}

/** What two reports must agree on: each key and where it is. */
function keysAndPlaces(report: Report): string[] {
  return report.findings.flatMap((f) => f.locations.map((l) => `${f.secretSha256} ${l.kind} ${l.path ?? ''} ${l.commit ?? ''}`)).sort();
}

function reasons(report: Report): string[] {
  return report.notes.map((n) => n.reason);
}

function expectNoKey(keys: string[]): void {
  const text = readFileSync(state, 'utf8');
  for (const key of keys) {
    expect(text).not.toContain(key);
    expect(text).not.toContain(Buffer.from(key).toString('base64'));
    expect(text).not.toContain(Buffer.from(key).toString('base64').slice(4, 60));
  }
}

describe('--history --state', () => {
  it('reads only what changed, carries what was found, and matches one full run', async () => {
    const old = fakeApiKey('state-old');
    repo.commitFiles('first', { 'config/.env': `KEY=${old}\n`, 'README.md': 'hello\n' });
    repo.commitFiles('second', { 'src/a.js': 'let a = 1;\n' });
    const first = await scan();
    expect(first.code).toBe(1);
    expect(reasons(first)).toContain('state-new');
    expect(first.findings.map((f) => f.carried)).toEqual([undefined]);
    const fullObjects = first.stats.objectsScanned;

    const fresh = fakeAdminKey('state-new');
    repo.commitFiles('third', { 'deploy/secrets.txt': `admin=${fresh}\n` });
    const second = await scan();
    expect(second.code).toBe(1);
    expect(second.findings).toHaveLength(2);
    const bySha = new Map(second.findings.map((f) => [f.redacted.slice(0, 14), f]));
    expect(second.findings.find((f) => f.locations[0].path === 'config/.env')?.carried).toBe(true);
    expect(second.findings.find((f) => f.locations[0].path === 'deploy/secrets.txt')?.carried).toBeUndefined();
    expect(bySha.size).toBe(2);
    // One commit, one tree per level changed, one blob: far fewer than the whole history.
    expect(second.stats.objectsScanned).toBeLessThan(fullObjects);
    expect(second.stats.commitsScanned).toBe(1);
    expect(second.stats.carried).toBe(1);
    expect(keysAndPlaces(second)).toEqual(keysAndPlaces(await fullScan()));
    expectNoKey([old, fresh]);

    // No change at all: nothing new is read, both keys are still reported.
    const third = await scan();
    expect(third.stats.objectsScanned).toBe(0);
    expect(third.findings.map((f) => f.carried)).toEqual([true, true]);
    expect(keysAndPlaces(third)).toEqual(keysAndPlaces(second));
  });

  it('a key added then removed between runs is found, and stays reported', async () => {
    repo.commitFiles('first', { 'a.txt': 'a\n' });
    await scan();
    const key = fakeApiKey('state-added-removed');
    repo.commitFiles('add', { 'b.txt': `k=${key}\n` });
    repo.remove('b.txt');
    repo.commit('remove');
    const second = await scan();
    expect(second.findings).toHaveLength(1);
    expect(second.findings[0].locations[0].path).toBe('b.txt');
    const third = await scan();
    expect(third.findings).toHaveLength(1);
    expect(third.findings[0].carried).toBe(true);
    expectNoKey([key]);
  });

  it('new and deleted branches, and a force-push that drops a remembered tip', async () => {
    const kept = fakeApiKey('state-kept');
    repo.commitFiles('first', { 'a.txt': `k=${kept}\n` });
    const base = repo.head();
    repo.checkout('feature', { create: true });
    const onBranch = fakeApiKey('state-branch');
    repo.commitFiles('branch work', { 'b.txt': `k=${onBranch}\n` });
    repo.checkout('main');
    const first = await scan();
    expect(first.findings).toHaveLength(2);

    // The branch is deleted and main force-pushed to a new commit: the remembered tips are gone from every ref.
    repo.deleteRef('refs/heads/feature');
    repo.commitFiles('main moves', { 'c.txt': 'c\n' });
    repo.git(['reset', '-q', '--hard', base]);
    const rewritten = fakeApiKey('state-rewritten');
    repo.commitFiles('rewritten', { 'd.txt': `k=${rewritten}\n` });
    repo.checkout('newbranch', { create: true });
    const fromNew = fakeApiKey('state-newbranch');
    repo.commitFiles('new branch', { 'e.txt': `k=${fromNew}\n` });
    const second = await scan();
    expect(second.code).toBe(1);
    const carried = second.findings.filter((f) => f.carried).map((f) => f.locations[0].path).sort();
    expect(carried).toEqual(['a.txt', 'b.txt']);
    expect(second.findings.filter((f) => !f.carried).map((f) => f.locations[0].path).sort()).toEqual(['d.txt', 'e.txt']);
    // The deleted branch's key is still reported (history does not forget), and the report says no ref reaches it.
    expect(second.notes.filter((n) => n.reason === 'carried-unreachable').map((n) => n.message).join('\n')).toContain(second.findings.find((f) => f.locations[0].path === 'b.txt')?.redacted);
    expectNoKey([kept, onBranch, rewritten, fromNew]);
  });

  it('in a fresh clone where a carried key\'s objects are gone, the key is still reported from the state, its last status kept', async () => {
    const api = await startAnthropicServer();
    try {
      const gone = fakeApiKey('state-gone');
      repo.commitFiles('first', { 'a.txt': 'a\n' });
      repo.checkout('leak', { create: true });
      repo.commitFiles('leak', { 'secret.txt': `k=${gone}\n` });
      repo.checkout('main');
      api.addKey({ key: gone, kind: 'api', org: 'org-a' });
      const first = await scan(['--verify'], repo.dir, { ANTHROPIC_BASE_URL: api.url });
      expect(first.findings[0].status).toBe('live');
      repo.deleteRef('refs/heads/leak');
      const clone = cloneRepo(repo.dir);
      try {
        const requests = api.requests.length;
        const second = await scan(['--verify'], clone.dir, { ANTHROPIC_BASE_URL: api.url });
        expect(second.findings).toHaveLength(1);
        expect(second.findings[0]).toMatchObject({ carried: true, status: 'live' });
        expect(second.findings[0].statusDetail).toMatch(/not in this clone/);
        // Nothing to send: the key itself was never stored.
        expect(api.requests.length).toBe(requests);
        expectNoKey([gone]);
      } finally {
        clone.cleanup();
      }
    } finally {
      await api.close();
    }
  });

  it('carried keys still in the repository are verified again', async () => {
    const api = await startAnthropicServer();
    try {
      const key = fakeApiKey('state-reverify');
      repo.commitFiles('first', { 'a.txt': `k=${key}\n` });
      api.addKey({ key, kind: 'api', org: 'org-a' });
      expect((await scan(['--verify'], repo.dir, { ANTHROPIC_BASE_URL: api.url })).findings[0].status).toBe('live');
      (api.key(key) as { status: string }).status = 'inactive';
      const second = await scan(['--verify'], repo.dir, { ANTHROPIC_BASE_URL: api.url });
      expect(second.findings[0]).toMatchObject({ carried: true, status: 'invalid' });
      expect(JSON.parse(readFileSync(state, 'utf8')).findings[0].status).toBe('invalid');
    } finally {
      await api.close();
    }
  });
});

describe('a state that cannot be used means a full scan, with a note', () => {
  const cases: Array<[string, (text: string) => string, string]> = [
    ['corrupt', () => '{"kind": "anthropic-key-scan history state", "version": 1, "tips": [', 'corrupt'],
    ['not an object', () => '[1, 2, 3]', 'corrupt'],
    ['deeply nested', () => `${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'corrupt'],
    ['wrong types', (text) => text.replace(/"tips":\[/, '"tips":[42,'), 'corrupt'],
    ['a location with a bad line', (text) => text.replace(/"line":\d+/, '"line":"1"'), 'corrupt'],
    ['a redacted hint that holds too much', (text) => text.replace(/"redacted":"[^"]*"/, `"redacted":"${'x'.repeat(200)}"`), 'corrupt'],
    ['newer', (text) => text.replace('"version":1', '"version":99'), 'newer'],
    ['foreign (a JSON report)', () => JSON.stringify({ version: 1, findings: [] }), 'foreign'],
    ['foreign (another repository)', (text) => text.replace(/"tips":\["[0-9a-f]+"/, `"tips":["${'1'.repeat(40)}"`), 'foreign'],
    ['written under other rules', (text) => text.replace(/"judge":"[0-9a-f]+"/, `"judge":"${'0'.repeat(64)}"`), 'other rules'],
  ];
  it.each(cases)('%s', async (_name, damage, word) => {
    const key = fakeApiKey('state-damaged');
    repo.commitFiles('first', { 'a.txt': `k=${key}\n` });
    await scan();
    writeFileSync(state, damage(readFileSync(state, 'utf8')));
    const run = await scan();
    expect(run.code).toBe(1);
    const note = run.notes.find((n) => n.reason === 'state-unusable');
    expect(note?.message).toContain(word);
    expect(note?.message).toContain('reading the whole history');
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0].carried).toBeUndefined();
    expect(run.stats.commitsScanned).toBe(1);
    // The damaged file was replaced by a good one: the next run is incremental again.
    expect((await scan()).findings[0].carried).toBe(true);
  });

  it('a config change (an exclusion) means a full scan', async () => {
    repo.commitFiles('first', { 'a.txt': `k=${fakeApiKey('state-config')}\n`, 'vendor/b.txt': `k=${fakeApiKey('state-config-2')}\n` });
    expect((await scan()).findings).toHaveLength(2);
    const config = join(dir, 'config.yml');
    writeFileSync(config, 'exclude:\n  paths:\n    - vendor/**\n');
    const run = await scan(['--config', config]);
    expect(run.notes.find((n) => n.reason === 'state-unusable')?.message).toContain('other rules');
    expect(run.findings).toHaveLength(1);
  });

  it('a --state that is a directory, or in no directory, is a one-line error before the scan', async () => {
    repo.commitFiles('first', { 'a.txt': 'a\n' });
    const run = await runCli(['--history', '--state', dir, repo.dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--state: .* is a directory/);
    const missing = await runCli(['--history', '--state', join(dir, 'no/such/dir/state.json'), repo.dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--state: no such directory/);
  });

  it('writes atomically: no temp file is left beside the state', async () => {
    repo.commitFiles('first', { 'a.txt': 'a\n' });
    await scan();
    await scan();
    expect(readdirSync(dir)).toEqual(['state.json']);
  });
});

describe('--state on the command line', () => {
  it.each([[['--state', 'x.json']], [['--range', 'a..b', '--state', 'x.json']], [['--staged', '--state', 'x.json']]])('%j without --history is a one-line usage error', async (args) => {
    const run = await runCli([...args, repo.dir]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--state only applies to --history');
  });

  it('is in the help', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toContain('--state FILE');
  });
});
