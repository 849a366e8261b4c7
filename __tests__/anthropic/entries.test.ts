/**
 * The Anthropic side as both entries use it: the CLI's --max-verify and the action's max-verify input, the
 * admin key refused up front, and the notice naming where keys go.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readInputs } from '../../src/action/inputs.js';
import { DEFAULT_MAX_VERIFY } from '../../src/anthropic/limits.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { runCli as cli } from '../helpers/cli.js';
import { fakeKey, PREFIX, randomBody } from '../helpers/keys.js';
import { inputEnv } from '../action/run-action.js';

let server: AnthropicServer;
let dir: string;
const keys = Array.from({ length: 4 }, (_, i) => fakeKey('api03', `entries-${i}`));

beforeAll(async () => {
  server = await startAnthropicServer();
  for (const key of keys) server.addKey({ key, kind: 'api', org: 'org-a' });
  dir = await mkdtemp(path.join(tmpdir(), 'aks-entries-'));
  await writeFile(path.join(dir, '.env'), keys.map((k, i) => `KEY_${i}=${k}\n`).join(''));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the CLI', () => {
  it('--max-verify N checks N keys; the rest are unchecked, saying why; the notice names the host', async () => {
    const before = server.requests.length;
    const run = await cli(['--verify', '--max-verify', '2', '--format', 'json', dir], { ANTHROPIC_BASE_URL: server.url });
    expect(run.code).toBe(1);
    expect(server.requests.length - before).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.findings.filter((f: { status: string }) => f.status === 'live')).toHaveLength(2);
    const rest = report.findings.filter((f: { status: string }) => f.status === 'unchecked');
    expect(rest).toHaveLength(2);
    expect(rest[0].statusDetail).toMatch(/at most 2 distinct keys/);
    expect(report.notes).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'base-url', message: expect.stringContaining(server.url) })]));
  });

  it('--max-verify must be a positive whole number', async () => {
    const run = await cli(['--verify', '--max-verify', 'lots', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--max-verify must be a positive whole number/);
  });

  it('an ANTHROPIC_ADMIN_KEY that is not admin-shaped: one line, exit 2, nothing scanned or sent', async () => {
    const before = server.requests.length;
    const pasted = keys[0];
    const run = await cli(['--revoke', dir], { ANTHROPIC_BASE_URL: server.url, ANTHROPIC_ADMIN_KEY: pasted });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not an Anthropic Admin API key .*shaped like another kind \(Anthropic API key\)/);
    expect(run.stderr).not.toContain(pasted.slice(16));
    expect(server.requests.length).toBe(before);
  });
});

describe('the action input', () => {
  it(`max-verify defaults to ${DEFAULT_MAX_VERIFY} in action.yml and in the code, and can be changed`, () => {
    const read = (overrides: Record<string, string>) => {
      const env = inputEnv(overrides);
      return (name: string) => env[`INPUT_${name.toUpperCase()}`] ?? '';
    };
    expect(readInputs(read({})).maxVerify).toBe(DEFAULT_MAX_VERIFY);
    expect(readInputs(read({ 'max-verify': '5' })).maxVerify).toBe(5);
    expect(() => readInputs(read({ 'max-verify': '0' }))).toThrow(/input max-verify must be a positive whole number/);
  });
});

describe('every kind in the files people keep it in, verified against the loopback API', () => {
  it('is found under its rule; only the API and admin keys are sent, and no other kind is called invalid', async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'aks-kinds-'));
    try {
      const api = fakeKey('api03', 'kinds-live');
      const admin = fakeKey('admin01', 'kinds-admin');
      server.addKey({ key: api, kind: 'api', org: 'org-k' });
      server.addKey({ key: admin, kind: 'admin', org: 'org-k' });
      const access = `${PREFIX}oat01-${randomBody('kinds-oat', 95)}`;
      const refresh = `${PREFIX}ort01-${randomBody('kinds-ort', 95)}`;
      const session = `${PREFIX}sid01-${randomBody('kinds-sid', 93)}AA`;
      const compliance = `${PREFIX}api01-${randomBody('kinds-compliance', 93)}AA`;
      const newKind = `${PREFIX}zeta01-${randomBody('kinds-new', 95)}`;
      await writeFile(
        path.join(home, '.credentials.json'),
        JSON.stringify({ claudeAiOauth: { accessToken: access, refreshToken: refresh, expiresAt: 1767225600000, scopes: ['user:inference'] } }),
      );
      await writeFile(path.join(home, 'claude.ai.har'), JSON.stringify({ log: { entries: [{ request: { cookies: [{ name: 'sessionKey', value: session }] } }] } }));
      await writeFile(path.join(home, '.env'), `ANTHROPIC_API_KEY=${api}
ANTHROPIC_ADMIN_KEY=${admin}
COMPLIANCE_KEY=${compliance}
FUTURE=${newKind}
`);
      const before = server.requests.length;
      const run = await cli(['--verify', '--format', 'json', home], { ANTHROPIC_BASE_URL: server.url });
      const report = JSON.parse(run.stdout);
      const byHint = new Map<string, { rule: string; status: string; statusDetail?: string }>(
        report.findings.map((f: { redacted: string }) => [f.redacted, f]),
      );
      const hint = (k: string): string => `${k.slice(0, 16)}...${k.slice(-4)}`;
      expect(byHint.get(hint(api))).toMatchObject({ rule: 'anthropic-api-key', status: 'live' });
      expect(byHint.get(hint(admin))).toMatchObject({ rule: 'anthropic-admin-key', status: 'live' });
      for (const [key, rule] of [
        [access, 'anthropic-oauth-access-token'],
        [refresh, 'anthropic-oauth-refresh-token'],
        [session, 'anthropic-session-key'],
        [compliance, 'anthropic-compliance-key'],
        [newKind, 'anthropic-unknown-key'],
      ]) {
        expect(byHint.get(hint(key))).toMatchObject({ rule, status: 'unchecked', statusDetail: expect.stringMatching(/^not verified: /) });
      }
      expect(report.findings).toHaveLength(7);
      // Two requests: the API key and the admin key; nothing else was sent anywhere.
      const sent = server.requests.slice(before).map((r) => r.credential);
      expect(sent.sort()).toEqual([admin, api].sort());
      expect(run.stdout).not.toContain(access.slice(20));
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});
