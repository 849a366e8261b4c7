/**
 * `--range BASE..HEAD`: the commits in `git rev-list BASE..HEAD` (merges included), each one's added keys.
 *
 * One `git log --raw -c` over the range gives every commit's changed blobs (combined diff for merges); each
 * distinct new blob is scanned once. For a blob with a match, the versions it replaced are scanned too, and a key
 * counts as the commit's when none of them held it (attribution.ts): keys that were there before the range and
 * that the range merely kept, moved or renamed are not reported; keys added and removed again inside it are.
 * Each location says whether the key is still in HEAD's version of that path (`inHead`, `headLine`).
 *
 * Archives and compressed files have no added lines: a changed one is scanned whole (every member, hits.ts) and
 * the same rule applies to its keys, so a key the new version holds and no old version did is reported at its
 * member; keys the archive already held before the range are not.
 */
import { UserError } from '../core/errors.js';
import type { PathMatcher } from '../core/glob.js';
import type { ArchiveLimits } from '../core/archive-limits.js';
import { LONG_COMMIT, shortCommit } from '../core/names.js';
import type { Detect, Hit, Match, Source, SourceContext } from '../core/types.js';
import { firstMatches, firstOfEach, introductions, isBlobMode } from './git/attribution.js';
import { RAW_LOG_ARGS, RawLogParser, type LogCommit } from './git/raw-log.js';
import { git, repoAt, streamGit, type GitSetup, type RepoAt } from './git/run.js';
import { parseTag } from './git/objects.js';
import { isAncestor, isNullOid, openRepository, resolveCommit, shallowBoundary } from './git/repo.js';
import { lsTree } from './git/tree.js';
import { BlobMatches, scanNamedObjects, type NamedScan } from './git/scan-objects.js';
import { commitOrigin, contentScanner, hitsOf, noteProblems, type ContentScanner } from './hits.js';
import { blobSizeLimit } from './history.js';

export interface RangeOptions {
  root: string;
  /** How git runs: the environment it inherits, directories it may trust (default: process.env, none). */
  git?: GitSetup;
  base: string;
  head: string;
  /** Instead of base..head: head's commits on no ref of this remote (`*`: of any remote). See Scope. */
  newOn?: string;
  maxBlobSize?: number;
  archiveLimits?: Partial<ArchiveLimits>;
  /** Paths not to scan (`exclude.paths`), from the repository's root: blobs only there are not read, and give no hit or note. */
  exclude?: PathMatcher;
}

export function rangeSource(options: RangeOptions): Source {
  return (detect, ctx) => scanRange(options, detect, ctx);
}

async function* scanRange(options: RangeOptions, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const { root, base, head, exclude: excluded } = options;
  const at = repoAt(root, options.git);
  const maxBlobSize = blobSizeLimit(options.maxBlobSize);
  const scanner = contentScanner(detect, ctx, options.archiveLimits);
  const repo = await openRepository(at);
  let revisions: string[];
  let headOid: string;
  if (options.newOn !== undefined) {
    // A new branch's push: no base commit; its commits are those no ref of the remote holds.
    headOid = await resolveCommit(at, head, 'the range head');
    revisions = [headOid, '--not', options.newOn === '*' ? '--remotes' : `--remotes=${options.newOn}`];
  } else {
    const resolved = await resolveRange(at, base, head);
    const baseOid = resolved.baseOid;
    headOid = resolved.headOid;
    if (!(await isAncestor(at, baseOid, headOid))) {
      ctx.note({ reason: 'not-ancestor', message: `${base} is not an ancestor of ${head}: scanning the commits reachable from ${head} and not from ${base} (git's ${base}..${head})` });
    }
    revisions = [`${baseOid}..${headOid}`];
  }
  const boundary = repo.shallow ? await shallowBoundary(at) : new Set<string>();

  // The range's commits and their raw diffs (a range is a push or a pull request: small enough to hold).
  const commits: LogCommit[] = [];
  const parser = new RawLogParser((commit) => {
    // A commit at a shallow boundary shows its whole tree as added: what it inherited cannot be told from what
    // it changed, so its files are left out (its message is still scanned) rather than reported wholesale.
    if (boundary.has(commit.oid)) {
      ctx.note({ reason: 'shallow', message: `history is cut at commit ${shortCommit(commit.oid, LONG_COMMIT)} (shallow clone): its file changes were not scanned; fetch more history (e.g. git fetch --deepen)` });
      commit.entries = [];
    }
    if (excluded) commit.entries = commit.entries.filter((entry) => !excluded(entry.path.toString('utf8')));
    commits.push(commit);
  });
  for await (const chunk of streamGit(at, ['log', ...RAW_LOG_ARGS, ...revisions, '--'])) parser.push(chunk);
  parser.end();
  ctx.count('commitsScanned', commits.length);

  // Each distinct new blob once, and every commit message.
  const found: NamedScan = { blobs: new BlobMatches(), scanned: new Set(), messages: new Map(), paths: new Map() };
  const newOids = new Set<string>();
  let gitlinks = 0;
  for (const commit of commits) {
    for (const entry of commit.entries) {
      if (isBlobMode(entry.newMode)) {
        newOids.add(entry.newOid);
        if (!found.paths?.has(entry.newOid)) found.paths?.set(entry.newOid, entry.path);
      } else if (entry.newMode === '160000') gitlinks++;
    }
  }
  if (gitlinks) ctx.note({ reason: 'submodule', message: `${gitlinks} submodule change(s) in the range: submodules are separate repositories and were not scanned` });
  await scanNamedObjects(at, [...newOids, ...commits.map((commit) => commit.oid)], scanner, ctx, found, maxBlobSize);

  // For commits where a new blob matched: the versions it replaced (and the rest of that commit's diff).
  const matched = commits.filter((commit) => commit.entries.some((entry) => found.blobs.has(entry.newOid)));
  const oldOids = new Set<string>();
  for (const commit of matched) {
    for (const entry of commit.entries) entry.oldOids.forEach((oid, i) => isBlobMode(entry.oldModes[i]) && oldOids.add(oid));
  }
  await scanNamedObjects(at, oldOids, scanner, ctx, found, maxBlobSize);

  const hits: Hit[] = [];
  const messages = found.messages ?? new Map<string, Match[]>();
  for (const commit of commits) {
    const messageMatches = messages.get(commit.oid);
    if (messageMatches) hits.push(...hitsOf(firstOfEach(messageMatches), { kind: 'commit-message', ...commitOrigin(commit) }));
  }
  const fileHits: Array<{ hit: Hit; path: Buffer }> = [];
  for (const commit of matched) {
    for (const { entry, keys } of introductions(commit.entries, found.blobs.keysOf)) {
      const origin = { kind: 'file' as const, path: entry.path.toString('utf8'), ...commitOrigin(commit) };
      for (const hit of hitsOf(firstMatches(found.blobs.matchesOf(entry.newOid), keys), origin)) fileHits.push({ path: entry.path, hit });
    }
  }

  // inHead / headLine: HEAD's version of each path with a hit.
  if (fileHits.length) {
    const wanted = new Set(fileHits.map(({ path }) => path.toString('latin1')));
    const headBlobs = await blobsAtPaths(at, headOid, wanted);
    await scanNamedObjects(at, headBlobs.values(), scanner, ctx, found, maxBlobSize);
    for (const { hit, path } of fileHits) {
      const headBlob = headBlobs.get(path.toString('latin1'));
      // In an archive, the same member: a key that moved to another member is not where the comment would point.
      const headMatch = headBlob ? found.blobs.matchesOf(headBlob).find((m) => m.secret.sha256 === hit.match.secret.sha256 && m.member === hit.match.member) : undefined;
      hit.location.inHead = headMatch !== undefined;
      if (headMatch) hit.location.headLine = headMatch.line;
      hits.push(hit);
    }
  }
  yield* hits;
  yield* tagMessages(at, head, scanner, ctx);
}

/** Tags peeled at most this deep (a tag of a tag of ...). */
const MAX_TAG_DEPTH = 8;

/**
 * When the range's head names an annotated tag (a push of a tag, pre-push's TO ref), the tag's message goes out
 * with the commits: scanned too, and each tag it points at, as the history scan does for every tag.
 */
async function* tagMessages(at: RepoAt, head: string, scanner: ContentScanner, ctx: SourceContext): AsyncGenerator<Hit> {
  const named = await git(at, ['rev-parse', '--verify', '--quiet', '--end-of-options', head], { okCodes: [0, 1, 128] });
  let oid = named.code === 0 ? named.stdout.toString('latin1').trim() : '';
  for (let depth = 0; oid && depth < MAX_TAG_DEPTH; depth++) {
    const object = await git(at, ['cat-file', 'tag', oid], { okCodes: [0, 128] });
    if (object.code !== 0) return; // not a tag: a commit, as nearly always
    const tag = parseTag(object.stdout);
    const name = tag.name ?? oid;
    const matches = scanner.content(tag.message, noteProblems(ctx, `tag ${name}`));
    yield* hitsOf(firstOfEach(matches), { kind: 'tag-message', tag: name, commit: tag.object, author: tag.tagger?.person, date: tag.tagger?.date });
    oid = tag.type === 'tag' && tag.object ? tag.object : '';
  }
}

/**
 * The range's two commits, or a UserError naming the bad end and what to do (resolveCommit). Resolved before
 * anything is read at the base (loadRules reads the config there): a bad ref is then named as one.
 */
export async function resolveRange(at: RepoAt, base: string, head: string): Promise<{ baseOid: string; headOid: string }> {
  if (isNullOid(base)) {
    throw new UserError(`range base ${base} is all zeros: a new branch has no base commit to compare with; give a base (e.g. the default branch) or scan with --history`);
  }
  return { baseOid: await resolveCommit(at, base, 'the range base'), headOid: await resolveCommit(at, head, 'the range head') };
}

/** The blob oid at each wanted path (paths as latin1 strings of their bytes) in a commit's tree. */
export async function blobsAtPaths(at: RepoAt, commit: string, wanted: ReadonlySet<string>): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const entry of await lsTree(at, commit)) {
    const path = entry.path.toString('latin1');
    if (wanted.has(path) && entry.type === 'blob' && isBlobMode(entry.mode)) result.set(path, entry.oid);
  }
  return result;
}
