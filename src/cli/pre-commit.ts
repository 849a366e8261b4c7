/**
 * `--pre-commit`: what the pre-commit framework's current stage is about to let through, read from the
 * environment pre-commit (and git) give a hook, so that the one hook entry is right at every stage:
 *
 *   PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF   pre-push, and `pre-commit run --from-ref X --to-ref Y`: the commits
 *   (legacy PRE_COMMIT_ORIGIN / _SOURCE)      FROM..TO; FROM all zeros (a new branch): TO's commits on no remote ref
 *   PRE_COMMIT_REMOTE_NAME without refs       pre-push of a history that starts with a root commit (pre-commit gives
 *                                             no refs then): PRE_COMMIT_LOCAL_BRANCH's commits on no ref of the remote
 *   GIT_INDEX_FILE                            git runs a commit or merge hook (pre-commit, pre-merge-commit,
 *                                             commit-msg): what is staged
 *   PRE_COMMIT_CHECKOUT_TYPE, _IS_SQUASH_MERGE, _REWRITE_COMMAND
 *                                             post-checkout, post-merge, post-rewrite: nothing is about to be
 *                                             committed or pushed; nothing is scanned, and the hook says so
 *   none of these                             a manual `pre-commit run` (--all-files, --files, --hook-stage manual):
 *                                             the tracked files as they are in the work tree
 *
 * A stage is never answered by looking at something else: a push with nothing staged is not "no credentials".
 * Pure: the environment in, a scope (or why there is nothing to scan) out.
 */
import type { Scope } from '../core/types.js';
import type { HookAction } from '../report/hook-advice.js';

export type HookPlan = { scope: Scope; action: HookAction; why: string } | { nothing: string };

const NULL_OID = /^0+$/;

export function preCommitPlan(env: NodeJS.ProcessEnv, root: string): HookPlan {
  const from = env.PRE_COMMIT_FROM_REF || env.PRE_COMMIT_ORIGIN;
  const to = env.PRE_COMMIT_TO_REF || env.PRE_COMMIT_SOURCE;
  const remote = env.PRE_COMMIT_REMOTE_NAME || undefined;
  const action: HookAction = remote ? 'push' : 'run';
  if (from && to) {
    if (NULL_OID.test(to)) return { nothing: `${to} is all zeros (a deleted branch): no commit is pushed` };
    if (NULL_OID.test(from)) return newCommits(root, to, remote, action);
    return { scope: { kind: 'range', root, base: from, head: to }, action, why: `the commits ${from}..${to}` };
  }
  if (remote) {
    const local = env.PRE_COMMIT_LOCAL_BRANCH || 'HEAD';
    return newCommits(root, local, remote, 'push');
  }
  const after = ['PRE_COMMIT_CHECKOUT_TYPE', 'PRE_COMMIT_IS_SQUASH_MERGE', 'PRE_COMMIT_REWRITE_COMMAND'].find((name) => env[name]);
  if (after) {
    return { nothing: `a post-checkout, post-merge or post-rewrite stage (${after} is set): nothing is about to be committed or pushed` };
  }
  if (env.GIT_INDEX_FILE) return { scope: { kind: 'staged', root }, action: 'commit', why: 'what is staged' };
  return { scope: { kind: 'files', root, tracked: true }, action: 'run', why: 'the tracked files' };
}

/** A new branch's commits: those of `head` that no ref of the remote (any remote, when unknown) holds. */
function newCommits(root: string, head: string, remote: string | undefined, action: HookAction): HookPlan {
  return {
    scope: { kind: 'range', root, base: '0'.repeat(40), head, newOn: remote ?? '*' },
    action,
    why: `the commits of ${head} on no ref of ${remote ?? 'any remote'}`,
  };
}
