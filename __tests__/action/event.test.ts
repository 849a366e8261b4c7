import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/core/errors.js';
import { pullRequestOf, readEvent, wantedScope, type GitHubEvent } from '../../src/action/event.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);
const auto = { scope: 'auto' as const, base: '', head: '' };

const dir = mkdtempSync(join(tmpdir(), 'aks-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pr(name = 'pull_request', extra: Record<string, unknown> = {}): GitHubEvent {
  return {
    name,
    payload: {
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: A, repo: { full_name: 'acme/app' } },
        head: { sha: B, repo: { full_name: 'acme/app' } },
        ...extra,
      },
      repository: { full_name: 'acme/app', default_branch: 'main' },
    },
  };
}

function push(payload: Record<string, unknown>): GitHubEvent {
  return { name: 'push', payload: { ref: 'refs/heads/feature', before: A, after: B, repository: { default_branch: 'main' }, ...payload } };
}

describe('wantedScope', () => {
  it('pull_request, pull_request_target and merge_group scan base..head', () => {
    expect(wantedScope(pr(), auto)).toMatchObject({ kind: 'range', base: A, head: B });
    expect(wantedScope(pr('pull_request_target'), auto)).toMatchObject({ kind: 'range', base: A, head: B });
    expect(wantedScope({ name: 'merge_group', payload: { merge_group: { base_sha: A, head_sha: B } } }, auto)).toMatchObject({ kind: 'range', base: A, head: B });
  });

  it('push scans before..after, falling back to the default branch when before is gone', () => {
    expect(wantedScope(push({}), auto)).toEqual({
      kind: 'range', base: A, head: B, why: 'push to feature', fallback: { defaultBranch: 'main', ifOnDefault: 'nothing' },
    });
    expect(wantedScope(push({ forced: true, ref: 'refs/heads/main' }), auto)).toMatchObject({
      kind: 'range', why: 'forced push to main', fallback: { defaultBranch: 'main', ifOnDefault: 'head-commit' },
    });
  });

  it('a new branch scans its commits not on the default branch; a first push of the default branch, the history', () => {
    expect(wantedScope(push({ before: ZERO, created: true }), auto)).toMatchObject({ kind: 'branch', head: B, fallback: { defaultBranch: 'main' } });
    expect(wantedScope(push({ before: ZERO, created: true, ref: 'refs/heads/main' }), auto)).toMatchObject({ kind: 'history' });
  });

  it('a deleted branch scans nothing', () => {
    expect(wantedScope(push({ deleted: true, after: ZERO }), auto)).toMatchObject({ kind: 'none' });
  });

  it('schedule and workflow_dispatch audit the history; other events scan files', () => {
    expect(wantedScope({ name: 'schedule', payload: {} }, auto).kind).toBe('history');
    expect(wantedScope({ name: 'workflow_dispatch', payload: {} }, auto).kind).toBe('history');
    expect(wantedScope({ name: 'release', payload: {} }, auto).kind).toBe('files');
    expect(wantedScope({ name: '', payload: {} }, auto).kind).toBe('files');
  });

  it('inputs override the event', () => {
    expect(wantedScope(pr(), { ...auto, scope: 'files' }).kind).toBe('files');
    expect(wantedScope(pr(), { ...auto, scope: 'history' }).kind).toBe('history');
    expect(wantedScope(pr(), { ...auto, base: 'v1.0' })).toMatchObject({ kind: 'range', base: 'v1.0', head: B });
    expect(wantedScope({ name: 'schedule', payload: {} }, { ...auto, base: 'v1.0' }, { sha: A })).toMatchObject({ kind: 'range', base: 'v1.0', head: A });
    expect(wantedScope(pr(), { ...auto, head: 'HEAD' })).toMatchObject({ kind: 'range', base: A, head: 'HEAD' });
    expect(() => wantedScope({ name: 'schedule', payload: {} }, { ...auto, scope: 'range' })).toThrow(UserError);
  });

  it('a malformed payload is a one-line UserError', () => {
    const broken: GitHubEvent = { name: 'pull_request', payload: { pull_request: { number: 1, base: {}, head: { sha: B } } } };
    expect(() => wantedScope(broken, auto)).toThrow(/malformed pull_request event: pull_request.base.sha is missing/);
    expect(() => wantedScope(push({ after: 'not-a-sha' }), auto)).toThrow(/after is not a commit id/);
    expect(() => wantedScope({ name: 'merge_group', payload: {} }, auto)).toThrow(UserError);
  });
});

describe('pullRequestOf', () => {
  it('reads the pull request and tells a fork', () => {
    expect(pullRequestOf(pr())).toEqual({ number: 7, baseSha: A, headSha: B, headRepo: 'acme/app', baseRepo: 'acme/app', fork: false });
    const fork = pr('pull_request', { head: { sha: B, repo: { full_name: 'mallory/app' } } });
    expect(pullRequestOf(fork)?.fork).toBe(true);
    expect(pullRequestOf(push({}))).toBeUndefined();
  });
});

describe('readEvent', () => {
  it('reads the payload file, and fails in one line on a bad one', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ after: B }));
    expect(readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: good })).toEqual({ name: 'push', payload: { after: B } });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"after": ');
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: bad })).toThrow(/is not valid JSON/);
    writeFileSync(bad, '[1]');
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: bad })).toThrow(/not a JSON object/);
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toThrow(/cannot read/);
    expect(readEvent({})).toEqual({ name: '', payload: {} });
  });
});
