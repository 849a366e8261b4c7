import { afterEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { sha256Hex } from '../../src/core/secret.js';
import { historySource } from '../../src/sources/history.js';
import { compileGlobs } from '../../src/core/glob.js';
import { repoAt } from '../../src/sources/git/run.js';
import { firstPaths } from '../../src/sources/git/tree.js';
import { cloneRepo, createRepo, isoDate, makeTempDir, runSource, type TestRepo } from '../helpers/git-repo.js';
import { fakeKey } from '../helpers/keys.js';
import { rmSync, writeFileSync } from 'node:fs';

const repos: TestRepo[] = [];
const track = (repo: TestRepo): TestRepo => (repos.push(repo), repo);
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const scan = (root: string, maxBlobSize?: number) => runSource(historySource({ root, maxBlobSize }));
const keyHash = sha256Hex;

describe('historySource', () => {
  it('finds a key committed and deleted later, attributed to the commit, path, line and column that added it', async () => {
    const repo = track(createRepo());
    const key = fakeKey('api03', 'deleted');
    repo.commitFiles('init', { 'README.md': 'hello\n' });
    const added = repo.commitFiles('add config', { 'config/app.env': `A=1\nB=2\n  TOKEN=${key}\n` }, { author: { name: 'Ann', email: 'ann@example.com' } });
    const addedAt = repo.clock;
    repo.remove('config/app.env');
    repo.commit('remove the key');
    repo.commitFiles('more', { 'README.md': 'hello again\n' });

    const run = await scan(repo.dir);
    expect(run.hits).toHaveLength(1);
    const [hit] = run.hits;
    expect(hit.match.secret.sha256).toBe(keyHash(key));
    expect(hit.location).toMatchObject({ kind: 'file', path: 'config/app.env', line: 3, column: 9, commit: added, author: 'Ann <ann@example.com>', date: isoDate(addedAt) });
    expect(run.counts.commitsScanned).toBe(4);
    expect(run.counts.blobsScanned).toBe(3);
    expect(JSON.stringify(run)).not.toContain(key);
  });

  it('reports the same key in two files as two hits, and scans a blob shared by many paths once', async () => {
    const repo = track(createRepo());
    const key = fakeKey('api03', 'twice');
    const commit = repo.commitFiles('two', { 'a.txt': `${key}\n`, 'b/c.txt': `x\n${key}\n`, 'same1.txt': 'same\n', 'same2.txt': 'same\n' });
    const run = await scan(repo.dir);
    expect(run.hits.map((hit) => [hit.location.path, hit.location.line, hit.location.commit]).sort()).toEqual([
      ['a.txt', 1, commit],
      ['b/c.txt', 2, commit],
    ]);
    expect(run.counts.blobsScanned).toBe(3);
  });

  it('attributes a key added in an evil merge to the merge, and a key merged in from a branch to the branch commit', async () => {
    const repo = track(createRepo());
    const branchKey = fakeKey('api03', 'branch');
    const evilKey = fakeKey('admin01', 'evil');
    repo.commitFiles('init', { 'a.txt': 'a\n' });
    repo.checkout('feature', { create: true });
    const onBranch = repo.commitFiles('feature adds a key', { 'feature.txt': `${branchKey}\n` });
    repo.checkout('main');
    repo.commitFiles('main moves on', { 'main.txt': 'm\n' });
    repo.merge('feature', { noCommit: true });
    repo.write('a.txt', `a\n${evilKey}\n`);
    const merge = repo.commit('merge feature');

    const run = await scan(repo.dir);
    const byKey = new Map(run.hits.map((hit) => [hit.match.secret.sha256, hit.location]));
    expect(run.hits).toHaveLength(2);
    expect(byKey.get(keyHash(branchKey))).toMatchObject({ path: 'feature.txt', commit: onBranch, line: 1 });
    expect(byKey.get(keyHash(evilKey))).toMatchObject({ path: 'a.txt', commit: merge, line: 2 });
  });

  it('keeps the original introducer across a rename', async () => {
    const repo = track(createRepo());
    const key = fakeKey('api03', 'rename');
    const first = repo.commitFiles('add', { 'old/name.txt': `k=${key}\n` });
    repo.rename('old/name.txt', 'new/name.txt');
    repo.commit('rename');
    repo.write('new/name.txt', `header\nk=${key}\n`);
    repo.commit('edit after rename');
    const run = await scan(repo.dir);
    expect(run.hits).toHaveLength(1);
    expect(run.hits[0].location).toMatchObject({ path: 'old/name.txt', commit: first, line: 1, column: 3 });
  });

  it('finds keys on unmerged branches, on commits only a tag reaches, and in commit and annotated tag messages', async () => {
    const repo = track(createRepo());
    const branchKey = fakeKey('api03', 'unmerged');
    const tagOnlyKey = fakeKey('api03', 'tag-only');
    const messageKey = fakeKey('oat01', 'message');
    const tagKey = fakeKey('ort01', 'tag-message');
    repo.commitFiles('init', { 'a.txt': 'a\n' });
    repo.checkout('wip', { create: true });
    const wip = repo.commitFiles('wip', { 'wip.txt': `${branchKey}\n` });
    repo.checkout('main');
    repo.checkout('tmp', { create: true });
    const tagged = repo.commitFiles('only tagged', { 'tag.txt': `${tagOnlyKey}\n` });
    repo.tag('v-tagged');
    repo.checkout('main');
    repo.deleteRef('refs/heads/tmp');
    const messageCommit = repo.commit(`subject\n\nbody line\nsecret ${messageKey}\n`, { allowEmpty: true });
    repo.tag('v1.0', { message: `release notes\n\n${tagKey}\n` });
    const tagDate = repo.clock;

    const run = await scan(repo.dir);
    const byKey = new Map(run.hits.map((hit) => [hit.match.secret.sha256, hit.location]));
    expect(run.hits).toHaveLength(4);
    expect(byKey.get(keyHash(branchKey))).toMatchObject({ kind: 'file', path: 'wip.txt', commit: wip });
    expect(byKey.get(keyHash(tagOnlyKey))).toMatchObject({ kind: 'file', path: 'tag.txt', commit: tagged });
    expect(byKey.get(keyHash(messageKey))).toMatchObject({ kind: 'commit-message', commit: messageCommit, line: 4, column: 8 });
    expect(byKey.get(keyHash(tagKey))).toMatchObject({ kind: 'tag-message', tag: 'v1.0', line: 3, column: 1, commit: messageCommit, date: isoDate(tagDate) });
  });

  it('drops objects no ref reaches, with a note', async () => {
    const repo = track(createRepo());
    repo.commitFiles('init', { 'a.txt': 'a\n' });
    repo.git(['hash-object', '-w', '--stdin'], {}, `${fakeKey('api03', 'dangling')}\n`);
    repo.checkout('gone', { create: true });
    repo.commitFiles('later dropped', { 'b.txt': `${fakeKey('api03', 'dropped')}\n` });
    repo.checkout('main');
    repo.git(['branch', '-D', 'gone']);
    repo.git(['reflog', 'expire', '--expire=now', '--all']);
    const run = await scan(repo.dir);
    expect(run.hits).toEqual([]);
    expect(run.notes.map((note) => note.reason)).toContain('unreachable');
  });

  it('scans a shallow clone and says the history is cut', async () => {
    const origin = track(createRepo());
    const oldKey = fakeKey('api03', 'old');
    const keptKey = fakeKey('api03', 'kept');
    origin.commitFiles('old', { 'old.txt': `${oldKey}\n` });
    origin.remove('old.txt');
    origin.commitFiles('kept', { 'kept.txt': `${keptKey}\n` });
    const tip = origin.commitFiles('tip', { 'c.txt': 'c\n' });
    const shallow = track(cloneRepo(origin.dir, { depth: 1 }));
    const run = await scan(shallow.dir);
    expect(run.notes.map((note) => note.reason)).toContain('shallow');
    expect(run.hits).toHaveLength(1);
    expect(run.hits[0].location).toMatchObject({ path: 'kept.txt', commit: tip });
  });

  it('works in bare repositories and SHA-256 repositories', async () => {
    const repo = track(createRepo({ objectFormat: 'sha256' }));
    const key = fakeKey('api03', 'sha256');
    repo.commitFiles('init', { 'a.txt': 'a\n' });
    const added = repo.commitFiles('add', { 'dir/k.txt': `x ${key}\n` });
    repo.commitFiles('remove', { 'dir/k.txt': 'x\n' });
    expect(added).toHaveLength(64);
    const bare = track(cloneRepo(repo.dir, { bare: true }));
    for (const root of [repo.dir, bare.dir]) {
      const run = await scan(root);
      expect(run.hits).toHaveLength(1);
      expect(run.hits[0].location).toMatchObject({ path: 'dir/k.txt', commit: added, line: 1, column: 3 });
    }
  });

  it('reports paths with newlines, quotes, spaces and non-UTF-8 bytes as the file is named', async () => {
    const repo = track(createRepo());
    const keys = [fakeKey('api03', 'p1'), fakeKey('api03', 'p2'), fakeKey('api03', 'p3')];
    repo.write('line\nbreak "quoted".txt', `${keys[0]}\n`);
    repo.write('dir with space/tab\there', `${keys[1]}\n`);
    repo.write(Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('-\u00fc.txt')]), `${keys[2]}\n`);
    repo.commit('odd names');
    const run = await scan(repo.dir);
    expect(run.hits.map((hit) => hit.location.path).sort()).toEqual(['dir with space/tab\there', 'caf\ufffd-\u00fc.txt', 'line\nbreak "quoted".txt'].sort());
  });

  it('scans binary blobs, skips huge ones with a note naming the path, and notes LFS pointers and submodules', async () => {
    const repo = track(createRepo());
    const key = fakeKey('api03', 'binary');
    const binary = Buffer.concat([Buffer.from([0, 1, 2, 0xff, 0x0a]), Buffer.from(key), Buffer.from([0, 0])]);
    repo.write('img.bin', binary);
    repo.write('huge.txt', `${'x'.repeat(2000)}\n${fakeKey('api03', 'huge')}\n`);
    repo.write('big.psd', 'version https://git-lfs.github.com/spec/v1\noid sha256:' + '0'.repeat(64) + '\nsize 12345\n');
    repo.commit('binary and huge');
    const sub = track(createRepo());
    const subCommit = sub.commitFiles('sub', { 'x.txt': 'x\n' });
    repo.git(['update-index', '--add', '--cacheinfo', `160000,${subCommit},vendor/sub`]);
    repo.commit('add a submodule entry', { all: false });
    const run = await scan(repo.dir, 1024);
    expect(run.hits).toHaveLength(1);
    expect(run.hits[0].location).toMatchObject({ path: 'img.bin', line: 2, column: 1 });
    const reasons = run.notes.map((note) => note.reason);
    expect(reasons).toEqual(expect.arrayContaining(['too-large', 'lfs-pointer']));
    expect(run.notes.find((note) => note.reason === 'too-large')?.path).toBe('huge.txt');
  });

  it('reports progress with a total, and nothing for an empty repository', async () => {
    const repo = track(createRepo());
    expect((await scan(repo.dir)).hits).toEqual([]);
    repo.commitFiles('init', { 'a.txt': 'a\n' });
    const run = await scan(repo.dir);
    expect(run.progress.length).toBeGreaterThan(0);
    const [done, total] = run.progress[run.progress.length - 1];
    expect(done).toBe(3);
    expect(total).toBe(3);
  });

  it('throws a UserError for a directory that is not a repository, and for a missing one', async () => {
    const dir = makeTempDir();
    try {
      await expect(scan(dir)).rejects.toThrow(UserError);
      await expect(scan(dir)).rejects.toThrow(/not a git repository/);
      await expect(scan(`${dir}/missing`)).rejects.toThrow(/no such directory/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('historySource with refs to blobs and trees', () => {
  it('reports a key in a blob or tree that a tag points at directly, named by the ref', async () => {
    const repo = track(createRepo());
    repo.commitFiles('init', { 'a.txt': 'a\n' });
    const blobKey = fakeKey('api03', 'tagged-blob');
    const treeKey = fakeKey('api03', 'tagged-tree');
    const blob = repo.git(['hash-object', '-w', '--stdin'], {}, `key ${blobKey}\n`);
    repo.tag('blob-tag', { at: blob });
    const inner = repo.git(['hash-object', '-w', '--stdin'], {}, `${treeKey}\n`);
    const tree = repo.git(['mktree'], {}, `100644 blob ${inner}\tsecret.txt\n`);
    repo.git(['update-ref', 'refs/tags/tree-tag', tree]);
    const run = await scan(repo.dir);
    const byKey = new Map(run.hits.map((hit) => [hit.match.secret.sha256, hit.location]));
    expect(byKey.get(keyHash(blobKey))).toMatchObject({ kind: 'file', path: 'refs/tags/blob-tag', line: 1, column: 5 });
    expect(byKey.get(keyHash(treeKey))).toMatchObject({ kind: 'file', path: 'refs/tags/tree-tag:secret.txt', line: 1 });
    expect(run.notes.map((note) => note.reason)).not.toContain('unreachable');
  });
});

describe('historySource on a broken commit graph', () => {
  it('still reports what pass one found when the graph cannot be walked, with a note', async () => {
    const repo = track(createRepo());
    const key = fakeKey('api03', 'broken');
    repo.commitFiles('add', { 'k.txt': `${key}\n` });
    writeFileSync(`${repo.dir}/.git/refs/heads/broken`, `${'1'.repeat(40)}\n`);
    const run = await scan(repo.dir);
    expect(run.notes.map((note) => note.reason)).toContain('attribution-failed');
    expect(run.hits).toHaveLength(1);
    expect(run.hits[0].match.secret.sha256).toBe(keyHash(key));
  });
});

describe('historySource: allow markers', () => {
  it('keeps the first unmarked place of a key whose first place is allow-marked', async () => {
    const { createDetector } = await import('../../src/detect/index.js');
    const { historySource } = await import('../../src/sources/history.js');
    const { createRepo, runSource } = await import('../helpers/git-repo.js');
    const { fakeApiKey } = await import('../helpers/keys.js');
    const repo = createRepo();
    try {
      const key = fakeApiKey('marked-then-unmarked');
      repo.write('config.py', `TEST = "${key}"  # gitleaks:allow\nREAL = "${key}"\n`);
      repo.commit('add');
      const { hits } = await runSource(historySource({ root: repo.dir }), createDetector());
      expect(hits.map((h) => [h.location.line, h.match.allowMarker])).toEqual([
        [1, 'gitleaks:allow'],
        [2, undefined],
      ]);
    } finally {
      repo.cleanup();
    }
  });
});

describe('historySource: naming blobs it could not scan', () => {
  it('names them by the path they are first seen at, without a diff of every commit; through the walk when that path is excluded', async () => {
    const repo = track(createRepo());
    const huge = `${'x'.repeat(4000)}\n`;
    repo.commitFiles('add', { 'old/huge.txt': huge, 'a.txt': 'a\n' });
    repo.remove('old/huge.txt');
    repo.write('vendor/huge.txt', huge);
    repo.commit('move');
    const plain = await runSource(historySource({ root: repo.dir, maxBlobSize: 1024 }));
    expect(plain.notes.filter((n) => n.reason === 'too-large').map((n) => n.path)).toEqual(['vendor/huge.txt']);
    const excluded = await runSource(historySource({ root: repo.dir, maxBlobSize: 1024, exclude: compileGlobs(['vendor/**']) }));
    expect(excluded.notes.filter((n) => n.reason === 'too-large').map((n) => n.path)).toEqual(['old/huge.txt']);
    const everywhere = await runSource(historySource({ root: repo.dir, maxBlobSize: 1024, exclude: compileGlobs(['**/huge.txt']) }));
    expect(everywhere.notes.filter((n) => n.reason === 'too-large')).toEqual([]);
  });

  it('firstPaths: the path each object is first reached by, none for an object no ref reaches', async () => {
    const repo = track(createRepo());
    repo.commitFiles('one', { 'dir with space/a.txt': 'first\n', 'b.txt': 'second\n' });
    const dangling = repo.git(['hash-object', '-w', '--stdin'], {}, 'nobody\n').trim();
    const a = repo.git(['rev-parse', 'HEAD:dir with space/a.txt']).trim();
    const b = repo.git(['rev-parse', 'HEAD:b.txt']).trim();
    const names = await firstPaths(repoAt(repo.dir), [a, b, dangling]);
    expect(Object.fromEntries(names)).toEqual({ [a]: 'dir with space/a.txt', [b]: 'b.txt' });
    expect(await firstPaths(repoAt(repo.dir), [b])).toEqual(new Map([[b, 'b.txt']]));
  });
});
