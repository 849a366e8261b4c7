/**
 * The files source: every regular file under a root (dotfiles included, `.git` excluded, symlinks not
 * followed), read whole and handed to the shared bytes-to-hits step (hits.ts): text and binary files alike,
 * archives and compressed files opened. Skips are counted and noted, never silent.
 */
import { lstatSync, readFileSync, type Dirent, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { ArchiveLimits } from '../core/archive-limits.js';
import type { Detect, Hit, Source, SourceContext } from '../core/types.js';
import { formatBytes } from '../core/size.js';
import { excludesDirectory, type PathMatcher } from '../core/glob.js';
import { contentScanner, hitsOf, noteProblems, type ContentScanner } from './hits.js';
import { repoAt, type GitSetup } from './git/run.js';
import { trackedPaths } from './git/tree.js';

export interface FilesOptions {
  root: string;
  /** Files larger than this many bytes are skipped with a note. */
  maxFileSize: number;
  /** Limits on looking inside archives (defaults: core/archive-limits.ts). */
  archiveLimits?: Partial<ArchiveLimits>;
  /**
   * Only the files git tracks under root, read from the work tree (`pre-commit run --all-files`: what the
   * repository holds, not build output or ignored files); `git` is how git runs for the list.
   */
  tracked?: boolean;
  git?: GitSetup;
  /**
   * Paths not to scan (the config's `exclude.paths`), relative to the root with `/`: never opened nor stat'ed,
   * and a folder everything under which is excluded is never entered, so an excluded `node_modules` costs nothing.
   */
  exclude?: PathMatcher;
}

export function filesSource(options: FilesOptions): Source {
  return (detect, ctx) => scanFiles(options, detect, ctx);
}

async function* scanFiles(options: FilesOptions, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const root = path.resolve(options.root);
  const rootStat = await stat(root).catch(() => undefined);
  if (!rootStat) throw new UserError(`path not found: ${options.root}`);
  const scanner = contentScanner(detect, ctx, options.archiveLimits);

  // A single file: its location path is its own name.
  if (rootStat.isFile()) {
    yield* scanOne(root, path.basename(root), rootStat, options, scanner, ctx);
    return;
  }
  if (!rootStat.isDirectory()) throw new UserError(`not a file or directory: ${options.root}`);

  let done = 0;
  let bytes = 0;
  const entries = options.tracked ? trackedEntries(root, options.git, options.exclude) : walk(root, options.root, ctx, options.exclude ?? (() => false));
  for await (const entry of entries) {
    for (const hit of scanOne(entry.absolute, entry.where, entry.stats, options, scanner, ctx)) yield hit;
    done++;
    bytes += entry.stats.size;
    if (done % 1024 === 0) ctx.progress?.(done, undefined, bytes);
  }
}

interface WalkEntry {
  /** The path to open, as bytes: a name that is not valid UTF-8 cannot round-trip through a string. */
  absolute: Buffer;
  /** The path relative to the root, for reports (with `/`; bytes that are not UTF-8 shown as U+FFFD). */
  where: string;
  stats: Stats;
}

const SEP = Buffer.from(path.sep);
const GIT = Buffer.from('.git');

/**
 * Every entry under root but directories, with its lstat. Written here rather than with a glob library:
 * glob matchers turn `**` into a regex whose `.` stops at a newline, so a file or folder with a newline in
 * its name was dropped without a word; and names are kept as bytes, or a Latin-1 name would not be found
 * again. An unreadable directory is noted, not skipped silently.
 */
async function* walk(root: string, shown: string, ctx: SourceContext, excluded: PathMatcher): AsyncGenerator<WalkEntry> {
  const pending: Buffer[] = [Buffer.from(root)];
  const rootLength = pending[0]!.length + SEP.length;
  const relative = (absolute: Buffer): string => absolute.subarray(rootLength).toString().split(path.sep).join('/');
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      if (dir.length < rootLength) throw new UserError(`cannot read directory ${shown} (${code})`);
      const where = relative(dir);
      ctx.count('skippedUnreadable');
      ctx.note({ reason: 'unreadable', message: `${where}: skipped: cannot read directory (${code})`, path: where });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.equals(GIT)) continue;
      const absolute = Buffer.concat([dir, SEP, entry.name]);
      const where = relative(absolute);
      if (entry.isDirectory()) {
        if (excludesDirectory(excluded, where)) ctx.count('skippedExcluded');
        else pending.push(absolute);
        continue;
      }
      if (excluded(where)) {
        ctx.count('skippedExcluded');
        continue;
      }
      let stats: Stats;
      try {
        stats = lstatSync(absolute);
      } catch {
        continue; // gone since the directory was read
      }
      yield { absolute, where, stats };
    }
  }
}

/** The tracked files under root with their lstat; one deleted from the work tree is not there to scan. */
async function* trackedEntries(root: string, setup: GitSetup | undefined, exclude: PathMatcher | undefined): AsyncGenerator<WalkEntry> {
  for (const name of await trackedPaths(repoAt(root, setup))) {
    if (exclude?.(name.toString())) continue;
    const absolute = Buffer.concat([Buffer.from(root), SEP, Buffer.from(name.toString('latin1').split('/').join(path.sep), 'latin1')]);
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      continue;
    }
    yield { absolute, where: name.toString(), stats };
  }
}

/**
 * One file. Read synchronously: for the many small files of a tree, one readFileSync (open, read, close in
 * native code) costs a fraction of the promise-based calls, and the detector runs on the main thread anyway.
 */
function scanOne(file: string | Buffer, where: string, info: Stats, options: FilesOptions, scanner: ContentScanner, ctx: SourceContext): Hit[] {
  if (info.isSymbolicLink()) {
    ctx.count('skippedSymlinks');
    ctx.note({ reason: 'symlink', message: `${where}: symbolic link not followed`, path: where });
    return [];
  }
  if (!info.isFile()) {
    // A FIFO, socket or device: reading one could block forever or never end.
    ctx.count('skippedSpecial');
    ctx.note({ reason: 'special', message: `${where}: skipped: not a regular file (FIFO, socket or device)`, path: where });
    return [];
  }
  if (info.size > options.maxFileSize) {
    ctx.count('skippedTooLarge');
    ctx.note({
      reason: 'too-large',
      message: `${where}: skipped: ${formatBytes(info.size)} is over the ${formatBytes(options.maxFileSize)} limit (--max-file-size)`,
      path: where,
    });
    return [];
  }
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (error) {
    ctx.count('skippedUnreadable');
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    ctx.note({ reason: 'unreadable', message: `${where}: skipped: cannot read (${code})`, path: where });
    return [];
  }
  ctx.count('filesScanned');
  return hitsOf(scanner.content(data, noteProblems(ctx, where)), { kind: 'file', path: where });
}
