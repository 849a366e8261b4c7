/**
 * Spawning git: the one place that knows how. Every call runs `git -C ROOT -c core.quotepath=off ...` (plus
 * settings that would change parsed output whatever the user's config says, e.g. log.showSignature) with a C
 * locale and no terminal prompts, so output is byte-exact and machine-readable (callers ask for `-z` wherever
 * paths appear). Output is streamed: a history is never read into memory whole.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn } from 'node:child_process';
import { UserError } from '../../core/errors.js';

const scopedEnv = new AsyncLocalStorage<Record<string, string>>();

/**
 * Run `fn` with extra environment for every git child started inside it, however deep (the Action's
 * safe.directory entries for container jobs), without touching process.env.
 */
export function withGitEnv<T>(env: Record<string, string> | undefined, fn: () => T): T {
  return env && Object.keys(env).length > 0 ? scopedEnv.run({ ...scopedEnv.getStore(), ...env }, fn) : fn();
}

/** The environment git runs with: C locale, never prompt, never fetch missing objects of a partial clone. */
export function gitEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...scopedEnv.getStore(),
    LC_ALL: 'C',
    LANG: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_LAZY_FETCH: '1',
    // The objects as stored: replace refs would make `cat-file <oid>` answer with another object's content.
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
  };
}

/** Settings that would change output this code parses, whatever the user's config says. */
const FIXED_CONFIG = ['core.quotepath=off', 'color.ui=never', 'log.showSignature=false', 'diff.noprefix=false', 'log.showRoot=true'];

export function gitArgv(root: string, args: readonly string[]): string[] {
  return ['-C', root, ...FIXED_CONFIG.flatMap((setting) => ['-c', setting]), ...args];
}

/** git's stderr as one line: its `fatal:`/`error:` line when there is one, else the first non-empty line. */
export function stderrLine(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  const fatal = lines.find((line) => /^(fatal|error):/.test(line));
  return (fatal ?? lines[0] ?? '').replace(/^(fatal|error):\s*/, '');
}

/** Turn a failed git call into an error: UserError for what the user can fix (not a repository, unknown ref). */
export function gitFailure(args: readonly string[], code: number | null, stderr: string, root: string): Error {
  const reason = stderrLine(stderr) || `exit code ${code ?? 'signal'}`;
  if (/not a git repository/i.test(reason)) return new UserError(`not a git repository: ${root}`);
  if (/dubious ownership/i.test(reason)) {
    return new UserError(`git refuses the repository at ${root} (dubious ownership): run git config --global --add safe.directory ${root}`);
  }
  if (/cannot change to|No such file or directory/i.test(reason) && !/^(cat-file|log)/.test(args[0] ?? '')) {
    return new UserError(`no such directory: ${root}`);
  }
  return new Error(`git ${args[0] ?? ''} failed: ${reason}`);
}

function spawnError(error: NodeJS.ErrnoException): Error {
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
  /** Extra environment (e.g. GIT_CONFIG_COUNT/KEY/VALUE carrying an auth header, never in argv). */
  env?: Record<string, string>;
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
export function git(root: string, args: readonly string[], options: GitCallOptions = {}): Promise<GitResult> {
  const okCodes = options.okCodes ?? [0];
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitArgv(root, args), {
      env: { ...gitEnvironment(), ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 65536) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => reject(spawnError(error)));
    child.on('close', (code) => {
      if (code !== null && okCodes.includes(code)) resolve({ stdout: Buffer.concat(out), code, stderr });
      else reject(gitFailure(args, code, stderr, root));
    });
    child.stdin.on('error', () => undefined); // git may exit before reading all input; the exit code tells
    child.stdin.end(options.input);
  });
}

/** Run git and return stdout as text without the trailing newline. */
export async function gitText(root: string, args: readonly string[], options: GitCallOptions = {}): Promise<string> {
  const { stdout } = await git(root, args, options);
  return stdout.toString('utf8').replace(/\n$/, '');
}

/**
 * Stream git's stdout chunk by chunk. Throws (after the last chunk) when git fails. Breaking out of the loop
 * kills git. `input` is written to git's stdin (e.g. a list of object names for `cat-file --batch`).
 */
export async function* streamGit(
  root: string,
  args: readonly string[],
  options: { input?: string | Buffer | AsyncIterable<string>; signal?: AbortSignal } = {},
): AsyncGenerator<Buffer, void, undefined> {
  const child = spawn('git', gitArgv(root, args), {
    env: gitEnvironment(),
    stdio: ['pipe', 'pipe', 'pipe'],
    signal: options.signal,
  });
  let stderr = '';
  let failure: Error | undefined;
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 65536) stderr += chunk.toString('utf8');
  });
  const exit = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      failure = error.name === 'AbortError' ? new Error('git was stopped') : spawnError(error);
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
    if (code !== 0) throw gitFailure(args, code, stderr, root);
  } finally {
    if (!finished && child.exitCode === null) child.kill();
  }
}
