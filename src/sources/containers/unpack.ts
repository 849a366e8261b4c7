/**
 * Looking inside containers: the detector runs on a file's own bytes and on every member of every archive in
 * it, nested up to the depth limit, within the limits on decompressed bytes (per file and per run), ratio and
 * member count. Each limit hit, each unreadable member and each corrupt archive is a problem reported to the
 * caller (which names the file); nothing here throws for bad input, and what one member held is kept whatever
 * happens to the next.
 */
import { RATIO_FLOOR, type ArchiveLimits } from '../../core/archive-limits.js';
import { describeError } from '../../core/errors.js';
import { formatBytes } from '../../core/size.js';
import type { Match } from '../../core/types.js';
import type { ContainerFormat, MemberBytes, MemberEntry } from './format.js';
import { formatsOf } from './index.js';

/** Something not read, for the caller to note: `member` is the path inside the file (absent for the file itself). */
export type Problem = (reason: string, detail: string, member?: string) => void;

export interface UnpackContext {
  limits: ArchiveLimits;
  /** Decompressed bytes left for the rest of the run (shared by every file). */
  run: { left: number; spentNoted: boolean };
  /** The detector, guarded: it never throws; its failure is reported to `problem` for `member`. */
  detect(data: Buffer, problem: Problem, member: string | undefined): Match[];
  count(name: string, by?: number): void;
}

/** The context of one file: the run's, and where this file's problems go. */
interface FileContext extends UnpackContext {
  problem: Problem;
}

/** How many notes of one reason a file gets before the rest are only counted (a 100k-member encrypted zip is one line, not 100k). */
const NOTES_PER_REASON = 3;

type Limit = 'size' | 'total' | 'ratio';

interface FileState {
  left: number;
  noted: Map<string, number>;
}

/** Every match in `data` and, when it is a container, in its members; matches inside members carry `member`. */
export function scanWithMembers(data: Buffer, ctx: UnpackContext, report: Problem): Match[] {
  // The clean case (no container: nearly every file and blob) costs the sniffs and nothing else.
  if (ctx.limits.maxDepth === 0 || formatsOf(data).length === 0) return ctx.detect(data, report, undefined);
  const file: FileState = { left: ctx.limits.maxBytes, noted: new Map() };
  const problem: Problem = (reason, detail, member) => {
    const seen = (file.noted.get(reason) ?? 0) + 1;
    file.noted.set(reason, seen);
    if (seen <= NOTES_PER_REASON) report(reason, detail, member);
  };
  const matches = scanIn(data, undefined, undefined, 0, file, { ...ctx, problem });
  for (const [reason, seen] of file.noted) {
    if (seen > NOTES_PER_REASON) report(reason, `${seen - NOTES_PER_REASON} more member(s) not scanned for the same reason (${reason})`);
  }
  return matches;
}

function join(prefix: string | undefined, name: string): string {
  return prefix === undefined ? name : `${prefix}!${name}`;
}

function tag(matches: Match[], member: string | undefined): Match[] {
  if (member === undefined) return matches;
  return matches.map((match) => ({ ...match, member }));
}

/**
 * `path`: where `data` is (undefined for the file itself); `prefix`: what its members' paths start with (its own
 * path, except for a compressed stream's content, whose members take the stream's place).
 */
function scanIn(data: Buffer, path: string | undefined, prefix: string | undefined, depth: number, file: FileState, ctx: FileContext): Match[] {
  const formats = formatsOf(data);
  if (formats.length === 0) return tag(ctx.detect(data, ctx.problem, path), path);
  const { limits } = ctx;
  if (depth >= limits.maxDepth) {
    ctx.problem('archive-limit', `${formats[0].name} archive nested more than ${limits.maxDepth} deep (--max-archive-depth): not opened, its bytes scanned as they are`, path);
    return tag(ctx.detect(data, ctx.problem, path), path);
  }
  if (ctx.run.left <= 0) return tag(ctx.detect(data, ctx.problem, path), path);
  const inner: Match[] = [];
  for (const format of formats) inner.push(...membersOf(format, data, path, prefix, depth, file, ctx));
  // Its own bytes too: a key outside every member (an archive comment, the readable part of a corrupt archive)
  // is found all the same; one already placed in a member is not reported twice.
  const placed = new Set(inner.map((match) => match.secret.sha256));
  const own = tag(ctx.detect(data, ctx.problem, path), path).filter((match) => !placed.has(match.secret.sha256));
  return own.length ? [...own, ...inner] : inner;
}

/** The matches in the members of `data` read as `format`. */
function membersOf(format: ContainerFormat, data: Buffer, path: string | undefined, prefix: string | undefined, depth: number, file: FileState, ctx: FileContext): Match[] {
  const { limits } = ctx;
  ctx.count('archivesScanned');
  const inner: Match[] = [];
  let members = 0;
  try {
    const ownName = path === undefined ? undefined : path.slice(path.lastIndexOf('!') + 1);
    for (const entry of format.members(data, ownName)) {
      if (++members > limits.maxMembers) {
        ctx.problem('archive-limit', `${format.name} archive has more than ${limits.maxMembers} members (--max-archive-members): the rest were not scanned`, path);
        break;
      }
      const name = join(prefix, entry.name);
      const bytes = readMember(entry, name, file, ctx);
      if (bytes) inner.push(...scanIn(bytes, name, format.stream ? prefix : name, depth + 1, file, ctx));
    }
  } catch (error) {
    ctx.problem('archive-corrupt', `${format.name} archive cannot be read (${describeError(error)}); the members before that were scanned`, path);
  }
  return inner;
}

/**
 * A member's bytes within the limits, or undefined (with a problem reported) when it cannot be read or no budget
 * is left. Every member spends the budgets by the bytes it hands the detector, stored or decompressed (a zip of
 * members overlapping the same stored bytes costs what it makes the detector read); one over a limit is scanned
 * up to it, and the note says how much was left unread.
 */
function readMember(entry: MemberEntry, name: string, file: FileState, ctx: FileContext): Buffer | undefined {
  if (entry.unreadable) {
    ctx.problem(entry.unreadable.reason, `not scanned: ${entry.unreadable.why}`, name);
    return undefined;
  }
  const { limits, run } = ctx;
  const ratioCap = Math.max(RATIO_FLOOR, limits.maxRatio * entry.compressedSize);
  const limit = Math.min(file.left, run.left, ratioCap);
  const which: Limit = limit === run.left && run.left < file.left ? 'total' : limit === file.left ? 'size' : 'ratio';
  if (limit <= 0) {
    overLimit(which, name, ctx, undefined);
    return undefined;
  }
  let read: MemberBytes;
  try {
    read = entry.read(limit);
  } catch (error) {
    ctx.problem('archive-corrupt', `not scanned: cannot be read (${describeError(error)})`, name);
    return undefined;
  }
  const { bytes } = read;
  if (read.damaged !== undefined && bytes.length === 0) {
    ctx.problem('archive-corrupt', `not scanned: cannot be read (${read.damaged})`, name);
    return undefined;
  }
  ctx.count('membersScanned');
  file.left -= bytes.length;
  run.left -= bytes.length;
  ctx.count('bytesDecompressed', bytes.length);
  if (read.notRead !== undefined) overLimit(which, name, ctx, read);
  if (read.damaged !== undefined) ctx.problem('archive-corrupt', `scanned the first ${formatBytes(bytes.length)}; the rest cannot be read (${read.damaged})`, name);
  return bytes;
}

/** The note for a member cut (`read`) or not read at all (no budget left) by a limit. */
function overLimit(which: Limit, name: string, ctx: FileContext, read: MemberBytes | undefined): void {
  const { limits, run } = ctx;
  const what = read
    ? `scanned the first ${formatBytes(read.bytes.length)}; the rest (at least ${formatBytes(read.notRead ?? 0)} more) not read`
    : 'not scanned';
  if (which === 'total') {
    if (run.spentNoted) return;
    run.spentNoted = true;
    ctx.problem('archive-limit', `${what}: the ${formatBytes(limits.maxTotalBytes)} of decompressed content allowed per run are used up (--max-archive-total); later archives are scanned as they are, unopened`, name);
  } else if (which === 'size') {
    ctx.problem('archive-limit', `${what}: over the ${formatBytes(limits.maxBytes)} of decompressed content read per archive (--max-archive-size)`, name);
  } else {
    ctx.problem('archive-limit', `${what}: decompresses to more than ${limits.maxRatio} times its compressed size (--max-archive-ratio; a decompression bomb?)`, name);
  }
}
