/**
 * Talking to a remote: fetching what a checkout lacks from `origin`, and bare clones for organization audits.
 * A token goes only in the auth header of the server it is for (auth.ts), and never appears in an error.
 */
import { resolve as resolvePath, dirname } from 'node:path';
import type { GitAuth } from './auth.js';
import { git, GitCommandError, GitStoppedError, type RepoAt } from './run.js';

/** Whether the repository has an `origin` remote to fetch from. */
export async function hasOrigin(at: RepoAt): Promise<boolean> {
  return (await git(at, ['remote', 'get-url', 'origin'], { okCodes: [0, 1, 2, 128] })).code === 0;
}

/** The branch `origin`'s HEAD names (its default branch), asking the remote; undefined when it cannot say. */
export async function originDefaultBranch(at: RepoAt, auth?: GitAuth): Promise<string | undefined> {
  const result = await git(at, ['ls-remote', '--symref', 'origin', 'HEAD'], { okCodes: [0, 1, 2, 128], ...(auth ? { auth } : {}) }).catch(() => undefined);
  return /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(result?.stdout.toString('utf8') ?? '')?.[1];
}

/**
 * `git fetch FLAGS origin REFS` without tags or submodules, quietly (FLAGS: `--depth=1`, `--deepen=N`,
 * `--unshallow`; REFS: object ids or refspecs). Throws a one-line error when git fails.
 */
export async function fetchOrigin(at: RepoAt, flags: readonly string[], refs: readonly string[], auth?: GitAuth): Promise<void> {
  const argv = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', '--upload-pack=git-upload-pack', ...flags, '--end-of-options', 'origin', ...refs];
  await git(at, argv, auth ? { auth } : {});
}

export class CloneError extends Error {
  override readonly name = 'CloneError';
}

export interface BareCloneOptions {
  /** The environment to inherit (its GIT_* variables are dropped, as for every git call). */
  env?: NodeJS.ProcessEnv;
  /** A token, sent only to the URL's own origin, over http(s). */
  token?: string;
  /** Stop the clone after this long (default: no limit). */
  timeoutMs?: number;
}

/** `git clone --bare` of `url` into `directory` (must not exist, or be empty); rejects with a one-line CloneError. */
export async function cloneBare(url: string, directory: string, options: BareCloneOptions = {}): Promise<void> {
  const target = resolvePath(directory);
  const at: RepoAt = { root: dirname(target), ...(options.env ? { env: options.env } : {}) };
  const stop = options.timeoutMs !== undefined ? AbortSignal.timeout(options.timeoutMs) : undefined;
  try {
    await git(at, ['clone', '--bare', '--quiet', '--no-hardlinks', '--', url, target], {
      ...(options.token ? { auth: { url, token: options.token } } : {}),
      ...(stop ? { signal: stop } : {}),
    });
  } catch (error) {
    if (error instanceof GitStoppedError) throw new CloneError(`clone stopped (SIGTERM)${options.timeoutMs ? ` after ${options.timeoutMs / 1000} s` : ''}`);
    if (error instanceof GitCommandError) throw new CloneError(`clone failed: ${error.line}`);
    throw new CloneError(`git could not be started: ${error instanceof Error ? error.message : String(error)}`);
  }
}
