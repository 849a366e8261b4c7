/**
 * scripts/inline-chunks.mjs makes the same bundle whatever ids ncc gave the chunks: ncc's ids change from one build
 * to the next (the SDK's chunk was 558 in one, 581 in the next), and dist/ must be what a fresh build makes.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../helpers/git-repo.js';
import { ROOT } from '../action/run-action.js';

const LOADER = 'import("./" + __nccwpck_require__.u(chunkId))';

/** A bundle whose two chunks have the ids given; the first chunk loads the second. */
function inlined(first: number, second: number): string {
  const dir = makeTempDir('aks-inline-');
  try {
    writeFileSync(join(dir, 'index.js'), `#!/usr/bin/env node\nconst load = (chunkId) => ${LOADER};\nawait __nccwpck_require__.e(${first});\n`);
    writeFileSync(join(dir, `${first}.index.js`), `export const id = ${first};\nexport const ids = [${first}];\nawait __nccwpck_require__.e(${second}); // the SDK\n`);
    writeFileSync(join(dir, `${second}.index.js`), `export const id = ${second};\nexport const ids = [${second}];\nexport const sdk = 1;\n`);
    execFileSync(process.execPath, [join(ROOT, 'scripts/inline-chunks.mjs'), dir]);
    expect(readdirSync(dir)).toEqual(['index.js']);
    return readFileSync(join(dir, 'index.js'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('inline-chunks', () => {
  it('gives the same file whatever ids ncc chose', () => {
    const one = inlined(558, 794);
    expect(inlined(581, 794)).toBe(one);
    expect(inlined(12, 7)).toBe(one);
    expect(one).not.toContain(LOADER);
    expect(one).not.toMatch(/\.e\((558|794)\)/);
  });

  it('refuses a chunk that is loaded but not there', () => {
    const dir = makeTempDir('aks-inline-');
    try {
      writeFileSync(join(dir, 'index.js'), `const load = (chunkId) => ${LOADER};\nawait __nccwpck_require__.e(5);\nawait __nccwpck_require__.e(6);\n`);
      writeFileSync(join(dir, '5.index.js'), 'export const id = 5;\nexport const ids = [5];\n');
      expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts/inline-chunks.mjs'), dir], { stdio: 'pipe' })).toThrow(/chunk 6 is loaded but not there/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
