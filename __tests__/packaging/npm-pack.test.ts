/**
 * The npm package, tried as a new user would: `npm pack`, then `npm install --offline ./pkg.tgz` into an empty
 * project (it must need nothing from a registry: the bundle holds every library), then the bin.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshBundle } from '../helpers/bundle.js';
import { makeTempDir } from '../helpers/git-repo.js';
import { fakeApiKey } from '../helpers/keys.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  files: string[];
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};

function npm(args: string[], cwd: string, home: string): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, npm_config_cache: join(home, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  const run = spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('package.json', () => {
  it('has no runtime dependencies: the bundled libraries are build-time ones', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    for (const name of ['@actions/core', '@actions/github', '@anthropic-ai/sdk', 'fast-glob', 'p-limit', 'yaml']) expect(pkg.devDependencies[name]).toBeDefined();
    expect(pkg.devDependencies['@octokit/rest']).toBeUndefined();
  });
});

describe('npm pack', () => {
  let work: string;
  let tarball: string;

  beforeAll(() => {
    work = makeTempDir('aks-pack-');
    // Pack what this tree would publish, with the CLI bundled from today's src/ (the committed dist/ may be older).
    const stage = join(work, 'stage');
    mkdirSync(stage);
    for (const name of ['package.json', 'README.md', 'LICENSE', 'schemas']) cpSync(join(ROOT, name), join(stage, name), { recursive: true });
    cpSync(dirname(freshBundle('cli')), join(stage, 'dist/cli'), { recursive: true });
    const packed = npm(['pack', '--json', '--pack-destination', work], stage, work);
    expect(packed.status).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, info.filename);
    writeFileSync(join(work, 'files.json'), JSON.stringify(info.files.map((f) => f.path)));
  }, 600_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds the CLI bundle, the schemas, the licence and the readme, nothing else', () => {
    const files = JSON.parse(readFileSync(join(work, 'files.json'), 'utf8')) as string[];
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('schemas/report.schema.json');
    expect(files).toContain('LICENSE');
    expect(files.filter((f) => !/^(dist\/cli\/|schemas\/)/.test(f)).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('__tests__/'))).toBe(false);
  });

  it('installs offline into an empty project, and its bin runs', () => {
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
    const install = npm(['install', '--offline', '--no-audit', '--no-fund', tarball], project, work);
    expect(install.stderr).not.toMatch(/ENOTCACHED|ERR!/);
    expect(install.status).toBe(0);
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([pkg.name]);

    const bin = join(project, 'node_modules/.bin', Object.keys(pkg.bin)[0]);
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stdout).toBe(`${pkg.name} ${pkg.version}\n`);
    expect(version.status).toBe(0);

    const scanned = join(work, 'scanned');
    mkdirSync(scanned);
    const key = fakeApiKey('npm-pack');
    writeFileSync(join(scanned, '.env'), `ANTHROPIC_API_KEY=${key}\n`);
    const scan = spawnSync(bin, ['--quiet', scanned], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: work } });
    expect(scan.status).toBe(1);
    expect(scan.stdout).toContain('.env:1');
    expect(scan.stdout).not.toContain(key);
  }, 600_000);
});
