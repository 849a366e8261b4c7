/**
 * The pre-commit framework, tried as a new user would: `pre-commit try-repo` against a clone of this repository,
 * in a project with a clean staged file and then with a staged key. The hook runs the bundled CLI of the
 * clone (language: script): nothing is installed or downloaded.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { freshBundle } from '../helpers/bundle.js';
import { createRepo, gitEnv, makeTempDir, runGit, type TestRepo } from '../helpers/git-repo.js';
import { fakeApiKey } from '../helpers/keys.js';
import { requireTool } from './tools.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const tool = requireTool('pre-commit', 'apt-get install pre-commit');
const maybe = tool.available ? it : it.skip;

interface Hook { id: string; entry: string; language: string; pass_filenames?: boolean }

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

  it('runs the committed bundle on staged content, installing nothing', () => {
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook.id).toBe('anthropic-key-scan');
    expect(hook.language).toBe('script'); // `node` would run npm install; `script` runs the file as it is
    expect(hook.entry.split(' ')[0]).toBe('dist/cli/index.js');
    expect(hook.entry).toContain('--staged');
    expect(hook.pass_filenames).toBe(false);
    expect(runGit(ROOT, ['ls-files', '-s', 'dist/cli/index.js'])).toMatch(/^100755 /);
  });
});

describe('pre-commit try-repo', () => {
  let hookRepo: string;
  let project: TestRepo;
  let home: string;

  beforeAll(() => {
    if (!tool.available) return;
    home = makeTempDir('aks-pre-commit-home-');
    hookRepo = join(makeTempDir('aks-hook-repo-'), 'anthropic-key-scan');
    runGit(ROOT, ['clone', '--quiet', '--no-local', ROOT, hookRepo]);
    // The clone's dist/ is the committed one; the CLI under test is today's src/, bundled.
    const bundleDir = dirname(freshBundle('cli'));
    runGit(hookRepo, ['rm', '-r', '--quiet', '--ignore-unmatch', 'dist/cli']);
    mkdirSync(join(hookRepo, 'dist/cli'), { recursive: true });
    for (const name of readdirSync(bundleDir)) copyFileSync(join(bundleDir, name), join(hookRepo, 'dist/cli', name));
    chmodSync(join(hookRepo, 'dist/cli/index.js'), 0o755);
    copyFileSync(join(ROOT, '.pre-commit-hooks.yaml'), join(hookRepo, '.pre-commit-hooks.yaml'));
    runGit(hookRepo, ['add', '-A', '--', 'dist/cli', '.pre-commit-hooks.yaml']);
    runGit(hookRepo, ['commit', '--quiet', '--allow-empty', '-m', 'bundle of the source under test']);
    project = createRepo();
    project.write('README.md', 'hello\n').git(['add', 'README.md']);
    project.git(['commit', '--quiet', '-m', 'first']);
  }, 600_000);

  afterAll(() => {
    if (!tool.available) return;
    rmSync(dirname(hookRepo), { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
    project.cleanup();
  });

  function tryRepo(): { status: number | null; output: string } {
    const run = spawnSync('pre-commit', ['try-repo', hookRepo, 'anthropic-key-scan', '--verbose'], {
      cwd: project.dir,
      encoding: 'utf8',
      // No network needed: PRE_COMMIT_HOME in a temp dir shows nothing is reused from an earlier install.
      env: { ...gitEnv(), PRE_COMMIT_HOME: join(home, 'cache'), HOME: home, PRE_COMMIT_COLOR: 'never', NO_COLOR: '1' },
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  maybe('passes a commit with nothing to report', () => {
    project.write('src/app.js', 'console.log("ok");\n').git(['add', 'src/app.js']);
    const run = tryRepo();
    expect(run.output).toMatch(/anthropic-key-scan.*Passed/);
    expect(run.status).toBe(0);
  }, 600_000);

  maybe('refuses a commit that stages a key, naming where and never showing it', () => {
    const key = fakeApiKey('pre-commit');
    project.write('config/.env', `ANTHROPIC_API_KEY=${key}\n`).git(['add', 'config/.env']);
    // An unstaged key is not what is being committed: only the index counts.
    project.write('notes.txt', `${fakeApiKey('unstaged')}\n`);
    const run = tryRepo();
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/anthropic-key-scan.*Failed/);
    expect(run.output).toContain('config/.env:1');
    expect(run.output).toContain(key.slice(0, 16));
    expect(run.output).not.toContain(key);
    expect(run.output).not.toContain('notes.txt');
  }, 600_000);
});
