/** The runner's defences as data (argv, environment), and the container-job trust of a checkout owned by another user. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { chownSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import { hardenedArgv, hardenedEnv } from '../../../src/sources/git/hardening.js';
import { commitsBetween, headCommit, openRepository } from '../../../src/sources/git/repo.js';
import { stagedSource } from '../../../src/sources/staged.js';
import { createRepo, gitEnv, runSource, type TestRepo } from '../../helpers/git-repo.js';
import { fakeKey } from '../../helpers/keys.js';

const settings = (argv: string[]): string[] => argv.flatMap((arg, i) => (argv[i - 1] === '-c' ? [arg] : []));

describe('hardenedArgv', () => {
  it('puts every program-naming key under a command-line override, before the command', () => {
    const argv = hardenedArgv('/r', ['rev-parse', 'HEAD']);
    expect(argv.slice(0, 3)).toEqual(['--no-pager', '-C', '/r']);
    expect(argv.slice(-2)).toEqual(['rev-parse', 'HEAD']);
    const keys = settings(argv).map((setting) => setting.split('=')[0]);
    for (const key of ['core.fsmonitor', 'core.hooksPath', 'core.pager', 'core.askPass', 'credential.helper', 'core.sshCommand', 'core.alternateRefsCommand', 'remote.origin.uploadpack', 'protocol.allow']) {
      expect(keys).toContain(key);
    }
    expect(settings(argv)).toContain('protocol.allow=never');
    expect(settings(argv)).not.toContain('protocol.ext.allow=always');
  });

  it('switches off external diff and textconv drivers on every diff-family command, and only there', () => {
    for (const command of ['diff', 'log', 'show', 'diff-tree', 'diff-index']) {
      const argv = hardenedArgv('/r', [command, '--raw']);
      expect(argv.slice(argv.indexOf(command))).toEqual([command, '--no-ext-diff', '--no-textconv', '--raw']);
    }
    expect(hardenedArgv('/r', ['cat-file', '--batch'])).not.toContain('--no-ext-diff');
  });

  it('trusts only the directories named, once each', () => {
    expect(settings(hardenedArgv('/r', ['status'], ['/w', '/w', '', '/r'])).filter((s) => s.startsWith('safe.directory='))).toEqual(['safe.directory=/w', 'safe.directory=/r']);
    expect(settings(hardenedArgv('/r', ['status'])).some((s) => s.startsWith('safe.directory'))).toBe(false);
  });
});

describe('hardenedEnv', () => {
  it('drops inherited GIT_* variables except the config files and index the user chose', () => {
    const env = hardenedEnv({
      PATH: '/bin', HOME: '/h', GIT_DIR: '/elsewhere', GIT_EXTERNAL_DIFF: 'x', GIT_CONFIG_PARAMETERS: "'a.b'='c'", GIT_SSH_COMMAND: 'x',
      GIT_TRACE_CURL: '1', GIT_SSL_NO_VERIFY: '1', SSH_ASKPASS: 'x', GIT_CONFIG_GLOBAL: '/g', GIT_CONFIG_NOSYSTEM: '1', GIT_INDEX_FILE: '/i',
    });
    expect(Object.keys(env).filter((name) => name.startsWith('GIT_') || name.includes('ASKPASS')).sort()).toEqual([
      'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_NOSYSTEM', 'GIT_GRAFT_FILE', 'GIT_INDEX_FILE', 'GIT_NO_LAZY_FETCH', 'GIT_NO_REPLACE_OBJECTS', 'GIT_OPTIONAL_LOCKS', 'GIT_PAGER', 'GIT_TERMINAL_PROMPT',
    ]);
    expect(env).toMatchObject({ PATH: '/bin', HOME: '/h', LC_ALL: 'C', GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' });
  });

  it("keeps a pre-commit hook's temporary index (git commit -a, git commit PATH), which --staged must read", async () => {
    const repo = createRepo();
    try {
      repo.commitFiles('c', { 'a.txt': 'a\n' });
      const index = `${repo.dir}/.git/next-index`;
      repo.write('a.txt', `${fakeKey('api03', 'hook-index')}\n`).git(['add', 'a.txt'], { GIT_INDEX_FILE: index });
      const withIndex = await runSource(stagedSource({ root: repo.dir, git: { env: { ...gitEnv(), GIT_INDEX_FILE: index } } }));
      expect(withIndex.hits.map((hit) => hit.location.path)).toEqual(['a.txt']);
      expect((await runSource(stagedSource({ root: repo.dir, git: { env: gitEnv() } }))).hits).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });

  it("ignores a repository's info/grafts, which would give commits other parents", async () => {
    const repo = createRepo();
    try {
      const c1 = repo.commitFiles('one', { 'a.txt': '1\n' });
      const c2 = repo.commitFiles('two', { 'a.txt': '2\n' });
      repo.checkout('side', { create: true }).git(['reset', '-q', '--hard', c1]);
      const side = repo.commitFiles('side', { 'b.txt': 'b\n' });
      writeFileSync(join(repo.dir, '.git', 'info', 'grafts'), `${c2} ${side}\n`);
      expect(repo.git(['rev-list', `${c1}..${c2}`]).split('\n')).toEqual([c2, side]); // what plain git would walk
      expect(await commitsBetween(repo.dir, c1, c2)).toEqual([c2]);
    } finally {
      repo.cleanup();
    }
  });

  it('adds what the call itself needs last (an auth header)', () => {
    expect(hardenedEnv({ GIT_CONFIG_COUNT: '5' }, { GIT_CONFIG_COUNT: '1' }).GIT_CONFIG_COUNT).toBe('1');
  });
});

describe('a checkout owned by another user (container jobs)', () => {
  const owned = process.getuid?.() === 0;
  let repo: TestRepo | undefined;
  afterAll(() => repo?.cleanup());

  (owned ? it : it.skip)('is refused with a one-line fix, and read when the caller trusts its directory', async () => {
    repo = createRepo();
    const oid = repo.commitFiles('c', { 'a.txt': 'a\n' });
    const chownTree = (path: string): void => {
      chownSync(path, 65534, 65534);
      if (statSync(path).isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name));
    };
    chownTree(repo.dir);
    const env = { ...process.env, SUDO_UID: undefined };
    await expect(openRepository({ root: repo.dir, env })).rejects.toThrow(UserError);
    await expect(openRepository({ root: repo.dir, env })).rejects.toThrow(/dubious ownership.*safe\.directory/);
    expect(await headCommit({ root: repo.dir, env, trusted: [repo.dir] })).toBe(oid);
  });
});
