/** What the scan found per object: the matches of each blob that holds any, and the keys they make up. */
import { LONG_COMMIT, shortCommit } from '../../core/names.js';
import type { Match, SourceContext } from '../../core/types.js';
import { noteProblems, type ContentScanner } from '../hits.js';
import { keySet } from './attribution.js';
import { readNamedObjects } from './cat-file.js';
import { messageOf } from './objects.js';
import type { RepoAt } from './run.js';
import { formatBytes } from '../../core/size.js';

export class BlobMatches {
  private readonly matches = new Map<string, Match[]>();
  private readonly keys = new Map<string, Set<string>>();

  add(oid: string, matches: Match[]): void {
    if (!matches.length) return;
    this.matches.set(oid, matches);
    this.keys.set(oid, keySet(matches));
  }

  get size(): number {
    return this.matches.size;
  }

  has(oid: string): boolean {
    return this.matches.has(oid);
  }

  matchesOf(oid: string): Match[] {
    return this.matches.get(oid) ?? [];
  }

  /** For `introductions()`. */
  readonly keysOf = (oid: string): ReadonlySet<string> | undefined => this.keys.get(oid);

  oids(): IterableIterator<string> {
    return this.matches.keys();
  }
}

/** Git LFS pointer files: the content lives outside git, so the scan cannot see it. */
const LFS_POINTER = Buffer.from('version https://git-lfs.github.com/spec/v1');

export function isLfsPointer(content: Buffer): boolean {
  return content.length < 1024 && content.subarray(0, LFS_POINTER.length).equals(LFS_POINTER);
}

export interface NamedScan {
  blobs: BlobMatches;
  /** Every oid read so far (with or without matches), so nothing is read twice. */
  scanned: Set<string>;
  /** Commit messages with matches, when commits are asked for. */
  messages?: Map<string, Match[]>;
  /** A path each blob was seen at, to name it in notes. */
  paths?: Map<string, Buffer>;
}

/**
 * Read and scan the named objects (blobs, and commits' messages) with one `git cat-file --batch` call, through
 * the shared bytes-to-hits step (archives in blobs opened, sources/hits.ts), skipping
 * what was read before. Blobs over `maxBlobSize` and missing objects are skipped with a note.
 */
export async function scanNamedObjects(
  at: RepoAt,
  oids: Iterable<string>,
  scanner: ContentScanner,
  ctx: SourceContext,
  into: NamedScan,
  maxBlobSize: number,
): Promise<void> {
  const wanted: string[] = [];
  for (const oid of oids) {
    if (into.scanned.has(oid)) continue;
    into.scanned.add(oid);
    wanted.push(oid);
  }
  await readNamedObjects(at, wanted, {
    want: (header) => header.type === 'commit' || (header.type === 'blob' && header.size <= maxBlobSize),
    onObject: (header, content) => {
      if (header.type === 'blob') {
        ctx.count('blobsScanned');
        const path = into.paths?.get(header.oid)?.toString('utf8');
        into.blobs.add(header.oid, scanner.content(content, noteProblems(ctx, path, path ?? `blob ${header.oid.slice(0, 12)}`)));
      } else if (header.type === 'commit' && into.messages) {
        const matches = scanner.text(messageOf(content), noteProblems(ctx, undefined, `commit ${header.oid.slice(0, 12)}`));
        if (matches.length) into.messages.set(header.oid, matches);
      }
    },
    onSkipped: (header) => {
      if (header.type === 'blob') {
        const path = into.paths?.get(header.oid)?.toString('utf8');
        const what = path ?? `blob ${shortCommit(header.oid, LONG_COMMIT)}`;
        ctx.note({ reason: 'too-large', message: `${what}: larger than the ${formatBytes(maxBlobSize)} limit (--max-file-size); not scanned`, path });
      }
    },
    onMissing: (oid) => ctx.note({ reason: 'missing-object', message: `object ${shortCommit(oid, LONG_COMMIT)} is not in the repository (partial clone?); skipped` }),
  });
}
