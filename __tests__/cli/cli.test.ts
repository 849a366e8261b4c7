/**
 * The CLI end to end, in process: argv in, report and exit code out, on real files and repositories.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli as cli } from '../helpers/cli.js';
import { sha256Hex } from '../../src/core/secret.js';
import { createRepo } from '../helpers/git-repo.js';
import { fakeAdminKey, fakeApiKey, fakeKey } from '../helpers/keys.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';


const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const live = fakeApiKey('cli-live');
const dead = fakeApiKey('cli-dead');
const admin = fakeAdminKey('cli-admin');

describe('anthropic-key-scan (files)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'aks-cli-'));
    await mkdir(path.join(dir, 'src'));
    await writeFile(path.join(dir, '.env'), `ANTHROPIC_API_KEY=${live}\n`);
    await writeFile(path.join(dir, 'src/app.py'), `client = Anthropic(api_key="${live}")\nother = "${dead}"\n`);
    await writeFile(path.join(dir, 'README.md'), 'Set ANTHROPIC_API_KEY to your key (it starts with sk-ant-api03-).\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports each distinct key once, with every location, and exits 1', async () => {
    const run = await cli(['--format', 'json', dir]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe('anthropic-key-scan');
    expect(report.findings).toHaveLength(2);
    const liveFinding = report.findings.find((f: { secretSha256: string }) => f.secretSha256 === sha256Hex(live));
    expect(liveFinding.rule).toBe('anthropic-api-key');
    expect(liveFinding.status).toBe('unchecked');
    expect(liveFinding.redacted).toBe(`${live.slice(0, 16)}...${live.slice(-4)}`);
    expect(liveFinding.locations.map((l: { path: string; line: number }) => `${l.path}:${l.line}`).sort()).toEqual(['.env:1', 'src/app.py:1']);
    expect(run.stdout).not.toContain(live);
    expect(run.stdout).not.toContain(dead);
  });

  it('prints readable text by default, never the key', async () => {
    const run = await cli([dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('src/app.py:1');
    expect(run.stdout).toContain(`${live.slice(0, 16)}...`);
    expect(run.stdout).not.toContain(live);
  });

  it('scans a single file given as PATH', async () => {
    const run = await cli(['--format', 'json', path.join(dir, '.env')]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { locations: { path: string }[] }) => f.locations[0].path)).toEqual(['.env']);
  });

  it('writes SARIF to a file', async () => {
    const out = path.join(dir, '..', `${path.basename(dir)}.sarif`);
    const run = await cli(['--format', 'sarif', '--output', out, '--quiet', dir]);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(await readFile(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThanOrEqual(3);
    await rm(out);
  });

  it('exits 0 with --fail-on never, and on a clean tree', async () => {
    expect((await cli(['--fail-on', 'never', dir])).code).toBe(0);
    const clean = await mkdtemp(path.join(tmpdir(), 'aks-clean-'));
    await writeFile(path.join(clean, 'a.txt'), 'nothing here\n');
    const run = await cli([clean]);
    expect(run.code).toBe(0);
    await rm(clean, { recursive: true });
  });

  it('suppresses a baseline written by an earlier run, keeping it under "suppressed"', async () => {
    const baseline = path.join(dir, '..', `${path.basename(dir)}-baseline.json`);
    expect((await cli(['--write-baseline', baseline, '--quiet', dir])).code).toBe(0);
    const run = await cli(['--baseline', baseline, '--format', 'json', dir]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.findings).toHaveLength(0);
    expect(report.suppressed).toHaveLength(2);
    expect(report.suppressed[0].suppressedBy).toMatch(/baseline/);
    await rm(baseline);
  });

  it('honours the config file: excluded paths are not scanned; allowed hashes and extra markers go to "suppressed"', async () => {
    const tree = await mkdtemp(path.join(tmpdir(), 'aks-config-'));
    try {
      const allowed = fakeApiKey('cli-allowed');
      await mkdir(path.join(tree, 'fixtures'));
      await writeFile(path.join(tree, 'fixtures/keys.txt'), `${live}\n`);
      await writeFile(path.join(tree, 'a.env'), `A=${allowed}\nB=${dead} # not-a-leak\nC=${live}\n`);
      await writeFile(
        path.join(tree, '.anthropic-key-scan.yml'),
        `exclude:\n  paths: ["fixtures/**"]\nallow:\n  secrets: ["${sha256Hex(allowed)}"]\n  markers: ["not-a-leak"]\n`,
      );
      const run = await cli(['--format', 'json', tree]);
      const report = JSON.parse(run.stdout);
      expect(report.findings.map((f: { secretSha256: string }) => f.secretSha256)).toEqual([sha256Hex(live)]);
      expect(report.findings[0].locations.map((l: { path: string }) => l.path)).toEqual(['a.env']);
      const reasons = report.suppressed.map((f: { suppressedBy: string }) => f.suppressedBy).sort();
      expect(reasons).toEqual(['allow-marker', 'config:allow-secret']);
      const bad = await cli(['--config', path.join(tree, 'missing.yml'), tree]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/config file not found/);
    } finally {
      await rm(tree, { recursive: true, force: true });
    }
  });

  it('verifies against ANTHROPIC_BASE_URL and fails on live keys with --fail-on live', async () => {
    const server: AnthropicServer = await startAnthropicServer();
    try {
      server.addKey({ key: live, kind: 'api', org: 'org-a' });
      const run = await cli(['--verify', '--fail-on', 'live', '--format', 'json', dir], { ANTHROPIC_BASE_URL: server.url });
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout);
      const byHash = Object.fromEntries(report.findings.map((f: { secretSha256: string; status: string }) => [f.secretSha256, f.status]));
      expect(byHash[sha256Hex(live)]).toBe('live');
      expect(byHash[sha256Hex(dead)]).toBe('invalid');
      expect(server.requestsFor(live)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('refuses --revoke without an admin key before scanning', async () => {
    const run = await cli(['--revoke', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ANTHROPIC_ADMIN_KEY/);
  });

  it('revokes a live key of the organization, naming the key id', async () => {
    const server = await startAnthropicServer();
    try {
      server.addKey({ key: admin, kind: 'admin', org: 'org-a' });
      const record = server.addKey({ key: live, kind: 'api', org: 'org-a', name: 'ci' });
      const run = await cli(['--revoke', '--format', 'json', dir], { ANTHROPIC_BASE_URL: server.url, ANTHROPIC_ADMIN_KEY: admin });
      const report = JSON.parse(run.stdout);
      const finding = report.findings.find((f: { secretSha256: string }) => f.secretSha256 === sha256Hex(live));
      expect(finding.revocation).toMatchObject({ outcome: 'deactivated', keyId: record.id });
      expect(run.stdout + run.stderr).not.toContain(admin);
    } finally {
      await server.close();
    }
  });
});

describe('anthropic-key-scan (git and errors)', () => {
  it('finds a key committed and deleted later in --history, and nothing in the working tree', async () => {
    const repo = createRepo();
    try {
      const key = fakeKey('admin01', 'cli-history');
      repo.write('config.yml', `admin_key: ${key}\n`);
      const added = repo.commit('add config');
      repo.write('config.yml', 'admin_key: ${ADMIN_KEY}\n');
      repo.commit('remove the key');
      expect((await cli([repo.dir])).code).toBe(0);
      const run = await cli(['--history', '--format', 'json', repo.dir]);
      expect(run.code).toBe(1);
      const [finding] = JSON.parse(run.stdout).findings;
      expect(finding.rule).toBe('anthropic-admin-key');
      expect(finding.locations[0]).toMatchObject({ path: 'config.yml', line: 1, commit: added });
    } finally {
      repo.cleanup();
    }
  });

  it.each([
    [['/no/such/path'], /not found/],
    [['--history', '/no/such/path'], /./],
    [['--frobnicate'], /Unknown option/],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for --history outside a repository and for an unknown ref', async () => {
    const plain = await mkdtemp(path.join(tmpdir(), 'aks-norepo-'));
    try {
      const outside = await cli(['--history', plain]);
      expect(outside.code).toBe(2);
      expect(outside.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await rm(plain, { recursive: true });
    }
    const repo = createRepo();
    try {
      repo.write('a.txt', 'a\n');
      repo.commit('a');
      const run = await cli(['--range', 'no-such-ref..HEAD', repo.dir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/no-such-ref/);
    } finally {
      repo.cleanup();
    }
  });

  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--history/);
    expect((await cli(['--version'])).stdout).toMatch(/^anthropic-key-scan \d+\.\d+\.\d+/);
  });

  it("finds nothing in the project's own history", async () => {
    const run = await cli(['--history', '--quiet', repoRoot]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
