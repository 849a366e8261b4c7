/**
 * A file as one commit has it, and whether a range changes it: what a range scan needs to read its config and
 * baseline from the base side (a pull request cannot rewrite the rules it is checked by).
 */
import { git, type RepoAt } from './run.js';

/** Config and baseline files are small; anything larger at that path is refused rather than read. */
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * The content of `path` (relative to the repository's folder `at`, as git's `./` form resolves it) at `commit`;
 * undefined when the commit has no such file. Throws when it is not a file or too large.
 */
export async function fileAtCommit(at: RepoAt, commit: string, path: string): Promise<Buffer | undefined> {
  const spec = `${commit}:./${path.split('\\').join('/')}`;
  const found = await git(at, ['cat-file', '-t', '--end-of-options', spec], { okCodes: [0, 1, 128] });
  if (found.code !== 0) return undefined;
  const type = found.stdout.toString('utf8').trim();
  if (type !== 'blob') throw new Error(`${path} at ${commit.slice(0, 12)} is a ${type}, not a file`);
  const size = Number((await git(at, ['cat-file', '-s', '--end-of-options', spec])).stdout.toString('utf8').trim());
  if (size > MAX_BYTES) throw new Error(`${path} at ${commit.slice(0, 12)} is too large (${size} bytes)`);
  return (await git(at, ['cat-file', 'blob', '--end-of-options', spec])).stdout;
}

/** The paths among `paths` (relative to `at`'s folder) that differ between `base` and `head`. */
export async function changedPaths(at: RepoAt, base: string, head: string, paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const { stdout } = await git(at, ['diff', '--name-only', '-z', '--relative', base, head, '--', ...paths.map((p) => `:(literal)${p}`)]);
  return stdout.toString('utf8').split('\0').filter(Boolean);
}
