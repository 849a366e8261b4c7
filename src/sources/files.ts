/**
 * The files source: every regular file under a root (dotfiles included, `.git` excluded, symlinks not
 * followed), read whole and handed to the detector. Skips are counted and noted, never silent.
 */
import { lstat, open, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import pLimit from 'p-limit';
import { UserError } from '../core/errors.js';
import type { Detect, Hit, Source, SourceContext } from '../core/types.js';
import { looksBinary } from './binary.js';

export interface FilesOptions {
  root: string;
  /** Files larger than this many bytes are skipped with a note. */
  maxFileSize: number;
  /** Files read at once; reading is I/O bound, the detector is fast. */
  concurrency?: number;
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
    yield* await scanOne(path.dirname(root), path.basename(root), options, detect, ctx);
    return;
  }
  if (!rootStat.isDirectory()) throw new UserError(`not a file or directory: ${options.root}`);

  // onlyFiles would drop symlinks silently; object mode lets them be noted (every skip is shown).
  const entries = fg.stream('**', {
    cwd: root,
    dot: true,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    ignore: ['**/.git/**', '**/.git'],
    suppressErrors: true,
    unique: true,
  }) as AsyncIterable<fg.Entry>;

  const limit = pLimit(options.concurrency ?? 16);
  // Bounded look-ahead: at most `window` files are read ahead of the consumer, so memory stays bounded
  // on huge trees while reads still overlap.
  const window = (options.concurrency ?? 16) * 2;
  const pending: Promise<Hit[]>[] = [];
  for await (const entry of entries) {
    if (entry.dirent.isDirectory()) continue;
    pending.push(limit(() => scanOne(root, entry.path, options, detect, ctx)));
    if (pending.length >= window) yield* await pending.shift()!;
  }
  while (pending.length > 0) yield* await pending.shift()!;
}

async function scanOne(
  root: string,
  relative: string,
  options: FilesOptions,
  detect: Detect,
  ctx: SourceContext,
): Promise<Hit[]> {
  const absolute = path.join(root, relative);
  const where = relative.split(path.sep).join('/');
  try {
    const info = await lstat(absolute);
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
    const data = await readWhole(absolute, info.size);
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
  } catch (error) {
    ctx.count('skippedUnreadable');
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    ctx.note({ reason: 'unreadable', message: `skipped: cannot read (${code})`, path: where });
    return [];
  }
}

/** Reads a file in one allocation of its known size (no growing buffers for large files). */
async function readWhole(file: string, size: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(buffer, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === size ? buffer : buffer.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
