/**
 * git for the Action's own needs (fetching what a shallow checkout lacks, the pull request's diff): the
 * sources' runner (C locale, no prompts, one-line failures), plus an environment of its own so a token can
 * ride in GIT_CONFIG_* variables instead of the process's arguments.
 */
import { git, type GitCallOptions } from '../sources/git/run.js';

export interface GitOutcome {
  stdout: string;
  stderr: string;
  code: number;
}

export type RunGitOptions = Pick<GitCallOptions, 'okCodes' | 'env'>;

/** git with its output as text; throws a one-line error on an exit code not in okCodes (default [0]). */
export async function runGit(root: string, args: readonly string[], options: RunGitOptions = {}): Promise<GitOutcome> {
  const { stdout, stderr, code } = await git(root, args, options);
  return { stdout: stdout.toString('utf8'), stderr, code };
}

/** stdout without its trailing newline. */
export async function gitLine(root: string, args: readonly string[], options: RunGitOptions = {}): Promise<string> {
  return (await runGit(root, args, options)).stdout.replace(/\n$/, '');
}

/**
 * Environment for `git -c safe.directory=PATH` on every git child: in container jobs the workspace belongs to
 * another user, and git refuses to read it ("dubious ownership") unless told it is trusted. Only the paths
 * given (the workspace and the scanned root) are trusted, and only when nothing set GIT_CONFIG_COUNT already.
 */
export function trustedDirectoryEnv(env: NodeJS.ProcessEnv, paths: readonly string[]): Record<string, string> {
  if (env.GIT_CONFIG_COUNT) return {};
  const unique = [...new Set(paths.filter(Boolean))];
  const out: Record<string, string> = { GIT_CONFIG_COUNT: String(unique.length) };
  unique.forEach((path, i) => {
    out[`GIT_CONFIG_KEY_${i}`] = 'safe.directory';
    out[`GIT_CONFIG_VALUE_${i}`] = path;
  });
  return unique.length ? out : {};
}
