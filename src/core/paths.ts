/** Where a path lies relative to a folder: the one definition of "inside" (both absolute, symlinks resolved). */
import { isAbsolute, relative, sep } from 'node:path';

/** `path` relative to `dir` with `/` separators ('' for `dir` itself), or undefined when it lies outside. */
export function relativeInside(dir: string, path: string): string | undefined {
  const rel = relative(dir, path);
  if (rel === '') return '';
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

export function isInside(dir: string, path: string): boolean {
  return relativeInside(dir, path) !== undefined;
}
