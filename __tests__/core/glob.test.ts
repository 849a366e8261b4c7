import { describe, it, expect } from '@jest/globals';
import { compileGlobs } from '../../src/core/glob.js';

function matches(pattern: string, path: string): boolean {
  return compileGlobs([pattern])(path);
}

describe('compileGlobs', () => {
  it.each([
    ['*.md', 'README.md', true],
    ['*.md', 'docs/deep/guide.md', true],
    ['*.md', 'README.mdx', false],
    ['*.env', '.env', true],
    ['.env*', '.env.local', true],
    ['*', '.env', true],
    ['vendor', 'vendor/lib/a.js', true],
    ['vendor/', 'src/vendor/a.js', true],
    ['vendor', 'vendored/a.js', false],
    ['test/fixtures/**', 'test/fixtures/a/b.txt', true],
    ['test/fixtures/**', 'src/test/fixtures/a.txt', false],
    ['/test/*.txt', 'test/a.txt', true],
    ['./test/*.txt', 'test/a.txt', true],
    ['test/*.txt', 'test/sub/a.txt', false],
    ['**/fixtures/*.json', 'fixtures/a.json', true],
    ['**/fixtures/*.json', 'a/b/fixtures/c.json', true],
    ['src/**/*.snap', 'src/a.snap', true],
    ['src/**/*.snap', 'src/x/y/a.snap', true],
    ['src/**/*.snap', 'lib/src/a.snap', false],
    ['**', 'anything/at/all', true],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file/.txt', false],
    ['[ab].txt', 'a.txt', true],
    ['[!ab].txt', 'a.txt', false],
    ['[!ab].txt', 'c.txt', true],
    ['[a-c]x', 'bx', true],
    ['*.{yml,yaml}', 'ci/config.yaml', true],
    ['*.{yml,yaml}', 'ci/config.json', false],
    ['{a,b{c,d}}.txt', 'bd.txt', true],
    ['a+b (1).txt', 'a+b (1).txt', true],
    ['a+b (1).txt', 'aab (1).txt', false],
    ['\\*.txt', '*.txt', true],
    ['\\*.txt', 'a.txt', false],
    ['{unclosed', '{unclosed', true],
    ['[unclosed', '[unclosed', true],
    ['café/*.txt', 'café/menu.txt', true],
    ['dir with space/**', 'dir with space/x', true],
  ])('%s on %s -> %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });

  it('is false with no patterns and true when any matches', () => {
    expect(compileGlobs([])('a')).toBe(false);
    expect(compileGlobs(['*.md', 'vendor'])('vendor/x')).toBe(true);
  });
});

describe('compileGlobs on hostile patterns (a config a pull request wrote)', () => {
  // Each would take exponential time as a backtracking RegExp; the NFA answers in one pass over the path.
  const deep = `${'a/'.repeat(40)}b`;
  it.each([
    ['twelve **/ in a row', `${'**/'.repeat(12)}c`, deep, false],
    ['twelve **/ in a row, matching', `${'**/'.repeat(12)}b`, deep, true],
    ['a hundred stars and a missing tail', `${'*a'.repeat(100)}z`, 'a'.repeat(200), false],
    ['nested alternatives', `${'{a,{a,a}}'.repeat(30)}z`, 'a'.repeat(30), false],
    ['globstars between every segment', `${'**/a/'.repeat(30)}**/c`, `${'a/'.repeat(60)}b`, false],
  ])('%s', (_name, pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });

  it('keeps the semantics at the edges', () => {
    expect(matches('{**/a,b}', 'x/y/a')).toBe(false); // `**` not a whole segment inside braces: one segment's `*`
    expect(matches('a/?.txt', 'a/é.txt')).toBe(true); // one character, not one UTF-16 unit
    expect(matches('a/?.txt', 'a/😀.txt')).toBe(true);
    expect(matches('x{a[}]', 'xa}')).toBe(true); // a brace closed inside a class: no crash
    expect(matches('[z-a]', 'm')).toBe(false); // an empty range matches nothing, and does not throw
  });
});
