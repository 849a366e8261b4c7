/** What a source needs to know about a repository before it reads it, and ref resolution with clear errors. */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { UserError } from '../../core/errors.js';
import { git, gitText } from './run.js';

export interface Repository {
  /** The path the user gave; every git call runs with `-C root`. */
  root: string;
  bare: boolean;
  shallow: boolean;
  /** A partial clone: some objects live only on the promisor remote and are never fetched by a scan. */
  partial: boolean;
  objectFormat: 'sha1' | 'sha256';
}

/** Open `root` as a repository (work tree, subdirectory of one, or bare); UserError when it is not one. */
export async function openRepository(root: string): Promise<Repository> {
  let isDirectory: boolean | undefined;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    // reported below
  }
  if (isDirectory === undefined) throw new UserError(`no such directory: ${root}`);
  if (!isDirectory) throw new UserError(`not a directory (a git repository is): ${root}`);
  const text = await gitText(root, ['rev-parse', '--is-bare-repository', '--is-shallow-repository', '--show-object-format']);
  const [bare, shallow, format] = text.split('\n');
  const config = await git(root, ['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$'], { okCodes: [0, 1] });
  return {
    root,
    bare: bare === 'true',
    shallow: shallow === 'true',
    partial: config.stdout.length > 0,
    objectFormat: format === 'sha256' ? 'sha256' : 'sha1',
  };
}

/** The commit a ref names, or a UserError naming the ref. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  if (!ref || ref.startsWith('-')) throw new UserError(`unknown ref: ${JSON.stringify(ref)}`);
  const result = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { okCodes: [0, 1, 128] });
  const oid = result.stdout.toString('latin1').trim();
  if (result.code !== 0 || !oid) throw new UserError(`unknown ref: ${ref} (no such commit in ${root})`);
  return oid;
}

/** HEAD's commit, or undefined before the first commit. */
export async function headCommit(root: string): Promise<string | undefined> {
  const result = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okCodes: [0, 1, 128] });
  const oid = result.stdout.toString('latin1').trim();
  return result.code === 0 && oid ? oid : undefined;
}

/** The empty tree's oid in this repository's object format. */
export async function emptyTree(root: string): Promise<string> {
  return gitText(root, ['hash-object', '-t', 'tree', '--stdin'], { input: '' });
}

/** Objects in the store (loose + packed), for progress totals. Undefined when git cannot say. */
export async function countObjects(root: string): Promise<number | undefined> {
  try {
    const text = await gitText(root, ['count-objects', '-v']);
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
export async function listRefs(root: string): Promise<RefTarget[]> {
  const text = await gitText(root, ['for-each-ref', '--format=%(objectname) %(objecttype) %(*objectname) %(*objecttype) %(refname)']);
  const refs: RefTarget[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [oid, type, peeledOid, peeledType, ...rest] = line.split(' ');
    refs.push({ ref: rest.join(' '), oid, type, peeledOid: peeledOid || undefined, peeledType: peeledType || undefined });
  }
  return refs;
}

/** The commits at a shallow clone's boundary (their parents are not here); empty when not shallow. */
export async function shallowBoundary(root: string): Promise<Set<string>> {
  const path = await gitText(root, ['rev-parse', '--git-path', 'shallow']);
  try {
    const text = readFileSync(isAbsolute(path) ? path : join(root, path), 'latin1');
    return new Set(text.split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

export function isNullOid(oid: string): boolean {
  return /^0+$/.test(oid);
}
