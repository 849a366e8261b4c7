/**
 * `--staged`: what is staged against HEAD (or against the empty tree before the first commit), for a pre-commit
 * hook. A key counts when the staged version of a file holds it and HEAD's did not (the same rule as history:
 * attribution.ts), so keys the commit merely keeps, moves or renames are not reported. Paths are relative to the
 * repository root.
 */
import { UserError } from '../core/errors.js';
import type { PathMatcher } from '../core/glob.js';
import type { ArchiveLimits } from '../core/archive-limits.js';
import type { Detect, Hit, Source, SourceContext } from '../core/types.js';
import { firstMatches, introductions, isBlobMode } from './git/attribution.js';
import { RawLogParser, type LogCommit } from './git/raw-log.js';
import { emptyTree, headCommit, openRepository } from './git/repo.js';
import { repoAt, streamGit, type GitSetup } from './git/run.js';
import { BlobMatches, scanNamedObjects, type NamedScan } from './git/scan-objects.js';
import { contentScanner, hitsOf } from './hits.js';
import { blobSizeLimit } from './history.js';

export interface StagedOptions {
  root: string;
  /** How git runs: the environment it inherits, directories it may trust (default: process.env, none). */
  git?: GitSetup;
  maxBlobSize?: number;
  archiveLimits?: Partial<ArchiveLimits>;
  /** Paths not to scan (`exclude.paths`), from the repository's root: blobs only there are not read, and give no hit or note. */
  exclude?: PathMatcher;
}

export function stagedSource(options: StagedOptions): Source {
  return (detect, ctx) => scanStaged(options, detect, ctx);
}

async function* scanStaged(options: StagedOptions, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const { root } = options;
  const at = repoAt(root, options.git);
  const maxBlobSize = blobSizeLimit(options.maxBlobSize);
  const repo = await openRepository(at);
  if (repo.bare) throw new UserError(`--staged needs a work tree; ${root} is a bare repository`);
  const base = (await headCommit(at)) ?? (await emptyTree(at));
  const scanner = contentScanner(detect, ctx, options.archiveLimits);

  const staged: LogCommit = { oid: '', parents: [], author: '', time: NaN, committerTime: NaN, entries: [] };
  const parser = new RawLogParser(() => undefined);
  parser.begin(staged);
  for await (const chunk of streamGit(at, ['diff-index', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev', base, '--'])) {
    parser.push(chunk);
  }
  parser.end();
  const { exclude: excluded } = options;
  if (excluded) staged.entries = staged.entries.filter((entry) => !excluded(entry.path.toString('utf8')));

  // A merge conflict's file has no staged version yet (git commit refuses until it is resolved and added).
  for (const entry of staged.entries.filter((e) => e.status === 'U')) {
    const path = entry.path.toString('utf8');
    ctx.count('skippedUnmerged');
    ctx.note({ reason: 'unmerged', message: `${path}: unmerged (a merge conflict): not scanned until it is resolved and staged`, path });
  }

  const found: NamedScan = { blobs: new BlobMatches(), scanned: new Set(), paths: new Map() };
  const newEntries = staged.entries.filter((entry) => isBlobMode(entry.newMode));
  for (const entry of newEntries) found.paths?.set(entry.newOid, entry.path);
  const newOids = newEntries.map((entry) => entry.newOid);
  await scanNamedObjects(at, newOids, scanner, ctx, found, maxBlobSize);
  ctx.count('filesScanned', newOids.length);
  if (!newOids.some((oid) => found.blobs.has(oid))) return;
  const oldOids = staged.entries.flatMap((entry) => entry.oldOids.filter((_oid, i) => isBlobMode(entry.oldModes[i])));
  await scanNamedObjects(at, oldOids, scanner, ctx, found, maxBlobSize);

  for (const { entry, keys } of introductions(staged.entries, found.blobs.keysOf)) {
    yield* hitsOf(firstMatches(found.blobs.matchesOf(entry.newOid), keys), { kind: 'file', path: entry.path.toString('utf8') });
  }
}
