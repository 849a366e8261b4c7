/**
 * `--history`: everything reachable from any ref, each distinct blob scanned once.
 *
 * Pass one streams the whole object store in pack order (cat-file.ts `readAllObjects`: `--batch-all-objects
 * --batch-check --unordered` lists, `--batch --buffer` reads): blobs go to the detector, commit and tag messages
 * too; trees are never even inflated. Only when something matched does pass two
 * run: one walk of the commit graph (`git log --all --raw -c`), which says which commit introduced each matching
 * blob's keys at which path (see attribution.ts) and, by what it lists, what is reachable: objects no ref reaches
 * (dangling, unreachable) are dropped with a note. When nothing matched but some blobs are to be named in notes
 * (too large, unreadable archives), `rev-list --objects` names them instead: no commit is diffed.
 */
import type { ArchiveLimits } from '../core/archive-limits.js';
import { DEFAULT_MAX_FILE_SIZE } from '../core/defaults.js';
import { describeError } from '../core/errors.js';
import type { PathMatcher } from '../core/glob.js';
import { LONG_COMMIT, shortCommit } from '../core/names.js';
import type { Detect, Hit, Match, Source, SourceContext } from '../core/types.js';
import { firstMatches, firstOfEach, introductions } from './git/attribution.js';
import { BlobMatches, isLfsPointer } from './git/scan-objects.js';
import { commitOrigin, contentScanner, hitsOf, noteProblems, type Problem } from './hits.js';
import { readAllObjects } from './git/cat-file.js';
import { messageOf, parseTag, type Signature } from './git/objects.js';
import { RAW_LOG_ARGS, RawLogParser, type LogCommit } from './git/raw-log.js';
import { countObjects, listRefs, openRepository } from './git/repo.js';
import { repoAt, streamGit, type GitSetup, type RepoAt } from './git/run.js';
import { newObjects, sinceLog } from './git/since.js';
import { firstPaths, lsTree } from './git/tree.js';
import { formatBytes } from '../core/size.js';


/** The blob size limit to use: the one given when positive, else the default. */
export function blobSizeLimit(value: number | undefined): number {
  return value !== undefined && value > 0 ? value : DEFAULT_MAX_FILE_SIZE;
}

export interface HistoryOptions {
  root: string;
  /** How git runs: the environment it inherits, directories it may trust (default: process.env, none). */
  git?: GitSetup;
  /** Blobs larger than this are skipped with a note (default 25 MiB). */
  maxBlobSize?: number;
  /** git processes inflating objects in parallel (default: cores - 1, between 2 and 4; see readAllObjects). */
  readers?: number;
  archiveLimits?: Partial<ArchiveLimits>;
  /**
   * Paths not to scan (`exclude.paths`), from the repository's root. Every blob is read before its paths are
   * known (pass one), so a blob only ever seen at excluded paths is read but gives no hit and no note (too large,
   * archive limits); one also seen elsewhere is reported there only.
   */
  exclude?: PathMatcher;
  /**
   * An incremental audit (`--state`): ref tips already read, which must exist. Only the objects reachable from the
   * refs now and not from these are read (`rev-list --objects`, see git/since.ts), and only the commits among them
   * are walked for attribution.
   */
  since?: readonly string[];
}

interface TagFound {
  oid: string;
  name: string;
  tagger?: Signature;
  target?: string;
  matches: Match[];
}

/** How often progress is reported, at most. */
const PROGRESS_INTERVAL_MS = 250;

export function historySource(options: HistoryOptions): Source {
  return (detect, ctx) => scanHistory(options, detect, ctx);
}

async function* scanHistory(options: HistoryOptions, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const { root } = options;
  const at = repoAt(root, options.git);
  const maxBlobSize = blobSizeLimit(options.maxBlobSize);
  // The count (for progress only, when there is progress to show) runs beside the repository's checks: neither
  // holds up the scan's start. Not a git process more otherwise: a start is ~10 ms of this thread here (fork).
  let total: number | undefined;
  const counting = options.since || !ctx.progress ? undefined : countObjects(at).then((count) => (total = count));
  const repo = await openRepository(at);
  if (repo.shallow) {
    ctx.note({ reason: 'shallow', message: 'shallow repository: history before the shallow boundary is not here; keys in boundary commits are attributed to them' });
  }
  if (repo.partial) {
    ctx.note({ reason: 'partial-clone', message: 'partial clone: objects that were not fetched are not scanned (nothing is downloaded)' });
  }

  // Pass one: every object in the store.
  const blobs = new BlobMatches();
  const messages = new Map<string, Match[]>();
  const tags = new Map<string, TagFound>();
  /** Every tag object's target, to follow tag-of-tag chains from refs. */
  const tagTargets = new Map<string, string>();
  const tooLarge = new Set<string>();
  /** What could not be read inside blobs (archive limits, corrupt members): noted once the blob's path is known. */
  const blobProblems = new Map<string, Array<Parameters<Problem>>>();
  let blobOid = '';
  const blobProblem: Problem = (...problem) => {
    const list = blobProblems.get(blobOid) ?? [];
    blobProblems.set(blobOid, list);
    list.push(problem);
  };
  // Commit and tag messages: one callback for the whole walk; the object's label is built only when a problem is noted.
  let messageWhat = '';
  let messageOid = '';
  const messageProblem: Problem = (...problem) => noteProblems(ctx, undefined, `${messageWhat} ${shortCommit(messageOid, LONG_COMMIT)}`)(...problem);
  const scanner = contentScanner(detect, ctx, options.archiveLimits);
  let lfsPointers = 0;

  const since = options.since;
  let objects = 0;
  let bytes = 0;
  let lastProgress = Date.now();
  const progress = (force = false): void => {
    if (!ctx.progress) return;
    const now = Date.now();
    if (force || now - lastProgress >= PROGRESS_INTERVAL_MS) {
      lastProgress = now;
      ctx.progress(objects, total, bytes);
    }
  };

  let blobCount = 0;
  let commitCount = 0;
  let tagCount = 0;
  await readAllObjects(
    at,
    {
      // Blobs over maxBlobSize never get here: readAllObjects skips them.
      want: (header) => header.type === 'commit' || header.type === 'tag' || header.type === 'blob',
      onObject: (header, content) => {
        objects++;
        if (header.type === 'blob') {
          blobCount++;
          bytes += content.length;
          if (isLfsPointer(content)) lfsPointers++;
          blobOid = header.oid;
          blobs.add(header.oid, scanner.content(content, blobProblem));
        } else if (header.type === 'commit') {
          commitCount++;
          messageWhat = 'commit';
          messageOid = header.oid;
          const matches = scanner.text(messageOf(content), messageProblem);
          if (matches.length) messages.set(header.oid, matches);
        } else if (header.type === 'tag') {
          tagCount++;
          const tag = parseTag(content);
          if (tag.object) tagTargets.set(header.oid, tag.object);
          messageWhat = 'tag';
          messageOid = header.oid;
          const matches = scanner.text(tag.message, messageProblem);
          if (matches.length) tags.set(header.oid, { oid: header.oid, name: tag.name ?? header.oid, tagger: tag.tagger, target: tag.object, matches });
        }
        if ((objects & 1023) === 0) progress();
      },
      onSkipped: (header) => {
        objects++;
        if (header.type === 'blob') tooLarge.add(header.oid);
        if ((objects & 1023) === 0) progress();
      },
    },
    // What changed since a state is little: one reader (each is a git process to start) is enough.
    { maxBlobSize, readers: since ? 1 : options.readers, ...(since ? { objects: newObjects(at, since) } : {}) },
  );
  await counting; // the last progress line says out of how many
  progress(true);
  ctx.count('objectsScanned', objects);
  ctx.count('blobsScanned', blobCount);
  ctx.count('commitsScanned', commitCount);
  ctx.count('tagsScanned', tagCount);
  if (lfsPointers) {
    ctx.note({ reason: 'lfs-pointer', message: `${lfsPointers} Git LFS pointer file(s): their content is stored outside git and was not scanned` });
  }
  /** The problems of a blob, noted at the first path it is seen at (or by its id when no ref reaches it). */
  const noteBlobProblems = (oid: string, path: string | undefined): void => {
    const problem = noteProblems(ctx, path, path ?? `blob ${shortCommit(oid, LONG_COMMIT)}`);
    for (const args of blobProblems.get(oid) ?? []) problem(...args);
    blobProblems.delete(oid);
  };
  const excluded = options.exclude ?? ((): boolean => false);
  /** Blobs seen at an excluded path: their problems are noted only at a path that is not (never when none is). */
  const seenExcluded = new Set<string>();
  const noteUnplacedProblems = (): void => {
    for (const oid of [...blobProblems.keys()]) if (!seenExcluded.has(oid)) noteBlobProblems(oid, undefined);
  };
  if (blobs.size === 0 && messages.size === 0 && tags.size === 0 && tooLarge.size === 0 && blobProblems.size === 0) return;

  // Pass two: refs (annotated tags, refs straight to blobs or trees), then the commit graph.
  const seenBlobs = new Set<string>();
  const seenMessages = new Set<string>();
  const failed = (error: unknown): Generator<Hit> => {
    // A broken graph (a ref to a missing object, a tree a partial clone lacks) must not lose what pass one found.
    ctx.note({ reason: 'attribution-failed', message: `could not walk the refs and commits (${describeError(error)}); matches not yet attributed are reported without commit and path` });
    return unattributed(blobs, seenBlobs, messages, seenMessages);
  };
  let refs: Awaited<ReturnType<typeof listRefs>>;
  try {
    refs = await listRefs(at);
  } catch (error) {
    for (const tag of tags.values()) yield* tagMessageHits(tag);
    yield* failed(error);
    return noteUnplacedProblems();
  }
  yield* tagHits(refs, tags, tagTargets);
  yield* refHits(at, refs, blobs, seenBlobs);

  if ((blobs.size === 0 && messages.size === 0 && tooLarge.size === 0 && blobProblems.size === 0) || !refs.length) return noteUnplacedProblems();
  const notedLarge = new Set<string>();
  const noteTooLarge = (oid: string, path: string): void => {
    notedLarge.add(oid);
    ctx.note({ reason: 'too-large', message: `${path}: blob ${shortCommit(oid, LONG_COMMIT)} is larger than the ${formatBytes(maxBlobSize)} limit (--max-file-size); not scanned`, path });
  };
  // Nothing to attribute, only blobs to name in notes (too large, archives that could not be read): the path
  // each is first seen at is enough, and naming them costs one read of the trees (stopped once all are named),
  // not a diff of every commit. A blob first seen at an excluded path may be elsewhere too: the walk below says.
  if (blobs.size === 0 && messages.size === 0) {
    const names = await firstPaths(at, [...tooLarge, ...blobProblems.keys()]).catch(() => undefined);
    if (names && ![...names.values()].some((path) => excluded(path))) {
      for (const [oid, path] of names) {
        if (blobProblems.has(oid)) noteBlobProblems(oid, path);
        if (tooLarge.has(oid)) noteTooLarge(oid, path);
      }
      return noteUnplacedProblems();
    }
  }
  const queue: Hit[] = [];
  const onCommit = (commit: LogCommit): void => {
    const messageMatches = messages.get(commit.oid);
    if (messageMatches) {
      seenMessages.add(commit.oid);
      queue.push(...hitsOf(firstOfEach(messageMatches), { kind: 'commit-message', ...commitOrigin(commit) }, commit.oid));
    }
    for (const entry of commit.entries) {
      if (blobs.has(entry.newOid)) seenBlobs.add(entry.newOid);
      if (excluded(entry.path.toString('utf8'))) {
        seenExcluded.add(entry.newOid);
        continue;
      }
      if (blobProblems.has(entry.newOid)) noteBlobProblems(entry.newOid, entry.path.toString('utf8'));
      if (tooLarge.has(entry.newOid) && !notedLarge.has(entry.newOid)) noteTooLarge(entry.newOid, entry.path.toString('utf8'));
    }
    for (const { entry, keys } of introductions(commit.entries, blobs.keysOf)) {
      if (excluded(entry.path.toString('utf8'))) continue;
      queue.push(...hitsOf(firstMatches(blobs.matchesOf(entry.newOid), keys), { kind: 'file', path: entry.path.toString('utf8'), ...commitOrigin(commit) }, entry.newOid));
    }
  };
  const parser = new RawLogParser(onCommit, (newOid, oldOids) => blobs.has(newOid) || tooLarge.has(newOid) || blobProblems.has(newOid) || oldOids.some((oid) => blobs.has(oid)));
  try {
    const only = since ? sinceLog(since) : undefined;
    for await (const chunk of streamGit(at, ['log', '--all', ...RAW_LOG_ARGS, ...(only?.args ?? [])], only ? { input: only.input } : {})) {
      parser.push(chunk);
      while (queue.length) yield queue.shift() as Hit;
    }
    parser.end();
  } catch (error) {
    while (queue.length) yield queue.shift() as Hit;
    yield* failed(error);
    return noteUnplacedProblems();
  }
  while (queue.length) yield queue.shift() as Hit;
  noteUnplacedProblems();

  const unreachable = blobs.size - seenBlobs.size + (messages.size - seenMessages.size);
  if (unreachable > 0) {
    ctx.note({ reason: 'unreachable', message: `${unreachable} object(s) with a match are not reachable from any ref (dangling or unreferenced); not reported` });
  }
}

/** What pass one found that pass two never placed, when pass two failed: reported rather than lost. */
function* unattributed(blobs: BlobMatches, seenBlobs: Set<string>, messages: Map<string, Match[]>, seenMessages: Set<string>): Generator<Hit> {
  for (const oid of blobs.oids()) {
    if (!seenBlobs.has(oid)) yield* hitsOf(firstOfEach(blobs.matchesOf(oid)), { kind: 'file' }, oid);
  }
  for (const [oid, matches] of messages) {
    if (!seenMessages.has(oid)) yield* hitsOf(firstOfEach(matches), { kind: 'commit-message', commit: oid }, oid);
  }
}

/** Hits in annotated tag messages whose tag objects a ref reaches (directly or through a tag chain). */
function* tagHits(refs: Awaited<ReturnType<typeof listRefs>>, tags: Map<string, TagFound>, tagTargets: Map<string, string>): Generator<Hit> {
  if (!tags.size) return;
  const reachable = new Set<string>();
  for (const ref of refs) {
    let oid: string | undefined = ref.type === 'tag' ? ref.oid : undefined;
    while (oid && !reachable.has(oid) && tagTargets.has(oid)) {
      reachable.add(oid);
      oid = tagTargets.get(oid);
    }
  }
  for (const [oid, tag] of tags) if (reachable.has(oid)) yield* tagMessageHits(tag);
}

function* tagMessageHits(tag: TagFound): Generator<Hit> {
  yield* hitsOf(firstOfEach(tag.matches), { kind: 'tag-message', tag: tag.name, commit: tag.target, author: tag.tagger?.person, date: tag.tagger?.date }, tag.oid);
}

/** Refs that point straight at a blob or a tree (no commit): rare, but reachable all the same. */
async function* refHits(at: RepoAt, refs: Awaited<ReturnType<typeof listRefs>>, blobs: BlobMatches, seen: Set<string>): AsyncGenerator<Hit> {
  if (!blobs.size) return;
  for (const ref of refs) {
    const oid = ref.peeledOid ?? ref.oid;
    const type = ref.peeledType ?? ref.type;
    if (type === 'blob' && blobs.has(oid)) {
      seen.add(oid);
      yield* hitsOf(firstOfEach(blobs.matchesOf(oid)), { kind: 'file', path: ref.ref }, oid);
    } else if (type === 'tree') {
      for (const entry of await lsTree(at, oid)) {
        if (entry.type !== 'blob' || !blobs.has(entry.oid)) continue;
        seen.add(entry.oid);
        const path = `${ref.ref}:${entry.path.toString('utf8')}`;
        yield* hitsOf(firstOfEach(blobs.matchesOf(entry.oid)), { kind: 'file', path }, entry.oid);
      }
    }
  }
}
