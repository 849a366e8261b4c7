import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { publish, type PublishInput } from '../../src/action/publish.js';
import type { RunnerLog } from '../../src/action/runner-log.js';
import { readInputs } from '../../src/action/inputs.js';
import { captureStdout, type StdoutCapture } from '../helpers/stdout-capture.js';
import { inputEnv } from './run-action.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret } from '../../src/core/secret.js';
import { paginate, startGitHubServer } from '../helpers/github-server.js';
import { fakeKey } from '../helpers/keys.js';

function quietLog(lines: string[]): RunnerLog {
  const say = (kind: string) => (text: string) => void lines.push(`${kind}: ${text}`);
  return { info: say('info'), debug: say('debug'), error: say('error'), warning: say('warning'), notice: say('notice'), fail: say('fail'), mask: () => undefined };
}

describe('publish', () => {
  // Outside a runner (no GITHUB_OUTPUT) @actions/core prints outputs as `::set-output` commands, and
  // @actions/artifact logs its checks: kept here, not printed among the test results.
  let printed: StdoutCapture;
  beforeEach(() => void (printed = captureStdout()));
  afterEach(() => printed.restore());

  it('runs every output whatever the others do, each with its own outcome', async () => {
    const env = inputEnv({ summary: 'true' });
    const inputs = readInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '');
    const lines: string[] = [];
    const summaries: string[] = [];
    const input = {
      report: { version: 1, tool: { name: 't', version: '0' }, scope: { kind: 'files' }, findings: [], suppressed: [], stats: {} },
      inputs, log: quietLog(lines), facts: { placement: { repoPrefix: '', workspacePrefix: '' }, problems: [] },
      links: { placement: { repoPrefix: '', workspacePrefix: '' }, serverUrl: 'https://github.com' },
      dirs: { outputDir: '/nonexistent-dir-for-test/x', workspace: '/nonexistent-dir-for-test' }, scanned: 'files', notices: [], eventName: 'push',
      writeSummary: async (markdown: string) => void summaries.push(markdown),
    } as unknown as PublishInput;
    const boom = { name: 'boom', run: async () => { throw new Error('disk full'); } };
    const outcomes = await publish(input, [boom, ...(await import('../../src/action/publish.js')).OUTPUTS]);
    expect(outcomes.find((o) => o.output === 'boom')).toMatchObject({ state: 'failed', detail: 'disk full' });
    expect(outcomes.find((o) => o.output === 'report-file')?.state).toBe('failed');
    expect(outcomes.find((o) => o.output === 'summary')?.state).toBe('done');
    // The summary names what could not be done.
    expect(summaries[0]).toMatch(/boom: disk full/);
    expect(summaries[0]).toMatch(/report-file: /);
    expect(lines).toContain('warning: boom: disk full');
    expect(printed.text()).toContain('::set-output name=findings::0');
  });

  it('a reports artifact that cannot be uploaded is a notice, not a warning nor a failure', async () => {
    const env = inputEnv({ 'upload-artifact': 'true' });
    const inputs = readInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '');
    const lines: string[] = [];
    const saved = process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    try {
      const input = {
        report: { version: 1, tool: { name: 't', version: '0' }, scope: { kind: 'files' }, findings: [], suppressed: [], stats: {} },
        inputs, log: quietLog(lines), facts: { placement: { repoPrefix: '', workspacePrefix: '' }, problems: [] },
        links: { placement: { repoPrefix: '', workspacePrefix: '' }, serverUrl: 'https://github.com' },
        dirs: { outputDir: '/tmp', workspace: '/tmp' }, scanned: 'files', notices: [], eventName: 'schedule',
      } as unknown as PublishInput;
      const { OUTPUTS } = await import('../../src/action/publish.js');
      const files = OUTPUTS.filter((o) => o.name === 'artifact');
      const earlier = { output: 'report-file', state: 'done' as const, path: new URL(import.meta.url).pathname };
      const outcomes = await publish(input, [{ name: 'report-file', run: async () => earlier }, ...files]);
      expect(outcomes.find((o) => o.output === 'artifact')).toMatchObject({ state: 'skipped', detail: 'not uploaded' });
      expect(lines.filter((l) => l.startsWith('notice: could not upload the reports'))).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
    } finally {
      if (saved !== undefined) process.env.ACTIONS_RUNTIME_TOKEN = saved;
    }
  });

  it("after the leak: resolves GitHub's alert before the report file is written, and tells the webhook, never printing its URL", async () => {
    const bodies: string[] = [];
    const hook = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => (bodies.push(Buffer.concat(chunks).toString('utf8')), res.end('ok')));
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const webhook = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/services/hook-secret-path`;
    const gh = await startGitHubServer({ token: 'github_pat_alerts' });
    const key = fakeKey('api03', 'publish-after-leak');
    gh.on('GET', '/repos/{owner}/{repo}/secret-scanning/alerts', (request) => paginate(gh, request, [{ number: 7, state: 'open', secret_type: 'anthropic_api_key', secret: key }]));
    gh.on('PATCH', '/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}', () => ({ body: { number: 7, state: 'resolved' } }));
    const dir = mkdtempSync(join(tmpdir(), 'aks-publish-'));
    try {
      const env = inputEnv({ 'secret-scanning-token': 'github_pat_alerts', 'notify-webhook': webhook, 'check-run': 'false', 'review-comments': 'false', 'upload-artifact': 'false' });
      const inputs = readInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '');
      const lines: string[] = [];
      const secret = new Secret(key);
      const input = {
        report: {
          version: 1, tool: { name: 't', version: '0' }, scope: { kind: 'files' }, suppressed: [], stats: {},
          findings: [{ rule: 'anthropic-api-key', secretSha256: secret.sha256, redacted: secret.redacted, status: 'live', locations: [{ kind: 'file', path: '.env', line: 1, column: 1 }], revocation: { outcome: 'deactivated', keyId: 'apikey_1' } }],
        },
        inputs, log: quietLog(lines), facts: { placement: { repoPrefix: '', workspacePrefix: '' }, problems: [] },
        links: { placement: { repoPrefix: '', workspacePrefix: '' }, serverUrl: 'https://github.com', repository: 'acme/app' },
        target: { owner: 'acme', repo: 'app' }, apiUrl: gh.url, runUrl: 'https://github.com/acme/app/actions/runs/1',
        dirs: { outputDir: dir, workspace: dir }, scanned: 'files', notices: [], eventName: 'push',
      } as unknown as PublishInput;
      const outcomes = await publish(input);
      expect(outcomes.find((o) => o.output === 'secret-scanning')).toMatchObject({ state: 'done', detail: '1 alert(s) resolved as revoked' });
      expect(outcomes.find((o) => o.output === 'notify')).toMatchObject({ state: 'done' });
      const written = readFileSync(outcomes.find((o) => o.output === 'report-file')!.path!, 'utf8');
      expect(JSON.parse(written).findings[0].secretScanningAlerts).toEqual([{ number: 7, outcome: 'resolved' }]);
      expect(bodies).toHaveLength(1);
      expect(bodies[0]).toContain(secret.redacted);
      for (const text of [...bodies, written, lines.join('\n')]) expect(text.includes(key)).toBe(false);
      expect(lines.join('\n')).not.toContain('hook-secret-path');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await gh.close();
      await new Promise<void>((resolve) => hook.close(() => resolve()));
    }
  });
});
