/**
 * Turn what the event wants (event.ts) into a Scope the scan can run, fetching what the checkout lacks.
 *
 * actions/checkout fetches one commit by default. A range scan needs both ends and every commit between them,
 * so: fetch a missing end by its id (`--depth=1` in a shallow clone), then deepen (`--deepen=N`, doubling) until
 * the two ends meet (a merge-base exists and no shallow boundary lies inside the range); `--unshallow` only as
 * the last resort. A history scan fetches every branch and tag and unshallows. Each fetch is told in a notice.
 * Fetches use the checkout's persisted credentials; when those are absent (persist-credentials: false), they
 * are retried with the token in an http.extraheader passed through the environment, as actions/checkout does.
 */
import { describeError, UserError } from '../core/errors.js';
import { shortCommit } from '../core/names.js';
import type { Scope } from '../core/types.js';
import { basicCredentials, type GitAuth } from '../sources/git/auth.js';
import { fetchOrigin, hasOrigin, originDefaultBranch } from '../sources/git/remote.js';
import {
  commitsBetween, hasCommit, isAncestor, isRepository, isShallow, mergeBase, resolveRevision, shallowBoundary, symbolicRef,
} from '../sources/git/repo.js';
import { repoAt, type GitSetup, type RepoAt } from '../sources/git/run.js';
import type { BranchFallback, Wanted } from './event.js';

export interface FetchOptions {
  /** Token for fetches when the checkout did not persist credentials. */
  token?: string;
  /** GITHUB_SERVER_URL (https://github.com), to scope the auth header to. */
  serverUrl?: string;
  /** Tell the user what was fetched, or why the plan changed. */
  notice(message: string): void;
  /** First deepening step (doubles each time); total deepening before `--unshallow`. */
  deepenStep?: number;
  deepenLimit?: number;
  /** Mask a derived secret (the base64 auth header) before it could be logged. */
  mask?(value: string): void;
  /** How git runs here: the environment it inherits, the directories it may trust (container jobs). */
  git?: GitSetup;
}

export interface PreparedScope {
  /** undefined: nothing to scan (a deleted branch, a new branch with no commits of its own). */
  scope?: Scope;
  why: string;
}

const short = (sha: string): string => shortCommit(sha);

class Fetcher {
  private authTried = false;
  private auth?: GitAuth;
  readonly done: string[] = [];
  readonly at: RepoAt;

  constructor(
    readonly root: string,
    readonly options: FetchOptions,
  ) {
    this.at = repoAt(root, options.git);
  }

  hasRemote(): Promise<boolean> {
    return hasOrigin(this.at);
  }

  isShallow(): Promise<boolean> {
    return isShallow(this.at);
  }

  resolve(ref: string): Promise<string | undefined> {
    return resolveRevision(this.at, ref);
  }

  /** `git fetch FLAGS origin REFS`, retried once with the token when the first attempt fails. Throws on failure. */
  async fetch(flags: readonly string[], refs: readonly string[]): Promise<void> {
    try {
      await fetchOrigin(this.at, flags, refs, this.auth);
      return;
    } catch (error) {
      if (this.authTried || !this.options.token) throw error;
    }
    this.authTried = true;
    // The header's base64 form is as secret as the token: masked before git could print it.
    this.options.mask?.(basicCredentials(this.options.token));
    this.auth = { url: this.options.serverUrl || 'https://github.com', token: this.options.token };
    await fetchOrigin(this.at, flags, refs, this.auth);
  }

  /** Make sure each commit is present, fetching the missing ones by id. Returns those that could not be had. */
  async ensureCommits(shas: string[]): Promise<string[]> {
    const missing: string[] = [];
    for (const sha of shas) if (!(await hasCommit(this.at, sha))) missing.push(sha);
    if (missing.length === 0) return [];
    if (!(await this.hasRemote())) return missing;
    const depth = (await this.isShallow()) ? ['--depth=1'] : [];
    const still: string[] = [];
    for (const sha of missing) {
      try {
        await this.fetch(depth, [sha]);
        this.done.push(`commit ${short(sha)}${depth.length ? ' (depth 1)' : ''}`);
      } catch {
        still.push(sha);
      }
    }
    return still;
  }

  /** Whether base..head can be listed whole: a merge-base is known and no shallow boundary lies inside the range. */
  async rangeComplete(base: string, head: string): Promise<boolean> {
    const boundary = await shallowBoundary(this.at);
    if (boundary.size === 0) return true;
    if (!(await mergeBase(this.at, base, head))) return false;
    return !(await commitsBetween(this.at, base, head)).some((sha) => boundary.has(sha));
  }

  /** Deepen (doubling) until base..head is complete; unshallow as the last resort. */
  async completeRange(base: string, head: string): Promise<void> {
    if (await this.rangeComplete(base, head)) return;
    if (!(await this.hasRemote())) {
      this.options.notice(`the clone is shallow and has no remote to fetch from: commits of ${short(base)}..${short(head)} beyond its depth are not scanned`);
      return;
    }
    let step = this.options.deepenStep ?? 16;
    const limit = this.options.deepenLimit ?? 4096;
    let deepened = 0;
    while (deepened < limit && (await this.isShallow())) {
      try {
        await this.fetch([`--deepen=${step}`], [base, head]);
      } catch {
        break; // fall through to --unshallow
      }
      deepened += step;
      if (await this.rangeComplete(base, head)) {
        this.done.push(`${deepened} more commits of history (--deepen) to reach the merge-base of ${short(base)} and ${short(head)}`);
        return;
      }
      step *= 2;
    }
    if (await this.isShallow()) {
      try {
        await this.fetch(['--unshallow'], [base, head]);
        this.done.push(`the whole history of ${short(base)} and ${short(head)} (--unshallow)`);
      } catch (error) {
        this.options.notice(`could not fetch the history between ${short(base)} and ${short(head)}: ${describeError(error)}; commits beyond the clone's depth are not scanned`);
      }
    }
  }

  /** The default branch's tip, fetched into refs/remotes/origin/<name> when the clone lacks it. */
  async defaultBranchTip(name: string | undefined): Promise<{ name: string; sha: string } | undefined> {
    const remote = await this.hasRemote();
    let branch = name;
    if (!branch && remote) {
      branch = await originDefaultBranch(this.at, this.auth);
    }
    if (!branch) branch = (await symbolicRef(this.at, 'refs/remotes/origin/HEAD'))?.replace(/^origin\//, '') || undefined;
    if (!branch) {
      // The usual names, when nothing else says which branch is the default.
      for (const guess of ['main', 'master']) {
        if ((await this.resolve(`refs/remotes/origin/${guess}`)) || (await this.resolve(`refs/heads/${guess}`))) {
          branch = guess;
          break;
        }
      }
    }
    if (!branch) return undefined;
    if (remote) {
      const depth = (await this.isShallow()) ? ['--depth=1'] : [];
      try {
        await this.fetch(depth, [`+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
        this.done.push(`the default branch ${branch}${depth.length ? ' (depth 1)' : ''}`);
      } catch {
        // use what the clone has, below
      }
    }
    const sha = (await this.resolve(`refs/remotes/origin/${branch}`)) ?? (await this.resolve(`refs/heads/${branch}`));
    return sha ? { name: branch, sha } : undefined;
  }

  /** The commits of `head` not on the default branch (or as `fallback.ifOnDefault` says). */
  async branchScope(head: string, fallback: BranchFallback, why: string): Promise<PreparedScope> {
    const missing = await this.ensureCommits([head]);
    if (missing.length) throw new UserError(`commit ${head} is not in the repository and could not be fetched`);
    const tip = await this.defaultBranchTip(fallback.defaultBranch);
    if (!tip) {
      this.options.notice(`the default branch is unknown: scanning the head commit ${short(head)} only`);
      return this.headCommitScope(head, why);
    }
    await this.completeRange(tip.sha, head);
    if (await isAncestor(this.at, head, tip.sha)) {
      if (fallback.ifOnDefault === 'nothing') {
        return { why: `${why}: ${short(head)} is already on ${tip.name}, nothing of its own to scan` };
      }
      return this.headCommitScope(head, why);
    }
    return { scope: { kind: 'range', root: this.root, base: tip.sha, head }, why: `${why} (its commits not on ${tip.name})` };
  }

  /** Just the head commit: its first parent..head, or the whole (one-commit) history of a root commit. */
  async headCommitScope(head: string, why: string): Promise<PreparedScope> {
    let parent = await this.resolve(`${head}^1`);
    if (!parent && (await this.isShallow()) && (await this.hasRemote())) {
      await this.fetch(['--deepen=1'], [head]).catch(() => undefined);
      parent = await this.resolve(`${head}^1`);
    }
    // A root commit has no parent to name as a range's base: its history is that one commit.
    if (!parent) return { scope: { kind: 'history', root: this.root }, why: `${why} (a root commit: its history)` };
    return { scope: { kind: 'range', root: this.root, base: parent, head }, why: `${why} (the head commit)` };
  }
}

export async function prepareScope(wanted: Wanted, root: string, options: FetchOptions): Promise<PreparedScope> {
  const fetcher = new Fetcher(root, options);
  if (wanted.kind === 'range' || wanted.kind === 'branch' || wanted.kind === 'history') {
    if (!(await isRepository(fetcher.at))) {
      throw new UserError(`${root} is not a git repository: check the repository out first (actions/checkout), or scan its files (scope: files)`);
    }
  }
  const told = (prepared: PreparedScope): PreparedScope => {
    if (fetcher.done.length) options.notice(`fetched ${fetcher.done.join('; ')}`);
    return prepared;
  };
  switch (wanted.kind) {
    case 'none':
      return { why: wanted.why };
    case 'files':
      return { scope: { kind: 'files', root }, why: wanted.why };
    case 'surfaces':
      return { scope: { kind: 'surfaces', root }, why: wanted.why };
    case 'history':
      await fetchEverything(fetcher);
      return told({ scope: { kind: 'history', root }, why: wanted.why });
    case 'branch':
      return told(await fetcher.branchScope(wanted.head, wanted.fallback, wanted.why));
    case 'range': {
      const missing = await fetcher.ensureCommits([wanted.base, wanted.head]);
      if (missing.includes(wanted.head)) {
        throw new UserError(`commit ${wanted.head} (head of ${wanted.why}) is not in the repository and could not be fetched`);
      }
      if (missing.includes(wanted.base)) {
        if (!wanted.fallback) {
          throw new UserError(`commit ${wanted.base} (base of ${wanted.why}) is not in the repository and could not be fetched`);
        }
        options.notice(
          `the previous head ${short(wanted.base)} of this ${wanted.why} is gone (history rewritten): scanning the commits not on the default branch instead`,
        );
        return told(await fetcher.branchScope(wanted.head, wanted.fallback, wanted.why));
      }
      // Revisions given as names (inputs base/head: a tag, HEAD~3) become commit ids: fetch takes only those.
      const base = (await fetcher.resolve(wanted.base)) ?? wanted.base;
      const head = (await fetcher.resolve(wanted.head)) ?? wanted.head;
      await fetcher.completeRange(base, head);
      return told({ scope: { kind: 'range', root, base, head }, why: wanted.why });
    }
  }
}

/**
 * A pull request event's scope, or its conversation text alone when its commits cannot be had: a workflow on
 * `pull_request_review_comment` often has no checkout (the README's has none), and a head commit may be beyond
 * reach. The title, body, review or review comment the payload carries is then still scanned, and a notice says
 * the commits were not; with `conversation` false (another event, an explicit scope) the failure stands.
 */
export async function prepareScopeOrConversation(wanted: Wanted, root: string, options: FetchOptions, conversation: boolean): Promise<PreparedScope> {
  try {
    return await prepareScope(wanted, root, options);
  } catch (error) {
    if (!conversation || wanted.kind !== 'range' || !(error instanceof UserError)) throw error;
    options.notice(`the commits of ${wanted.why} were not scanned (${error.message}); its conversation text was`);
    return { scope: { kind: 'surfaces', root }, why: `${wanted.why}: its conversation text (not its commits)` };
  }
}

/** For an audit: every branch and tag, and the whole history (the checkout holds one branch, often one commit). */
async function fetchEverything(fetcher: Fetcher): Promise<void> {
  if (!(await fetcher.hasRemote())) {
    if (await fetcher.isShallow()) fetcher.options.notice('the clone is shallow and has no remote: history beyond its depth is not scanned');
    return;
  }
  const shallow = await fetcher.isShallow();
  try {
    await fetcher.fetch(shallow ? ['--unshallow'] : [], ['+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*']);
    fetcher.done.push(`every branch and tag${shallow ? ' with their whole history (--unshallow)' : ''}`);
  } catch (error) {
    fetcher.options.notice(`could not fetch every branch and tag (${describeError(error)}): scanning what the checkout holds${shallow ? ', a shallow history' : ''}`);
  }
}
