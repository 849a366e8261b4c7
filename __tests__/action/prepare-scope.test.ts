/** prepareScope on real repositories: shallow clones (depth 1) and full ones, fetched over file://. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { prepareScope, prepareScopeOrConversation, type FetchOptions } from '../../src/action/prepare-scope.js';
import { UserError } from '../../src/core/errors.js';
import { rmSync } from 'node:fs';
import { cloneRepo, createRepo, makeTempDir, runGit, type TestRepo } from '../helpers/git-repo.js';

let upstream: TestRepo;
let forkPoint: string;
let mainTip: string;
let featureTip: string;
const clones: TestRepo[] = [];

beforeAll(() => {
  upstream = createRepo();
  for (let i = 1; i <= 30; i++) upstream.commitFiles(`main ${i}`, { [`m${i}.txt`]: `${i}\n` });
  forkPoint = upstream.head();
  for (let i = 31; i <= 67; i++) upstream.commitFiles(`main ${i}`, { [`m${i}.txt`]: `${i}\n` });
  mainTip = upstream.head();
  upstream.checkout('feature', { create: true }).git(['reset', '-q', '--hard', forkPoint]);
  for (let i = 1; i <= 3; i++) upstream.commitFiles(`feature ${i}`, { [`f${i}.txt`]: `${i}\n` });
  featureTip = upstream.head();
  upstream.checkout('main');
  upstream.tag('v1', { message: 'release', at: forkPoint });
});

afterAll(() => {
  upstream.cleanup();
  for (const clone of clones) clone.cleanup();
});

function clone(options: { depth?: number; branch?: string } = {}): TestRepo {
  const repo = cloneRepo(upstream.dir, options);
  clones.push(repo);
  return repo;
}

function options(notices: string[], extra: Partial<FetchOptions> = {}): FetchOptions {
  return { notice: (m) => notices.push(m), deepenStep: 4, ...extra };
}

const count = (repo: TestRepo, range: string): number => Number(runGit(repo.dir, ['rev-list', '--count', range]));

describe('prepareScope', () => {
  it('a pull request on a depth-1 checkout: fetches both ends, deepens to the merge-base', async () => {
    const repo = clone({ depth: 1 });
    const notices: string[] = [];
    const prepared = await prepareScope({ kind: 'range', base: mainTip, head: featureTip, why: 'pull request #1' }, repo.dir, options(notices));
    expect(prepared.scope).toEqual({ kind: 'range', root: repo.dir, base: mainTip, head: featureTip });
    expect(count(repo, `${mainTip}..${featureTip}`)).toBe(3);
    expect(runGit(repo.dir, ['merge-base', mainTip, featureTip])).toBe(forkPoint);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^fetched commit [0-9a-f]{7} \(depth 1\); \d+ more commits of history \(--deepen\)/);
    // Not the whole history: deepening stopped at the merge-base.
    expect(runGit(repo.dir, ['rev-parse', '--is-shallow-repository'])).toBe('true');
  });

  it('a full clone needs no fetch and says nothing', async () => {
    const repo = clone();
    const notices: string[] = [];
    const prepared = await prepareScope({ kind: 'range', base: mainTip, head: featureTip, why: 'pull request #1' }, repo.dir, options(notices));
    expect(prepared.scope).toMatchObject({ kind: 'range', base: mainTip, head: featureTip });
    expect(notices).toEqual([]);
  });

  it('unshallows as the last resort when deepening is capped', async () => {
    const repo = clone({ depth: 1 });
    const notices: string[] = [];
    await prepareScope({ kind: 'range', base: mainTip, head: featureTip, why: 'pr' }, repo.dir, options(notices, { deepenLimit: 4 }));
    expect(notices[0]).toMatch(/--unshallow/);
    expect(runGit(repo.dir, ['rev-parse', '--is-shallow-repository'])).toBe('false');
    expect(count(repo, `${mainTip}..${featureTip}`)).toBe(3);
  });

  it('a new branch: the commits not on the default branch', async () => {
    const repo = clone({ depth: 1, branch: 'feature' });
    const notices: string[] = [];
    const prepared = await prepareScope(
      { kind: 'branch', head: featureTip, why: 'new branch feature', fallback: { defaultBranch: 'main', ifOnDefault: 'nothing' } },
      repo.dir,
      options(notices),
    );
    expect(prepared.scope).toEqual({ kind: 'range', root: repo.dir, base: mainTip, head: featureTip });
    expect(count(repo, `${mainTip}..${featureTip}`)).toBe(3);
    expect(notices[0]).toMatch(/the default branch main \(depth 1\)/);
  });

  it('a new branch with no commits of its own scans nothing; without a known default branch, asks the remote', async () => {
    const repo = clone({ depth: 1 });
    const prepared = await prepareScope(
      { kind: 'branch', head: forkPoint, why: 'new branch topic', fallback: { ifOnDefault: 'nothing' } },
      repo.dir,
      options([]),
    );
    expect(prepared.scope).toBeUndefined();
    expect(prepared.why).toMatch(/already on main, nothing of its own/);
  });

  it('a forced push whose before is gone falls back to the default branch, and says so', async () => {
    const repo = clone({ depth: 1, branch: 'feature' });
    const notices: string[] = [];
    const gone = 'f'.repeat(40);
    const prepared = await prepareScope(
      { kind: 'range', base: gone, head: featureTip, why: 'forced push to feature', fallback: { defaultBranch: 'main', ifOnDefault: 'nothing' } },
      repo.dir,
      options(notices),
    );
    expect(prepared.scope).toMatchObject({ kind: 'range', base: mainTip, head: featureTip });
    expect(notices[0]).toMatch(/previous head fffffff .* is gone/);
  });

  it('a forced push to the default branch whose before is gone scans the head commit', async () => {
    const repo = clone({ depth: 1 });
    const prepared = await prepareScope(
      { kind: 'range', base: 'e'.repeat(40), head: mainTip, why: 'forced push to main', fallback: { defaultBranch: 'main', ifOnDefault: 'head-commit' } },
      repo.dir,
      options([]),
    );
    expect(prepared.scope).toMatchObject({ kind: 'range', base: upstream.rev('main~1'), head: mainTip });
  });

  it('history: every branch and tag, unshallowed', async () => {
    const repo = clone({ depth: 1 });
    const notices: string[] = [];
    const prepared = await prepareScope({ kind: 'history', why: 'schedule' }, repo.dir, options(notices));
    expect(prepared.scope).toEqual({ kind: 'history', root: repo.dir });
    expect(runGit(repo.dir, ['rev-parse', '--is-shallow-repository'])).toBe('false');
    expect(count(repo, '--all')).toBe(count(upstream, '--all'));
    expect(runGit(repo.dir, ['tag'])).toBe('v1');
    expect(notices[0]).toMatch(/every branch and tag with their whole history/);
  });

  it('files and none need no git', async () => {
    expect(await prepareScope({ kind: 'files', why: 'x' }, '/nonexistent', options([]))).toEqual({ scope: { kind: 'files', root: '/nonexistent' }, why: 'x' });
    expect(await prepareScope({ kind: 'none', why: 'deleted' }, '/nonexistent', options([]))).toEqual({ why: 'deleted' });
  });

  it('a folder that is not a repository is a UserError that says what to do', async () => {
    const dir = makeTempDir();
    try {
      await expect(prepareScope({ kind: 'history', why: 'schedule' }, dir, options([]))).rejects.toThrow(/is not a git repository: check the repository out first/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a pull request conversation event falls back to its text only for a range it cannot read; anything else still throws', async () => {
    const dir = makeTempDir();
    try {
      const range = { kind: 'range', base: 'a'.repeat(40), head: 'b'.repeat(40), why: 'pull request #5' } as const;
      const notices: string[] = [];
      expect(await prepareScopeOrConversation(range, dir, options(notices), true)).toEqual({ scope: { kind: 'surfaces', root: dir }, why: 'pull request #5: its conversation text (not its commits)' });
      expect(notices).toEqual([expect.stringMatching(/^the commits of pull request #5 were not scanned \(.*not a git repository.*\); its conversation text was$/)]);
      await expect(prepareScopeOrConversation(range, dir, options([]), false)).rejects.toThrow(UserError);
      await expect(prepareScopeOrConversation({ kind: 'history', why: 'schedule' }, dir, options([]), true)).rejects.toThrow(/not a git repository/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing commit with nowhere to fetch it from is a UserError', async () => {
    const repo = createRepo();
    clones.push(repo);
    repo.commitFiles('one', { 'a.txt': 'a\n' });
    await expect(prepareScope({ kind: 'range', base: 'd'.repeat(40), head: repo.head(), why: 'pr' }, repo.dir, options([]))).rejects.toThrow(UserError);
  });
});
