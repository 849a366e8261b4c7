/**
 * git for the Action's own needs (fetching what a shallow checkout lacks, the pull request's diff): the
 * sources' runner (C locale, no prompts, one-line failures), plus an environment of its own so a token can
 * ride in GIT_CONFIG_* variables instead of the process's arguments.
 */
import { spawn } from 'node:child_process';
import { gitArgv, gitEnvironment, gitFailure } from '../sources/git/run.js';

export interface GitOutcome {
  stdout: string;
  stderr: string;
  code: number;
}

export interface RunGitOptions {
  /** Exit codes that are answers, not failures. */
  okCodes?: readonly number[];
  /** Extra environment (e.g. GIT_CONFIG_COUNT/KEY/VALUE for an auth header). */
  env?: Record<string, string>;
}

export function runGit(root: string, args: readonly string[], options: RunGitOptions = {}): Promise<GitOutcome> {
  const okCodes = options.okCodes ?? [0];
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitArgv(root, args), {
      env: { ...gitEnvironment(), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 65536) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => reject(new Error(`could not run git: ${error.message.split('\n')[0]}`)));
    child.on('close', (code) => {
      const outcome = { stdout: Buffer.concat(out).toString('utf8'), stderr, code: code ?? -1 };
      if (code !== null && okCodes.includes(code)) resolve(outcome);
      else reject(gitFailure(args, code, stderr, root));
    });
  });
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
