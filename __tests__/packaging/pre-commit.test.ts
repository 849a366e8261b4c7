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

  it('runs the committed bundle on what the stage lets through, installing nothing, at every stage', () => {
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook.id).toBe('anthropic-key-scan');
    expect(hook.language).toBe('script'); // `node` would run npm install; `script` runs the file as it is
    expect(hook.entry.split(' ')[0]).toBe('dist/cli/index.js');
    expect(hook.entry).toContain('--pre-commit');
    expect(hook.pass_filenames).toBe(false);
    // Stage names differ between pre-commit versions (push / pre-push): the CLI tells the stages apart instead.
    expect(hook).not.toHaveProperty('stages');
    expect(runGit(ROOT, ['ls-files', '-s', 'dist/cli/index.js'])).toMatch(/^100755 /);
  });
});

/** A clone of this repository whose dist/cli is today's src/, bundled, and whose hook manifest is today's. */
function hookRepoUnderTest(): string {
  const hookRepo = join(makeTempDir('aks-hook-repo-'), 'anthropic-key-scan');
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
  return hookRepo;
}

/** The hook repository's clone, pre-commit's home and the test's repositories, removed. */
function cleanUp(hookRepo: string, home: string, ...repos: TestRepo[]): void {
  rmSync(dirname(hookRepo), { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
  for (const repo of repos) repo.cleanup();
}

describe('pre-commit try-repo', () => {
  let hookRepo: string;
  let project: TestRepo;
  let home: string;

  beforeAll(() => {
    if (!tool.available) return;
    home = makeTempDir('aks-pre-commit-home-');
    hookRepo = hookRepoUnderTest();
    project = createRepo();
    project.write('README.md', 'hello\n').git(['add', 'README.md']);
    project.git(['commit', '--quiet', '-m', 'first']);
  }, 600_000);

  afterAll(() => void (tool.available && cleanUp(hookRepo, home, project)));

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

/**
 * The hook installed as git hooks (`pre-commit install -t pre-commit -t pre-push`), in a project with a local bare
 * remote: each stage must look at what it is about to let through, never at something else (a push with nothing
 * staged is not "no credentials").
 */
describe('pre-commit installed at the commit and push stages', () => {
  let hookRepo: string;
  let home: string;
  let project: TestRepo;
  let remote: TestRepo;
  let env: Record<string, string>;
  let config: string;

  beforeAll(() => {
    if (!tool.available) return;
    home = makeTempDir('aks-pre-commit-home-');
    hookRepo = hookRepoUnderTest();
    const rev = runGit(hookRepo, ['rev-parse', 'HEAD']);
    env = { PRE_COMMIT_HOME: join(home, 'cache'), HOME: home, PRE_COMMIT_COLOR: 'never', NO_COLOR: '1' };
    remote = createRepo({ bare: true });
    project = createRepo();
    config = `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: anthropic-key-scan\n`;
    project.git(['remote', 'add', 'origin', remote.dir]);
    const install = spawnSync('pre-commit', ['install', '-t', 'pre-commit', '-t', 'pre-push'], { cwd: project.dir, encoding: 'utf8', env: gitEnv(env) });
    expect(install.status).toBe(0);
  }, 600_000);

  afterAll(() => void (tool.available && cleanUp(hookRepo, home, project, remote)));

  function run(command: string, args: string[]): { status: number | null; output: string } {
    const result = spawnSync(command, args, { cwd: project.dir, encoding: 'utf8', env: gitEnv(env) });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }
  const git = (...args: string[]) => run('git', args);
  const commitFile = (path: string, content: string, ...flags: string[]) => {
    project.write(path, content).git(['add', '--', path]);
    return git('commit', '--quiet', ...flags, '-m', `add ${path}`);
  };

  maybe('passes a clean first push (a history with a root commit, where pre-commit gives no refs)', () => {
    expect(commitFile('.pre-commit-config.yaml', config).status).toBe(0);
    expect(commitFile('src/app.js', 'console.log("ok");\n').status).toBe(0);
    const push = git('push', '--quiet', 'origin', 'main');
    expect(push.output).toMatch(/anthropic-key-scan.*Passed/);
    expect(push.status).toBe(0);
  }, 600_000);

  maybe('refuses a commit that stages a key, saying what to do', () => {
    const key = fakeApiKey('hook-commit');
    const commit = commitFile('app.env', `ANTHROPIC_API_KEY=${key}\n`);
    expect(commit.status).not.toBe(0);
    expect(commit.output).toContain('app.env:1');
    expect(commit.output).not.toContain(key);
    expect(commit.output).toMatch(/rotate it/);
    expect(commit.output).toMatch(/console\.anthropic\.com\/settings\/keys/);
    expect(commit.output).toContain('anthropic-key-scan:allow');
    expect(commit.output).toContain('SKIP=anthropic-key-scan git commit');
    project.git(['reset', '--quiet', '--', 'app.env']);
    rmSync(join(project.dir, 'app.env'));
  }, 600_000);

  maybe('refuses a push of a key committed with --no-verify, with nothing staged', () => {
    const key = fakeApiKey('hook-push');
    expect(commitFile('config/settings.py', `KEY = "${key}"\n`, '--no-verify').status).toBe(0);
    expect(commitFile('docs/readme.txt', 'nothing here\n').status).toBe(0); // the key is not in the last commit
    expect(project.git(['diff', '--cached', '--name-only'])).toBe('');
    const push = git('push', 'origin', 'main');
    expect(push.status).not.toBe(0);
    expect(push.output).toMatch(/anthropic-key-scan.*Failed/);
    expect(push.output).toContain('config/settings.py:1');
    expect(push.output).not.toContain(key);
    expect(push.output).toContain('SKIP=anthropic-key-scan git push');
    expect(project.git(['ls-remote', 'origin', 'refs/heads/main'])).not.toContain(project.git(['rev-parse', 'HEAD']));
  }, 600_000);

  maybe('pre-commit run --from-ref --to-ref fails over a range that adds a key, passes over a clean one', () => {
    const head = project.git(['rev-parse', 'HEAD']);
    const pushed = project.git(['rev-parse', 'origin/main']);
    const bad = run('pre-commit', ['run', 'anthropic-key-scan', '--from-ref', pushed, '--to-ref', head]);
    expect(bad.status).toBe(1);
    expect(bad.output).toContain('config/settings.py:1');
    const clean = run('pre-commit', ['run', 'anthropic-key-scan', '--from-ref', `${pushed}~1`, '--to-ref', pushed]);
    expect(clean.output).toMatch(/anthropic-key-scan.*Passed/);
    expect(clean.status).toBe(0);
  }, 600_000);

  maybe('pre-commit run --all-files (a manual run) looks at the tracked files, not at the empty index', () => {
    const all = run('pre-commit', ['run', 'anthropic-key-scan', '--all-files']);
    expect(all.status).toBe(1);
    expect(all.output).toContain('config/settings.py:1');
    // Take the key out again (history rewritten before it was pushed): the push now passes.
    project.git(['reset', '--quiet', '--hard', 'origin/main']);
    expect(commitFile('docs/readme.txt', 'nothing here\n').status).toBe(0);
    const push = git('push', '--quiet', 'origin', 'main');
    expect(push.status).toBe(0);
  }, 600_000);

  maybe('a new branch: its own commits are checked; deleting a branch on the remote passes', () => {
    project.git(['checkout', '--quiet', '-b', 'feature']);
    expect(commitFile('feature.txt', 'clean\n').status).toBe(0);
    expect(git('push', '--quiet', 'origin', 'feature').status).toBe(0);
    project.git(['checkout', '--quiet', '-b', 'leaky', 'main']);
    const key = fakeApiKey('hook-new-branch');
    expect(commitFile('leak.txt', `${key}\n`, '--no-verify').status).toBe(0);
    const push = git('push', 'origin', 'leaky');
    expect(push.status).not.toBe(0);
    expect(push.output).toContain('leak.txt:1');
    expect(project.git(['ls-remote', 'origin', 'refs/heads/leaky'])).toBe('');
    const deleted = git('push', '--quiet', 'origin', '--delete', 'feature');
    expect(deleted.status).toBe(0);
    expect(project.git(['ls-remote', 'origin', 'refs/heads/feature'])).toBe('');
  }, 600_000);
});
