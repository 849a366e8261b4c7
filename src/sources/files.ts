/**
 * The files source: every regular file under a root (dotfiles included, `.git` excluded, symlinks not
 * followed), read whole and handed to the shared bytes-to-hits step (hits.ts): text and binary files alike,
 * archives and compressed files opened. Skips are counted and noted, never silent.
 */
import { lstatSync, type Dirent, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { ArchiveLimits } from '../core/archive-limits.js';
import type { Detect, Hit, Source, SourceContext } from '../core/types.js';
import { formatBytes } from '../core/size.js';
import { excludesDirectory, type PathMatcher } from '../core/glob.js';
import { contentScanner, hitsOf, noteProblems, type ContentScanner } from './hits.js';
import { fileReader, type FileRead } from './file-reader.js';
import { readAhead, readAheadHelps, type ReadAhead } from './read-ahead.js';
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
   * Read files on a second thread while this one scans (read-ahead.ts; only on more than one core, after 256
   * files). Off by default: on a loaded 2-core machine it did not measurably win (bench/README.md, issue 22).
   */
  readAhead?: boolean;
}

export function filesSource(options: FilesOptions): Source {
  return (detect, ctx) => scanFiles(options, detect, ctx);
}

async function* scanFiles(options: FilesOptions, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const root = path.resolve(options.root);
  const rootStat = await stat(root).catch(() => undefined);
  if (!rootStat) throw new UserError(`path not found: ${options.root}`);
  const scanner = contentScanner(detect, ctx, options.archiveLimits);
  const reader = fileReader();
  const progress = { files: 0, bytes: 0 };

  // A single file: its location path is its own name (named as the root, a symbolic link is followed).
  if (rootStat.isFile()) {
    yield* scanOne(path.basename(root), reader.read(root, options.maxFileSize, true), options, scanner, ctx, progress);
    return;
  }
  if (!rootStat.isDirectory()) throw new UserError(`not a file or directory: ${options.root}`);

  const entries = options.tracked ? trackedEntries(root, options.git, options.exclude) : walk(root, options.root, ctx, options.exclude ?? (() => false));
  // Entries wait in a window while the reading thread reads ahead of the scan: the files queued to it are
  // scanned in the walk's order, so findings and notes come out in the same order either way.
  const window: Array<{ entry: WalkEntry; queued: boolean }> = [];
  let ahead: ReadAhead | undefined;
  const scanNext = async (): Promise<Hit[]> => {
    const { entry, queued } = window.shift()!;
    const read: FileRead = entry.type !== 'file' ? { kind: entry.type } : queued ? await ahead!.next() : reader.read(entry.absolute, options.maxFileSize);
    const hits = scanOne(entry.where, read, options, scanner, ctx, progress);
    if (++progress.files % 1024 === 0) ctx.progress?.(progress.files, undefined, progress.bytes);
    return hits;
  };
  let walked = 0;
  try {
    for await (const entry of entries) {
      if (++walked === READ_AHEAD_AFTER && options.readAhead === true && readAheadHelps()) ahead = readAhead(options.maxFileSize);
      const queued = entry.type === 'file' && ahead?.ready === true;
      if (queued) ahead!.queue(entry.absolute);
      window.push({ entry, queued });
      if (window.length > WINDOW) yield* await scanNext();
    }
    while (window.length) yield* await scanNext();
  } finally {
    await ahead?.close();
  }
}

/** Files walked before a reading thread is started: a small tree is done before one would be up. */
const READ_AHEAD_AFTER = 256;
/** Entries walked ahead of the one being scanned. */
const WINDOW = 512;

interface WalkEntry {
  /** The path to open, as bytes: a name that is not valid UTF-8 cannot round-trip through a string. */
  absolute: Buffer | string;
  /** The path relative to the root, for reports (with `/`; bytes that are not UTF-8 shown as U+FFFD). */
  where: string;
  /** What the directory listing says the entry is: links and special files are noted without being opened. */
  type: 'file' | 'symlink' | 'special';
}

function typeOf(entry: Dirent<Buffer> | Stats): WalkEntry['type'] {
  return entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'symlink' : 'special';
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
      // No lstat: the listing's type is enough to skip links and special files, and the reader's open and fstat
      // (which it needs anyway) give a file's size. One system call per file fewer, on trees of tiny files.
      yield { absolute, where, type: typeOf(entry) };
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
    yield { absolute, where: name.toString(), type: typeOf(stats) };
  }
}

/** One entry, read whole (file-reader.ts, read-ahead.ts) and scanned, or skipped with a note. */
function scanOne(where: string, read: FileRead, options: FilesOptions, scanner: ContentScanner, ctx: SourceContext, progress: { bytes: number }): Hit[] {
  switch (read.kind) {
    case 'symlink':
      ctx.count('skippedSymlinks');
      ctx.note({ reason: 'symlink', message: `${where}: symbolic link not followed`, path: where });
      return [];
    case 'special':
      // A FIFO, socket or device: reading one could block forever or never end.
      ctx.count('skippedSpecial');
      ctx.note({ reason: 'special', message: `${where}: skipped: not a regular file (FIFO, socket or device)`, path: where });
      return [];
    case 'too-large':
      ctx.count('skippedTooLarge');
      ctx.note({
        reason: 'too-large',
        message: `${where}: skipped: ${formatBytes(read.size)} is over the ${formatBytes(options.maxFileSize)} limit (--max-file-size)`,
        path: where,
      });
      return [];
    case 'unreadable':
      ctx.count('skippedUnreadable');
      ctx.note({ reason: 'unreadable', message: `${where}: skipped: cannot read (${read.code})`, path: where });
      return [];
    case 'read':
      ctx.count('filesScanned');
      progress.bytes += read.data.length;
      // The hits are built before the reader's buffer is reused: a Match holds strings, never a view of the bytes.
      return hitsOf(scanner.content(read.data, noteProblems(ctx, where)), { kind: 'file', path: where });
  }
}
