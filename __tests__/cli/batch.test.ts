import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { batchCommand, parseRepositoryList } from '../../src/cli/batch.js';
import { authConfigEnv } from '../../src/sources/git/auth.js';
import { hardenedEnv } from '../../src/sources/git/hardening.js';
import { mergeCommand } from '../../src/cli/merge.js';
import type { JsonReport } from '../../src/core/report.js';
import { Secret } from '../../src/core/secret.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { createRepo, gitEnv, makeTempDir, runGit } from '../helpers/git-repo.js';
import { fakeKey } from '../helpers/keys.js';

const SHARED = fakeKey('api03', 'batch-shared');
const ONLY_THREE = fakeKey('api03', 'batch-three');
const ADMIN = fakeKey('admin01', 'batch-admin');
const TOKEN = ['ghs', 'clone', 'secret', 'token'].join('_');

/** Bare repositories at ROOT/OWNER/NAME.git, as a git server lays them out. */
function publish(root: string, repository: string, files: Record<string, string>[]): void {
  const repo = createRepo();
  files.forEach((f, i) => repo.commitFiles(`commit ${i + 1}`, f));
  const target = join(root, `${repository}.git`);
  mkdirSync(join(target, '..'), { recursive: true });
  runGit(root, ['clone', '--bare', '--quiet', repo.dir, target]);
  runGit(target, ['update-server-info']); // for the dumb-HTTP server below
  repo.cleanup();
}

async function run(command: typeof batchCommand, argv: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await command(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env });
  return { code, stdout, stderr };
}

const readReport = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as JsonReport;

describe('batch: the scan stage', () => {
  let root: string;
  let work: string;
  let api: AnthropicServer;
  let git: Server;
  let gitUrl: string;
  const gitAuth: (string | undefined)[] = [];

  beforeAll(async () => {
    root = makeTempDir('aks-org-');
    work = makeTempDir('aks-work-');
    publish(root, 'acme/one', [{ 'a.txt': 'nothing\n' }, { '.env': `ANTHROPIC_API_KEY=${SHARED}\n` }]);
    publish(root, 'acme/two', [{ 'src/config.ts': `export const key = "${SHARED}";\n` }, { 'src/config.ts': 'export const key = process.env.KEY;\n' }]);
    publish(root, 'acme/three', [{ 'notes.md': `old key ${ONLY_THREE}\n` }]);
    publish(root, 'acme/clean', [{ 'README.md': '# clean\n' }]);
    api = await startAnthropicServer();
    api.addKey({ key: SHARED, kind: 'api', org: 'org-acme', id: 'apikey_shared', name: 'ci' });
    api.addKey({ key: ADMIN, kind: 'admin', org: 'org-acme' });
    // A dumb-HTTP git server over the same repositories that wants the token in an Authorization header.
    git = createServer((req, res) => {
      gitAuth.push(req.headers.authorization);
      const expected = `Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
      if (req.headers.authorization?.toLowerCase() !== expected.toLowerCase()) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' }).end();
        return;
      }
      const path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!path.startsWith(root) || !existsSync(path)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => git.listen(0, '127.0.0.1', resolve));
    gitUrl = `http://127.0.0.1:${(git.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await api.close();
    git.closeAllConnections();
    await new Promise((resolve) => git.close(resolve));
    rmSync(root, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('scans each repository, verifies a key shared by two of them once, reports a failed clone without stopping', async () => {
    const out = join(work, 'verify');
    const env = gitEnv({ ANTHROPIC_BASE_URL: api.url, GITHUB_TOKEN: TOKEN, RUNNER_TEMP: work });
    const { code, stderr, stdout } = await run(
      batchCommand,
      ['--repositories', 'acme/one,acme/two,acme/missing', '--repositories', 'acme/three,acme/clean', '--verify', '--output-dir', out, '--clone-url-template', `file://${root}/{repo}.git`],
      env,
    );
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['acme__clean.json', 'acme__missing.json', 'acme__one.json', 'acme__three.json', 'acme__two.json']);
    expect(api.requestsFor(SHARED, { path: '/v1/models' })).toHaveLength(1);
    expect(api.requestsFor(ONLY_THREE, { path: '/v1/models' })).toHaveLength(1);

    const one = readReport(out, 'acme__one.json');
    expect(one.scope).toMatchObject({ kind: 'history', repository: 'acme/one' });
    expect(one.scope.root).toBeUndefined();
    expect(one.findings).toHaveLength(1);
    expect(one.findings[0]).toMatchObject({ status: 'live', organizationId: 'org-acme', secretSha256: new Secret(SHARED).sha256 });
    expect(one.findings[0].locations[0]).toMatchObject({ repository: 'acme/one', path: '.env', line: 1 });
    const two = readReport(out, 'acme__two.json');
    expect(two.findings[0]).toMatchObject({ status: 'live', secretSha256: new Secret(SHARED).sha256 });
    expect(two.findings[0].locations[0]).toMatchObject({ repository: 'acme/two', path: 'src/config.ts' });
    expect(readReport(out, 'acme__three.json').findings[0].status).toBe('invalid');
    expect(readReport(out, 'acme__clean.json').findings).toEqual([]);
    const missing = readReport(out, 'acme__missing.json');
    expect(missing.scope.failedRepositories).toEqual([{ repository: 'acme/missing', reason: expect.stringMatching(/^clone failed: fatal: .*(does not exist|not found|not appear)/) }]);
    expect(stderr).toContain('4 of 5 repositories scanned (1 failed); 2 distinct key(s), 1 live');

    for (const name of readdirSync(out)) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text).not.toContain(SHARED);
      expect(text).not.toContain(ONLY_THREE);
    }
    expect(stdout).toBe('');
    expect(stderr).not.toContain(SHARED);
    expect(stderr).not.toContain(TOKEN);

    // The merge stage: one finding per key, each repository named, the right status.
    const mergedFile = join(work, 'merged.json');
    const summary = join(work, 'summary.md');
    const merged = await run(mergeCommand, [out, '--format', 'json', '--output', mergedFile, '--summary', summary, '--fail-on', 'live'], {});
    expect(merged.code).toBe(1);
    const report = readReport(work, 'merged.json');
    expect(report.scope).toMatchObject({
      kind: 'merge',
      repositories: ['acme/clean', 'acme/one', 'acme/three', 'acme/two'],
      failedRepositories: [{ repository: 'acme/missing', reason: expect.stringContaining('clone failed') }],
    });
    expect(report.findings.map((f) => [f.status, [...new Set(f.locations.map((l) => l.repository))].sort()])).toEqual([
      ['live', ['acme/one', 'acme/two']],
      ['invalid', ['acme/three']],
    ]);
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('**1 live key** in 2 repositories');
    expect(md).toContain('acme/one, acme/two');
    expect(md).toContain('acme/missing');
  });

  it('scans an empty repository (no commits yet) as clean', async () => {
    runGit(root, ['init', '--quiet', '--bare', join(root, 'acme', 'empty.git')]);
    const out = join(work, 'empty');
    const { code } = await run(batchCommand, ['--repositories', 'acme/empty', '--output-dir', out, '--clone-url-template', `file://${root}/{repo}.git`], gitEnv({ RUNNER_TEMP: work }));
    expect(code).toBe(0);
    const report = readReport(out, 'acme__empty.json');
    expect(report.findings).toEqual([]);
    expect(report.scope.failedRepositories).toBeUndefined();
  });

  it('revokes a shared live key once for the batch', async () => {
    const out = join(work, 'revoke');
    const env = gitEnv({ ANTHROPIC_BASE_URL: api.url, ANTHROPIC_ADMIN_KEY: ADMIN, RUNNER_TEMP: work, GITHUB_ACTIONS: 'true' });
    const { code, stdout } = await run(
      batchCommand,
      ['--repositories', 'acme/one,acme/two', '--revoke', '--output-dir', out, '--clone-url-template', `file://${root}/{owner}/{name}.git`],
      env,
    );
    expect(code).toBe(0);
    expect(api.writes()).toHaveLength(1);
    expect(api.key(SHARED)?.status).toBe('inactive');
    for (const name of ['acme__one.json', 'acme__two.json']) {
      expect(readReport(out, name).findings[0].revocation).toMatchObject({ outcome: 'deactivated', keyId: 'apikey_shared' });
    }
    // In Actions, the found key and the admin key are masked before anything is logged.
    expect(stdout.split('\n').filter(Boolean).sort()).toEqual([`::add-mask::${ADMIN}`, `::add-mask::${SHARED}`].sort());
    api.key(SHARED)!.status = 'active';
  });

  it('clones over HTTP with the token in a header, never in the URL or argv', async () => {
    const out = join(work, 'http');
    const env = gitEnv({ GITHUB_TOKEN: TOKEN, GITHUB_SERVER_URL: gitUrl, RUNNER_TEMP: work });
    const { code, stderr } = await run(batchCommand, ['--repositories', 'acme/three,acme/nope', '--output-dir', out], env);
    expect(code).toBe(0);
    expect(readReport(out, 'acme__three.json').findings).toHaveLength(1);
    expect(readReport(out, 'acme__nope.json').errors?.[0]).toMatch(/^clone failed: /);
    expect(gitAuth.length).toBeGreaterThan(0);
    expect(stderr).not.toContain(TOKEN);
    expect(readFileSync(join(out, 'acme__nope.json'), 'utf8')).not.toContain(TOKEN);

    const denied = await run(batchCommand, ['--repositories', 'acme/three', '--output-dir', join(work, 'denied')], { ...env, GITHUB_TOKEN: 'wrong' });
    expect(denied.code).toBe(2);
    expect(readReport(join(work, 'denied'), 'acme__three.json').scope.failedRepositories?.[0].reason).toMatch(/clone failed/);
    expect(denied.stderr).not.toContain('wrong');
  });

  it('scopes the auth header to the clone URL\'s origin; config inherited through the environment is dropped', () => {
    // Inherited GIT_CONFIG_* entries could name programs (issue 11): git gets only the auth header's.
    const auth = authConfigEnv({ url: 'https://github.example.com/acme/a.git', token: 't' });
    const env = hardenedEnv({ GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'a.b', GIT_CONFIG_VALUE_0: 'c' }, auth);
    expect(env.GIT_CONFIG_COUNT).toBe('1');
    expect(env.GIT_CONFIG_KEY_0).toBe('http.https://github.example.com/.extraheader');
    expect(env.GIT_CONFIG_VALUE_0).toBe(`AUTHORIZATION: basic ${Buffer.from('x-access-token:t').toString('base64')}`);
    expect(env.GIT_TERMINAL_PROMPT).toBe('0');
    expect(authConfigEnv({ url: 'file:///tmp/a.git', token: 't' }).GIT_CONFIG_COUNT).toBeUndefined();
  });

  it('parses repository lists and refuses bad arguments with one line', async () => {
    expect(parseRepositoryList(['a/b, c/d', '["e/f","a/b"]'])).toEqual(['a/b', 'c/d', 'e/f']);
    expect(() => parseRepositoryList(['a/b/c'])).toThrow('--repositories: "a/b/c" is not OWNER/NAME');
    expect(() => parseRepositoryList(['a/..'])).toThrow(/not OWNER\/NAME/);
    await expect(run(batchCommand, [], {})).rejects.toThrow(/needs --repositories/);
    await expect(run(batchCommand, ['--repositories', 'a/b', '--revoke'], {})).rejects.toThrow(/ANTHROPIC_ADMIN_KEY/);
    await expect(run(batchCommand, ['--repositories', 'a/b', '--dry-run'], {})).rejects.toThrow(/only applies to --revoke/);
    await expect(run(batchCommand, ['--repositories', 'a/b', '--clone-url-template', 'https://x/y.git'], {})).rejects.toThrow(/must contain \{repo\}/);
    await expect(run(batchCommand, ['--repositories', 'a/b', '--parallel', 'two'], {})).rejects.toThrow(/--parallel/);
    // Keys would go to a name (resolved, could be anywhere) in clear: refused before anything is cloned.
    await expect(run(batchCommand, ['--repositories', 'a/b', '--verify'], { ANTHROPIC_BASE_URL: 'http://localhost:9' })).rejects.toThrow(
      /ANTHROPIC_BASE_URL must be https:\/\/ .*not localhost:9.*nothing was scanned$/,
    );
  });
});
