/**
 * `-` as PATH: standard input, scanned as one file is (`git diff | anthropic-key-scan -`, a pasted log, a
 * downloaded archive piped in): through the shared bytes-to-hits step, so a gzip or zip stream is opened and a
 * binary one scanned. Its locations say `path: "-"`, the name the user gave it. Empty input is clean.
 */
import type { ArchiveLimits } from '../core/archive-limits.js';
import { formatBytes } from '../core/size.js';
import type { Detect, Hit, Source, SourceContext } from '../core/types.js';
import { contentScanner, hitsOf, noteProblems } from './hits.js';

/** The path every location of standard input carries. */
export const STDIN_PATH = '-';

export interface StdinOptions {
  /** The stream's chunks (the CLI's process.stdin; tests pass their own). */
  read: () => AsyncIterable<Uint8Array>;
  /** More than this many bytes are not scanned, with a note (as for a file). */
  maxFileSize: number;
  archiveLimits?: Partial<ArchiveLimits>;
}

export function stdinSource(options: StdinOptions): Source {
  return (detect, ctx) => scanStdin(options, detect, ctx);
}

async function* scanStdin(options: StdinOptions, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of options.read()) {
    size += chunk.length;
    // Past the limit the rest is drained, not kept: the writer of the pipe must not block, nor memory grow.
    if (size <= options.maxFileSize) chunks.push(Buffer.from(chunk));
  }
  if (size > options.maxFileSize) {
    ctx.count('skippedTooLarge');
    ctx.note({ reason: 'too-large', path: STDIN_PATH, message: `standard input: skipped: ${formatBytes(size)} is over the ${formatBytes(options.maxFileSize)} limit (--max-file-size)` });
    return;
  }
  const scanner = contentScanner(detect, ctx, options.archiveLimits);
  ctx.count('filesScanned');
  yield* hitsOf(scanner.content(Buffer.concat(chunks), noteProblems(ctx, STDIN_PATH, 'standard input')), { kind: 'file', path: STDIN_PATH });
}
