/**
 * The bundles' licence files name every package bundled, chunks included. ncc's own `--license` writes one file
 * per chunk under the same name, so once the bundles had lazily loaded chunks the last chunk's list overwrote the
 * rest (the action's lost 170 of 180 packages); scripts/licenses.mjs builds the list from the stats instead.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../helpers/git-repo.js';
import { ROOT } from '../action/run-action.js';

function packagesIn(file: string): Set<string> {
  return new Set(readFileSync(file, 'utf8').split(/\n\n+/).map((entry) => entry.split('\n')[0]));
}

describe('licence files', () => {
  it.each([['the action', 'dist/licenses.txt'], ['the CLI', 'dist/cli/licenses.txt']])('%s names the packages of its lazily loaded chunks too', (_, file) => {
    const names = packagesIn(join(ROOT, file));
    for (const name of ['@anthropic-ai/sdk', '@octokit/core', '@octokit/plugin-throttling', 'yaml', 'fzstd', 'p-limit']) expect(names).toContain(name);
  });

  it('the action names the toolkit it bundles', () => {
    const names = packagesIn(join(ROOT, 'dist/licenses.txt'));
    for (const name of ['@actions/core', '@actions/github', '@actions/artifact', '@actions/cache']) expect(names).toContain(name);
  });

  it('are built from every module of every chunk, sorted, with each licence text, and the stats removed', () => {
    const dir = makeTempDir('aks-licences-');
    try {
      const add = (name: string, license: string, text?: string): void => {
        const folder = join(dir, 'node_modules', name);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'package.json'), JSON.stringify({ name, license }));
        if (text) writeFileSync(join(folder, 'LICENSE'), `${text}\n`);
      };
      add('zeta', 'MIT', 'zeta licence');
      add('@scope/alpha', 'ISC', 'alpha licence');
      add('no-text', 'BSD-2-Clause');
      const stats = {
        modules: [{ name: `${dir}/node_modules/zeta/index.js` }, { name: 'concatenated', modules: [{ name: `${dir}/node_modules/@scope/alpha/lib/a.js` }] }],
        chunks: [{ modules: [{ identifier: `${dir}/node_modules/no-text/x.js` }, { name: './src/ours.ts' }] }],
      };
      writeFileSync(join(dir, 'stats.json'), JSON.stringify(stats));
      execFileSync(process.execPath, [join(ROOT, 'scripts/licenses.mjs'), join(dir, 'stats.json'), join(dir, 'out.txt')]);
      expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('@scope/alpha\nISC\nalpha licence\n\nno-text\nBSD-2-Clause\n\nzeta\nMIT\nzeta licence\n');
      expect(existsSync(join(dir, 'stats.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
