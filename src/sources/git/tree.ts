/** Reading trees and files at a commit: `ls-tree` entries and one file's content, paths kept as bytes. */
import { git, type RepoAt } from './run.js';

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
