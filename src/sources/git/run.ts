/**
 * Spawning git: the one place that knows how (nothing else in src/ starts a process). Every call runs
 * `git --no-pager -C ROOT -c ... COMMAND ...` with the defences of hardening.ts (no program the repository
 * names is ever run), settings that keep output byte-exact and machine-readable (callers ask for `-z` wherever
 * paths appear), a C locale and no prompts. The environment and any auth are explicit per call: nothing here
 * reads or changes process.env except as the default environment to inherit. Output is streamed: a history is
 * never read into memory whole.
 */
import { spawn } from 'node:child_process';
import { UserError } from '../../core/errors.js';
import { scrub } from '../../core/scrub.js';
import { authConfigEnv, type GitAuth } from './auth.js';
import { hardenedArgv, hardenedEnv } from './hardening.js';

/** How git runs for one repository: the environment it inherits and the directories it may trust. */
export interface GitSetup {
  /** The environment to inherit before hardening (default: process.env); its GIT_* variables are dropped. */
  env?: NodeJS.ProcessEnv;
  /**
   * Directories git may read although another user owns them (container jobs, where the checkout belongs to the
   * runner's user): `-c safe.directory=PATH` for each, and nothing else is trusted.
   */
  trusted?: readonly string[];
}

/** A repository to run git in: its path, or its path with the setup to run git with. */
export type RepoAt = string | ({ readonly root: string } & GitSetup);

export function rootOf(at: RepoAt): string {
  return typeof at === 'string' ? at : at.root;
}

/** `at` with `setup` (the form sources pass down from their options). */
export function repoAt(root: string, setup: GitSetup = {}): RepoAt {
  return { root, ...setup };
}

function setupOf(at: RepoAt): GitSetup {
  return typeof at === 'string' ? {} : at;
}

/** git's own line about a failure: its `fatal:`/`error:` line when there is one, else the first non-empty line. */
function failureLine(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /^(fatal|error):/.test(line)) ?? lines[0] ?? '';
}

/** git's stderr as one line, without its `fatal:`/`error:` prefix. */
export function stderrLine(stderr: string): string {
  return failureLine(stderr).replace(/^(fatal|error):\s*/, '');
}

/** A git command that failed; `reason` is git's own line without, `line` with its `fatal:` prefix (both scrubbed). */
export class GitCommandError extends Error {
  override readonly name = 'GitCommandError';
  constructor(
    readonly command: string,
    readonly reason: string,
    readonly line: string,
  ) {
    super(`git ${command} failed: ${reason}`);
  }
}

/** A git command stopped by its caller (abort signal or time limit). */
export class GitStoppedError extends Error {
  override readonly name = 'GitStoppedError';
}

/** Commands whose failure says nothing about the directory they ran in. */
const REMOTE_COMMANDS = new Set(['clone', 'fetch', 'ls-remote']);

/** Turn a failed git call into an error: UserError for what the user can fix (not a repository, unknown ref). */
export function gitFailure(args: readonly string[], code: number | null, stderr: string, root: string, token?: string): Error {
  // git's text is bound for people: no credential (a key used as a ref name, the fetch token) leaves in it.
  const line = scrub(failureLine(stderr), token ? [token] : []) || `exit code ${code ?? 'signal'}`;
  const reason = line.replace(/^(fatal|error):\s*/, '') || line;
  const command = args[0] ?? '';
  if (!REMOTE_COMMANDS.has(command)) {
    if (/not a git repository/i.test(reason)) return new UserError(`not a git repository: ${root}`);
    if (/dubious ownership/i.test(reason)) {
      return new UserError(`git refuses the repository at ${root} (dubious ownership): run git config --global --add safe.directory ${root}`);
    }
    if (/cannot change to|No such file or directory/i.test(reason) && !/^(cat-file|log)$/.test(command)) {
      return new UserError(`no such directory: ${root}`);
    }
  }
  return new GitCommandError(command, reason, line);
}

function spawnError(error: NodeJS.ErrnoException): Error {
  if (error.name === 'AbortError') return new GitStoppedError('git was stopped');
  if (error.code === 'ENOENT') return new UserError('git is not installed (or not on PATH)');
  return new Error(`could not run git: ${error.message.split('\n')[0]}`);
}

export interface GitResult {
  stdout: Buffer;
  code: number;
  stderr: string;
}

export interface GitCallOptions {
  /** Exit codes that are answers rather than failures (e.g. 1 for `merge-base --is-ancestor`). */
  okCodes?: readonly number[];
  input?: string | Buffer;
  /** A token for the server `auth.url` names, sent as an http.extraheader set through the environment. */
  auth?: GitAuth;
  /** Stops git (the call then rejects with GitStoppedError). */
  signal?: AbortSignal;
}

function spawnGit(at: RepoAt, args: readonly string[], options: { auth?: GitAuth; signal?: AbortSignal }) {
  const setup = setupOf(at);
  return spawn('git', hardenedArgv(rootOf(at), args, setup.trusted), {
    env: hardenedEnv(setup.env ?? process.env, authConfigEnv(options.auth)),
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** Keep the first 64 KiB of a stream's text (git's stderr: enough for its reason, bounded whatever it prints). */
function collectText(stream: NodeJS.ReadableStream): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    if (text.length < 65536) text += chunk.toString('utf8');
  });
  return () => text;
}

/** Wait until a writable can take more (or is gone). */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.removeListener('drain', done);
      stream.removeListener('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/** Run git for a small answer (collected in memory). Throws on an exit code not in okCodes (default [0]). */
export function git(at: RepoAt, args: readonly string[], options: GitCallOptions = {}): Promise<GitResult> {
  const okCodes = options.okCodes ?? [0];
  return new Promise((resolve, reject) => {
    const child = spawnGit(at, args, options);
    const out: Buffer[] = [];
    const stderr = collectText(child.stderr);
    let failure: Error | undefined;
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', (error) => {
      failure = spawnError(error);
      reject(failure);
    });
    child.on('close', (code) => {
      if (failure) return;
      if (code !== null && okCodes.includes(code)) resolve({ stdout: Buffer.concat(out), code, stderr: stderr() });
      else reject(gitFailure(args, code, stderr(), rootOf(at), options.auth?.token));
    });
    child.stdin.on('error', () => undefined); // git may exit before reading all input; the exit code tells
    child.stdin.end(options.input);
  });
}

/** Run git and return stdout as text without the trailing newline. */
export async function gitText(at: RepoAt, args: readonly string[], options: GitCallOptions = {}): Promise<string> {
  const { stdout } = await git(at, args, options);
  return stdout.toString('utf8').replace(/\n$/, '');
}

/**
 * Stream git's stdout chunk by chunk. Throws (after the last chunk) when git fails. Breaking out of the loop
 * kills git. `input` is written to git's stdin (e.g. a list of object names for `cat-file --batch`).
 */
export async function* streamGit(
  at: RepoAt,
  args: readonly string[],
  options: { input?: string | Buffer | AsyncIterable<string>; signal?: AbortSignal } = {},
): AsyncGenerator<Buffer, void, undefined> {
  const child = spawnGit(at, args, options);
  const stderr = collectText(child.stderr);
  let failure: Error | undefined;
  const exit = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      failure = spawnError(error);
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  child.stdin.on('error', () => undefined);
  const input = options.input;
  let inputFailure: unknown;
  if (input === undefined || typeof input === 'string' || Buffer.isBuffer(input)) child.stdin.end(input);
  else {
    // Feed stdin from another stream with backpressure; a failure there stops git and is what we report.
    void (async () => {
      try {
        for await (const piece of input) {
          if (child.exitCode !== null) break;
          if (!child.stdin.write(piece)) await drained(child.stdin);
        }
      } catch (error) {
        inputFailure = error;
        child.kill();
      } finally {
        child.stdin.end();
      }
    })();
  }
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer;
    const code = await exit;
    finished = true;
    if (inputFailure) throw inputFailure;
    if (failure) throw failure;
    if (code !== 0) throw gitFailure(args, code, stderr(), rootOf(at));
  } finally {
    if (!finished && child.exitCode === null) child.kill();
  }
}
