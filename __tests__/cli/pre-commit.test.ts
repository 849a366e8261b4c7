import { describe, expect, it } from '@jest/globals';
import { preCommitPlan } from '../../src/cli/pre-commit.js';
import { hookAdvice, rotationPlace } from '../../src/report/hook-advice.js';
import { KINDS } from '../../src/core/kinds.js';

const ZEROS = '0'.repeat(40);
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

/** The variables pre-commit 3.x sets at each stage (pre_commit/commands/run.py, hook_impl.py), and git's GIT_INDEX_FILE. */
describe('preCommitPlan: the stage, from the environment pre-commit and git give a hook', () => {
  it('pre-push of a branch the remote has: the commits FROM..TO, never the index', () => {
    const env = { PRE_COMMIT_FROM_REF: A, PRE_COMMIT_TO_REF: B, PRE_COMMIT_REMOTE_NAME: 'origin', PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/main', GIT_INDEX_FILE: '.git/index' };
    expect(preCommitPlan(env, '.')).toEqual({ scope: { kind: 'range', root: '.', base: A, head: B }, action: 'push', why: `the commits ${A}..${B}` });
  });

  it('pre-commit run --from-ref --to-ref (and the legacy ORIGIN/SOURCE names): the range, a manual run', () => {
    expect(preCommitPlan({ PRE_COMMIT_FROM_REF: 'v1', PRE_COMMIT_TO_REF: 'HEAD' }, 'r')).toMatchObject({ scope: { kind: 'range', base: 'v1', head: 'HEAD' }, action: 'run' });
    expect(preCommitPlan({ PRE_COMMIT_ORIGIN: 'v1', PRE_COMMIT_SOURCE: 'HEAD' }, 'r')).toMatchObject({ scope: { kind: 'range', base: 'v1', head: 'HEAD' } });
  });

  it('a new branch (FROM all zeros): its commits on no ref of the remote', () => {
    expect(preCommitPlan({ PRE_COMMIT_FROM_REF: ZEROS, PRE_COMMIT_TO_REF: B, PRE_COMMIT_REMOTE_NAME: 'up' }, '.')).toMatchObject({ scope: { kind: 'range', head: B, newOn: 'up' }, action: 'push' });
    expect(preCommitPlan({ PRE_COMMIT_FROM_REF: ZEROS, PRE_COMMIT_TO_REF: B }, '.')).toMatchObject({ scope: { newOn: '*' } });
  });

  it('a pushed history with a root commit, where pre-commit passes no refs: the local branch on no ref of the remote', () => {
    const env = { PRE_COMMIT_REMOTE_NAME: 'origin', PRE_COMMIT_REMOTE_URL: '/srv/x.git', PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/main', PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/main' };
    expect(preCommitPlan(env, '.')).toMatchObject({ scope: { kind: 'range', head: 'refs/heads/main', newOn: 'origin' }, action: 'push' });
  });

  it('a deleted branch (TO all zeros): nothing is pushed, and it says so', () => {
    expect(preCommitPlan({ PRE_COMMIT_FROM_REF: A, PRE_COMMIT_TO_REF: ZEROS }, '.')).toEqual({ nothing: expect.stringMatching(/deleted branch/) });
  });

  it('a commit or merge (git sets GIT_INDEX_FILE): what is staged', () => {
    expect(preCommitPlan({ GIT_INDEX_FILE: '/r/.git/index.lock' }, '.')).toEqual({ scope: { kind: 'staged', root: '.' }, action: 'commit', why: 'what is staged' });
  });

  it('post-checkout, post-merge, post-rewrite: nothing is about to be committed, nothing is claimed', () => {
    for (const name of ['PRE_COMMIT_CHECKOUT_TYPE', 'PRE_COMMIT_IS_SQUASH_MERGE', 'PRE_COMMIT_REWRITE_COMMAND']) {
      expect(preCommitPlan({ [name]: '1', GIT_INDEX_FILE: '.git/index' }, '.')).toEqual({ nothing: expect.stringContaining(name) });
    }
  });

  it('a manual run (pre-commit run --all-files, --hook-stage manual): the tracked files, not the index', () => {
    expect(preCommitPlan({ PRE_COMMIT: '1' }, 'r')).toEqual({ scope: { kind: 'files', root: 'r', tracked: true }, action: 'run', why: 'the tracked files' });
  });
});

describe('hookAdvice', () => {
  const finding = (rule: string) => ({ rule }) as never;

  it('says how to take the key out and where to rotate it, how to mark a false alarm, and how to skip once', () => {
    const text = hookAdvice({ findings: [finding('anthropic-api-key'), finding('anthropic-api-key'), finding('anthropic-admin-key')] }, 'push');
    expect(text).toMatch(/^What to do before you push:\n {2}1\. .*git rebase -i.*rotate it/);
    expect(text).toContain('console.anthropic.com/settings/keys');
    expect(text).toContain('console.anthropic.com/settings/admin-keys');
    expect(text.split('\n').filter((line) => line.startsWith('     '))).toHaveLength(2); // one line per kind, not per finding
    expect(text).toContain('anthropic-key-scan:allow');
    expect(text).toContain('SKIP=anthropic-key-scan git push');
    expect(hookAdvice({ findings: [finding('anthropic-api-key')] }, 'commit')).toContain('SKIP=anthropic-key-scan git commit ...');
    expect(hookAdvice({ findings: [finding('anthropic-api-key')] }, 'run')).not.toContain('SKIP=');
    expect(hookAdvice({ findings: [] }, 'commit')).toBe('');
  });

  it('names a place to rotate every kind of the table, on one line', () => {
    for (const kind of KINDS) expect(rotationPlace(kind.id)).toMatch(/^[^\n]{10,}$/);
  });
});
