/**
 * What changed since an earlier read of a repository's history, in git's terms (an incremental audit's `--state`):
 * the ref tips to remember, which remembered objects still exist, the objects reachable now and not from the
 * remembered tips, and the commits no ref reaches any more.
 */
import { headCommit, listRefs } from './repo.js';
import { gitText, streamGit, type RepoAt } from './run.js';

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function isObjectId(value: unknown): value is string {
  return typeof value === 'string' && OBJECT_ID.test(value);
}

/** Every ref's object and HEAD's commit (a detached HEAD is reachable too: `--all` reads it), each once, sorted. */
export async function refTips(at: RepoAt): Promise<string[]> {
  const [refs, head] = await Promise.all([listRefs(at), headCommit(at)]);
  const tips = new Set(refs.map((ref) => ref.oid));
  if (head) tips.add(head);
  return [...tips].filter(isObjectId).sort();
}

/** Which of `oids` the object store holds, with each one's type (one `cat-file --batch-check` for all). */
export async function existingObjects(at: RepoAt, oids: Iterable<string>): Promise<Map<string, string>> {
  const present = new Map<string, string>();
  let input = '';
  for (const oid of oids) if (isObjectId(oid)) input += `${oid}\n`;
  if (!input) return present;
  // `<oid> <type> <size>` per object held, `<oid> missing` per one that is not.
  for (const line of (await gitText(at, ['cat-file', '--batch-check'], { input })).split('\n')) {
    const [oid, type] = line.split(' ');
    if (oid && type && type !== 'missing' && isObjectId(oid)) present.set(oid, type);
  }
  return present;
}

/** `^oid` lines: rev-list and log read them on stdin (no argv limit, however many refs a repository has). */
function excluded(tips: readonly string[]): string {
  return tips.map((oid) => `^${oid}\n`).join('');
}

/**
 * The names of the objects reachable from any ref (and HEAD) and not from `tips` (which must exist), one a line,
 * streamed: commits, annotated tags, trees and blobs, each once.
 */
export async function* newObjects(at: RepoAt, tips: readonly string[], signal?: AbortSignal): AsyncGenerator<string> {
  let rest = '';
  const args = ['rev-list', '--objects', '--no-object-names', '--all', '--stdin'];
  for await (const chunk of streamGit(at, args, { input: excluded(tips), ...(signal ? { signal } : {}) })) {
    const text = rest + chunk.toString('latin1');
    const end = text.lastIndexOf('\n') + 1;
    rest = text.slice(end);
    if (end) yield text.slice(0, end);
  }
  if (rest) yield `${rest}\n`;
}

/** `git log` arguments and input that list only the commits reachable now and not from `tips` (which must exist). */
export function sinceLog(tips: readonly string[]): { args: string[]; input: string } {
  return { args: ['--stdin'], input: excluded(tips) };
}

/** The commits reachable from `tips` (commits or tags, which must exist) and from no ref now: a force-push or a deleted branch dropped them. */
export async function droppedCommits(at: RepoAt, tips: readonly string[]): Promise<Set<string>> {
  const dropped = new Set<string>();
  if (!tips.length) return dropped;
  let rest = '';
  // Read in argv order: the tips from stdin first, then `--not --all` excludes what the refs reach.
  for await (const chunk of streamGit(at, ['rev-list', '--stdin', '--not', '--all'], { input: `${tips.join('\n')}\n` })) {
    const lines = (rest + chunk.toString('latin1')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line) dropped.add(line);
  }
  if (rest) dropped.add(rest);
  return dropped;
}
