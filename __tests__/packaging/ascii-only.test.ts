/**
 * scripts/ascii-only.mjs writes a bundle's non-ASCII characters as escapes without changing what the program does:
 * each snippet is run before and after, in a fresh context, and gives the same values.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { ROOT } from '../action/run-action.js';

/** The script's output for `code`, run in a child (the script is plain ESM, outside the compiled sources). */
function asciiOnly(code: string): { code: string; error: string } {
  const url = pathToFileURL(join(ROOT, 'scripts/ascii-only.mjs')).href;
  const program = `import { asciiOnly } from ${JSON.stringify(url)}; let text = ''; process.stdin.setEncoding('utf8'); for await (const c of process.stdin) text += c; process.stdout.write(asciiOnly(text, 'snippet.js'));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', program], { input: code, encoding: 'utf8' });
  return { code: run.stdout, error: run.stderr };
}

/** A snippet's last expression's value, as JSON (values made in another context compare as text). */
const valueOf = (code: string): string => JSON.stringify(runInNewContext(code));

describe('ascii-only', () => {
  it.each([
    ['a string and a template', "const a = 'a\u2026b'; const b = `x ${1} \u2014 \u{1F534}`; [a, b, a.length, b.length]"],
    ['an identifier', 'const caf\u00e9 = 2; caf\u00e9 * 2'],
    ['a character class, a u-flag pattern and one without', "[/[\u2026\u2192]/.test('\u2192'), /^\u{1F534}$/u.test('\u{1F534}'), /^\u{1F534}$/.test('\u{1F534}'), /^.$/u.test('\u{1F534}'), /^..$/.test('\u{1F534}')]"],
    ['a character escaped already, in a string and a pattern', "['\\\u2026', /^\\\u2026$/.test('\u2026'), '\\\\\u2026'.length]"],
    ['comments', '// \u2192 a comment \u2014\n/* \u2026 */ 1'],
    ['white space between tokens (a no-break space), and in a string', "const a = 1 ||\u00a0{}; [a, '\u00a0\u3000'.length, typeof\u3000a]"],
    ['a line separator ending a comment, and one in a string', "let b = 1; // \u2028b = 2;\n[b, '\u2028'.length, `\u2029`.charCodeAt(0)]"],
  ])('keeps %s the same', (_, code) => {
    const escaped = asciiOnly(code);
    expect(escaped.error).toBe('');
    expect(escaped.code).toMatch(/^[\x00-\x7f]*$/);
    expect(valueOf(escaped.code)).toBe(valueOf(code));
  });

  it('leaves ASCII as it is', () => {
    expect(asciiOnly('const a = "\\u2026"; // plain\n').code).toBe('const a = "\\u2026"; // plain\n');
  });

  it('refuses a tagged template holding a non-ASCII character, whose raw text an escape would change', () => {
    const escaped = asciiOnly('const ok = `\u2026`;\nconst raw = String.raw`a\u2026b`;\n');
    expect(escaped.code).toBe('');
    expect(escaped.error).toMatch(/snippet\.js: a tagged template holds a non-ASCII character at offset \d+/);
  });
});
