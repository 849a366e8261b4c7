import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { readInputs } from '../../src/action/inputs.js';
import { runTarget } from '../../src/action/run-target.js';
import { leakedInLogs, runRepository } from '../../src/action/workflow-runs.js';
import { Secret } from '../../src/core/secret.js';
import type { Finding, Location, Status } from '../../src/core/types.js';
import { fakeApiKey } from '../helpers/keys.js';

const completed = (run: Record<string, unknown>) => ({ name: 'workflow_run', payload: { action: 'completed', workflow_run: run } });

describe('runTarget', () => {
  it('workflow_run completed: the run the event names, a fork\'s head or not, with its page and attempt', () => {
    const run = { id: 77, run_attempt: 3, html_url: 'https://github.com/acme/app/actions/runs/77', head_repository: { full_name: 'someone/fork' } };
    expect(runTarget(completed(run), 'auto', {})).toEqual({ kind: 'finished', run: { id: 77, run_attempt: 3, html_url: run.html_url }, why: expect.stringContaining('run 77') });
  });

  it('workflow_run not completed: nothing yet', () => {
    expect(runTarget({ name: 'workflow_run', payload: { action: 'in_progress', workflow_run: { id: 5 } } }, 'auto', {})).toMatchObject({ kind: 'not-ready' });
  });

  it('a malformed workflow_run payload is a one-line error; odd fields are left out', () => {
    for (const run of [undefined, {}, { id: '77' }, { id: -1 }, { id: 1.5 }, [77]]) {
      expect(() => runTarget(completed(run as Record<string, unknown>), 'auto', {})).toThrow(UserError);
    }
    expect(runTarget(completed({ id: 9, run_attempt: 'x', html_url: 42 }), 'auto', {})).toMatchObject({ run: { id: 9 } });
  });

  it('scope: run-logs reads this run (GITHUB_RUN_ID), whatever the event; without one it is an error', () => {
    expect(runTarget({ name: 'push', payload: {} }, 'run-logs', { runId: '4242' })).toMatchObject({ kind: 'current', run: { id: 4242 } });
    expect(() => runTarget({ name: 'push', payload: {} }, 'run-logs', {})).toThrow(/GITHUB_RUN_ID/);
    expect(() => runTarget({ name: 'push', payload: {} }, 'run-logs', { runId: '12; rm' })).toThrow(UserError);
  });

  it('other events: no run', () => {
    expect(runTarget({ name: 'push', payload: {} }, 'auto', {})).toBeUndefined();
  });
});

describe('inputs', () => {
  const read = (overrides: Record<string, string>) => (name: string) => overrides[name] ?? '';
  it('scope run-logs and delete-leaked-logs are read; a bad value is refused', () => {
    expect(readInputs(read({ scope: 'run-logs', 'delete-leaked-logs': 'true' }))).toMatchObject({ scope: 'run-logs', deleteLeakedLogs: true });
    expect(readInputs(read({})).deleteLeakedLogs).toBe(false);
    expect(() => readInputs(read({ 'delete-leaked-logs': 'maybe' }))).toThrow(/delete-leaked-logs/);
  });
});

describe('leakedInLogs', () => {
  const finding = (status: Status, kind: Location['kind']): Finding => ({
    rule: 'anthropic-api-key', secret: new Secret(fakeApiKey(status)), status, locations: [{ kind, line: 1, column: 1 }],
  });
  it('a key in a log that is not proven invalid: live, unknown or unchecked; an artifact alone or a dead key is not', () => {
    for (const status of ['live', 'unknown', 'unchecked'] as const) expect(leakedInLogs({ findings: [finding(status, 'run-log')] })).toBe(true);
    expect(leakedInLogs({ findings: [finding('invalid', 'run-log')] })).toBe(false);
    expect(leakedInLogs({ findings: [finding('live', 'artifact')] })).toBe(false);
  });
});

describe('runRepository', () => {
  const log = () => undefined;
  it('reads the workflow\'s own repository, whatever the repository input says; needs a token and a repository', () => {
    expect(runRepository({ githubToken: 't', repository: 'other/repo' }, { GITHUB_REPOSITORY: 'acme/app' }, log)).toMatchObject({ owner: 'acme', repo: 'app' });
    expect(runRepository({ githubToken: 't', repository: 'other/repo' }, {}, log)).toMatchObject({ owner: 'other', repo: 'repo' });
    expect(() => runRepository({ githubToken: '', repository: '' }, { GITHUB_REPOSITORY: 'acme/app' }, log)).toThrow(/github-token/);
    expect(() => runRepository({ githubToken: 't', repository: '' }, {}, log)).toThrow(/GITHUB_REPOSITORY/);
  });
});
