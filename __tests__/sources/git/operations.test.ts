/** The git layer's operations on real repositories, and each of their failure paths. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import { authConfigEnv, httpOrigin, basicCredentials } from '../../../src/sources/git/auth.js';
import { scrub } from '../../../src/core/scrub.js';
import { cloneBare, CloneError, hasOrigin } from '../../../src/sources/git/remote.js';
import {
  commitsBetween, hasCommit, isAncestor, isRepository, mergeBase, resolveCommit, resolveRevision, shallowBoundary, topLevel,
} from '../../../src/sources/git/repo.js';
import { git, GitCommandError, GitStoppedError } from '../../../src/sources/git/run.js';
import { lsTree, parseLsTree, readBlobAt } from '../../../src/sources/git/tree.js';
import { cloneRepo, createRepo, gitEnv, makeTempDir, type TestRepo } from '../../helpers/git-repo.js';
import { fakeKey } from '../../helpers/keys.js';

let repo: TestRepo;
let c1: string;
let c2: string;
let side: string;
const cleanups: Array<() => void> = [];

beforeAll(() => {
  repo = createRepo();
  c1 = repo.commitFiles('one', { 'a.txt': 'a\n', 'dir/b.txt': 'b\n', 'sp ace\ttab.txt': 't\n' });
  symlinkSync('a.txt', join(repo.dir, 'link'));
  c2 = repo.commitFiles('two', { 'a.txt': 'a2\n' });
  repo.checkout('side', { create: true });
  repo.git(['reset', '-q', '--hard', c1]);
  side = repo.commitFiles('side', { 'c.txt': 'c\n' });
  repo.checkout('main');
});

afterAll(() => {
  repo.cleanup();
  for (const cleanup of cleanups) cleanup();
});

describe('revisions and ancestry', () => {
  it('resolves revisions, and says which are unknown without the key a ref name may hold', async () => {
    expect(await resolveRevision(repo.dir, 'HEAD~1')).toBe(c1);
    expect(await resolveRevision(repo.dir, 'nope')).toBeUndefined();
    expect(await resolveRevision(repo.dir, '--output=x')).toBeUndefined();
    const key = fakeKey('api03', 'as-a-ref');
    const error = await resolveCommit(repo.dir, key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toMatch(/unknown ref: sk-ant-api03-.{3}\.\.\..{4} /);
    expect(String(error)).not.toContain(key);
  });

  it('answers ancestry questions', async () => {
    expect(await isAncestor(repo.dir, c1, c2)).toBe(true);
    expect(await isAncestor(repo.dir, side, c2)).toBe(false);
    expect(await isAncestor(repo.dir, 'nope', c2)).toBe(false);
    expect(await mergeBase(repo.dir, side, c2)).toBe(c1);
    expect(await mergeBase(repo.dir, side, 'nope')).toBeUndefined();
    expect(await commitsBetween(repo.dir, c1, c2)).toEqual([c2]);
    expect(await hasCommit(repo.dir, side)).toBe(true);
    expect(await hasCommit(repo.dir, '0'.repeat(40))).toBe(false);
  });

  it('knows a shallow clone by its boundary, and a bare repository has no top level', async () => {
    const shallow = cloneRepo(repo.dir, { depth: 1 });
    const bare = cloneRepo(repo.dir, { bare: true });
    cleanups.push(() => shallow.cleanup(), () => bare.cleanup());
    expect([...(await shallowBoundary(shallow.dir))]).toEqual([c2]);
    expect((await shallowBoundary(repo.dir)).size).toBe(0);
    expect(await topLevel(join(repo.dir, 'dir'))).toBe(repo.dir);
    expect(await topLevel(bare.dir)).toBeUndefined();
    expect(await isRepository(bare.dir)).toBe(true);
    const plain = makeTempDir();
    cleanups.push(() => rmSync(plain, { recursive: true, force: true }));
    expect(await isRepository(plain)).toBe(false);
    expect(await hasOrigin(shallow.dir)).toBe(true);
    expect(await hasOrigin(repo.dir)).toBe(false);
  });
});

describe('trees and files at a commit', () => {
  it('lists a tree with paths as bytes, and reads one regular file', async () => {
    const entries = await lsTree(repo.dir, c2);
    expect(entries.map((e) => `${e.mode} ${e.path.toString()}`).sort()).toEqual(['100644 a.txt', '100644 dir/b.txt', '100644 sp ace\ttab.txt', '120000 link']);
    expect((await readBlobAt(repo.dir, c1, 'a.txt'))?.toString()).toBe('a\n');
    expect((await readBlobAt(repo.dir, c2, 'sp ace\ttab.txt'))?.toString()).toBe('t\n');
    // Not a regular file, or not there: nothing (a symlink's target is not its content).
    for (const path of ['link', 'dir', 'missing.txt', '*.txt', ':(glob)**']) expect(await readBlobAt(repo.dir, c2, path)).toBeUndefined();
  });

  it('parses ls-tree records whatever bytes the names hold', () => {
    const oid = 'a'.repeat(40);
    const out = Buffer.concat([Buffer.from(`100644 blob ${oid}\tn\xe4me`, 'latin1'), Buffer.from([0]), Buffer.from('garbage'), Buffer.from([0])]);
    expect(parseLsTree(out)).toEqual([{ mode: '100644', type: 'blob', oid, path: Buffer.from('n\xe4me', 'latin1') }]);
  });
});

describe('failures', () => {
  it("reports git's own line, scrubbed of keys and of the token", async () => {
    const key = fakeKey('api03', 'in-stderr');
    const error = await git(repo.dir, ['cat-file', 'blob', key]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitCommandError);
    expect((error as GitCommandError).reason).toMatch(/sk-ant-api03-.{3}\.\.\./);
    expect(String(error)).not.toContain(key);
    const token = 'ghs_' + 'T'.repeat(36);
    expect(scrub(`x ${token} y ${basicCredentials(token)}`, [token])).not.toMatch(new RegExp(`${token}|${basicCredentials(token)}`));
  });

  it('says git is missing in one line', async () => {
    await expect(git({ root: repo.dir, env: { PATH: '/nonexistent' } }, ['status'])).rejects.toThrow(new UserError('git is not installed (or not on PATH)'));
  });

  it('stops git when asked', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(git(repo.dir, ['rev-parse', 'HEAD'], { signal: stop.signal })).rejects.toBeInstanceOf(GitStoppedError);
  });

  it('gives a clone of something that is not a repository a one-line reason', async () => {
    const [into, source] = [makeTempDir(), makeTempDir()];
    cleanups.push(() => [into, source].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
    await expect(cloneBare(`file://${source}/none.git`, join(into, 'x.git'), { env: gitEnv() })).rejects.toThrow(/^clone failed: fatal: /);
  });
});

describe('clones with a token', () => {
  let server: Server;
  let base: string;
  const headers: string[] = [];

  beforeAll(async () => {
    // /silent/... takes the request and never answers (only the time limit ends the clone); anything else is refused.
    server = createServer((req, res) => {
      headers.push(String(req.headers.authorization ?? ''));
      if (req.url?.startsWith('/silent/')) return;
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('no');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('stops at the time limit', async () => {
    const dir = makeTempDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const error = await cloneBare(`${base}/silent/app.git`, join(dir, 'x.git'), { env: gitEnv(), token: 'ghs_clone', timeoutMs: 500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloneError);
    expect(String(error)).toMatch(/clone stopped \(SIGTERM\) after 0.5 s/);
  });

  it('sends the header to the clone URL\'s server, and a refusal names no token', async () => {
    const dir = makeTempDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const error = await cloneBare(`${base}/acme/app.git`, join(dir, 'x.git'), { env: gitEnv(), token: 'ghs_clone' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloneError);
    expect(String(error)).toMatch(/clone failed: fatal: /);
    expect(String(error)).not.toContain('ghs_clone');
    expect(headers).toContain(`basic ${basicCredentials('ghs_clone')}`);
  });

  it('scopes the header to http(s) origins only', () => {
    expect(httpOrigin('https://github.example.com:8443/a/b.git')).toBe('https://github.example.com:8443/');
    expect(httpOrigin('ssh://git@github.com/a/b.git')).toBeUndefined();
    expect(httpOrigin('not a url')).toBeUndefined();
    expect(authConfigEnv({ url: 'https://h/x', token: '' })).toEqual({});
  });
});
