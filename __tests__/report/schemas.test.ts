/**
 * schemas/ describes what the tool writes and reads: real reports (every scope, merged, baselines, suppressed
 * findings, revocations) validate against report.schema.json, and config.schema.json accepts exactly what the
 * config parser accepts, on the same samples.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/core/config.js';
import { sha256Hex } from '../../src/core/secret.js';
import { DECODERS } from '../../src/detect/decoders/index.js';
import { toJsonReport } from '../../src/report/json.js';
import { runCli as cli } from '../helpers/cli.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { fakeAdminKey, fakeApiKey } from '../helpers/keys.js';
import { projectSchemaErrors } from '../helpers/schemas.js';
import { scanResult } from './fixtures.js';

describe('report.schema.json', () => {
  let repo: TestRepo;
  let out: string;
  const key = fakeApiKey('schema-a');
  const other = fakeAdminKey('schema-b');

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'aks-schema-'));
    repo = createRepo();
    repo.write('app/.env', `ANTHROPIC_API_KEY=${key}\n`).write('ignored.txt', `${other} anthropic-key-scan:allow\n`);
    repo.commit('first');
    repo.write('app/.env', 'ANTHROPIC_API_KEY=\n');
    repo.commit(`second, with the key in the message ${key}`);
    repo.tag('v1', { message: `tagged ${other}` });
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  async function report(argv: string[]): Promise<unknown> {
    const run = await cli([...argv, '--format', 'json', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout);
  }

  it('validates the fixture report (every status, encodings, revocations, suppressed findings, notes, errors)', () => {
    expect(projectSchemaErrors('report', toJsonReport(scanResult()))).toEqual([]);
  });

  it.each([
    ['files', [] as string[]],
    ['history', ['--history']],
    ['staged', ['--staged']],
  ])('validates a real %s report', async (_kind, flags) => {
    const data = await report([...flags, repo.dir]);
    expect(projectSchemaErrors('report', data)).toEqual([]);
  });

  it('validates a range report, a baseline and a merged report', async () => {
    const range = await report(['--range', 'HEAD~1..HEAD', repo.dir]);
    expect(projectSchemaErrors('report', range)).toEqual([]);
    const baseline = join(out, 'baseline.json');
    await cli(['--history', '--write-baseline', baseline, '--fail-on', 'never', '--quiet', repo.dir]);
    expect(projectSchemaErrors('report', JSON.parse(readFileSync(baseline, 'utf8')))).toEqual([]);
    const history = await report(['--history', '--repository', 'acme/app', repo.dir]);
    writeFileSync(join(out, 'acme__app.json'), JSON.stringify(history));
    const merged = await cli(['merge', join(out, 'acme__app.json'), '--format', 'json', '--fail-on', 'never']);
    expect(projectSchemaErrors('report', JSON.parse(merged.stdout))).toEqual([]);
  });

  it('validates every optional field the writer can set (variant, workspace, overridden suppression, Admin API key data, incomplete)', () => {
    const result = scanResult();
    const [first] = result.findings;
    if (!first) throw new Error('the fixture has findings');
    Object.assign(first, { variant: 'Claude Code routine trigger token', workspaceId: 'wrkspc_1', suppressionOverridden: 'allow-marker:gitleaks:allow' });
    first.revocation = {
      outcome: 'failed', keyId: 'apikey_1', keyName: 'ci', reason: 'the key still worked: apikey_1 was put back to active',
      keyWorkspace: 'wrkspc_1', keyCreatedBy: 'user_1', keyExpiresAt: '2027-01-01T00:00:00Z', keyStatus: 'active', restoredTo: 'active',
    };
    const report = toJsonReport({ ...result, incomplete: 'the scan stopped early: git died' });
    expect(report.findings.some((f) => f.variant && f.workspaceId && f.suppressionOverridden && f.revocation?.restoredTo)).toBe(true);
    expect(projectSchemaErrors('report', report)).toEqual([]);
  });

  it('accepts every decoder\'s name as an encoding, chained outermost first, and nothing else', () => {
    const good = toJsonReport(scanResult());
    const withEncoding = (encoding: string): unknown => ({
      ...good,
      findings: [{ ...good.findings[0], locations: [{ ...good.findings[0].locations[0], encoding }] }],
    });
    for (const d of DECODERS) expect(projectSchemaErrors('report', withEncoding(d.name))).toEqual([]);
    for (const chain of ['base64>gzip', 'base64>base64>gzip>base64', 'base64>utf16le', 'base64url']) expect(projectSchemaErrors('report', withEncoding(chain))).toEqual([]);
    for (const bad of ['rot13', 'base64>', '>gzip', 'base64>>gzip', 'base64 > gzip']) expect(projectSchemaErrors('report', withEncoding(bad))).not.toEqual([]);
  });

  it('is a real check: a report holding a key or a bad status fails it', () => {
    const good = toJsonReport(scanResult());
    expect(projectSchemaErrors('report', { ...good, version: 2 })).not.toEqual([]);
    expect(projectSchemaErrors('report', { ...good, findings: [{ ...good.findings[0], status: 'dead' }] })).not.toEqual([]);
    expect(projectSchemaErrors('report', { ...good, findings: [{ ...good.findings[0], secret: key }] })).not.toEqual([]);
    expect(projectSchemaErrors('report', { ...good, findings: [{ ...good.findings[0], redacted: key }] })).not.toEqual([]);
  });
});

describe('config.schema.json agrees with the config parser', () => {
  const sha = sha256Hex('x');
  const valid = [
    '',
    'exclude:\n  paths: ["test/**", "*.snap"]\n',
    `allow:\n  secrets: [${sha}, ${sha.toUpperCase()}]\n  markers: [nosecret]\n`,
    'max-file-size: 50MB\n',
    'maxFileSize: 512 KiB\n',
    'max-file-size: 1048576\n',
    'exclude:\nallow:\n',
    `allow:\n  fingerprints: ["a:b.env:anthropic-api-key:2", "${'c'.repeat(40)}:src/x.ts:anthropic-oauth-access-token:10", "-:anthropic-api-key:1"]\n`,
  ];
  const invalid = [
    'foo: 1\n',
    'exclude:\n  path: [a]\n',
    'allow:\n  secret: []\n',
    'exclude: [a]\n',
    'exclude:\n  paths: [a, 3]\n',
    'allow:\n  markers: [""]\n',
    'allow:\n  secrets: [abc]\n',
    'max-file-size: lots\n',
    'maxFileSize: -5\n',
    'max-file-size: 1MB\nmaxFileSize: 2MB\n',
    'allow:\n  fingerprints: ["a.env:anthropic-api-key"]\n',
    'allow:\n  fingerprints: ["a.env:anthropic-api-key:0"]\n',
  ];
  // The schema sees the YAML as an editor does: parsed, before the tool reads it.
  const yamlValue = async (text: string) => ((await import('yaml')).parse(text) as unknown) ?? null;

  it.each(valid)('accepts %j, as the parser does', async (text) => {
    await expect(parseConfig(text, 'c.yml')).resolves.toBeDefined();
    expect(projectSchemaErrors('config', await yamlValue(text))).toEqual([]);
  });

  it.each(invalid)('refuses %j, as the parser does', async (text) => {
    await expect(parseConfig(text, 'c.yml')).rejects.toThrow();
    expect(projectSchemaErrors('config', await yamlValue(text))).not.toEqual([]);
  });
});
