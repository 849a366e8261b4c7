/**
 * `anthropic-key-scan surfaces OWNER/NAME`: a repository's GitHub surfaces with the usual formats and exit codes,
 * against a loopback GitHub; bad arguments are one line and exit 2; hostile names stay text in the terminal.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sinceOption } from '../../src/cli/args.js';
import type { JsonReport } from '../../src/core/report.js';
import { runCli } from '../helpers/cli.js';
import { errorBody, paginate, READ_ONLY_MESSAGE, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { fakeKey } from '../helpers/keys.js';

const TOKEN = ['ghs', 'surfacesCli', 'token'].join('_');
const KEY = fakeKey('api03', 'cli-surfaces');
let gh: GitHubServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aks-surfaces-cli-'));
  gh = await startGitHubServer({ token: TOKEN });
  gh.on('GET', '/repos/{owner}/{repo}/issues', (request, _p, server) => paginate(server, request, [
    { number: 4, title: 'help', body: `it fails with ${KEY}`, html_url: 'https://github.com/acme/app/issues/4', user: { login: 'oops\u001b[31m' }, created_at: '2026-05-01T00:00:00Z' },
  ]));
  gh.on('GET', '/repos/{owner}/{repo}/issues/comments', (request, _p, server) => paginate(server, request, []));
  gh.on('GET', '/repos/{owner}/{repo}/pulls/comments', () => errorBody(READ_ONLY_MESSAGE, 403));
  gh.on('POST', '/graphql', () => ({ body: { data: { repository: { hasDiscussionsEnabled: false } } } }));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await gh.close();
});

describe('surfaces OWNER/NAME', () => {
  it('text: the key at its issue with its link, exit 1; no control character reaches the terminal', async () => {
    const run = await runCli(['surfaces', 'acme/app', '--surfaces', 'conversations', '--since', '2026-01-01', '--no-color'], { GH_TOKEN: TOKEN, GITHUB_API_URL: gh.url });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('issue #4 by @oops\\x1b[31m: https://github.com/acme/app/issues/4:2:15');
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain(KEY);
    expect(gh.requests.filter((r) => r.path === '/repos/acme/app/issues').every((r) => r.query.get('since') === '2026-01-01T00:00:00Z')).toBe(true);
  });

  it('json and sarif: locations carry repository, url and fingerprint; SARIF keeps them out of results with a notification', async () => {
    const out = join(dir, 'r.json');
    const json = await runCli(['surfaces', 'acme/app', '--surfaces', 'conversations', '--format', 'json', '-o', out, '-q'], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url });
    expect(json.code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
    expect(report.scope).toEqual(expect.objectContaining({ kind: 'surfaces', repository: 'acme/app', surfaces: ['conversations'] }));
    expect(report.findings[0]!.locations[0]).toEqual(expect.objectContaining({
      kind: 'issue', repository: 'acme/app', number: 4, url: 'https://github.com/acme/app/issues/4', fingerprint: 'https://github.com/acme/app/issues/4:anthropic-api-key:2',
    }));
    expect(report.notes).toEqual([expect.objectContaining({ reason: 'surface-unreadable', message: expect.stringContaining('pull-requests: read') })]);
    const sarif = await runCli(['surfaces', 'acme/app', '--surfaces', 'conversations', '--format', 'sarif', '--fail-on', 'never'], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url });
    expect(sarif.code).toBe(0);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: unknown[]; invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }> }> };
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toMatch(/^1 location\(s\) outside the repository's files/);
  });

  it('an allow-listed fingerprint suppresses that one place', async () => {
    const config = join(dir, 'allow.yml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(config, 'allow:\n  fingerprints:\n    - "https://github.com/acme/app/issues/4:anthropic-api-key:2"\n');
    const run = await runCli(['surfaces', 'acme/app', '--surfaces', 'conversations', '--config', config], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url });
    expect(run.code).toBe(0);
  });

  it('bad arguments: one line, exit 2', async () => {
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url };
    for (const [argv, message] of [
      [['surfaces'], 'surfaces takes exactly one OWNER/NAME'],
      [['surfaces', 'not a repo'], 'expected OWNER/NAME'],
      [['surfaces', 'acme/app', '--surfaces', 'issues'], 'unknown surface "issues"'],
      [['surfaces', 'acme/app', '--surfaces', 'code'], 'code is the git history'],
      [['surfaces', 'acme/app', '--since', 'yesterday'], '--since: expected a date'],
    ] as const) {
      const run = await runCli([...argv], env);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    const noToken = await runCli(['surfaces', 'acme/app'], { GITHUB_API_URL: gh.url });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('needs GH_TOKEN or GITHUB_TOKEN');
  });

  it('--since takes dates and ISO times', () => {
    expect(sinceOption('2026-01-31')).toBe('2026-01-31T00:00:00Z');
    expect(sinceOption('2026-01-31T12:30:00+02:00')).toBe('2026-01-31T10:30:00Z');
    expect(sinceOption(undefined)).toBeUndefined();
  });
});
