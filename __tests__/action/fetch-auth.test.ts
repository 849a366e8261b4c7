/**
 * Fetching with the token when the checkout did not persist credentials (persist-credentials: false): a real
 * smart-HTTP git server (git http-backend behind node:http on 127.0.0.1) that wants GitHub's basic
 * `x-access-token` header. The token travels in GIT_CONFIG_* variables, never in git's arguments or the URL.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { prepareScope } from '../../src/action/prepare-scope.js';
import { cloneRepo, createRepo, gitEnv, makeTempDir, runGit, type TestRepo } from '../helpers/git-repo.js';

const TOKEN = 'ghs_fetchTestToken';
const EXPECTED = `Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;

let upstream: TestRepo;
let bare: TestRepo;
let server: Server;
let url: string;
const seen: string[] = [];

beforeAll(async () => {
  upstream = createRepo();
  for (let i = 0; i < 5; i++) upstream.commitFiles(`c${i}`, { [`f${i}.txt`]: `${i}\n` });
  bare = cloneRepo(upstream.dir, { bare: true });
  server = createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    seen.push(auth ? 'auth' : 'none');
    if (auth.toLowerCase() !== EXPECTED.toLowerCase()) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' });
      res.end();
      return;
    }
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cgi = spawn('git', ['http-backend'], {
      env: {
        ...gitEnv(),
        GIT_PROJECT_ROOT: join(bare.dir, '..'),
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: parsed.pathname,
        QUERY_STRING: parsed.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    req.pipe(cgi.stdin);
    let head = Buffer.alloc(0);
    let headerDone = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headerDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headerDone = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const [name, ...rest] = line.split(':');
        const value = rest.join(':').trim();
        if (name!.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
        else headers[name!] = value;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    cgi.stdout.on('end', () => res.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  upstream.cleanup();
  bare.cleanup();
});

describe('fetching with the token', () => {
  it('retries a refused fetch with the token in an http.extraheader passed through the environment', async () => {
    const head = upstream.head();
    const base = upstream.rev('HEAD~3');
    // A depth-1 checkout of HEAD without persisted credentials (cloned from disk, origin then pointed at the server).
    const repo = cloneRepo(bare.dir, { depth: 1 });
    try {
      runGit(repo.dir, ['remote', 'set-url', 'origin', `${url}/${bare.dir.split('/').pop()}`]);
      const masked: string[] = [];
      const notices: string[] = [];
      const prepared = await prepareScope({ kind: 'range', base, head, why: 'push' }, repo.dir, {
        token: TOKEN, serverUrl: url, notice: (m) => notices.push(m), mask: (v) => masked.push(v), deepenStep: 1,
      });
      expect(prepared.scope).toMatchObject({ kind: 'range', base, head });
      expect(Number(runGit(repo.dir, ['rev-list', '--count', `${base}..${head}`]))).toBe(3);
      expect(seen[0]).toBe('none'); // the first attempt used what the checkout had: nothing
      expect(seen).toContain('auth');
      expect(masked).toEqual([Buffer.from(`x-access-token:${TOKEN}`).toString('base64')]);
      // Nothing was written to the repository's config.
      expect(runGit(repo.dir, ['config', '--list', '--local'])).not.toContain('extraheader');
      expect(notices.join('\n')).not.toContain(TOKEN);
    } finally {
      repo.cleanup();
    }
  });

  it('asks no credential helper or askpass program the checkout names when the server refuses (issue 11)', async () => {
    const head = upstream.head();
    const base = upstream.rev('HEAD~2');
    const repo = cloneRepo(bare.dir, { depth: 1 });
    const dir = makeTempDir('aks-cred-');
    const marker = join(dir, 'marker');
    const program = join(dir, 'helper.sh');
    writeFileSync(program, `#!/bin/sh\necho "ran $*" >> '${marker}'\necho password=stolen\n`);
    chmodSync(program, 0o755);
    try {
      runGit(repo.dir, ['remote', 'set-url', 'origin', `${url}/${bare.dir.split('/').pop()}`]);
      appendFileSync(join(repo.dir, '.git', 'config'), `[credential]\n\thelper = !${program}\n[core]\n\taskPass = ${program}\n`);
      const prepared = await prepareScope({ kind: 'range', base, head, why: 'push' }, repo.dir, {
        token: TOKEN, serverUrl: url, notice: () => undefined, deepenStep: 1, git: { env: { ...gitEnv(), GIT_ASKPASS: program, SSH_ASKPASS: program } },
      });
      expect(prepared.scope).toMatchObject({ kind: 'range', base, head });
      expect(existsSync(marker)).toBe(false);
    } finally {
      repo.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
