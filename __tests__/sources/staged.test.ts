import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { UserError } from '../../src/core/errors.js';
import { sha256Hex } from '../../src/core/secret.js';
import { stagedSource } from '../../src/sources/staged.js';
import { createRepo, runSource, type TestRepo } from '../helpers/git-repo.js';
import { fakeKey } from '../helpers/keys.js';

const repos: TestRepo[] = [];
const track = (repo: TestRepo): TestRepo => (repos.push(repo), repo);
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const scan = (root: string) => runSource(stagedSource({ root }));

describe('stagedSource', () => {
  it('scans what is staged before the first commit', async () => {
    const repo = track(createRepo());
    const key = fakeKey('api03', 'first');
    repo.write('dir/.env', `X=1\nKEY=${key}\n`).add();
    const run = await scan(repo.dir);
    expect(run.hits).toHaveLength(1);
    expect(run.hits[0].location).toEqual({ kind: 'file', path: 'dir/.env', line: 2, column: 5 });
  });

  it('reports keys the staged version adds, not unstaged ones, not ones HEAD already had, not renamed ones', async () => {
    const repo = track(createRepo());
    const old = fakeKey('api03', 'old');
    const added = fakeKey('admin01', 'added');
    const unstaged = fakeKey('api03', 'unstaged');
    repo.commitFiles('init', { 'keep.env': `OLD=${old}\n`, 'src/a.ts': 'a\n' });
    repo.rename('keep.env', 'moved.env');
    repo.write('src/a.ts', `a\nconst k = "${added}";\n`);
    repo.add();
    repo.write('src/b.ts', `${unstaged}\n`);
    repo.write('src/a.ts', `a\nconst k = "${added}";\n${unstaged}\n`);

    // From a subdirectory too: paths stay relative to the repository root.
    for (const root of [repo.dir, join(repo.dir, 'src')]) {
      const run = await scan(root);
      expect(run.hits).toHaveLength(1);
      expect(run.hits[0].match.secret.sha256).toBe(sha256Hex(added));
      expect(run.hits[0].location).toMatchObject({ kind: 'file', path: 'src/a.ts', line: 2, column: 12 });
    }
  });

  it('refuses a bare repository with a UserError', async () => {
    const repo = track(createRepo({ bare: true }));
    await expect(scan(repo.dir)).rejects.toThrow(UserError);
  });

  it('skips a staged blob over the size limit with a note naming its path', async () => {
    const repo = track(createRepo());
    repo.write('big.txt', `${'x'.repeat(500)}\n${fakeKey('api03', 'big')}\n`).add();
    const run = await runSource(stagedSource({ root: repo.dir, maxBlobSize: 100 }));
    expect(run.hits).toEqual([]);
    expect(run.notes).toEqual([expect.objectContaining({ reason: 'too-large', path: 'big.txt' })]);
  });

  it('notes a file left unmerged by a merge conflict, which has no staged version to scan', async () => {
    const repo = track(createRepo());
    repo.commitFiles('base', { 'f.env': 'base\n' });
    const main = repo.git(['rev-parse', '--abbrev-ref', 'HEAD']).trim();
    repo.checkout('other', { create: true });
    repo.commitFiles('theirs', { 'f.env': `KEY=${fakeKey('api03', 'conflict')}\n` });
    repo.checkout(main);
    repo.commitFiles('ours', { 'f.env': 'mine\n' });
    expect(() => repo.git(['merge', 'other'])).toThrow();
    const run = await scan(repo.dir);
    expect(run.notes).toEqual([expect.objectContaining({ reason: 'unmerged', path: 'f.env' })]);
  });
});
