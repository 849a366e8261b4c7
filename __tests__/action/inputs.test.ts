import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../src/action/inputs.js';
import { inputEnv } from './run-action.js';

/** action.yml's defaults, read as core.getInput reads them. */
function reader(overrides: Record<string, string> = {}) {
  const env = inputEnv(overrides);
  return (name: string) => env[`INPUT_${name.toUpperCase()}`] ?? '';
}

describe('readInputs', () => {
  it('action.yml defaults give the documented behaviour', () => {
    expect(readInputs(reader())).toMatchObject({
      scope: 'auto', path: '.', base: '', head: '', verify: true, revoke: false, dryRun: false, failOn: 'any',
      annotations: true, reviewComments: true, checkRun: true, summary: true,
      reportFile: 'anthropic-key-scan.json', sarifFile: 'anthropic-key-scan.sarif', maxFileSize: 25 * 1024 * 1024, repository: '',
      command: 'scan', list: { organization: '', batchSize: 10, includeArchived: false, includeForks: false, match: [] },
    });
  });

  it('reads the listing inputs of command repos; the filter is newline- or comma-separated', () => {
    const inputs = readInputs(reader({ command: 'repos', organization: 'acme', 'batch-size': '25', 'include-forks': 'true', 'repository-filter': 'svc-*, api\n!svc-legacy-*\n\n' }));
    expect(inputs.command).toBe('repos');
    expect(inputs.list).toEqual({ organization: 'acme', batchSize: 25, includeArchived: false, includeForks: true, match: ['svc-*', 'api', '!svc-legacy-*'] });
  });

  it('takes match as another name for repository-filter, both joined', () => {
    expect(readInputs(reader({ command: 'repos', organization: 'acme', match: 'web-*' })).list.match).toEqual(['web-*']);
    expect(readInputs(reader({ command: 'repos', organization: 'acme', match: 'web-*', 'repository-filter': 'svc-*' })).list.match).toEqual(['svc-*', 'web-*']);
  });

  it('reads the reach inputs: audit issue, mentions (validated), artifact', () => {
    const after = { secretScanningToken: '', notifyWebhook: '', notifyFormat: 'slack' };
    expect(readInputs(reader()).reach).toEqual({ auditIssue: false, mentions: [], uploadArtifact: 'auto', artifactName: 'anthropic-key-scan-reports', ...after });
    expect(readInputs(reader({ 'audit-issue': 'true', mention: '@acme/security, @alice', 'upload-artifact': 'false', 'artifact-name': 'r-1' })).reach)
      .toEqual({ auditIssue: true, mentions: ['@acme/security', '@alice'], uploadArtifact: 'false', artifactName: 'r-1', ...after });
    expect(readInputs(reader({ 'secret-scanning-token': 'ghp_x', 'notify-webhook': 'https://hooks.example/x', 'notify-format': 'JSON' })).reach)
      .toMatchObject({ secretScanningToken: 'ghp_x', notifyWebhook: 'https://hooks.example/x', notifyFormat: 'json' });
    expect(() => readInputs(reader({ 'notify-format': 'teams' }))).toThrow(/^input notify-format: expected one of slack, json/);
    expect(() => readInputs(reader({ mention: '@alice <img src=x>' }))).toThrow(/^input mention: "<img" is not a GitHub handle/);
    expect(() => readInputs(reader({ 'upload-artifact': 'always' }))).toThrow(/^input upload-artifact: expected one of auto, true, false/);
  });

  it('accepts the usual spellings of booleans and sizes', () => {
    expect(readInputs(reader({ verify: 'False', annotations: 'no', summary: 'YES', 'max-file-size': '512k', base: 'HEAD~3', head: 'v1.2^{commit}' }))).toMatchObject({
      verify: false, annotations: false, summary: true, maxFileSize: 512 * 1024, base: 'HEAD~3', head: 'v1.2^{commit}',
    });
  });

  it.each([
    [{ scope: 'everything' }, 'input scope: expected one of auto, range, history, files, run-logs, got "everything"'],
    [{ verify: 'maybe' }, 'input verify: expected true or false, got "maybe"'],
    [{ 'fail-on': 'sometimes' }, 'input fail-on: expected one of any, live, never, got "sometimes"'],
    [{ base: '--upload-pack=x' }, 'input base: "--upload-pack=x" is not a commit or ref name'],
    [{ head: 'a..b' }, 'input head: "a..b" is not a commit or ref name'],
    [{ base: 'main branch' }, 'input base: "main branch" is not a commit or ref name'],
    [{ repository: 'not a repo' }, 'input repository: expected OWNER/NAME, got "not a repo"'],
    [{ command: 'list' }, 'input command: expected one of scan, repos, got "list"'],
    [{ 'batch-size': '0' }, 'input batch-size: expected a positive whole number, got "0"'],
    [{ 'include-forks': 'maybe' }, 'input include-forks: expected true or false, got "maybe"'],
    [{ revoke: 'true', verify: 'false' }, 'input revoke: revocation needs verify: true (only keys proven live are deactivated)'],
  ])('refuses %j in one line', (overrides, message) => {
    expect(() => readInputs(reader(overrides))).toThrow(message);
  });

  it('refuses a bad size', () => {
    expect(() => readInputs(reader({ 'max-file-size': 'huge' }))).toThrow(/max-file-size/);
  });
});
