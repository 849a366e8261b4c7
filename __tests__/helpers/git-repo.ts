/**
 * Real git repositories in temp dirs, for tests. Every commit gets a fixed author/committer and a date one
 * minute after the previous one, so hashes, dates and "which commit came first" are deterministic.
 *
 *   const repo = createRepo();                 // or createRepo({ objectFormat: 'sha256' })
 *   repo.write('a.txt', 'hello\n');
 *   const c1 = repo.commit('first');           // stages everything (add --all) and commits; returns the oid
 *   repo.branch('feature'); repo.checkout('feature'); ...; repo.checkout('main'); repo.merge('feature');
 *   repo.tag('v1', { message: 'release' });
 *   const bare = cloneRepo(repo.dir, { bare: true });   // or { depth: 1 }
 *   repo.cleanup(); bare.cleanup();
 *
 * Paths may be Buffers (for non-UTF-8 names). Nothing here reads the user's git config.
 * `runSource(source, detect?)` runs a Source to the end and collects hits, notes, counters and progress;
 * `stubDetect` is a tiny detector for well-formed fake keys, for tests that must not depend on the real one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Detect, Hit, Match, Note, Source } from '../../src/core/types.js';
import { Secret } from '../../src/core/secret.js';
import { PREFIX } from './keys.js';

export interface Person {
  name: string;
  email: string;
}

export const DEFAULT_AUTHOR: Person = { name: 'Test Author', email: 'author@example.com' };
/** 2024-01-01T00:00:00Z: the first commit's date; each later one is a minute after. */
export const BASE_EPOCH = 1704067200;

export interface CommitOptions {
  author?: Person;
  /** Seconds since the epoch (UTC); defaults to one minute after the previous commit. */
  date?: number;
  /** Commit even when nothing changed. */
  allowEmpty?: boolean;
  /** Stage everything before committing (default true). */
  all?: boolean;
}

export interface RepoOptions {
  objectFormat?: 'sha1' | 'sha256';
  defaultBranch?: string;
  bare?: boolean;
}

/** The environment every git call in tests runs with: no user/system config, fixed identity, C locale. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('GIT_')) delete env[name];
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    HOME: tmpdir(),
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: DEFAULT_AUTHOR.name,
    GIT_AUTHOR_EMAIL: DEFAULT_AUTHOR.email,
    GIT_COMMITTER_NAME: DEFAULT_AUTHOR.name,
    GIT_COMMITTER_EMAIL: DEFAULT_AUTHOR.email,
    ...extra,
  };
}

/** Run git in `cwd`; throws with git's stderr on failure; returns stdout (trailing newline trimmed). */
export function runGit(cwd: string, args: string[], env: Record<string, string> = {}, input?: string | Buffer): string {
  const result = spawnSync('git', args, { cwd, env: gitEnv(env), input, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`git ${args.join(' ')} failed (${result.status}): ${result.stderr.toString().trim()}`);
  }
  return result.stdout.toString().replace(/\n$/, '');
}

export function makeTempDir(prefix = 'aks-git-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** ISO 8601 (UTC, no milliseconds) of an epoch in seconds, the form git sources report. */
export function isoDate(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
}

export class TestRepo {
  /** Seconds since the epoch of the last commit made through this helper. */
  clock = BASE_EPOCH - 60;

  constructor(
    readonly dir: string,
    readonly bare = false,
    private readonly ownsDir = true,
  ) {}

  git(args: string[], env: Record<string, string> = {}, input?: string | Buffer): string {
    return runGit(this.dir, args, env, input);
  }

  /** Absolute path (string or bytes) of a work-tree path. */
  private abs(path: string | Buffer): string | Buffer {
    return typeof path === 'string' ? join(this.dir, path) : Buffer.concat([Buffer.from(`${this.dir}/`), path]);
  }

  write(path: string | Buffer, content: string | Buffer): this {
    const abs = this.abs(path);
    if (typeof abs === 'string') mkdirSync(dirname(abs), { recursive: true });
    else {
      const text = abs.toString('latin1');
      const slash = text.lastIndexOf('/');
      mkdirSync(Buffer.from(text.slice(0, slash), 'latin1'), { recursive: true });
    }
    writeFileSync(abs, content);
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.dir, path), { recursive: true, force: true });
    return this;
  }

  rename(from: string, to: string): this {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    renameSync(join(this.dir, from), join(this.dir, to));
    return this;
  }

  /** Stage `paths` (default: everything, deletions included). */
  add(...paths: string[]): this {
    this.git(['add', '--all', '--', ...(paths.length ? paths : ['.'])]);
    return this;
  }

  private dateEnv(options: { date?: number; author?: Person }): Record<string, string> {
    this.clock = options.date ?? this.clock + 60;
    const date = `@${this.clock} +0000`;
    const author = options.author ?? DEFAULT_AUTHOR;
    return {
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
    };
  }

  /** Commit (staging everything first unless `all: false`); returns the new commit's oid. */
  commit(message: string, options: CommitOptions = {}): string {
    if (options.all !== false) this.add();
    const args = ['commit', '-q', '--no-verify', '-F', '-'];
    if (options.allowEmpty) args.push('--allow-empty');
    this.git(args, this.dateEnv(options), message);
    return this.head();
  }

  /** Write files then commit them: `repo.commitFiles('msg', { 'a.txt': 'x' })`. */
  commitFiles(message: string, files: Record<string, string | Buffer>, options: CommitOptions = {}): string {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
    return this.commit(message, options);
  }

  head(): string {
    return this.rev('HEAD');
  }

  rev(ref: string): string {
    return this.git(['rev-parse', '--verify', '--end-of-options', `${ref}^{object}`]);
  }

  /** Create a branch at `from` (default HEAD) without switching to it. */
  branch(name: string, from = 'HEAD'): this {
    this.git(['branch', name, from]);
    return this;
  }

  checkout(ref: string, options: { create?: boolean; orphan?: boolean } = {}): this {
    if (options.orphan) this.git(['checkout', '-q', '--orphan', ref]);
    else this.git(['checkout', '-q', ...(options.create ? ['-b'] : []), ref]);
    return this;
  }

  /**
   * Merge `ref` into the current branch with a merge commit. With `noCommit`, the merge is left staged so the
   * test can change files (an "evil merge") before calling `commit()`. Returns the merge commit's oid (or
   * HEAD when `noCommit`).
   */
  merge(ref: string, options: { message?: string; noCommit?: boolean; date?: number; author?: Person; strategyOption?: string } = {}): string {
    const args = ['merge', '-q', '--no-ff', '--no-edit'];
    if (options.strategyOption) args.push('-X', options.strategyOption);
    if (options.noCommit) args.push('--no-commit');
    args.push('-m', options.message ?? `Merge ${ref}`, ref);
    const env = this.dateEnv(options);
    if (options.noCommit) this.clock -= 60; // the real commit() that follows takes the timestamp
    this.git(args, env);
    return this.head();
  }

  /** A lightweight tag, or an annotated one when `message` is given. */
  tag(name: string, options: { message?: string; at?: string; date?: number } = {}): this {
    const args = ['tag'];
    if (options.message !== undefined) args.push('-a', '-F', '-');
    args.push(name, options.at ?? 'HEAD');
    this.git(args, this.dateEnv(options), options.message);
    return this;
  }

  /** Remove a ref (branch or tag) so what only it reached becomes unreachable. */
  deleteRef(ref: string): this {
    this.git(['update-ref', '-d', ref]);
    return this;
  }

  cleanup(): void {
    if (this.ownsDir) rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A new repository in a temp dir, on branch `main` (or `defaultBranch`). */
export function createRepo(options: RepoOptions = {}): TestRepo {
  const dir = makeTempDir();
  const args = ['init', '-q', `--initial-branch=${options.defaultBranch ?? 'main'}`];
  if (options.objectFormat) args.push(`--object-format=${options.objectFormat}`);
  if (options.bare) args.push('--bare');
  runGit(dir, args);
  const repo = new TestRepo(dir, options.bare ?? false);
  // Byte-exact content: no line-ending or filter surprises from a system config.
  if (!options.bare) repo.git(['config', 'core.autocrlf', 'false']);
  return repo;
}

/** Clone `source` (a path) into a temp dir over file:// (so `depth` works), optionally bare or shallow. */
export function cloneRepo(source: string, options: { bare?: boolean; depth?: number; branch?: string; mirror?: boolean } = {}): TestRepo {
  const dir = makeTempDir('aks-clone-');
  const args = ['clone', '-q'];
  if (options.mirror) args.push('--mirror');
  else if (options.bare) args.push('--bare');
  if (options.depth) args.push(`--depth=${options.depth}`);
  if (options.branch) args.push('--branch', options.branch);
  args.push(`file://${source}`, dir);
  runGit(tmpdir(), args);
  return new TestRepo(dir, Boolean(options.bare || options.mirror));
}

// ---------------------------------------------------------------------------------------------------------
// Running a source in tests: a tiny stand-in detector for well-formed fake keys, and a collector.

const KEY_PATTERN = new RegExp(`${PREFIX}(api03|admin01|oat01|ort01)-[A-Za-z0-9_-]{93}AA`, 'g');

/**
 * A stand-in detector (well-formed fake keys in plain text only) so source tests do not depend on the real one.
 * Line and column are 1-based; the column counts characters of the line decoded as UTF-8.
 */
export const stubDetect: Detect = (data: Buffer): Match[] => {
  const text = data.toString('latin1');
  const matches: Match[] = [];
  for (const found of text.matchAll(KEY_PATTERN)) {
    const offset = found.index ?? 0;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    const column = data.subarray(lineStart, offset).toString('utf8').length + 1;
    const rule = found[1] === 'admin01' ? 'anthropic-admin-key' : found[1] === 'api03' ? 'anthropic-api-key' : found[1] === 'oat01' ? 'anthropic-oauth-access-token' : 'anthropic-oauth-refresh-token';
    matches.push({ rule, secret: new Secret(found[0]), line, column });
  }
  return matches;
};

export interface SourceRun {
  hits: Hit[];
  notes: Note[];
  counts: Record<string, number>;
  progress: Array<[number, number | undefined, number]>;
}

/** Run a source to the end, collecting hits, notes, counters and progress calls. */
export async function runSource(source: Source, detect: Detect = stubDetect): Promise<SourceRun> {
  const run: SourceRun = { hits: [], notes: [], counts: {}, progress: [] };
  const ctx = {
    note: (note: Note) => void run.notes.push(note),
    count: (name: string, by = 1) => void (run.counts[name] = (run.counts[name] ?? 0) + by),
    progress: (done: number, total: number | undefined, bytes: number) => void run.progress.push([done, total, bytes]),
  };
  for await (const hit of source(detect, ctx)) run.hits.push(hit);
  return run;
}
