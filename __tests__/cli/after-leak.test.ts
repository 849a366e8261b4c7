/**
 * The CLI after a leak: with --verify and ANTHROPIC_ADMIN_KEY, a history scan reports each key's exposure and its
 * usage since then; --notify-webhook (or ANTHROPIC_KEY_SCAN_WEBHOOK) tells a loopback receiver once, redacted.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCli as cli } from '../helpers/cli.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { fakeAdminKey, fakeApiKey } from '../helpers/keys.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';

const leaked = fakeApiKey('cli-after-leak');
const admin = fakeAdminKey('cli-after-leak-admin');
let repo: TestRepo;
let api: AnthropicServer;
let hook: Server;
let hookUrl: string;
let bodies: string[];

beforeEach(async () => {
  repo = createRepo();
  const day = Math.floor(Date.now() / 1000) - 2 * 86_400;
  repo.commitFiles('add config', { '.env': `KEY=${leaked}\n` }, { date: day });
  api = await startAnthropicServer();
  api.addKey({ key: admin, kind: 'admin', org: 'org-a' });
  const record = api.addKey({ key: leaked, kind: 'api', org: 'org-a' });
  api.addUsage({ apiKeyId: record.id, model: 'claude-opus', at: new Date(Date.now() - 86_400_000).toISOString(), uncached: 11, output: 22 });
  bodies = [];
  hook = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => (bodies.push(Buffer.concat(chunks).toString('utf8')), res.end('ok')));
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hooks/cli-secret-path`;
});
afterEach(async () => {
  repo.cleanup();
  await api.close();
  await new Promise<void>((resolve) => hook.close(() => resolve()));
});

describe('anthropic-key-scan after a leak', () => {
  it('reports exposure and usage since exposure with --verify and an admin key, no write, and notifies once', async () => {
    const run = await cli(['--history', '--verify', '--format', 'json', '--notify-format', 'json', repo.dir], {
      ANTHROPIC_BASE_URL: api.url, ANTHROPIC_ADMIN_KEY: admin, ANTHROPIC_KEY_SCAN_WEBHOOK: hookUrl,
    });
    expect(run.code).toBe(1);
    const [finding] = JSON.parse(run.stdout).findings;
    expect(finding.status).toBe('live');
    expect(finding.exposure).toMatchObject({ visibility: 'unknown', first: { kind: 'file', commit: repo.head() } });
    expect(finding.exposure.seconds).toBeGreaterThanOrEqual(2 * 86_400);
    expect(finding.usage).toMatchObject({ state: 'reported', bucketWidth: '1h', total: { uncachedInputTokens: 11, outputTokens: 22 } });
    expect(api.writes()).toEqual([]);
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0])).toMatchObject({ keys: 1, listed: [{ status: 'live', revoked: false }] });
    for (const text of [run.stdout, run.stderr, ...bodies]) {
      expect(text.includes(leaked)).toBe(false);
      expect(text.includes(admin)).toBe(false);
      expect(text.includes('cli-secret-path')).toBe(false);
    }
  });

  it('a webhook that cannot be used is a notice, and the report and exit code are unchanged', async () => {
    const run = await cli(['--history', '--notify-webhook', 'http://hooks.example.com/cli-secret-path', repo.dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/notice: the notification webhook must be https/);
    expect(run.stderr).not.toContain('cli-secret-path');
    expect(bodies).toEqual([]);
  });

  it('refuses a --notify-format it does not know', async () => {
    const run = await cli(['--notify-format', 'teams', repo.dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--notify-format/);
  });
});
