/**
 * The files source: every regular file under a root (dotfiles included, `.git` excluded, symlinks not
 * followed), read whole and handed to the shared bytes-to-hits step (hits.ts): text and binary files alike,
 * archives and compressed files opened. Skips are counted and noted, never silent.
 */
import { lstatSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import type { ArchiveLimits } from '../core/archive-limits.js';
import type { Detect, Hit, Source, SourceContext } from '../core/types.js';
import { formatBytes } from '../core/size.js';
import { excludesDirectory, type PathMatcher } from '../core/glob.js';
import { contentScanner, hitsOf, noteProblems, type ContentScanner } from './hits.js';
import { fileReader } from './file-reader.js';
import { readAhead, readAheadHelps, takePrestarted, type EntryRead, type ReadAhead } from './read-ahead.js';
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
  /**
   * Walk and read on a second thread while this one scans (read-ahead.ts): on by default where it can help (more
   * than one core, nothing excluded, more than READ_AHEAD_AFTER files); `false` keeps everything on this thread.
   */
  readAhead?: boolean;
  /** For tests: the second thread, once started (to stop it from outside). */
  onThread?: (thread: Worker) => void;
}

export function filesSource(options: FilesOptions): Source {
  return (detect, ctx) => scanFiles(options, detect, ctx);
}

async function* scanFiles(options: FilesOptions, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const root = path.resolve(options.root);
  const rootStat = await stat(root).catch(() => undefined);
  // Only when nothing is excluded (the thread does not match globs) and on more than one core.
  const threadMay = options.readAhead !== false && options.exclude === undefined && readAheadHelps();
  // The thread the CLI may have started for this root before loading the rest of itself (read-ahead.ts,
  // prestartReadAhead): taken for the whole walk when it can do the scan's, stopped otherwise.
  const early = await takePrestarted(root, options.maxFileSize, threadMay && !options.tracked && rootStat?.isDirectory() === true);
  if (!rootStat) throw new UserError(`path not found: ${options.root}`);
  const scanner = contentScanner(detect, ctx, options.archiveLimits);
  const reader = fileReader();
  const progress = { files: 0, bytes: 0 };

  // A single file: its location path is its own name (named as the root, a symbolic link is followed).
  if (rootStat.isFile()) {
    yield* scanOne(path.basename(root), reader.read(root, options.maxFileSize, true), options, scanner, ctx, progress) ?? [];
    return;
  }
  if (!rootStat.isDirectory()) throw new UserError(`not a file or directory: ${options.root}`);

  if (options.tracked) {
    for (const entry of await trackedEntries(root, options.git, options.exclude)) {
      const hits = scanEntry(entry);
      if (hits) yield* hits;
    }
    return;
  }

  // Without a thread started early, the walk's first files are read here. Past READ_AHEAD_AFTER of them, at the
  // next folder, the rest of the walk goes to a second thread that lists and reads while this one scans
  // (read-ahead.ts). The entries walked here are scanned after the hand-over, while the thread comes up; a small
  // tree is walked whole and no thread started.
  const rootBytes = Buffer.from(root);
  const excluded = options.exclude ?? (() => false);
  let ahead: ReadAhead | undefined = early;
  let handed: Buffer[] = early ? [rootBytes] : [];
  const handOver = (pending: Buffer[]): void => {
    handed = [...pending];
    ahead = readAhead(rootBytes, handed, options.maxFileSize, options.onThread ? { onThread: options.onThread } : {});
  };
  const walked = early ? [] : walk(rootBytes, [rootBytes], options.root, ctx, excluded, threadMay ? handOver : undefined);
  // Hits are yielded only when there are some, and a file without any gives undefined, not an empty array: `yield*`
  // over an array in an async generator builds an async iterator around it for every file, and arrays of differing
  // kinds (literal, mapped, empty or not) sent the optimized loop back to be compiled again, four times a scan of
  // node_modules (~190 ms of compiling).
  try {
    for (const entry of threadMay ? [...walked] : walked) {
      const hits = scanEntry(entry);
      if (hits) yield* hits;
    }
    if (!ahead) return;
    let taken = 0;
    for (;;) {
      const next = await ahead.next();
      if (next === 'end') return;
      if (next === 'died') break;
      taken++;
      // A thread started early lists the root itself (where ''): a root it could not list is the scan's failure.
      if (next.read.kind === 'unreadable-directory' && next.where === '') throw unreadableRoot(options.root, next.read.code);
      const hits = scanOne(next.where, next.read, options, scanner, ctx, progress);
      if (hits) yield* hits;
    }
    // The thread died: the rest of its walk is walked here, past the entries it gave (the same walk, in order).
    let skip = taken;
    for (const entry of walk(rootBytes, handed, options.root, ctx, excluded)) {
      if (skip-- > 0) continue;
      const hits = scanEntry(entry);
      if (hits) yield* hits;
    }
  } finally {
    await ahead?.close();
  }

  function scanEntry(entry: WalkEntry): Hit[] | undefined {
    const read: EntryRead = entry.type === 'file' ? reader.read(entry.absolute, options.maxFileSize) : entry.type === 'unreadable-directory' ? { kind: entry.type, code: entry.code } : { kind: entry.type };
    return scanOne(entry.where, read, options, scanner, ctx, progress);
  }
}

/** A root that cannot be listed: an error, never a note, or a scan of nothing would pass for a clean one. */
function unreadableRoot(shown: string, code: string): UserError {
  return new UserError(`cannot read directory ${shown} (${code})`);
}

/** Files walked here before the rest of the walk is handed to a second thread: a small tree is done first. */
const READ_AHEAD_AFTER = 256;

type WalkEntry =
  | {
      /** The path to open, as bytes: a name that is not valid UTF-8 cannot round-trip through a string. */
      absolute: Buffer | string;
      /** The path relative to the root, for reports (with `/`; bytes that are not UTF-8 shown as U+FFFD). */
      where: string;
      /** What the directory listing says the entry is: links and special files are noted without being opened. */
      type: 'file' | 'symlink' | 'special';
    }
  /** A folder that could not be listed: noted in its place in the walk. */
  | { where: string; type: 'unreadable-directory'; code: string };

function typeOf(entry: Dirent<Buffer> | Stats): 'file' | 'symlink' | 'special' {
  return entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'symlink' : 'special';
}

const SEP = Buffer.from(path.sep);
const GIT = Buffer.from('.git');

/** A path relative to the root, as bytes, as reports show it (read-ahead.ts makes them the same way). */
function whereOf(relative: Buffer): string {
  return relative.toString().split(path.sep).join('/');
}

/**
 * Every entry under root but directories, folder by folder from the end of `pending` (the walk's stack), each
 * folder's entries in its listing's order (read-ahead.ts walks the same way). Written here rather than with a
 * glob library: glob matchers turn `**` into a regex whose `.` stops at a newline, so a file or folder with a
 * newline in its name was dropped without a word; and names are kept as bytes, or a Latin-1 name would not be
 * found again. An unreadable directory is an entry, noted in its place, not skipped silently. `handOver`:
 * given the stack once READ_AHEAD_AFTER files are walked, at a folder's end; the walk stops there.
 */
function* walk(root: Buffer, pending: Buffer[], shown: string, ctx: SourceContext, excluded: PathMatcher, handOver?: (pending: Buffer[]) => void): Generator<WalkEntry> {
  const rootLength = root.length + SEP.length;
  let files = 0;
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      if (dir.length < rootLength) throw unreadableRoot(shown, code);
      yield { where: whereOf(dir.subarray(rootLength)), type: 'unreadable-directory', code };
      continue;
    }
    for (const entry of entries) {
      if (entry.name.equals(GIT)) continue;
      const absolute = Buffer.concat([dir, SEP, entry.name]);
      const where = whereOf(absolute.subarray(rootLength));
      if (entry.isDirectory()) {
        if (excludesDirectory(excluded, where)) ctx.count('skippedExcluded');
        else pending.push(absolute);
        continue;
      }
      if (excluded(where)) {
        ctx.count('skippedExcluded');
        continue;
      }
      files++;
      // No lstat: the listing's type is enough to skip links and special files, and the reader's open and first read
      // (fstat only when that read is not a short one) say the rest. System calls per file fewer, on trees of tiny files.
      yield { absolute, where, type: typeOf(entry) };
    }
    if (handOver && files >= READ_AHEAD_AFTER && pending.length) return handOver(pending);
  }
}

/** The tracked files under root with their lstat; one deleted from the work tree is not there to scan. */
async function trackedEntries(root: string, setup: GitSetup | undefined, exclude: PathMatcher | undefined): Promise<Iterable<WalkEntry>> {
  const names = await trackedPaths(repoAt(root, setup));
  return (function* () {
    for (const name of names) {
      if (exclude?.(name.toString())) continue;
      const absolute = Buffer.concat([Buffer.from(root), SEP, Buffer.from(name.toString('latin1').split('/').join(path.sep), 'latin1')]);
      let stats: Stats;
      try {
        stats = lstatSync(absolute);
      } catch {
        continue;
      }
      yield { absolute, where: name.toString(), type: typeOf(stats) };
    }
  })();
}

/**
 * One entry, read whole (file-reader.ts, read-ahead.ts) and scanned, or skipped with a note; progress every 1024.
 * Its hits, or undefined when it has none (see scanFiles).
 */
function scanOne(where: string, read: EntryRead, options: FilesOptions, scanner: ContentScanner, ctx: SourceContext, progress: { files: number; bytes: number }): Hit[] | undefined {
  const hits = scanRead(where, read, options, scanner, ctx, progress);
  if (++progress.files % 1024 === 0) ctx.progress?.(progress.files, undefined, progress.bytes);
  return hits;
}

function scanRead(where: string, read: EntryRead, options: FilesOptions, scanner: ContentScanner, ctx: SourceContext, progress: { bytes: number }): Hit[] | undefined {
  switch (read.kind) {
    case 'symlink':
      ctx.count('skippedSymlinks');
      ctx.note({ reason: 'symlink', message: `${where}: symbolic link not followed`, path: where });
      return undefined;
    case 'special':
      // A FIFO, socket or device: reading one could block forever or never end.
      ctx.count('skippedSpecial');
      ctx.note({ reason: 'special', message: `${where}: skipped: not a regular file (FIFO, socket or device)`, path: where });
      return undefined;
    case 'too-large':
      ctx.count('skippedTooLarge');
      ctx.note({
        reason: 'too-large',
        message: `${where}: skipped: ${formatBytes(read.size)} is over the ${formatBytes(options.maxFileSize)} limit (--max-file-size)`,
        path: where,
      });
      return undefined;
    case 'unreadable-directory':
      ctx.count('skippedUnreadable');
      ctx.note({ reason: 'unreadable', message: `${where}: skipped: cannot read directory (${read.code})`, path: where });
      return undefined;
    case 'unreadable':
      ctx.count('skippedUnreadable');
      ctx.note({ reason: 'unreadable', message: `${where}: skipped: cannot read (${read.code})`, path: where });
      return undefined;
    case 'read': {
      ctx.count('filesScanned');
      progress.bytes += read.data.length;
      // The hits are built before the reader's buffer is reused: a Match holds strings, never a view of the bytes.
      const matches = scanner.content(read.data, noteProblems(ctx, where));
      return matches.length ? hitsOf(matches, { kind: 'file', path: where }) : undefined;
    }
  }
}
