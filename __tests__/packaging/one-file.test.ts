/**
 * Each bundle is one self-contained file, as the README says. ncc turns every dynamic `import()` into a chunk
 * file (`NNN.index.js`) beside index.js, loaded only when that code runs: a copy of index.js alone then scans,
 * but `--verify` (the Anthropic SDK), `merge`, `repos` and `batch` fail on a missing file. So each bundle is
 * copied alone into an empty directory and made to run the code that used to live in chunks.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { freshBundle } from '../helpers/bundle.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { startArtifactServer, type ArtifactServer } from '../helpers/artifact-server.js';
import { createRepo, makeTempDir } from '../helpers/git-repo.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { fakeApiKey } from '../helpers/keys.js';
import { checkout, cleanupRuns, everythingWritten, runAction, ROOT } from '../action/run-action.js';

const LIVE = fakeApiKey('one-file-live');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

let work: string;
let anthropic: AnthropicServer;

beforeAll(async () => {
  work = makeTempDir('aks-one-file-');
  anthropic = await startAnthropicServer();
  anthropic.addKey({ key: LIVE, kind: 'api', org: 'org-a' });
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await anthropic.close();
});

/** A copy of `bundle` named `name`, alone in a new empty directory. */
function alone(bundle: string, dir: string, name = 'index.js'): string {
  mkdirSync(join(work, dir));
  const copy = join(work, dir, name);
  copyFileSync(bundle, copy);
  return copy;
}

describe('a build', () => {
  it.each(['cli', 'action'] as const)('of the %s makes one JavaScript file', (name) => {
    const dir = dirname(freshBundle(name));
    expect(readdirSync(dir).filter((file) => file.endsWith('.js'))).toEqual(['index.js']);
  }, 600_000);

  it.each(['cli', 'action'] as const)('of the %s is pure ASCII, its packed chunks too: V8 reads it at a byte per character (scripts/ascii-only.mjs)', (name) => {
    const source = readFileSync(freshBundle(name), 'utf8');
    expect(source.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
    const packed = [...source.matchAll(/^"\d+\.index\.js": "([A-Za-z0-9+/=]+)"/gm)].map((m) => gunzipSync(Buffer.from(m[1]!, 'base64')).toString('utf8'));
    expect(packed.length).toBeGreaterThan(0); // the chunks were found, so the check below is not of nothing
    for (const chunk of packed) expect(chunk.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
  }, 600_000);

  it('of the CLI holds Octokit and the Anthropic SDK only packed: a scan does not compile them (scripts/inline-chunks.mjs)', () => {
    const source = readFileSync(freshBundle('cli'), 'utf8');
    expect(source).toContain('function __inlinedChunk(name)');
    expect(source).not.toContain('octokit-core.js'); // Octokit's user agent
    expect(source).not.toContain('x-stainless-'); // the SDK's request headers
  }, 600_000);
});

describe('the CLI bundle copied alone', () => {
  let cli: string;
  const options = (env: NodeJS.ProcessEnv) => ({ cwd: dirname(cli), encoding: 'utf8' as const, env: { PATH: process.env.PATH, HOME: work, ...env } });
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, [cli, ...args], options(env));
  /** Without blocking this process, which serves the loopback API the CLI calls. */
  const runAsync = (args: string[], env: NodeJS.ProcessEnv) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = execFile(process.execPath, [cli, ...args], options(env), (_error, stdout, stderr) => done({ status: child.exitCode, stdout, stderr }));
    });

  beforeAll(() => {
    cli = alone(freshBundle('cli'), 'cli');
  }, 600_000);

  it('prints its version', () => {
    expect(run(['--version'])).toMatchObject({ status: 0, stdout: `anthropic-key-scan ${version}\n`, stderr: '' });
  });

  it('reads a config file (the YAML parser is packed, loaded only then), and refuses a wrong one', () => {
    const tree = join(work, 'configured');
    mkdirSync(join(tree, 'vendor'), { recursive: true });
    writeFileSync(join(tree, 'vendor', 'keys.txt'), `${LIVE}\n`);
    writeFileSync(join(tree, '.anthropic-key-scan.yml'), 'exclude:\n  paths: [vendor/**]\n');
    expect(run(['--quiet', tree])).toMatchObject({ status: 0, stderr: '' });
    writeFileSync(join(tree, '.anthropic-key-scan.yml'), 'exclude: [vendor\n');
    const broken = run(['--quiet', tree]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/\.anthropic-key-scan\.yml: invalid YAML: /);
  });

  it('verifies a key against the Anthropic API (the SDK is inside), and merges the report', async () => {
    const tree = join(work, 'tree');
    mkdirSync(tree);
    writeFileSync(join(tree, '.env'), `ANTHROPIC_API_KEY=${LIVE}\n`);
    const report = join(work, 'report.json');
    const scan = await runAsync(['--verify', '--format', 'json', '--output', report, tree], { ANTHROPIC_BASE_URL: anthropic.url });
    expect(scan.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
    expect(scan.status).toBe(1);
    const json = JSON.parse(readFileSync(report, 'utf8')) as { findings: { status: string }[] };
    expect(json.findings.map((f) => f.status)).toEqual(['live']);
    expect(anthropic.requests.some((r) => r.path === '/v1/models')).toBe(true);

    const merged = run(['merge', '--format', 'json', report]);
    expect(merged.stderr).toContain('1 distinct key(s), 1 live');
    expect(merged.status).toBe(1);
    expect((JSON.parse(merged.stdout) as { findings: { status: string }[] }).findings.map((f) => f.status)).toEqual(['live']);
    expect(scan.stdout + scan.stderr + merged.stdout).not.toContain(LIVE);
  });

  it.each([['repos'], ['batch'], ['merge']])('loads %s (its help)', (command) => {
    const help = run([command, '--help']);
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^Usage: anthropic-key-scan ${command} `));
  });

  it('finds no key in the test bundles\' cache, which outlives the run', () => {
    const cache = dirname(freshBundle('action'));
    expect(run(['--quiet', '--fail-on', 'any', cache])).toMatchObject({ status: 0, stderr: '' });
  });

  it('runs as the .mjs file the README says to make, even inside a CommonJS package', () => {
    const mjs = alone(freshBundle('cli'), 'commonjs', 'anthropic-key-scan.mjs');
    writeFileSync(join(dirname(mjs), 'package.json'), JSON.stringify({ type: 'commonjs' }));
    const ran = spawnSync(process.execPath, [mjs, '--version'], { cwd: dirname(mjs), encoding: 'utf8' });
    expect(ran).toMatchObject({ status: 0, stdout: `anthropic-key-scan ${version}\n`, stderr: '' });
  });
});

describe('the Action bundle copied alone', () => {
  let artifacts: ArtifactServer;
  let gh: GitHubServer;
  beforeAll(async () => {
    artifacts = await startArtifactServer();
    gh = await startGitHubServer();
  });
  afterAll(async () => {
    cleanupRuns();
    await Promise.all([artifacts.close(), gh.close()]);
  });

  it('audits a history, verifies the key (the SDK) and uploads its reports (@actions/artifact)', async () => {
    const bundle = alone(freshBundle('action'), 'action');
    const upstream = createRepo();
    upstream.commitFiles('config', { 'app/.env': `ANTHROPIC_API_KEY=${LIVE}\n` });
    const repo = checkout(upstream.dir, 'refs/heads/main', 0);
    try {
      const result = await runAction({
        bundle, event: 'schedule', payload: { schedule: '0 3 * * *' }, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
        inputs: { 'fail-on': 'never', 'check-run': 'false' }, env: { ...artifacts.env },
      });
      expect(result.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
      expect(result.code).toBe(0);
      expect(result.outputs).toMatchObject({ findings: '1', live: '1', 'artifact-id': '41' });
      expect(artifacts.artifacts[0]).toMatchObject({ finalized: true });
      expect(everythingWritten(result)).not.toContain(LIVE);
    } finally {
      upstream.cleanup();
      repo.cleanup();
    }
  }, 120_000);
});
