/**
 * The one step from bytes to hits, shared by every source (files, staged, range, history):
 *   - detection, guarded: a detector failure becomes a note naming the file, never a lost scan;
 *   - containers: archives and compressed files are opened (containers/), each member scanned, within limits;
 *   - counters (bytesScanned; archivesScanned, membersScanned, bytesDecompressed);
 *   - locations, built from an origin (where the bytes came from) and the match: no source writes one by hand.
 */
import { archiveLimits, type ArchiveLimits } from '../core/archive-limits.js';
import { describeError } from '../core/errors.js';
import type { Detect, Hit, Location, Match, SourceContext } from '../core/types.js';
import { decompressedName, UNNAMED_STREAM } from './containers/format.js';
import { isoFromEpoch } from './git/objects.js';
import type { LogCommit } from './git/raw-log.js';
import { scanWithMembers, type Problem, type UnpackContext } from './containers/unpack.js';

export type { Problem } from './containers/unpack.js';

/** Where scanned bytes came from: a location's fields but for the match's own (line, column, encoding, member). */
export type Origin = Omit<Location, 'line' | 'column' | 'encoding' | 'member' | 'inHead' | 'headLine' | 'repository'> & {
  /** Lines before the scanned bytes in what the reader sees (0 when the bytes are the whole file). */
  lineOffset?: number;
};

/** A commit's part of an origin. */
export function commitOrigin(commit: LogCommit): Pick<Origin, 'commit' | 'author' | 'date' | 'committedDate'> {
  const date = isoFromEpoch(commit.time);
  const committed = isoFromEpoch(commit.committerTime);
  return { commit: commit.oid, author: commit.author || undefined, date, ...(committed !== date ? { committedDate: committed } : {}) };
}

/** The location of a match found in bytes from `origin`. */
export function locate(match: Match, origin: Origin): Location {
  const { lineOffset, ...where } = origin;
  const location: Location = { ...dropUndefined(where), line: match.line + (lineOffset ?? 0), column: match.column };
  if (match.encoding) location.encoding = match.encoding;
  if (match.member !== undefined) location.member = memberName(match.member, origin.path);
  return location;
}

/** The hits of matches found in bytes from `origin` (history: read from git object `object`). */
export function hitsOf(matches: readonly Match[], origin: Origin, object?: string): Hit[] {
  return matches.map((match) => (object ? { match, location: locate(match, origin), object } : { match, location: locate(match, origin) }));
}

/** A compressed stream's content is named after its file (`app.log.gz` -> `app.log`), known only once the file is. */
function memberName(member: string, path: string | undefined): string {
  if (!member.includes(UNNAMED_STREAM)) return member;
  const base = path === undefined ? '' : decompressedName(path);
  return member.split(UNNAMED_STREAM).join(base || 'content');
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface ContentScanner {
  /** A file's or a blob's content: containers opened, every member scanned; matches in members carry `member`. */
  content(data: Buffer, problem: Problem): Match[];
  /** Text that is never a container (a commit or tag message): guarded detection only. */
  text(data: Buffer, problem: Problem): Match[];
}

/** The scanner of one run: the archive limits' per-run budget is shared by every file it scans. */
export function contentScanner(detect: Detect, ctx: SourceContext, limits: Partial<ArchiveLimits> = {}): ContentScanner {
  const resolved = archiveLimits(limits);
  const run = { left: resolved.maxTotalBytes, spentNoted: false };
  const guarded = (data: Buffer, problem: Problem, member?: string): Match[] => {
    try {
      return detect(data);
    } catch (error) {
      problem('detector-error', `not scanned: the detector failed (${describeError(error)})`, member);
      return [];
    }
  };
  // One context for the run (no allocation per file: history calls this for every blob).
  const unpack: UnpackContext = { limits: resolved, run, detect: guarded, count: (name, by) => ctx.count(name, by) };
  return {
    content(data, problem) {
      ctx.count('bytesScanned', data.length);
      return scanWithMembers(data, unpack, problem);
    },
    text: (data, problem) => guarded(data, problem),
  };
}

/**
 * Problems as notes on the file they are in: `path: member: detail`. `name` is what the message calls the file
 * when it is not a path yet (history's blobs before it knows where they sit).
 */
export function noteProblems(ctx: Pick<SourceContext, 'note'>, path: string | undefined, name = path ?? '?'): Problem {
  return (reason, detail, member) => {
    const inside = member === undefined ? '' : `${memberName(member, path)}: `;
    ctx.note({ reason, message: `${name}: ${inside}${detail}`, ...(path !== undefined ? { path } : {}) });
  };
}
