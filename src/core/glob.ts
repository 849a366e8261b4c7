/**
 * Path globs for `exclude.paths`, compiled to RegExps.
 *
 * Written here rather than imported: picomatch/micromatch are only transitive dependencies (of fast-glob)
 * and ship no types, and what the config needs is small. Semantics, gitignore-like:
 * - paths and patterns use `/`; a leading `./` is ignored;
 * - a pattern with no `/` except a trailing one matches a name at any depth (`*.md`, `node_modules`);
 *   a pattern with a `/` in it is anchored at the root (`test/fixtures/**`), as is one starting with `/`;
 * - a pattern that matches a directory also matches everything under it (`vendor`, `vendor/`);
 * - `*` any characters but `/`, `**` any number of whole segments, `?` one character but `/`,
 *   `[abc]`, `[a-z]`, `[!abc]` or `[^abc]`, `{a,b}` alternatives (nestable), `\` escapes the next character;
 * - dotfiles are not special: `*` matches `.env`.
 */
export type PathMatcher = (path: string) => boolean;

/** A matcher that is true when any of the patterns matches. */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
  if (patterns.length === 0) return () => false;
  const regexps = patterns.map(globToRegExp);
  return (path) => {
    const p = path.startsWith('./') ? path.slice(2) : path;
    return regexps.some((re) => re.test(p));
  };
}

export function globToRegExp(pattern: string): RegExp {
  let p = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  let anchored = false;
  if (p.startsWith('/')) {
    anchored = true;
    p = p.replace(/^\/+/, '');
  }
  p = p.replace(/\/+$/, '');
  if (p.includes('/')) anchored = true;
  const body = translate(p);
  const prefix = anchored ? '^' : '^(?:.*/)?';
  return new RegExp(`${prefix}${body}(?:/.*)?$`, 's');
}

function translate(p: string): string {
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\' && i + 1 < p.length) {
      out += escapeRegExp(p[++i]);
    } else if (c === '*') {
      if (p[i + 1] === '*') {
        let j = i;
        while (p[j] === '*') j++;
        const atSegmentStart = i === 0 || p[i - 1] === '/';
        const atSegmentEnd = j === p.length || p[j] === '/';
        if (atSegmentStart && atSegmentEnd) {
          if (j === p.length) {
            // `a/**` : `a/` then anything (the trailing `(?:/.*)?` covers the rest); `**` alone: anything.
            out += '.*';
          } else {
            // `**/` : zero or more whole segments.
            out += '(?:.*/)?';
            j++;
          }
          i = j - 1;
          continue;
        }
        i = j - 1;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = findClass(p, i);
      if (close < 0) {
        out += '\\[';
      } else {
        let cls = p.slice(i + 1, close);
        let negate = false;
        if (cls[0] === '!' || cls[0] === '^') {
          negate = true;
          cls = cls.slice(1);
        }
        const inner = cls.replace(/\\/g, '\\\\').replace(/\]/g, '\\]').replace(/\[/g, '\\[');
        out += negate ? `[^/${inner}]` : `[${inner}]`;
        i = close;
      }
    } else if (c === '{' && hasClosingBrace(p, i)) {
      braceDepth++;
      out += '(?:';
    } else if (c === ',' && braceDepth > 0) {
      out += '|';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else {
      out += escapeRegExp(c);
    }
  }
  return out;
}

/** The index of the `]` closing the class opened at `start`, or -1. A `]` right after `[` or `[!` is literal. */
function findClass(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '!' || p[i] === '^') i++;
  if (p[i] === ']') i++;
  for (; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === ']') return i;
  }
  return -1;
}

function hasClosingBrace(p: string, start: number): boolean {
  let depth = 0;
  for (let i = start; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === '{') depth++;
    else if (p[i] === '}' && --depth === 0) return true;
  }
  return false;
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
