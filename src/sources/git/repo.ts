/** What a source needs to know about a repository before it reads it; refs, commits and their ancestry. */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { UserError } from '../../core/errors.js';
import { scrub } from '../../core/scrub.js';
import { git, gitText, rootOf, type RepoAt } from './run.js';

export interface Repository {
  /** The path the user gave; every git call runs with `-C root`. */
  root: string;
  bare: boolean;
  shallow: boolean;
  /** A partial clone: some objects live only on the promisor remote and are never fetched by a scan. */
  partial: boolean;
  objectFormat: 'sha1' | 'sha256';
}

/** Open `at` as a repository (work tree, subdirectory of one, or bare); UserError when it is not one. */
export async function openRepository(at: RepoAt): Promise<Repository> {
  const root = rootOf(at);
  let isDirectory: boolean | undefined;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    // reported below
  }
  if (isDirectory === undefined) throw new UserError(`no such directory: ${root}`);
  if (!isDirectory) throw new UserError(`not a directory (a git repository is): ${root}`);
  // Both at once (a git start is ~15 ms here, before anything is scanned); rev-parse's failure is the one reported.
  const configRun = git(at, ['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$'], { okCodes: [0, 1] });
  configRun.catch(() => undefined);
  const text = await gitText(at, ['rev-parse', '--is-bare-repository', '--is-shallow-repository', '--show-object-format']);
  const [bare, shallow, format] = text.split('\n');
  const config = await configRun;
  return {
    root,
    bare: bare === 'true',
    shallow: shallow === 'true',
    partial: config.stdout.length > 0,
    objectFormat: format === 'sha256' ? 'sha256' : 'sha1',
  };
}

/** Whether `at` is inside a git repository (work tree or bare) at all. */
export async function isRepository(at: RepoAt): Promise<boolean> {
  const probe = await git(at, ['rev-parse', '--git-dir'], { okCodes: [0, 128] }).catch(() => undefined);
  return probe?.code === 0;
}

/** The work tree's top directory, or undefined (bare, or not a repository). */
export async function topLevel(at: RepoAt): Promise<string | undefined> {
  const result = await git(at, ['rev-parse', '--show-toplevel'], { okCodes: [0, 128] }).catch(() => undefined);
  const top = result?.code === 0 ? result.stdout.toString('utf8').replace(/\n$/, '') : '';
  return top || undefined;
}

export async function isShallow(at: RepoAt): Promise<boolean> {
  return (await gitText(at, ['rev-parse', '--is-shallow-repository'])) === 'true';
}

/** The commit a revision names (a ref, an oid, `HEAD~2`), or undefined when there is none. */
export async function resolveRevision(at: RepoAt, revision: string): Promise<string | undefined> {
  if (!revision || revision.startsWith('-')) return undefined;
  const result = await git(at, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { okCodes: [0, 1, 128] });
  const oid = result.stdout.toString('latin1').trim();
  return result.code === 0 && oid ? oid : undefined;
}

/**
 * The commit a ref names, or a UserError that says what is wrong with it and what to do: no such ref (fetch it),
 * a commit a shallow clone cut off (`git fetch --unshallow`, `fetch-depth: 0`), or a tree or blob, not a commit.
 * `what` names the ref's role in the message ("the --range base").
 */
export async function resolveCommit(at: RepoAt, ref: string, what?: string): Promise<string> {
  const oid = await resolveRevision(at, ref);
  if (oid) return oid;
  // The ref is the user's text (an input, a branch name): a key pasted there leaves only as its hint.
  const named = scrub(ref);
  if (!ref || ref.startsWith('-')) throw new UserError(`unknown ref: ${JSON.stringify(named)}`);
  const role = what ? `${what}: ` : '';
  const object = await git(at, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{object}`], { okCodes: [0, 1, 128] });
  const found = object.code === 0 ? object.stdout.toString('latin1').trim() : '';
  if (found) {
    const type = (await git(at, ['cat-file', '-t', found], { okCodes: [0, 128] })).stdout.toString('latin1').trim() || 'object';
    throw new UserError(`not a commit: ${named} (${role}a ${type}): give a branch, tag or commit`);
  }
  // A checkout has origin/main but no local main: the name the user meant is one word away.
  const remote = !ref.includes('/') && (await resolveRevision(at, `origin/${ref}`)) ? `use origin/${named}, ` : '';
  const fetch = `${remote}${/^[0-9a-f]{7,64}$/i.test(ref) ? 'fetch that commit' : `fetch it (git fetch origin ${shellWord(named)})`}`;
  if (await isShallow(at).catch(() => false)) {
    throw new UserError(
      `unknown ref: ${named} (${role}not in this shallow clone ${rootOf(at)}): ${fetch}, or fetch the whole history ` +
        '(git fetch --unshallow; in GitHub Actions, fetch-depth: 0 in actions/checkout)',
    );
  }
  throw new UserError(`unknown ref: ${named} (${role}no such branch, tag or commit in ${rootOf(at)}): check the name, or ${fetch}`);
}

/** HEAD's commit, or undefined before the first commit. */
export async function headCommit(at: RepoAt): Promise<string | undefined> {
  return resolveRevision(at, 'HEAD');
}

/** Whether the commit is in the object store. */
export async function hasCommit(at: RepoAt, oid: string): Promise<boolean> {
  if (!oid || oid.startsWith('-')) return false;
  return (await git(at, ['cat-file', '-e', `${oid}^{commit}`], { okCodes: [0, 1, 128] })).code === 0;
}

/** Whether `ancestor` is reachable from `descendant` (`merge-base --is-ancestor`); false when either is unknown. */
export async function isAncestor(at: RepoAt, ancestor: string, descendant: string): Promise<boolean> {
  return (await git(at, ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], { okCodes: [0, 1, 128] })).code === 0;
}

/** The best common ancestor of two commits, or undefined (unrelated, or the history is cut short). */
export async function mergeBase(at: RepoAt, a: string, b: string): Promise<string | undefined> {
  const result = await git(at, ['merge-base', '--end-of-options', a, b], { okCodes: [0, 1, 128] });
  return result.code === 0 ? result.stdout.toString('latin1').trim() || undefined : undefined;
}

/** The commits reachable from `head` and not from `base` (git's base..head), newest first. */
export async function commitsBetween(at: RepoAt, base: string, head: string): Promise<string[]> {
  const text = await gitText(at, ['rev-list', '--end-of-options', head, `^${base}`]);
  return text.split('\n').filter(Boolean);
}

/** The empty tree's oid in this repository's object format. */
export async function emptyTree(at: RepoAt): Promise<string> {
  return gitText(at, ['hash-object', '-t', 'tree', '--stdin'], { input: '' });
}

/** Objects in the store (loose + packed), for progress totals. Undefined when git cannot say. */
export async function countObjects(at: RepoAt): Promise<number | undefined> {
  try {
    const text = await gitText(at, ['count-objects', '-v']);
    let total = 0;
    for (const line of text.split('\n')) {
      const [name, value] = line.split(': ');
      if (name === 'count' || name === 'in-pack') total += Number(value) || 0;
    }
    return total;
  } catch {
    return undefined;
  }
}

export interface RefTarget {
  ref: string;
  /** The object the ref points at. */
  oid: string;
  type: string;
  /** For refs to annotated tags: the object the tag chain ends at. */
  peeledOid?: string;
  peeledType?: string;
}

/** Every ref with its object and (for tags) its peeled object. */
export async function listRefs(at: RepoAt): Promise<RefTarget[]> {
  const text = await gitText(at, ['for-each-ref', '--format=%(objectname) %(objecttype) %(*objectname) %(*objecttype) %(refname)']);
  const refs: RefTarget[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [oid, type, peeledOid, peeledType, ...rest] = line.split(' ');
    refs.push({ ref: rest.join(' '), oid, type, peeledOid: peeledOid || undefined, peeledType: peeledType || undefined });
  }
  return refs;
}

/** The short name a symbolic ref points at (`origin/main` for refs/remotes/origin/HEAD), or undefined. */
export async function symbolicRef(at: RepoAt, ref: string): Promise<string | undefined> {
  const result = await git(at, ['symbolic-ref', '--quiet', '--short', ref], { okCodes: [0, 1, 128] });
  return result.code === 0 ? result.stdout.toString('utf8').trim() || undefined : undefined;
}

/** The commits at a shallow clone's boundary (their parents are not here); empty when not shallow. */
export async function shallowBoundary(at: RepoAt): Promise<Set<string>> {
  const path = await gitText(at, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow']);
  try {
    return new Set((await readFile(path, 'latin1')).split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

/** The all-zeros oid git uses for "no commit" (a push creating or deleting a branch). */
export function isNullOid(oid: string): boolean {
  return /^0+$/.test(oid);
}

/** `text` as one shell word a user can paste: as it is when plainly a ref name, else single-quoted. */
function shellWord(text: string): string {
  return /^[\w./@+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
