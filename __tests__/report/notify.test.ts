import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Secret } from '../../src/core/secret.js';
import type { Finding, ScanResult } from '../../src/core/types.js';
import { toJsonReport } from '../../src/report/json.js';
import { findingsToTell, notify, webhookProblem } from '../../src/report/notify.js';
import { fakeKey } from '../helpers/keys.js';

interface Received {
  method: string;
  url: string;
  body: string;
}
let server: Server;
let url: string;
let received: Received[];
let answer: { status: number; headers?: Record<string, string> };

beforeEach(async () => {
  received = [];
  answer = { status: 200 };
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answer.status, answer.headers ?? {});
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/secret-path`;
});
afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const live = fakeKey('api03', 'notify-live');
const unknown = fakeKey('api03', 'notify-unknown');
const invalid = fakeKey('api03', 'notify-invalid');
const oauth = fakeKey('oat01', 'notify-oauth');

function report() {
  const f = (key: string, status: Finding['status'], extra: Partial<Finding> = {}): Finding => ({
    rule: key.startsWith('sk-ant-oat') ? 'anthropic-oauth-access-token' : 'anthropic-api-key',
    secret: new Secret(key),
    status,
    // A hostile path: a Slack mention, a link, a code-span break, a newline, and the key itself.
    locations: [{ kind: 'file', path: `<!channel> <https://evil.example|x>\`*b*\`\n${key}.env`, line: 3, column: 1, repository: 'acme/app' }],
    ...extra,
  });
  const result: ScanResult = {
    plan: { scope: { kind: 'files', root: '.' }, verify: true, revoke: true, dryRun: false, revokeStatus: 'inactive', maxFileSize: 1, quiet: true },
    findings: [
      f(live, 'live', { revocation: { outcome: 'deactivated', keyId: 'apikey_1' }, exposure: { since: '2026-11-01T00:00:00.000Z', visibility: 'public', until: '2026-11-30T00:00:00.000Z', seconds: 1 } }),
      f(unknown, 'unknown'),
      f(invalid, 'invalid'),
      f(oauth, 'unchecked'),
    ],
    suppressed: [], notes: [], stats: {}, errors: [],
  };
  return toJsonReport(result);
}

/** The key in every form a message could carry it: whole, in base64 and base64url, its SHA-256, its body. */
function expectNoKeyIn(text: string): void {
  for (const key of [live, unknown, invalid, oauth]) {
    const forms = [key, Buffer.from(key).toString('base64'), Buffer.from(key).toString('base64url'), createHash('sha256').update(key).digest('hex'), key.slice(16, -4), encodeURIComponent(key)];
    for (const form of forms) expect(text.includes(form)).toBe(false);
  }
}

describe('notify', () => {
  it('posts one Slack message of the live and unverifiable keys, redacted, with the run as its only link', async () => {
    const outcome = await notify(url, report(), { format: 'slack', repository: 'acme/app', runUrl: 'https://github.com/acme/app/actions/runs/42' });
    expect(outcome).toEqual({ state: 'sent', detail: 'notified (3 key(s))' });
    expect(received).toHaveLength(1);
    expect(received[0].method).toBe('POST');
    const body = JSON.parse(received[0].body) as { text: string; blocks: Array<{ text?: { text: string }; elements?: Array<{ text: string }> }> };
    expectNoKeyIn(received[0].body);
    expect(body.text).toBe('anthropic-key-scan: 3 Anthropic keys that may be live in acme/app (1 live, 1 unknown, 1 unchecked). See <https://github.com/acme/app/actions/runs/42|the run>.');
    const lines = body.blocks[1].text!.text;
    expect(lines).toContain('sk-ant-api03-');
    expect(lines).toMatch(/\*live\* Anthropic API key `sk-ant-api03-.{3}\.\.\..{4}`: .*; revoked \(deactivated\)/);
    expect(lines).toMatch(/\*unknown\* .*; not revoked/);
    expect(lines).not.toMatch(/invalid/);
    // Hostile text cannot mention the channel, forge a link, or leave its code span.
    const all = JSON.stringify(body);
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<https://evil');
    expect(all.match(/<[^>]*>/g)).toEqual(['<https://github.com/acme/app/actions/runs/42|the run>', '<https://github.com/acme/app/actions/runs/42|the run>']);
    expect(lines).toContain('&lt;!channel&gt;');
  });

  it('posts the plain JSON payload when asked', async () => {
    await notify(url, report(), { format: 'json', runUrl: 'https://github.com/acme/app/actions/runs/42' });
    const body = JSON.parse(received[0].body) as { keys: number; listed: Array<Record<string, unknown>>; runUrl: string };
    expectNoKeyIn(received[0].body);
    expect(body.keys).toBe(3);
    expect(body.listed.map((k) => [k.status, k.revoked, k.revocation])).toEqual([
      ['live', true, 'deactivated'],
      ['unknown', false, 'none'],
      ['unchecked', false, 'none'],
    ]);
    expect(body.listed[0]).toMatchObject({ kind: 'anthropic-api-key', exposedSince: '2026-11-01T00:00:00.000Z', visibility: 'public', locations: 1 });
    expect(body.listed[0]).not.toHaveProperty('secretSha256');
  });

  it('sends nothing when every key is proven dead', async () => {
    const r = report();
    r.findings = r.findings.filter((f) => f.status === 'invalid');
    expect(findingsToTell(r)).toEqual([]);
    expect((await notify(url, r, { format: 'slack' })).state).toBe('nothing');
    expect(received).toEqual([]);
  });

  it('refuses plain http to another host and a URL with a password, never quoting the URL', async () => {
    for (const bad of ['http://hooks.example.com/services/secret-path', 'https://user:pw@hooks.example.com/secret-path', 'ftp://127.0.0.1/secret-path', 'not a url secret-path']) {
      const outcome = await notify(bad, report(), { format: 'slack' });
      expect(outcome.state).toBe('failed');
      expect(outcome.detail).not.toContain('secret-path');
    }
    expect(webhookProblem('https://hooks.slack.com/services/x')).toBeUndefined();
    expect(webhookProblem('http://[::1]:8080/x')).toBeUndefined();
    expect(received).toEqual([]);
  });

  it('a refusal, a redirect and no answer are failures told without the URL; a redirect is not followed', async () => {
    answer = { status: 500 };
    const refused = await notify(url, report(), { format: 'slack' });
    expect(refused).toEqual({ state: 'failed', detail: 'the notification webhook answered 500; the findings are in the report' });

    answer = { status: 302, headers: { location: `${url}-elsewhere` } };
    const redirected = await notify(url, report(), { format: 'slack' });
    expect(redirected.detail).toMatch(/302 \(a redirect, not followed\)/);
    expect(received.map((r) => r.url)).toEqual(['/services/T000/B000/secret-path', '/services/T000/B000/secret-path']);

    const closed = url.replace(/:\d+\//, ':9/');
    const unreachable = await notify(closed, report(), { format: 'slack' });
    expect(unreachable.state).toBe('failed');
    expect(unreachable.detail).toMatch(/could not be reached \(/);
    expect(unreachable.detail).not.toContain('secret-path');
  });
});
