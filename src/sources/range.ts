/**
 * `--range BASE..HEAD`: the commits in `git rev-list BASE..HEAD` (merges included), each one's added keys.
 *
 * One `git log --raw -c` over the range gives every commit's changed blobs (combined diff for merges); each
 * distinct new blob is scanned once. For a blob with a match, the versions it replaced are scanned too, and a key
 * counts as the commit's when none of them held it (attribution.ts): keys that were there before the range and
 * that the range merely kept, moved or renamed are not reported; keys added and removed again inside it are.
 * Each location says whether the key is still in HEAD's version of that path (`inHead`, `headLine`).
 */
import { UserError } from '../core/errors.js';
import { LONG_COMMIT, shortCommit } from '../core/names.js';
import type { Detect, Hit, Match, Source, SourceContext } from '../core/types.js';
import { firstMatches, firstOfEach, introductions, isBlobMode } from './git/attribution.js';
import { isoFromEpoch } from './git/objects.js';
import { RAW_LOG_ARGS, RawLogParser, type LogCommit } from './git/raw-log.js';
import { git, streamGit } from './git/run.js';
import { isNullOid, openRepository, resolveCommit, shallowBoundary } from './git/repo.js';
import { BlobMatches, scanNamedObjects, type NamedScan } from './git/scan-objects.js';
import { blobSizeLimit } from './history.js';

export interface RangeOptions {
  root: string;
  base: string;
  head: string;
  maxBlobSize?: number;
}

export function rangeSource(options: RangeOptions): Source {
  return (detect, ctx) => scanRange(options, detect, ctx);
}

async function* scanRange(options: RangeOptions, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const { root, base, head } = options;
  const maxBlobSize = blobSizeLimit(options.maxBlobSize);
  if (isNullOid(base)) {
    throw new UserError(`range base ${base} is all zeros: a new branch has no base commit to compare with; give a base (e.g. the default branch) or scan with --history`);
  }
  const repo = await openRepository(root);
  const baseOid = await resolveCommit(root, base);
  const headOid = await resolveCommit(root, head);
  const ancestor = await git(root, ['merge-base', '--is-ancestor', baseOid, headOid], { okCodes: [0, 1] });
  if (ancestor.code === 1) {
    ctx.note({ reason: 'not-ancestor', message: `${base} is not an ancestor of ${head}: scanning the commits reachable from ${head} and not from ${base} (git's ${base}..${head})` });
  }
  const boundary = repo.shallow ? await shallowBoundary(root) : new Set<string>();

  // The range's commits and their raw diffs (a range is a push or a pull request: small enough to hold).
  const commits: LogCommit[] = [];
  const parser = new RawLogParser((commit) => {
    // A commit at a shallow boundary shows its whole tree as added: what it inherited cannot be told from what
    // it changed, so its files are left out (its message is still scanned) rather than reported wholesale.
    if (boundary.has(commit.oid)) {
      ctx.note({ reason: 'shallow', message: `history is cut at commit ${shortCommit(commit.oid, LONG_COMMIT)} (shallow clone): its file changes were not scanned; fetch more history (e.g. git fetch --deepen)` });
      commit.entries = [];
    }
    commits.push(commit);
  });
  for await (const chunk of streamGit(root, ['log', ...RAW_LOG_ARGS, `${baseOid}..${headOid}`, '--'])) parser.push(chunk);
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
  await scanNamedObjects(root, [...newOids, ...commits.map((commit) => commit.oid)], detect, ctx, found, maxBlobSize);

  // For commits where a new blob matched: the versions it replaced (and the rest of that commit's diff).
  const matched = commits.filter((commit) => commit.entries.some((entry) => found.blobs.has(entry.newOid)));
  const oldOids = new Set<string>();
  for (const commit of matched) {
    for (const entry of commit.entries) entry.oldOids.forEach((oid, i) => isBlobMode(entry.oldModes[i]) && oldOids.add(oid));
  }
  await scanNamedObjects(root, oldOids, detect, ctx, found, maxBlobSize);

  const hits: Hit[] = [];
  const messages = found.messages ?? new Map<string, Match[]>();
  for (const commit of commits) {
    const author = commit.author || undefined;
    const date = isoFromEpoch(commit.time);
    const messageMatches = messages.get(commit.oid);
    if (messageMatches) {
      for (const match of firstOfEach(messageMatches)) {
        hits.push({ match, location: { kind: 'commit-message', line: match.line, column: match.column, commit: commit.oid, author, date, encoding: match.encoding } });
      }
    }
  }
  const fileHits: Array<{ hit: Hit; path: Buffer }> = [];
  for (const commit of matched) {
    const author = commit.author || undefined;
    const date = isoFromEpoch(commit.time);
    for (const { entry, keys } of introductions(commit.entries, found.blobs.keysOf)) {
      const path = entry.path.toString('utf8');
      for (const match of firstMatches(found.blobs.matchesOf(entry.newOid), keys)) {
        fileHits.push({ path: entry.path, hit: { match, location: { kind: 'file', path, line: match.line, column: match.column, commit: commit.oid, author, date, encoding: match.encoding } } });
      }
    }
  }

  // inHead / headLine: HEAD's version of each path with a hit.
  if (fileHits.length) {
    const wanted = new Set(fileHits.map(({ path }) => path.toString('latin1')));
    const headBlobs = await blobsAtPaths(root, headOid, wanted);
    await scanNamedObjects(root, headBlobs.values(), detect, ctx, found, maxBlobSize);
    for (const { hit, path } of fileHits) {
      const headBlob = headBlobs.get(path.toString('latin1'));
      const headMatch = headBlob ? found.blobs.matchesOf(headBlob).find((m) => m.secret.sha256 === hit.match.secret.sha256) : undefined;
      hit.location.inHead = headMatch !== undefined;
      if (headMatch) hit.location.headLine = headMatch.line;
      hits.push(hit);
    }
  }
  yield* hits;
}

/** The blob oid at each wanted path (paths as latin1 strings of their bytes) in a commit's tree. */
export async function blobsAtPaths(root: string, commit: string, wanted: ReadonlySet<string>): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const { stdout } = await git(root, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  for (const record of stdout.toString('latin1').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const path = record.slice(tab + 1);
    if (!wanted.has(path)) continue;
    const [mode, type, oid] = record.slice(0, tab).split(' ');
    if (type === 'blob' && isBlobMode(mode)) result.set(path, oid);
  }
  return result;
}
