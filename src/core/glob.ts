/**
 * Path globs for `exclude.paths` and the audit's repository filter, matched in linear time.
 *
 * Patterns come from files a pull request or a downloaded repository may write, so they are hostile: a glob
 * turned into a backtracking RegExp (`**\/**\/**\/…`) can take exponential time on one path. Here a pattern
 * becomes a Thompson NFA (one node per pattern element, alternatives sharing their continuation) and a path is
 * matched by stepping the set of live states one character at a time: O(path length × pattern length),
 * whatever the pattern. Semantics, gitignore-like:
 * - paths and patterns use `/`; a leading `./` is ignored;
 * - a pattern with no `/` except a trailing one matches a name at any depth (`*.md`, `node_modules`);
 *   a pattern with a `/` in it is anchored at the root (`test/fixtures/**`), as is one starting with `/`;
 * - a pattern that matches a directory also matches everything under it (`vendor`, `vendor/`);
 * - `*` any characters but `/`, `**` any number of whole segments, `?` one character but `/`,
 *   `[abc]`, `[a-z]`, `[!abc]` or `[^abc]`, `{a,b}` alternatives (nestable), `\` escapes the next character;
 * - dotfiles are not special: `*` matches `.env`.
 * Characters are Unicode code points.
 */
export type PathMatcher = (path: string) => boolean;

type Test = (c: string) => boolean;

/** The pattern's elements; `opt` and `alt` nest. */
type Item =
  | { k: 'char'; test: Test }
  | { k: 'star'; test: Test }
  | { k: 'opt'; items: Item[] }
  | { k: 'alt'; alts: Item[][] };

type Node = { t: 'char'; test: Test; next: number } | { t: 'split'; next: number[] } | { t: 'match' };

const ANY: Test = () => true;
const NOT_SLASH: Test = (c) => c !== '/';
const literal = (ch: string): Test => (c) => c === ch;
const SEGMENTS: Item = { k: 'opt', items: [{ k: 'star', test: ANY }, { k: 'char', test: literal('/') }] };
const BELOW: Item = { k: 'opt', items: [{ k: 'char', test: literal('/') }, { k: 'star', test: ANY }] };

/** A matcher that is true when any of the patterns matches. */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
  if (patterns.length === 0) return () => false;
  const matchers = patterns.map(compileGlob);
  return (path) => matchers.some((match) => match(path));
}

/**
 * Whether everything under the directory `path` is matched, so a walk need not enter it: the directory itself
 * matches (`vendor`), or its contents do whatever their names (`node_modules/**`, `build/*`: tried as `path/`,
 * which only a pattern whose rest can be empty matches).
 */
export function excludesDirectory(match: PathMatcher, path: string): boolean {
  return match(path) || match(`${path}/`);
}

/** One pattern's matcher. */
export function compileGlob(pattern: string): PathMatcher {
  let p = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  let anchored = false;
  if (p.startsWith('/')) {
    anchored = true;
    p = p.replace(/^\/+/, '');
  }
  p = p.replace(/\/+$/, '');
  if (p.includes('/')) anchored = true;
  const items = [...(anchored ? [] : [SEGMENTS]), ...parse([...p]), BELOW];
  const nodes: Node[] = [{ t: 'match' }];
  const start = build(items, 0, nodes);
  return (path) => run(nodes, start, path.startsWith('./') ? path.slice(2) : path);
}

/** Thompson construction, back to front: each item gets the node to go on to. */
function build(items: readonly Item[], next: number, nodes: Node[]): number {
  const add = (node: Node): number => nodes.push(node) - 1;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    switch (item.k) {
      case 'char':
        next = add({ t: 'char', test: item.test, next });
        break;
      case 'star': {
        const split = add({ t: 'split', next: [] });
        const char = add({ t: 'char', test: item.test, next: split });
        (nodes[split] as { next: number[] }).next = [char, next];
        next = split;
        break;
      }
      case 'opt':
        next = add({ t: 'split', next: [build(item.items, next, nodes), next] });
        break;
      case 'alt': {
        const after = next;
        next = add({ t: 'split', next: item.alts.map((alt) => build(alt, after, nodes)) });
        break;
      }
    }
  }
  return next;
}

/** Step the set of states through the path; true when the match node is reached at its end. */
function run(nodes: readonly Node[], start: number, path: string): boolean {
  const mark = new Uint32Array(nodes.length);
  let generation = 0;
  const closure = (from: readonly number[]): number[] => {
    generation++;
    const out: number[] = [];
    const stack = [...from];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (mark[id] === generation) continue;
      mark[id] = generation;
      const node = nodes[id]!;
      if (node.t === 'split') for (let i = node.next.length - 1; i >= 0; i--) stack.push(node.next[i]!);
      else out.push(id);
    }
    return out;
  };
  let states = closure([start]);
  for (const c of path) {
    const next: number[] = [];
    for (const id of states) {
      const node = nodes[id]!;
      if (node.t === 'char' && node.test(c)) next.push(node.next);
    }
    if (next.length === 0) return false;
    states = closure(next);
  }
  return states.some((id) => nodes[id]!.t === 'match');
}

/** The pattern's elements; `p` is its code points. */
function parse(p: readonly string[]): Item[] {
  // Open brace groups: each a list of alternatives, the last one being filled.
  const groups: Item[][][] = [[[]]];
  const current = (): Item[] => groups[groups.length - 1]!.at(-1)!;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\' && i + 1 < p.length) {
      current().push({ k: 'char', test: literal(p[++i]!) });
    } else if (c === '*') {
      let j = i;
      while (p[j] === '*') j++;
      const atSegmentStart = i === 0 || p[i - 1] === '/';
      const atSegmentEnd = j === p.length || p[j] === '/';
      if (j - i >= 2 && atSegmentStart && atSegmentEnd) {
        // `a/**`: anything below (with the trailing BELOW); `**/`: zero or more whole segments.
        if (j === p.length) current().push({ k: 'star', test: ANY });
        else {
          current().push(SEGMENTS);
          j++;
        }
      } else current().push({ k: 'star', test: NOT_SLASH });
      i = j - 1;
    } else if (c === '?') {
      current().push({ k: 'char', test: NOT_SLASH });
    } else if (c === '[') {
      const close = findClass(p, i);
      if (close < 0) current().push({ k: 'char', test: literal('[') });
      else {
        current().push({ k: 'char', test: classTest(p.slice(i + 1, close)) });
        i = close;
      }
    } else if (c === '{' && hasClosingBrace(p, i)) {
      groups.push([[]]);
    } else if (c === ',' && groups.length > 1) {
      groups[groups.length - 1]!.push([]);
    } else if (c === '}' && groups.length > 1) {
      const alts = groups.pop()!;
      current().push({ k: 'alt', alts });
    } else {
      current().push({ k: 'char', test: literal(c) });
    }
  }
  // A brace whose closing one sat inside a class: close what is still open.
  while (groups.length > 1) {
    const alts = groups.pop()!;
    current().push({ k: 'alt', alts });
  }
  return groups[0]![0]!;
}

/** `[…]`'s test: members and ranges; `!` or `^` first negates (and never matches `/`); `\` is a member too. */
function classTest(body: readonly string[]): Test {
  let i = 0;
  const negate = body[0] === '!' || body[0] === '^';
  if (negate) i++;
  const singles = new Set<string>();
  const ranges: [number, number][] = [];
  for (; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && i + 1 < body.length) {
      singles.add('\\').add(body[++i]!);
    } else if (body[i + 1] === '-' && i + 2 < body.length) {
      ranges.push([c.codePointAt(0)!, body[i + 2]!.codePointAt(0)!]);
      i += 2;
    } else singles.add(c);
  }
  const member = (c: string): boolean => {
    if (singles.has(c)) return true;
    const code = c.codePointAt(0)!;
    return ranges.some(([lo, hi]) => code >= lo && code <= hi);
  };
  return negate ? (c) => c !== '/' && !member(c) : member;
}

/** The index of the `]` closing the class opened at `start`, or -1. A `]` right after `[` or `[!` is literal. */
function findClass(p: readonly string[], start: number): number {
  let i = start + 1;
  if (p[i] === '!' || p[i] === '^') i++;
  if (p[i] === ']') i++;
  for (; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === ']') return i;
  }
  return -1;
}

function hasClosingBrace(p: readonly string[], start: number): boolean {
  let depth = 0;
  for (let i = start; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === '{') depth++;
    else if (p[i] === '}' && --depth === 0) return true;
  }
  return false;
}
