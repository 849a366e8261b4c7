/**
 * Spawning git: the one place that knows how (nothing else in src/ starts a process). Every call runs
 * `git --no-pager -C ROOT -c ... COMMAND ...` with the defences of hardening.ts (no program the repository
 * names is ever run), settings that keep output byte-exact and machine-readable (callers ask for `-z` wherever
 * paths appear), a C locale and no prompts. The environment and any auth are explicit per call: nothing here
 * reads or changes process.env except as the default environment to inherit. Output is streamed: a history is
 * never read into memory whole (`streamGit` as an async iterable; `pumpGit`, for the gigabytes of a history's
 * objects, through one reused buffer).
 */
import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
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

function spawnGit(at: RepoAt, args: readonly string[], options: { auth?: GitAuth; signal?: AbortSignal }): ChildProcessWithoutNullStreams;
function spawnGit(at: RepoAt, args: readonly string[], options: { auth?: GitAuth; signal?: AbortSignal }, stdout: 'pipe' | net.Socket): ChildProcess;
function spawnGit(at: RepoAt, args: readonly string[], options: { auth?: GitAuth; signal?: AbortSignal }, stdout: 'pipe' | net.Socket = 'pipe'): ChildProcess {
  const setup = setupOf(at);
  return spawn('git', hardenedArgv(rootOf(at), args, setup.trusted), {
    env: hardenedEnv(setup.env ?? process.env, authConfigEnv(options.auth)),
    stdio: ['pipe', stdout, 'pipe'],
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

/** Write `input` to git's stdin (a stream with back-pressure); returns what failed while reading it, if anything. */
function feedInput(child: ChildProcess, input: string | Buffer | AsyncIterable<string> | undefined): () => unknown {
  const stdin = child.stdin as Writable;
  stdin.on('error', () => undefined); // git may exit before reading all input; the exit code tells
  let failure: unknown;
  if (input === undefined || typeof input === 'string' || Buffer.isBuffer(input)) stdin.end(input);
  else {
    // Feed stdin from another stream with backpressure; a failure there stops git and is what we report.
    void (async () => {
      try {
        for await (const piece of input) {
          if (child.exitCode !== null || child.signalCode !== null) break;
          if (!stdin.write(piece)) await drained(stdin);
        }
      } catch (error) {
        failure = error;
        child.kill();
      } finally {
        stdin.end();
      }
    })();
  }
  return () => failure;
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
  const inputFailure = feedInput(child, options.input);
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer;
    const code = await exit;
    finished = true;
    if (inputFailure()) throw inputFailure();
    if (failure) throw failure;
    if (code !== 0) throw gitFailure(args, code, stderr(), rootOf(at));
  } finally {
    if (!finished && child.exitCode === null) child.kill();
  }
}

/**
 * A piece of git's output. The buffer is only valid during the call (it is reused for the next read): copy what
 * must outlive it. Returning a promise stops reading until it settles (back-pressure for an asynchronous consumer).
 */
export type OutputHandler = (piece: Buffer) => void | Promise<void>;

/** How git's output reaches this process: a Unix socket read into one reused buffer, or a plain pipe. */
export type OutputTransport = 'socket' | 'pipe';

export interface PumpOptions {
  input?: string | Buffer | AsyncIterable<string>;
  signal?: AbortSignal;
  /** Default: 'socket' where it can be set up, else 'pipe'. 'pipe' forces the pipe (tests, comparisons). */
  transport?: OutputTransport;
  /** The reused read buffer of the socket transport (default 1 MiB). */
  bufferSize?: number;
  /** Where the socket's short-lived directory is made (default: the system's temporary directory). */
  socketDir?: string;
  /**
   * Socket transport: after a turn of the event loop whose reads were all shorter than 64 KiB, wait this long
   * (milliseconds, fractions allowed) before reading again, so that git's output gathers in the socket (~200 KiB)
   * instead of waking this process for every few KiB git writes. For a consumer that keeps up with git: on a 2-core
   * VM each read and wake-up costs ~10 µs of system time in both processes; eslint's history is read in 26k reads
   * instead of 145k. See Gather.
   */
  gatherMs?: number;
  /**
   * Socket transport: where the next read should go, when somewhere particular (asked after each read): the rest of
   * an object the consumer is assembling, read straight into place instead of into the read buffer and copied there.
   * The piece then handed to `onOutput` is a view of what this returned.
   */
  readInto?: () => Buffer | undefined;
}

/**
 * Run git and hand its stdout to `onOutput` piece by piece, synchronously, as it is read; resolves (with the
 * transport used) once git exited successfully, rejects as streamGit's loop throws: git's failure (its stderr in
 * the message), GitStoppedError on abort, or what `onOutput` threw (git is then killed).
 *
 * Why not streamGit: a pipe read allocates a fresh 64 KiB buffer each time (a history is gigabytes: the garbage
 * collector then runs old-space collections for external memory) and goes through a stream and an async iterator
 * per piece. Here git's stdout is one end of a connected Unix socket, and this process reads the other end into a
 * single buffer (net's `onread`): nothing is allocated per read. Memory stays bounded: nothing is read while
 * `onOutput` runs or while the promise it returned is pending, so git blocks on a full socket as on a full pipe.
 * Where a socket cannot be set up (Windows, a TMPDIR too long for a socket path, any error) it is a pipe.
 */
export async function pumpGit(at: RepoAt, args: readonly string[], onOutput: OutputHandler, options: PumpOptions = {}): Promise<OutputTransport> {
  const socket = options.transport === 'pipe' || options.signal?.aborted ? undefined : await connectedSocket(options.socketDir ?? tmpdir(), options.bufferSize ?? SOCKET_BUFFER, options.readInto);
  let child: ChildProcess;
  try {
    child = spawnGit(at, args, options, socket ? socket.childEnd : 'pipe');
  } catch (error) {
    socket?.reader.stop();
    throw error;
  } finally {
    socket?.childEnd.destroy(); // git holds its own copy; ours would keep the reading end from ever seeing the end
  }
  const reader = socket ? socket.reader : pipeReader(child.stdout as Readable);
  const gatherMs = socket ? (options.gatherMs ?? 0) : 0;
  const stderr = collectText(child.stderr as Readable);
  let failure: unknown;
  const fail = (error: unknown): void => {
    failure ??= error;
    if (child.exitCode === null && child.signalCode === null) child.kill();
    reader.stop();
  };
  const exit = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      fail(spawnError(error));
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  const inputFailure = feedInput(child, options.input);
  try {
    await reader.read((piece, filled) => {
      if (failure) return false;
      try {
        const pending = onOutput(piece);
        if (!pending) {
          // A read that filled all it was given (readInto's rest of an object) may have left more: not short.
          if (gatherMs) gather.after(!filled && piece.length < GATHER_BELOW, gatherMs);
          return true;
        }
        pending.then(reader.resume, fail);
        return false;
      } catch (error) {
        fail(error);
        return false;
      }
    });
  } catch (error) {
    fail(error);
  }
  const code = await exit;
  if (failure) throw failure;
  if (inputFailure()) throw inputFailure();
  if (code !== 0) throw gitFailure(args, code, stderr(), rootOf(at));
  return socket ? 'socket' : 'pipe';
}

/**
 * The `gatherMs` wait, one for every pump of the process: a wait that blocks this thread (Atomics.wait: timers
 * cannot wait less than 1 ms, and an idle event loop would wake for the next few KiB), once per turn of the event
 * loop, after its poll phase has read every socket that had output (setImmediate), and only when each of those reads
 * was short, that is when git is behind and this thread has nothing to do. Waiting after any short read, as this
 * first did, held up the other readers' sockets, full as they might be (git blocks on a full one, and on two cores
 * that leaves one idle): eslint's history took 3-4 % longer (bench/README.md).
 */
class Gather {
  private readonly cell = new Int32Array(new SharedArrayBuffer(4));
  private short = false;
  private long = false;
  private ms = 0;
  private queued = false;

  /** A pump that gathers for `ms` made a read, short or not. */
  after(short: boolean, ms: number): void {
    if (short) {
      this.short = true;
      this.ms = Math.max(this.ms, ms);
    } else this.long = true;
    if (this.queued) return;
    this.queued = true;
    setImmediate(this.wait);
  }

  private readonly wait = (): void => {
    if (this.short && !this.long) Atomics.wait(this.cell, 0, 0, this.ms);
    this.short = this.long = this.queued = false;
    this.ms = 0;
  };
}

const gather = new Gather();

/** Reads shorter than this count as short (see Gather). */
const GATHER_BELOW = 64 * 1024;

/** Read buffer of the socket transport: more than one read returns (a socket's queue, ~200 KiB), allocated once. */
const SOCKET_BUFFER = 1 << 20;

/** One way of reading git's stdout to its end. */
interface OutputReader {
  /**
   * Hand each piece to `deliver` until the end (or `stop`); `deliver` returning false pauses until `resume`.
   * `filled`: the read took all the room it was given (so more may be waiting).
   */
  read(deliver: (piece: Buffer, filled?: boolean) => boolean): Promise<void>;
  resume(): void;
  /** Stop reading for good (the read then resolves). */
  stop(): void;
}

/**
 * A pipe read to its end (the fallback: one allocation per read). Pulled on 'readable', not 'data': when git
 * exits, node resumes a child's stdout that has no 'readable' listener, which would deliver while paused.
 */
function pipeReader(stdout: Readable): OutputReader {
  let paused = false;
  const pull = (deliver: (piece: Buffer) => boolean): void => {
    for (let chunk: Buffer | null; !paused && (chunk = stdout.read() as Buffer | null) !== null; ) paused = !deliver(chunk);
  };
  let resume = (): void => undefined;
  return {
    read: (deliver) =>
      new Promise((resolve, reject) => {
        resume = () => {
          paused = false;
          pull(deliver);
        };
        stdout.on('readable', () => pull(deliver));
        stdout.on('end', resolve);
        stdout.on('close', resolve); // destroyed (stopped, or git killed) without an end: the exit code tells
        stdout.on('error', reject);
      }),
    resume: () => resume(),
    stop: () => void stdout.destroy(),
  };
}

/** Longest socket path this accepts: sun_path holds 108 bytes on Linux, 104 on macOS and the BSDs, with its NUL. */
const SOCKET_PATH_MAX = 103;
const SOCKET_DIR_PREFIX = 'aks-git-';
const SOCKET_NAME = 'out';

/** Whether the socket path in a directory mkdtemp makes under `dir` fits in sun_path. */
export function socketPathFits(dir: string): boolean {
  return Buffer.byteLength(join(dir, `${SOCKET_DIR_PREFIX}XXXXXX`, SOCKET_NAME)) <= SOCKET_PATH_MAX;
}

/**
 * A connected pair of Unix sockets, made through a listening socket in a private directory under `parent` (mode 0700:
 * no other user can connect first) that is removed as soon as the pair is connected. `childEnd` is for git's
 * stdout; `reader` reads the other end into one buffer of `bufferSize`. Undefined where it cannot be made.
 */
async function connectedSocket(parent: string, bufferSize: number, readInto?: () => Buffer | undefined): Promise<{ childEnd: net.Socket; reader: OutputReader } | undefined> {
  if (process.platform === 'win32' || !socketPathFits(parent)) return undefined;
  let dir: string | undefined;
  const server = net.createServer({ pauseOnConnect: true }); // this process never reads git's end
  try {
    dir = await mkdtemp(join(parent, SOCKET_DIR_PREFIX));
    const path = join(dir, SOCKET_NAME);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, resolve);
    });
    const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
    const buffer = Buffer.allocUnsafe(bufferSize);
    let deliver: (piece: Buffer, filled: boolean) => boolean = () => false;
    // net asks for the buffer of each read just before it (after the read before it was handed on). Returning false
    // from the callback stops reading (the socket's own pause); resume() starts it again.
    const target = readInto ? (): Uint8Array => readInto() ?? buffer : buffer;
    const callback = (nread: number, into: Uint8Array): boolean => deliver(Buffer.from(into.buffer, into.byteOffset, nread), nread === into.length);
    const client = net.createConnection({ path, allowHalfOpen: true, onread: { buffer: target, callback } });
    const connected = new Promise<void>((resolve, reject) => {
      client.once('connect', resolve);
      client.once('error', reject);
    });
    const [childEnd] = await Promise.all([accepted, connected]).catch((error: unknown) => {
      client.destroy();
      throw error;
    });
    const reader: OutputReader = {
      read: (onPiece) =>
        new Promise((resolve, reject) => {
          deliver = onPiece;
          client.once('end', () => {
            client.destroy();
            resolve();
          });
          client.once('close', () => resolve());
          client.once('error', reject);
        }),
      resume: () => void client.resume(),
      stop: () => void client.destroy(),
    };
    return { childEnd, reader };
  } catch {
    return undefined;
  } finally {
    server.close(); // no further connection; the pair stays connected
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
