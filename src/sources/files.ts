/**
 * The files source: every regular file under a root (dotfiles included, `.git` excluded, symlinks not
 * followed), read whole and handed to the detector. Skips are counted and noted, never silent.
 */
import { readFileSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { UserError } from '../core/errors.js';
import type { Detect, Hit, Source, SourceContext } from '../core/types.js';
import { looksBinary } from './binary.js';

export interface FilesOptions {
  root: string;
  /** Files larger than this many bytes are skipped with a note. */
  maxFileSize: number;
}

export function filesSource(options: FilesOptions): Source {
  return (detect, ctx) => scanFiles(options, detect, ctx);
}

async function* scanFiles(options: FilesOptions, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const root = path.resolve(options.root);
  const rootStat = await stat(root).catch(() => undefined);
  if (!rootStat) throw new UserError(`path not found: ${options.root}`);

  // A single file: its location path is its own name.
  if (rootStat.isFile()) {
    yield* scanOne(path.dirname(root), path.basename(root), rootStat, options, detect, ctx);
    return;
  }
  if (!rootStat.isDirectory()) throw new UserError(`not a file or directory: ${options.root}`);

  // onlyFiles would drop symlinks silently; object mode with stats lets them be noted (every skip is shown)
  // and gives each file's size before it is read, from the walk's own lstat.
  const entries = fg.stream('**', {
    cwd: root,
    dot: true,
    onlyFiles: false,
    objectMode: true,
    stats: true,
    followSymbolicLinks: false,
    ignore: ['**/.git/**', '**/.git'],
    suppressErrors: true,
    unique: true,
  }) as AsyncIterable<fg.Entry>;

  let done = 0;
  let bytes = 0;
  for await (const entry of entries) {
    if (!entry.stats || entry.stats.isDirectory()) continue;
    for (const hit of scanOne(root, entry.path, entry.stats, options, detect, ctx)) yield hit;
    done++;
    bytes += entry.stats.size;
    if (done % 1024 === 0) ctx.progress?.(done, undefined, bytes);
  }
}

/**
 * One file. Read synchronously: for the many small files of a tree, one readFileSync (open, read, close in
 * native code) costs a fraction of the promise-based calls, and the detector runs on the main thread anyway.
 */
function scanOne(root: string, relative: string, info: Stats, options: FilesOptions, detect: Detect, ctx: SourceContext): Hit[] {
  const where = relative.split(path.sep).join('/');
  if (info.isSymbolicLink()) {
    ctx.count('skippedSymlinks');
    ctx.note({ reason: 'symlink', message: 'symbolic link not followed', path: where });
    return [];
  }
  if (!info.isFile()) return [];
  if (info.size > options.maxFileSize) {
    ctx.count('skippedTooLarge');
    ctx.note({
      reason: 'too-large',
      message: `skipped: ${formatBytes(info.size)} is over the ${formatBytes(options.maxFileSize)} limit (--max-file-size)`,
      path: where,
    });
    return [];
  }
  let data: Buffer;
  try {
    data = readFileSync(path.join(root, relative));
  } catch (error) {
    ctx.count('skippedUnreadable');
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    ctx.note({ reason: 'unreadable', message: `skipped: cannot read (${code})`, path: where });
    return [];
  }
  if (looksBinary(data)) {
    ctx.count('skippedBinary');
    ctx.note({ reason: 'binary', message: 'skipped: binary file', path: where });
    return [];
  }
  ctx.count('filesScanned');
  ctx.count('bytesScanned', data.length);
  return detect(data).map((match) => ({
    match,
    location: {
      kind: 'file',
      path: where,
      line: match.line,
      column: match.column,
      ...(match.encoding ? { encoding: match.encoding } : {}),
    },
  }));
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
