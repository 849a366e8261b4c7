/**
 * A pull request's diff as GitHub shows it (merge-base of base and head, to head): for each new path, the lines
 * a review comment may sit on. Computed before the scan and handed to the reporters, which run no git.
 */
import { git, gitText, type RepoAt } from './run.js';

/**
 * Every file as text (`--text`: a `.gitattributes` marking files `-diff` or `binary` must not hide their added
 * lines), fixed prefixes and paths from the repository's root whatever the config says (`diff.noprefix`,
 * `diff.mnemonicPrefix`, `diff.relative`), and hunks never merged across unchanged lines (`diff.interHunkContext`:
 * those lines are not added). External diffs and textconv are off for every diff (hardening.ts).
 */
const DIFF_ARGS = ['--no-color', '--text', '--no-relative', '--src-prefix=a/', '--dst-prefix=b/', '--find-renames', '-U0', '--inter-hunk-context=0'];

/** path -> the RIGHT-side lines a review comment may sit on. */
export type DiffLines = Map<string, Set<number>>;

/** Unquote a path as git prints it in a diff header when it holds unusual bytes ("b/t\303\244st"). */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[++i]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The added lines of a unified diff (`-U0`), per new path. */
export function parseDiffLines(diff: string): DiffLines {
  const lines: DiffLines = new Map();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      // git ends the name with a tab when it holds a space; a name with a real tab is quoted instead.
      const target = line.slice(4).replace(/\t$/, '');
      if (target === '/dev/null') {
        current = undefined;
        continue;
      }
      const path = unquote(target).replace(/^b\//, '');
      current = lines.get(path) ?? new Set();
      lines.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return lines;
}

/** The pull request's diff as GitHub shows it (merge-base of base and head, to head), added lines only. */
export async function pullDiffLines(at: RepoAt, base: string, head: string): Promise<DiffLines> {
  const diff = await gitText(at, ['diff', ...DIFF_ARGS, '--end-of-options', `${base}...${head}`, '--']);
  return parseDiffLines(diff);
}

/** The paths among `paths` (from the repository's root) that differ between `base` and `head`. */
export async function changedPaths(at: RepoAt, base: string, head: string, paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const { stdout } = await git(at, ['--literal-pathspecs', 'diff', '--no-relative', '--name-only', '-z', base, head, '--', ...paths]);
  return stdout.toString('utf8').split('\0').filter(Boolean);
}
