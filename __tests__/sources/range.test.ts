import { afterEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { sha256Hex } from '../../src/core/secret.js';
import { rangeSource } from '../../src/sources/range.js';
import { cloneRepo, createRepo, runSource, type TestRepo } from '../helpers/git-repo.js';
import { fakeKey } from '../helpers/keys.js';

const repos: TestRepo[] = [];
const track = (repo: TestRepo): TestRepo => (repos.push(repo), repo);
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const scan = (root: string, base: string, head: string) => runSource(rangeSource({ root, base, head }));

describe('rangeSource', () => {
  it('a head that names an annotated tag (a pushed tag) has its message scanned, and the message of a tag it tags', async () => {
    const repo = track(createRepo());
    const inNotes = fakeKey('api03', 'release-notes');
    const inInner = fakeKey('api03', 'inner-tag');
    repo.commitFiles('init', { 'a.txt': 'a\n' });
    const base = repo.head();
    const tip = repo.commitFiles('work', { 'a.txt': 'b\n' });
    repo.tag('inner', { message: `notes ${inInner}` });
    repo.git(['tag', '-a', '-m', `release notes ${inNotes}`, 'v1', 'inner']);
    const run = await scan(repo.dir, base, 'v1');
    expect(run.hits.map((hit) => [hit.location.kind, hit.location.tag, hit.match.secret.sha256]).sort()).toEqual([
      ['tag-message', 'inner', sha256Hex(inInner)],
      ['tag-message', 'v1', sha256Hex(inNotes)],
    ].sort());
    expect(run.hits.every((hit) => hit.location.kind !== 'tag-message' || hit.location.tag !== 'inner' || hit.location.commit === tip)).toBe(true);
    // A plain commit as head: no tag, nothing more.
    expect((await scan(repo.dir, base, tip)).hits).toEqual([]);
  });

  it('reports keys the range added (also added then removed), each in its commit, path and line, with inHead', async () => {
    const repo = track(createRepo());
    const before = fakeKey('api03', 'before');
    const transient = fakeKey('api03', 'transient');
    const stays = fakeKey('admin01', 'stays');
    repo.commitFiles('init', { 'app.env': `OLD=${before}\n`, 'src/a.ts': 'export {}\n' });
    const base = repo.head();
    const c1 = repo.commitFiles('add two keys', { 'tmp.env': `T=${transient}\n`, 'src/a.ts': `export {}\nconst k = '${stays}';\n` });
    repo.remove('tmp.env');
    repo.commit('remove the transient key');
    repo.write('src/a.ts', `// header\n// more\nexport {}\nconst k = '${stays}';\n`);
    repo.write('app.env', `OLD=${before}\nNEW=1\n`);
    repo.commit('shift lines, touch the old file');

    const run = await scan(repo.dir, base, 'HEAD');
    expect(run.counts.commitsScanned).toBe(3);
    const byKey = new Map(run.hits.map((hit) => [hit.match.secret.sha256, hit.location]));
    expect(run.hits).toHaveLength(2);
    expect(byKey.get(sha256Hex(transient))).toMatchObject({ kind: 'file', path: 'tmp.env', line: 1, column: 3, commit: c1, inHead: false });
    expect(byKey.get(sha256Hex(transient))?.headLine).toBeUndefined();
    expect(byKey.get(sha256Hex(stays))).toMatchObject({ path: 'src/a.ts', line: 2, column: 12, commit: c1, inHead: true, headLine: 4 });
    expect(byKey.has(sha256Hex(before))).toBe(false);
  });

  it('does not report keys that were there before the range, even when the range renames, edits or moves them', async () => {
    const repo = track(createRepo());
    const old1 = fakeKey('api03', 'old1');
    const old2 = fakeKey('api03', 'old2');
    repo.commitFiles('init', { 'a.env': `A=${old1}\n`, 'b.env': `B=${old2}\nx\n` });
    const base = repo.head();
    repo.rename('a.env', 'renamed.env');
    repo.commit('rename');
    repo.write('b.env', `B=${old2} # edited on the same line\nx\n`);
    repo.commit('edit the line holding the key');
    const run = await scan(repo.dir, base, 'HEAD');
    expect(run.hits).toEqual([]);
  });

  it('handles merges inside the range: commits merged in keep their keys, an evil merge owns its key', async () => {
    const repo = track(createRepo());
    const featureKey = fakeKey('api03', 'feature');
    const mainKey = fakeKey('api03', 'main');
    const evilKey = fakeKey('api03', 'evil');
    repo.commitFiles('init', { 'a.txt': 'a\n' });
    const base = repo.head();
    repo.checkout('feature', { create: true });
    const onFeature = repo.commitFiles('feature key', { 'f.txt': `${featureKey}\n` });
    repo.checkout('main');
    const onMain = repo.commitFiles('main key', { 'm.txt': `${mainKey}\n` });
    repo.checkout('feature');
    repo.merge('main', { noCommit: true });
    repo.write('a.txt', `a\n${evilKey}\n`);
    const merge = repo.commit('merge main into feature');

    const run = await scan(repo.dir, base, 'feature');
    expect(run.counts.commitsScanned).toBe(3);
    const byKey = new Map(run.hits.map((hit) => [hit.match.secret.sha256, hit.location]));
    expect(run.hits).toHaveLength(3);
    expect(byKey.get(sha256Hex(featureKey))).toMatchObject({ path: 'f.txt', commit: onFeature, inHead: true, headLine: 1 });
    expect(byKey.get(sha256Hex(mainKey))).toMatchObject({ path: 'm.txt', commit: onMain, inHead: true });
    expect(byKey.get(sha256Hex(evilKey))).toMatchObject({ path: 'a.txt', commit: merge, line: 2, inHead: true, headLine: 2 });

    // With main as the base, only the feature's own work is in the range.
    const prRun = await scan(repo.dir, 'main', 'feature');
    expect(prRun.hits.map((hit) => hit.location.commit).sort()).toEqual([onFeature, merge].sort());
  });

  it('scans commit messages in the range', async () => {
    const repo = track(createRepo());
    repo.commitFiles('init', { 'a.txt': 'a\n' });
    const base = repo.head();
    const key = fakeKey('oat01', 'msg');
    const commit = repo.commit(`fix\n\n${key}\n`, { allowEmpty: true });
    const run = await scan(repo.dir, base, 'HEAD');
    expect(run.hits).toHaveLength(1);
    expect(run.hits[0].location).toMatchObject({ kind: 'commit-message', commit, line: 3, column: 1 });
  });

  it('answers an unknown ref and an all-zero base with a UserError, and notes a base that is not an ancestor', async () => {
    const repo = track(createRepo());
    repo.commitFiles('init', { 'a.txt': 'a\n' });
    repo.checkout('side', { create: true });
    repo.commitFiles('side', { 's.txt': `${fakeKey('api03', 'side')}\n` });
    repo.checkout('main');
    const key = fakeKey('api03', 'main-only');
    const onMain = repo.commitFiles('main', { 'm.txt': `${key}\n` });

    await expect(scan(repo.dir, 'no-such-branch', 'HEAD')).rejects.toThrow(UserError);
    await expect(scan(repo.dir, 'no-such-branch', 'HEAD')).rejects.toThrow(/unknown ref: no-such-branch/);
    await expect(scan(repo.dir, 'HEAD', 'nope')).rejects.toThrow(/unknown ref: nope/);
    await expect(scan(repo.dir, '0'.repeat(40), 'HEAD')).rejects.toThrow(/all zeros/);

    const run = await scan(repo.dir, 'side', 'main');
    expect(run.notes.map((note) => note.reason)).toContain('not-ancestor');
    expect(run.hits).toHaveLength(1);
    expect(run.hits[0].location).toMatchObject({ path: 'm.txt', commit: onMain, inHead: true });
  });

  it('places keys in files with odd names, in SHA-256 repositories, with inHead from the byte-exact path', async () => {
    const repo = track(createRepo({ objectFormat: 'sha256' }));
    repo.commitFiles('init', { 'a.txt': 'a\n' });
    const base = repo.head();
    const key = fakeKey('api03', 'odd-range');
    const name = Buffer.concat([Buffer.from('dir/new\nline "q" '), Buffer.from([0xff]), Buffer.from('.env')]);
    repo.write(name, `x\n${key}\n`);
    const commit = repo.commit('odd');
    const run = await scan(repo.dir, base, 'HEAD');
    expect(run.hits).toHaveLength(1);
    expect(run.hits[0].location).toMatchObject({ path: 'dir/new\nline "q" \ufffd.env', commit, line: 2, inHead: true, headLine: 2 });
  });

  it('in a shallow clone, does not report a boundary commit\'s whole tree as added', async () => {
    const origin = track(createRepo());
    const before = fakeKey('api03', 'shallow-before');
    const added = fakeKey('api03', 'shallow-added');
    const base = origin.commitFiles('c1', { 'a.env': `${before}\n` });
    origin.commitFiles('c2', { 'b.txt': 'b\n' });
    const c3 = origin.commitFiles('c3', { 'c.env': `${added}\n` });
    origin.git(['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    const clone = track(cloneRepo(origin.dir, { depth: 2 }));
    clone.git(['fetch', '-q', '--depth=1', 'origin', base]);
    const run = await scan(clone.dir, base, 'HEAD');
    expect(run.hits.map((hit) => [hit.match.secret.sha256, hit.location.commit])).toEqual([[sha256Hex(added), c3]]);
    expect(run.notes.map((note) => note.reason)).toContain('shallow');
  });
});
