/**
 * The audit's GitHub surfaces against a loopback GitHub whose requests are checked against GitHub's OpenAPI
 * description: conversations (REST pages by Link header, `since`, GraphQL discussions), releases (notes, an asset
 * served by a redirect to storage on another origin that must never see the token), the wiki (a git repository),
 * and what a token cannot read (403, 404, GraphQL FORBIDDEN): a note naming the permission, never a failure.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createClient } from '../../../src/github/client.js';
import { conversationsSurface } from '../../../src/sources/github/conversations.js';
import { releasesSurface } from '../../../src/sources/github/releases.js';
import { wikiSurface } from '../../../src/sources/github/wiki.js';
import { parseSurfaceList, SURFACES } from '../../../src/sources/github/surfaces.js';
import { SURFACE_NAMES, type SurfaceTarget } from '../../../src/sources/github/surface.js';
import { createRepo, makeTempDir, runGit, runSource, stubDetect } from '../../helpers/git-repo.js';
import { errorBody, paginate, READ_ONLY_MESSAGE, startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';
import { fakeKey } from '../../helpers/keys.js';
import { rmSync } from 'node:fs';

const TOKEN = 'ghs_surfaceTestToken00000000000000000000';
let gh: GitHubServer;
const cleanups: (() => unknown)[] = [];

beforeEach(async () => {
  gh = await startGitHubServer({ token: TOKEN });
});
afterEach(async () => {
  await gh.close();
});
afterAll(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});

function target(extra: Partial<SurfaceTarget> = {}): SurfaceTarget {
  return { client: createClient({ token: TOKEN, baseUrl: gh.url, retryAfterBaseValue: 1 }), owner: 'acme', repo: 'app', maxFileSize: 1024 * 1024, archiveLimits: {}, ...extra };
}

const user = (login: string) => ({ login, id: 1, type: 'User' });

describe('conversations', () => {
  it('reads every page of issues (pull requests among them), issue comments and review comments, with since, and discussions by GraphQL', async () => {
    const k = (n: string) => fakeKey('api03', `conv-${n}`);
    const issues = Array.from({ length: 150 }, (_, i) => ({
      number: i + 1, title: i === 0 ? `**bold** ${k('title')}` : `issue ${i + 1}`, body: i === 149 ? `line 1\n${k('last-page')}` : 'fine',
      html_url: `https://github.com/acme/app/issues/${i + 1}`, user: user(i === 0 ? '<img src=x>' : 'octo'), created_at: '2026-01-01T00:00:00Z',
      ...(i === 1 ? { pull_request: { url: 'x' }, body: k('pull') } : {}),
    }));
    gh.on('GET', '/repos/{owner}/{repo}/issues', (request, _p, server) => paginate(server, request, issues));
    gh.on('GET', '/repos/{owner}/{repo}/issues/comments', (request, _p, server) => paginate(server, request, [
      { id: 7, body: `see\n${k('comment')}`, html_url: 'https://github.com/acme/app/issues/3#issuecomment-7', issue_url: 'https://api.github.com/repos/acme/app/issues/3', user: user('bob'), created_at: '2026-02-01T00:00:00Z' },
    ]));
    gh.on('GET', '/repos/{owner}/{repo}/pulls/comments', (request, _p, server) => paginate(server, request, [
      { id: 8, body: k('review'), html_url: 'https://github.com/acme/app/pull/2#discussion_r8', pull_request_url: 'https://api.github.com/repos/acme/app/pulls/2', user: user('eve'), created_at: '2026-02-02T00:00:00Z' },
    ]));
    const queries: unknown[] = [];
    gh.on('POST', '/graphql', (request) => {
      queries.push(request.body);
      const after = (request.body as { variables?: { after?: string | null } }).variables?.after;
      const discussion = (n: number, body: string, replies: unknown[] = []) => ({
        number: n, url: `https://github.com/acme/app/discussions/${n}`, title: 't', body, createdAt: '2026-03-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z', author: { login: 'dee' },
        comments: { nodes: [{ url: `https://github.com/acme/app/discussions/${n}#discussioncomment-1`, body: 'ok', createdAt: '2026-03-02T00:00:00Z', author: { login: 'cat' }, replies: { nodes: replies } }] },
      });
      return after
        ? { body: { data: { repository: { hasDiscussionsEnabled: true, discussions: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [discussion(2, 'clean', [{ url: 'https://github.com/acme/app/discussions/2#discussioncomment-9', body: k('reply'), createdAt: '2026-03-03T00:00:00Z', author: null }])] } } } } }
        : { body: { data: { repository: { hasDiscussionsEnabled: true, discussions: { pageInfo: { hasNextPage: true, endCursor: 'c1' }, nodes: [discussion(1, `x\n${k('discussion')}`)] } } } } };
    });

    const run = await runSource(conversationsSurface.source(target({ since: '2025-12-31T00:00:00Z' })), stubDetect);
    expect(gh.unknownOperations).toEqual([]);
    expect(gh.schemaViolations).toEqual([]);
    const lists = gh.requests.filter((r) => r.method === 'GET');
    expect(lists.every((r) => r.query.get('since') === '2025-12-31T00:00:00Z' && r.query.get('per_page') === '100')).toBe(true);
    expect(lists.filter((r) => r.path === '/repos/acme/app/issues').map((r) => r.query.get('page'))).toEqual([null, '2']);
    const places = run.hits.map((h) => h.location);
    expect(places).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'issue', number: 1, line: 1, url: 'https://github.com/acme/app/issues/1', author: '<img src=x>' }),
      expect.objectContaining({ kind: 'pull-request', number: 2, line: 2 }),
      expect.objectContaining({ kind: 'issue', number: 150, line: 3 }),
      expect.objectContaining({ kind: 'comment', number: 3, line: 2, author: 'bob', url: 'https://github.com/acme/app/issues/3#issuecomment-7' }),
      expect.objectContaining({ kind: 'review-comment', number: 2, line: 1, url: 'https://github.com/acme/app/pull/2#discussion_r8' }),
      expect.objectContaining({ kind: 'discussion', number: 1, line: 3, author: 'dee' }),
      expect.objectContaining({ kind: 'discussion-comment', number: 2, url: 'https://github.com/acme/app/discussions/2#discussioncomment-9' }),
    ]));
    expect(places).toHaveLength(7);
    // The title is never part of a location: only its line.
    expect(JSON.stringify(places)).not.toContain('**bold**');
    expect(queries).toHaveLength(2);
    expect(run.notes).toEqual([]);
  });

  it('a listing the token cannot read (403, 404, GraphQL FORBIDDEN) is a note naming the permission; the rest is read', async () => {
    const key = fakeKey('api03', 'still-read');
    gh.on('GET', '/repos/{owner}/{repo}/issues', () => errorBody(READ_ONLY_MESSAGE, 403));
    gh.on('GET', '/repos/{owner}/{repo}/issues/comments', () => errorBody('Not Found', 404));
    gh.on('GET', '/repos/{owner}/{repo}/pulls/comments', (request, _p, server) => paginate(server, request, [
      { id: 8, body: key, html_url: 'javascript:alert(1)', pull_request_url: 'https://api.github.com/repos/acme/app/pulls/4', user: user('eve') },
    ]));
    gh.on('POST', '/graphql', () => ({ body: { data: { repository: null }, errors: [{ type: 'FORBIDDEN', message: READ_ONLY_MESSAGE }] } }));
    const run = await runSource(conversationsSurface.source(target()), stubDetect);
    expect(run.notes.map((n) => n.reason)).toEqual(['surface-unreadable', 'surface-unreadable', 'surface-unreadable']);
    expect(run.notes[0]!.message).toContain('the token needs issues: read');
    expect(run.notes[2]!.message).toContain('discussions: read');
    // Found all the same; a link that is not https is dropped, never written.
    expect(run.hits.map((h) => h.location)).toEqual([{ kind: 'review-comment', number: 4, author: 'eve', line: 1, column: 1 }]);
  });
});

/** Storage on another origin: serves the asset, records the headers it was sent. */
async function storage(body: Buffer): Promise<{ url: string; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  cleanups.push(() => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('releases', () => {
  it('scans notes and assets; the asset redirect to storage carries no token; a too-large asset is skipped with a note', async () => {
    const inNotes = fakeKey('api03', 'release-notes');
    const inAsset = fakeKey('api03', 'release-asset');
    const store = await storage(gzipSync(Buffer.from(`A=1\nANTHROPIC_API_KEY=${inAsset}\n`)));
    const asset = (id: number, name: string, size: number) => ({
      id, name, size, url: `${gh.url}/repos/acme/app/releases/assets/${id}`, browser_download_url: `https://github.com/acme/app/releases/download/v1/${name}`,
      uploader: user('rel'), created_at: '2026-04-01T00:00:00Z', content_type: 'application/gzip', state: 'uploaded',
    });
    gh.on('GET', '/repos/{owner}/{repo}/releases', (request, _p, server) => paginate(server, request, [{
      id: 1, tag_name: 'v1', body: `Notes\n${inNotes}`, html_url: 'https://github.com/acme/app/releases/tag/v1', author: user('rel'),
      created_at: '2026-04-01T00:00:00Z', published_at: '2026-04-01T00:00:00Z', assets: [asset(11, 'env.gz', 100), asset(12, 'huge.bin', 10 * 1024 * 1024)],
    }]));
    gh.on('GET', '/repos/{owner}/{repo}/releases/assets/{asset_id}', (request) => {
      expect(request.headers.accept).toBe('application/octet-stream');
      return { status: 302, headers: { location: `${store.url}/blob?sig=1` } };
    });
    const run = await runSource(releasesSurface.source(target()), stubDetect);
    expect(gh.unknownOperations).toEqual([]);
    expect(run.hits.map((h) => h.location)).toEqual([
      expect.objectContaining({ kind: 'release', tag: 'v1', line: 2, url: 'https://github.com/acme/app/releases/tag/v1', author: 'rel' }),
      expect.objectContaining({ kind: 'release-asset', tag: 'v1', path: 'env.gz', member: 'env', line: 2, url: 'https://github.com/acme/app/releases/download/v1/env.gz' }),
    ]);
    expect(store.seen).toHaveLength(1);
    expect(store.seen[0]!.authorization).toBeUndefined();
    expect(JSON.stringify(store.seen)).not.toContain(TOKEN);
    expect(gh.requests.filter((r) => r.path.endsWith('/assets/12'))).toEqual([]);
    expect(run.notes).toEqual([expect.objectContaining({ reason: 'too-large', message: expect.stringContaining('release v1 asset huge.bin: skipped') })]);
  });

  it('an asset whose download is refused (a redirect to plain http off GitHub) is a note; the next assets and releases are still read', async () => {
    const inAsset = fakeKey('api03', 'after-a-refused-asset');
    const store = await storage(Buffer.from(`ANTHROPIC_API_KEY=${inAsset}\n`));
    const asset = (id: number, name: string) => ({ id, name, size: 64, url: `${gh.url}/repos/acme/app/releases/assets/${id}`, browser_download_url: `https://github.com/acme/app/releases/download/v1/${name}`, uploader: user('rel'), state: 'uploaded' });
    gh.on('GET', '/repos/{owner}/{repo}/releases', (request, _p, server) => paginate(server, request, [
      { id: 1, tag_name: 'v1', body: null, html_url: 'https://github.com/acme/app/releases/tag/v1', author: user('rel'), assets: [asset(21, 'bad.bin'), asset(22, 'good.env')] },
    ]));
    gh.on('GET', '/repos/{owner}/{repo}/releases/assets/{asset_id}', (_request, params) => ({
      status: 302, headers: { location: params.asset_id === '21' ? 'http://storage.evil.example/blob' : `${store.url}/blob?sig=1` },
    }));
    const run = await runSource(releasesSurface.source(target()), stubDetect);
    expect(run.hits.map((h) => h.location)).toEqual([expect.objectContaining({ kind: 'release-asset', tag: 'v1', path: 'good.env', line: 1 })]);
    expect(run.notes).toEqual([expect.objectContaining({ reason: 'unreadable', message: expect.stringMatching(/^release v1 asset bad\.bin: not downloaded \(refused a redirect to http:\/\/storage\.evil\.example/) })]);
  });

  it('an asset whose listing understates its size is read only up to max-file-size, then skipped with a note', async () => {
    const store = await storage(Buffer.alloc(64 * 1024, 0x61));
    gh.on('GET', '/repos/{owner}/{repo}/releases', (request, _p, server) => paginate(server, request, [
      { id: 1, tag_name: 'v1', body: null, assets: [{ id: 31, name: 'liar.bin', size: 10, url: `${gh.url}/repos/acme/app/releases/assets/31`, browser_download_url: 'https://github.com/acme/app/releases/download/v1/liar.bin', state: 'uploaded' }] },
    ]));
    gh.on('GET', '/repos/{owner}/{repo}/releases/assets/{asset_id}', () => ({ status: 302, headers: { location: `${store.url}/blob?sig=1` } }));
    const run = await runSource(releasesSurface.source(target({ maxFileSize: 1024 })), stubDetect);
    expect(run.hits).toEqual([]);
    expect(run.notes).toEqual([expect.objectContaining({ reason: 'too-large', message: expect.stringContaining('release v1 asset liar.bin: skipped: over the 1.0 KiB limit') })]);
  });

  it('releases the token cannot read: a note', async () => {
    gh.on('GET', '/repos/{owner}/{repo}/releases', () => errorBody('Not Found', 404));
    const run = await runSource(releasesSurface.source(target()), stubDetect);
    expect(run.hits).toEqual([]);
    expect(run.notes).toEqual([expect.objectContaining({ reason: 'surface-unreadable', message: expect.stringContaining('contents: read') })]);
  });
});

describe('wiki', () => {
  it('clones <repo>.wiki.git and scans its history: each key at its page', async () => {
    const server = makeTempDir('aks-wiki-server-');
    cleanups.push(() => rmSync(server, { recursive: true, force: true }));
    const wiki = createRepo();
    cleanups.push(() => wiki.cleanup());
    const key = fakeKey('api03', 'wiki-page');
    wiki.commitFiles('Add setup', { 'Setup-Guide.md': `# Setup\n\nexport ANTHROPIC_API_KEY=${key}\n` });
    wiki.commitFiles('Remove it', { 'Setup-Guide.md': '# Setup\n\nuse a secret\n' });
    mkdirSync(join(server, 'acme'), { recursive: true });
    runGit(server, ['clone', '-q', '--bare', wiki.dir, join(server, 'acme', 'app.wiki.git')]);
    gh.on('GET', '/repos/{owner}/{repo}', () => ({ body: { id: 1, name: 'app', full_name: 'acme/app', has_wiki: true } }));
    const run = await runSource(wikiSurface.source(target({ serverUrl: server })), stubDetect);
    expect(run.hits.map((h) => h.location)).toEqual([expect.objectContaining({ kind: 'wiki', path: 'Setup-Guide.md', line: 3, url: `${server}/acme/app/wiki/Setup-Guide`, commit: expect.stringMatching(/^[0-9a-f]{40}$/) })]);
  });

  it('no wiki (none to clone, turned off, the repository unreadable): a note, not a failure, and no clone when the API says so', async () => {
    const server = makeTempDir('aks-wiki-none-');
    cleanups.push(() => rmSync(server, { recursive: true, force: true }));
    let hasWiki: boolean | undefined = true;
    gh.on('GET', '/repos/{owner}/{repo}', () => (hasWiki === undefined ? errorBody('Not Found', 404) : { body: { id: 1, name: 'app', full_name: 'acme/app', has_wiki: hasWiki } }));
    const notes: string[] = [];
    for (const value of [true, false, undefined]) {
      hasWiki = value;
      const run = await runSource(wikiSurface.source(target({ serverUrl: value === true ? server : 'https://unreachable.invalid' })), stubDetect);
      expect(run.hits).toEqual([]);
      notes.push(...run.notes.map((n) => `${n.reason}: ${n.message}`));
    }
    expect(notes).toEqual([
      expect.stringMatching(/^surface-unreadable: wiki: not scanned: no wiki to clone/),
      'surface-unreadable: wiki: not scanned: the repository has its wiki turned off',
      expect.stringMatching(/^surface-unreadable: wiki: the repository \(whether it has a wiki\) not read \(404 Not Found/),
    ]);
  });
});

describe('the surfaces list', () => {
  it('parses lists, all and empty; refuses unknown names', () => {
    expect(parseSurfaceList('', 'x')).toEqual(['code', 'conversations', 'wiki', 'releases', 'runs']);
    expect(parseSurfaceList('releases, conversations\nwiki', 'x')).toEqual(['conversations', 'wiki', 'releases']);
    expect(() => parseSurfaceList('code,issues', 'input surfaces')).toThrow('input surfaces: unknown surface "issues"');
  });

  it('every surface name but code has its module', () => {
    expect(SURFACES.map((s) => s.name).sort()).toEqual(SURFACE_NAMES.filter((n) => n !== 'code').sort());
  });
});
