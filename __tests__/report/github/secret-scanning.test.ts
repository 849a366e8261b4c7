import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { JsonFinding, JsonReport } from '../../../src/core/report.js';
import { createClient } from '../../../src/github/client.js';
import { ANTHROPIC_SECRET_TYPES, resolveAlerts } from '../../../src/report/github/secret-scanning.js';
import { Secret } from '../../../src/core/secret.js';
import { errorBody, paginate, startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';
import { fakeKey } from '../../helpers/keys.js';

const TOKEN = 'github_pat_secret_scanning_test';
const RUN = 'https://github.com/acme/app/actions/runs/42';
const keys = {
  deactivated: fakeKey('api03', 'alert-deactivated'),
  invalid: fakeKey('api03', 'alert-invalid'),
  live: fakeKey('api03', 'alert-live'),
  unknown: fakeKey('api03', 'alert-unknown'),
  dryRun: fakeKey('api03', 'alert-dry-run'),
  elsewhere: fakeKey('api03', 'alert-elsewhere'),
};

let gh: GitHubServer;
let alerts: Array<Record<string, unknown>>;
let patched: Array<{ number: number; body: Record<string, unknown> }>;

beforeEach(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  patched = [];
  // 150 unrelated open alerts first: the matches are on the second page.
  alerts = Array.from({ length: 150 }, (_, i) => ({ number: i + 100, state: 'open', secret_type: 'anthropic_api_key', secret: fakeKey('api03', `other-${i}`) }));
  let n = 1;
  for (const key of Object.values(keys)) alerts.push({ number: n++, state: 'open', secret_type: 'anthropic_api_key', secret: key, html_url: `https://github.com/acme/app/security/secret-scanning/${n}` });
  alerts.push({ number: 99, state: 'open', secret_type: 'anthropic_api_key' }); // no secret given
  gh.on('GET', '/repos/{owner}/{repo}/secret-scanning/alerts', (request) => paginate(gh, request, alerts));
  gh.on('PATCH', '/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}', (request, params) => {
    patched.push({ number: Number(params.alert_number), body: request.body as Record<string, unknown> });
    return { body: { number: Number(params.alert_number), state: 'resolved' } };
  });
});
afterEach(async () => {
  await gh.close();
});

function finding(key: string, status: JsonFinding['status'], outcome?: 'deactivated' | 'would-deactivate' | 'failed'): JsonFinding {
  return {
    rule: 'anthropic-api-key', secretSha256: new Secret(key).sha256, redacted: new Secret(key).redacted, status, locations: [],
    ...(outcome ? { revocation: { outcome, keyId: 'apikey_9' } } : {}),
  };
}

function report(): JsonReport {
  return {
    version: 1, tool: { name: 't', version: '0' }, scope: { kind: 'history' }, suppressed: [], stats: {},
    findings: [
      finding(keys.deactivated, 'live', 'deactivated'),
      finding(keys.invalid, 'invalid'),
      finding(keys.live, 'live', 'failed'),
      finding(keys.unknown, 'unknown'),
      finding(keys.dryRun, 'live', 'would-deactivate'),
    ],
  };
}

const client = () => createClient({ token: TOKEN, baseUrl: gh.url, retryAfterBaseValue: 1 });

describe('resolveAlerts', () => {
  it("resolves GitHub's open alerts for the keys proven dead, and only those, matched by SHA-256 across pages", async () => {
    const r = report();
    const outcome = await resolveAlerts(client(), { owner: 'acme', repo: 'app' }, r, { runUrl: RUN });
    expect(outcome).toEqual({ resolved: 2, problems: [] });
    expect(patched.map((p) => p.number).sort()).toEqual([1, 2]);
    expect(patched[0].body).toEqual({ state: 'resolved', resolution: 'revoked', resolution_comment: `Deactivated through the Anthropic Admin API (apikey_9); resolved by anthropic-key-scan in ${RUN}` });
    expect(patched[1].body.resolution_comment).toMatch(/^The Anthropic API refuses this key/);
    expect(r.findings[0].secretScanningAlerts).toEqual([{ number: 1, outcome: 'resolved' }]);
    expect(r.findings[1].secretScanningAlerts).toEqual([{ number: 2, outcome: 'resolved' }]);
    for (const f of r.findings.slice(2)) expect(f.secretScanningAlerts).toBeUndefined();

    const list = gh.requests.filter((q) => q.method === 'GET');
    expect(list).toHaveLength(2);
    expect(list[0].query.get('state')).toBe('open');
    expect(list[0].query.get('secret_type')).toBe(ANTHROPIC_SECRET_TYPES.join(','));
    expect(gh.unknownOperations).toEqual([]);
    expect(gh.schemaViolations).toEqual([]);
    // The alerts' secrets went nowhere: not into a request, not into the report.
    const sent = gh.requests.map((q) => `${q.path}?${q.query.toString()} ${q.rawBody}`).join('\n');
    const written = JSON.stringify(r);
    for (const key of Object.values(keys)) {
      expect(sent.includes(key)).toBe(false);
      expect(written.includes(key)).toBe(false);
    }
  });

  it('asks nothing when no key was proven dead', async () => {
    const r = report();
    r.findings = r.findings.filter((f) => f.status !== 'invalid' && f.revocation?.outcome !== 'deactivated');
    expect(await resolveAlerts(client(), { owner: 'acme', repo: 'app' }, r)).toEqual({ resolved: 0, problems: [] });
    expect(gh.requests).toEqual([]);
  });

  it('a token without the permission, or secret scanning off: a notice, nothing resolved', async () => {
    gh.failNext('GET', '/repos/{owner}/{repo}/secret-scanning/alerts', errorBody('Resource not accessible by integration', 403));
    const denied = await resolveAlerts(client(), { owner: 'acme', repo: 'app' }, report());
    expect(denied.resolved).toBe(0);
    expect(denied.problems[0]).toMatch(/could not be read \(403 .*\): the secret-scanning-token needs 'Secret scanning alerts: read and write'/);

    gh.failNext('GET', '/repos/{owner}/{repo}/secret-scanning/alerts', errorBody('Secret scanning is disabled on this repository.', 404));
    const off = await resolveAlerts(client(), { owner: 'acme', repo: 'app' }, report());
    expect(off.problems[0]).toMatch(/404 .*secret scanning may be off/);
    expect(patched).toEqual([]);
  });

  it('an alert that cannot be resolved is recorded as failed and the others still are', async () => {
    gh.failNext('PATCH', '/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}', errorBody('Validation Failed', 422));
    const r = report();
    const outcome = await resolveAlerts(client(), { owner: 'acme', repo: 'app' }, r, { runUrl: RUN });
    expect(outcome.resolved).toBe(1);
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]).toMatch(/alert #1 \(sk-ant-api03-.{3}\.\.\..{4}\) could not be resolved: 422/);
    expect(r.findings[0].secretScanningAlerts).toEqual([{ number: 1, outcome: 'failed', reason: expect.stringMatching(/^422/) }]);
  });
});
