/** Reading trees and files at a commit: `ls-tree` entries and one file's content, paths kept as bytes. */
import { git, streamGit, type RepoAt } from './run.js';

export interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  /** The path from the tree's root, as stored (bytes). */
  path: Buffer;
}

/** Parse `git ls-tree -z` output: `MODE TYPE OID\tPATH\0` records. */
export function parseLsTree(output: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let start = 0;
  while (start < output.length) {
    let end = output.indexOf(0, start);
    if (end === -1) end = output.length;
    const tab = output.indexOf(0x09, start);
    if (tab !== -1 && tab < end) {
      const [mode, type, oid] = output.toString('latin1', start, tab).split(' ');
      if (mode && type && oid) entries.push({ mode, type, oid, path: Buffer.from(output.subarray(tab + 1, end)) });
    }
    start = end + 1;
  }
  return entries;
}

/** Every entry of a tree (or a commit's tree), recursively; `paths` limits it to those literal paths. */
export async function lsTree(at: RepoAt, treeish: string, paths: readonly string[] = []): Promise<TreeEntry[]> {
  const args = ['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', '--end-of-options', treeish];
  const { stdout } = await git(at, paths.length ? [...args, '--', ...paths] : args);
  return parseLsTree(stdout);
}

/**
 * The content of the file at `path` (from the repository's root, `/`-separated) in `commit`, or undefined when
 * the commit has no regular file there. E.g. a config file as the base side of a pull request holds it.
 */
export async function readBlobAt(at: RepoAt, commit: string, path: string): Promise<Buffer | undefined> {
  const entry = (await lsTree(at, commit, [path])).find((e) => e.type === 'blob' && e.mode.startsWith('100') && e.path.toString('utf8') === path);
  if (!entry) return undefined;
  return (await git(at, ['cat-file', 'blob', entry.oid])).stdout;
}

/**
 * The files git tracks under the root `at` names (the index's paths, relative to that root, as bytes; an
 * unmerged path once), for scanning them as they are in the work tree.
 */
export async function trackedPaths(at: RepoAt): Promise<Buffer[]> {
  const { stdout } = await git(at, ['ls-files', '-z', '--cached']);
  const seen = new Set<string>();
  const paths: Buffer[] = [];
  let start = 0;
  while (start < stdout.length) {
    let end = stdout.indexOf(0, start);
    if (end === -1) end = stdout.length;
    const path = Buffer.from(stdout.subarray(start, end));
    if (path.length > 0 && !seen.has(path.toString('latin1'))) {
      seen.add(path.toString('latin1'));
      paths.push(path);
    }
    start = end + 1;
  }
  return paths;
}

/**
 * The path each of `oids` is first seen at walking every ref (`git rev-list --all --objects`: newest commits
 * first, each object once, with the path it was reached by). Cheaper than diffing every commit (`git log --raw`:
 * only trees are read, each once), and it stops as soon as every one is named; an oid no ref reaches is not in
 * the answer. git cuts a path at its first newline in this listing: a name to show, not to open.
 */
export async function firstPaths(at: RepoAt, oids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = new Set(oids);
  const found = new Map<string, string>();
  if (!wanted.size) return found;
  let carry = Buffer.alloc(0);
  for await (const chunk of streamGit(at, ['rev-list', '--all', '--objects'])) {
    const data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let end = data.indexOf(0x0a); end !== -1; start = end + 1, end = data.indexOf(0x0a, start)) {
      const space = data.indexOf(0x20, start);
      if (space === -1 || space > end) continue; // a commit: no path
      const oid = data.toString('latin1', start, space);
      if (!wanted.has(oid) || found.has(oid)) continue;
      found.set(oid, data.toString('utf8', space + 1, end));
      if (found.size === wanted.size) return found; // the walk is stopped (streamGit ends git)
    }
    carry = Buffer.from(data.subarray(start));
  }
  return found;
}
