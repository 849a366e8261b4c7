import { afterEach, describe, expect, it } from '@jest/globals';
import { AUDIT_LABEL, auditIssueBody, keepsAuditIssue, MAX_ROWS, publishAuditIssue, type AuditIssueContext } from '../../../src/report/github/audit-issue.js';
import { createClient } from '../../../src/github/client.js';
import { AT_ROOT } from '../../../src/report/github/where.js';
import { text } from '../../../src/report/github/markdown.js';
import { errorBody, serveIssuesApi, startGitHubServer, type FakeIssue, type GitHubServer } from '../../helpers/github-server.js';
import { fakeKey } from '../../helpers/keys.js';
import { expandingName, HOSTILE_NAMES, keysWithoutRow, markdownProblems } from '../../helpers/markdown.js';
import { C1, finding, reportOf } from './fixtures.js';

const repo = { owner: 'acme', repo: 'app' };
const ctx: AuditIssueContext = {
  placement: AT_ROOT, serverUrl: 'https://github.com', repository: 'acme/app', sha: C1,
  mentions: ['@acme/security', '@alice'], runUrl: 'https://github.com/acme/app/actions/runs/9', partial: [],
};
const history = (...findings: ReturnType<typeof finding>[]) => reportOf(findings, { kind: 'history', root: '/r' });
const leaked = finding('leaked', 'live', [{ path: 'config/.env', line: 4, commit: C1, inHead: true }]);
const another = finding('another', 'unknown', [{ path: 'ci.yml', line: 9, commit: C1, inHead: false }]);

describe('keepsAuditIssue', () => {
  it('on scheduled and manual audits only', () => {
    expect(['schedule', 'workflow_dispatch', 'push', 'pull_request', 'pull_request_target', ''].map(keepsAuditIssue)).toEqual([true, true, false, false, false, false]);
  });
});

describe('publishAuditIssue', () => {
  let gh: GitHubServer | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  it('its whole life: opened, left alone, updated with a call for new keys, closed, reopened; never a full key', async () => {
    gh = await startGitHubServer();
    const state = serveIssuesApi(gh, repo);
    const client = createClient({ token: 't', baseUrl: gh.url });

    const opened = await publishAuditIssue(client, history(leaked), repo, ctx);
    expect(opened).toMatchObject({ action: 'opened', number: 1, problems: [], denied: false });
    const issue = state.issues[0]!;
    expect(issue.labels).toEqual([{ name: AUDIT_LABEL }]);
    expect(state.labels).toEqual([AUDIT_LABEL]);
    expect(issue.title).toBe('Anthropic key scan: 1 key found (1 live)');
    expect(issue.body).toContain(leaked.redacted);
    expect(issue.body).toContain('config/.env:4');
    expect(issue.body).toContain('@acme/security @alice: 1 key may be live and needs rotating.');
    expect(issue.body).toMatch(/### What to do next[\s\S]*Rotate every key/);

    expect((await publishAuditIssue(client, history(leaked), repo, ctx)).action).toBe('unchanged');
    expect(state.comments).toHaveLength(0);

    const updated = await publishAuditIssue(client, history(leaked, another), repo, ctx);
    expect(updated).toMatchObject({ action: 'updated', number: 1 });
    expect(state.issues).toHaveLength(1);
    expect(issue.title).toBe('Anthropic key scan: 2 keys found (1 live, 1 unknown)');
    expect(state.comments.at(-1)!.body).toMatch(/found 1 more key that may be live[\s\S]*@acme\/security @alice: 2 keys may be live/);

    const closed = await publishAuditIssue(client, history(), repo, ctx);
    expect(closed).toMatchObject({ action: 'closed', number: 1 });
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(state.comments.at(-1)!.body).toMatch(/^✅ The audit at 1111111 \(\[workflow run\]\(https:\/\/github.com\/acme\/app\/actions\/runs\/9\)\) found no Anthropic credentials/);
    expect((await publishAuditIssue(client, history(), repo, ctx)).action).toBe('none');

    const reopened = await publishAuditIssue(client, history(another), repo, ctx);
    expect(reopened).toMatchObject({ action: 'reopened', number: 1 });
    expect(issue.state).toBe('open');
    expect(state.comments.at(-1)!.body).toMatch(/^Reopened: the latest audit found keys again/);
    expect(state.issues).toHaveLength(1);

    for (const seed of ['leaked', 'another']) {
      expect(gh.requests.some((r) => r.rawBody.includes(fakeKey('api03', seed)))).toBe(false);
    }
    expect(gh.schemaViolations).toEqual([]);
    expect(gh.unknownOperations).toEqual([]);
  });

  it("someone else's issue with the same label, title and marker is never touched", async () => {
    gh = await startGitHubServer();
    const state = serveIssuesApi(gh, repo);
    const planted: FakeIssue = {
      id: 1, number: 1, title: 'Anthropic key scan: 1 key found (1 live)', state: 'open', labels: [{ name: AUDIT_LABEL }],
      body: auditIssueBody(history(leaked), ctx).replace('Rotate', 'Ignore this, all fine. Rotate'),
      user: { login: 'mallory', type: 'User' }, html_url: 'https://github.com/acme/app/issues/1', updated_at: '2030-01-01T00:00:00Z',
    };
    state.issues.push(planted, { ...planted, id: 2, number: 2, user: { login: 'github-actions[bot]', type: 'Bot' }, labels: [], pull_request: undefined });
    state.labels.push(AUDIT_LABEL);
    const before = JSON.stringify(state.issues);
    const client = createClient({ token: 't', baseUrl: gh.url });

    expect(await publishAuditIssue(client, history(leaked), repo, ctx)).toMatchObject({ action: 'opened', number: 3 });
    expect(JSON.stringify(state.issues.slice(0, 2))).toBe(before);
    expect(await publishAuditIssue(client, history(), repo, ctx)).toMatchObject({ action: 'closed', number: 3 });
    expect(state.issues[0]!.state).toBe('open');
    expect(state.comments.every((c) => c.issue_number === 3)).toBe(true);
    expect(gh.requests.filter((r) => r.method !== 'GET' && /\/issues\/[12](\/|$)/.test(r.path))).toEqual([]);
  });

  it('a read-only token: a notice naming issues: write, nothing thrown', async () => {
    gh = await startGitHubServer({ readOnly: true });
    serveIssuesApi(gh, repo);
    const outcome = await publishAuditIssue(createClient({ token: 't', baseUrl: gh.url }), history(leaked), repo, ctx);
    expect(outcome).toMatchObject({ action: 'none', denied: true });
    expect(outcome.problems).toEqual(['could not open the audit issue: the token lacks `issues: write` (add `permissions: issues: write` to the job)']);
  });

  it('issues that cannot be listed: nothing is opened (no duplicate every night), and the reason is said', async () => {
    gh = await startGitHubServer();
    const state = serveIssuesApi(gh, repo);
    gh.failNext('GET', '/repos/{owner}/{repo}/issues', errorBody('Resource not accessible by integration', 403));
    const denied = await publishAuditIssue(createClient({ token: 't', baseUrl: gh.url }), history(leaked), repo, ctx);
    expect(denied).toMatchObject({ action: 'none', denied: true });
    expect(denied.problems[0]).toMatch(/^could not list the audit issues: the token lacks `issues: write`/);
    gh.failNext('GET', '/repos/{owner}/{repo}/issues', errorBody('Issues are disabled for this repo', 410));
    const off = await publishAuditIssue(createClient({ token: 't', baseUrl: gh.url }), history(leaked), repo, ctx);
    expect(off.problems).toEqual(['could not list the audit issues: 410 Issues are disabled for this repo - https://docs.github.com/rest']);
    expect(state.issues).toEqual([]);
  });

  it('an audit that did not finish cleanly does not close the issue', async () => {
    gh = await startGitHubServer();
    const state = serveIssuesApi(gh, repo);
    const client = createClient({ token: 't', baseUrl: gh.url });
    await publishAuditIssue(client, history(leaked), repo, ctx);
    const broken = { ...history(), errors: ['git cat-file failed'] };
    const outcome = await publishAuditIssue(client, broken, repo, { ...ctx, partial: ['the scan had 1 error'] });
    expect(outcome.action).toBe('unchanged');
    expect(outcome.problems).toEqual(['the audit issue #1 is left as it is: this run is not a whole audit (the scan had 1 error), so it cannot prove the keys are gone']);
    expect(state.issues[0]!.state).toBe('open');
  });

  it('no mention for keys proven dead', () => {
    const body = auditIssueBody(history(finding('dead', 'invalid', [{ path: 'a', line: 1 }])), ctx);
    expect(body).not.toContain('@alice');
  });

  it('hostile names cannot break its Markdown', () => {
    for (const name of HOSTILE_NAMES) {
      const f = finding(`h-${name}`, 'live', [{ path: name, line: 1, commit: C1, member: name, inHead: false }, { kind: 'tag-message', tag: name, line: 1 }]);
      const body = auditIssueBody(history(f), ctx);
      expect(markdownProblems(body, { mentions: ['@acme/security', '@alice'], names: [name] })).toEqual([]);
    }
  });
});

describe('only a whole audit closes the alarm; a partial run only adds', () => {
  let gh: GitHubServer | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });
  const partial = { ...ctx, partial: ['path was set (a part of the workspace)'] };
  const third = finding('third', 'unchecked', [{ path: 'sub/app.env', line: 2 }]);

  it('a partial run that finds nothing, or less, leaves the issue whole; new keys come in a comment; a closed issue is reopened with them', async () => {
    gh = await startGitHubServer();
    const state = serveIssuesApi(gh, repo);
    const client = createClient({ token: 't', baseUrl: gh.url });
    await publishAuditIssue(client, history(leaked, another), repo, ctx);
    const issue = state.issues[0]!;
    const whole = { title: issue.title, body: issue.body, state: issue.state };

    const nothing = await publishAuditIssue(client, reportOf([], { kind: 'files', root: '/r/sub' }), repo, partial);
    expect(nothing).toMatchObject({ action: 'unchanged', number: 1 });
    expect(nothing.problems[0]).toMatch(/^the audit issue #1 is left as it is: this run is not a whole audit \(path was set/);
    const less = await publishAuditIssue(client, history(leaked), repo, partial);
    expect(less.action).toBe('unchanged');
    expect({ title: issue.title, body: issue.body, state: issue.state }).toEqual(whole);
    expect(state.comments).toEqual([]);

    const more = await publishAuditIssue(client, history(leaked, third), repo, partial);
    expect(more).toMatchObject({ action: 'commented', number: 1 });
    expect({ title: issue.title, body: issue.body, state: issue.state }).toEqual(whole);
    const comment = state.comments.at(-1)!.body;
    expect(comment).toContain(third.redacted);
    expect(comment).not.toContain(leaked.redacted);
    expect(comment).toMatch(/^A later scan found \*\*1 key found \(1 unchecked\)\*\* not listed above\.\n\nThis run was not a whole audit \\\(path was set/);

    await publishAuditIssue(client, history(), repo, ctx);
    expect(issue.state).toBe('closed');
    const again = await publishAuditIssue(client, history(leaked), repo, partial);
    expect(again).toMatchObject({ action: 'reopened', number: 1 });
    expect(issue.state).toBe('open');
    expect(issue.title).toBe(whole.title);
    expect(state.comments.at(-1)!.body).toMatch(/^Reopened: a later scan found \*\*1 key found \(1 live\)\*\*/);
    expect(state.comments.at(-1)!.body).toContain(leaked.redacted);
    expect(gh.schemaViolations).toEqual([]);
  });

  it('with no issue yet, a partial run that finds keys opens one, saying it was partial; finding nothing it does nothing', async () => {
    gh = await startGitHubServer();
    const state = serveIssuesApi(gh, repo);
    const client = createClient({ token: 't', baseUrl: gh.url });
    expect((await publishAuditIssue(client, history(), repo, partial)).action).toBe('none');
    expect(state.issues).toEqual([]);
    expect(await publishAuditIssue(client, history(third), repo, partial)).toMatchObject({ action: 'opened', number: 1 });
    expect(state.issues[0]!.body).toContain(text('This run was not a whole audit (path was set (a part of the workspace)): it can add keys here, never remove them.'));
  });
});

describe('the issue and its comments fit GitHub, whatever the keys and names', () => {
  let gh: GitHubServer | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });
  const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => finding(`${prefix}${i}`, i % 3 === 0 ? 'live' : 'unknown', [
    { path: expandingName(10_000, `${prefix}${i}`), member: expandingName(10_000, 'm'), line: 7, commit: C1, inHead: false },
    { kind: 'tag-message', tag: expandingName(3_000, 't'), line: 1 },
  ]));
  const reportsUrl = 'https://github.com/acme/app/actions/runs/9/artifacts/77';

  it('300 keys with 10,000-character names full of what escaping expands: opened, every key its row', async () => {
    gh = await startGitHubServer();
    const state = serveIssuesApi(gh, repo);
    const client = createClient({ token: 't', baseUrl: gh.url });
    const findings = many(300, 'k');
    const outcome = await publishAuditIssue(client, history(...findings), repo, { ...ctx, reportsUrl });
    expect(outcome).toMatchObject({ action: 'opened', problems: [] });
    const body = state.issues[0]!.body;
    expect(Array.from(body).length).toBeLessThanOrEqual(65_536);
    expect(keysWithoutRow(body, findings.map((f) => f.redacted))).toEqual([]);
    expect(markdownProblems(body, { mentions: ['@acme/security', '@alice'] })).toEqual([]);
  });

  it('5,000 keys: the first 400 rows, the rest counted and linked to the report artifact; a partial run adding 5,000 keys comments within the limit', async () => {
    gh = await startGitHubServer();
    const state = serveIssuesApi(gh, repo);
    const client = createClient({ token: 't', baseUrl: gh.url });
    const findings = many(5000, 'f');
    expect((await publishAuditIssue(client, history(...findings), repo, { ...ctx, reportsUrl })).action).toBe('opened');
    const body = state.issues[0]!.body;
    expect(Array.from(body).length).toBeLessThanOrEqual(65_536);
    expect(keysWithoutRow(body, findings.slice(0, MAX_ROWS).map((f) => f.redacted))).toEqual([]);
    expect(body).toContain(`…and ${5000 - MAX_ROWS} more findings: see [the report artifact](${reportsUrl}).`);

    const added = many(5000, 'g');
    const outcome = await publishAuditIssue(client, history(...added), repo, { ...ctx, reportsUrl, partial: ['fail-on is never'] });
    expect(outcome).toMatchObject({ action: 'commented', problems: [] });
    const comment = state.comments.at(-1)!.body;
    expect(Array.from(comment).length).toBeLessThanOrEqual(65_536);
    expect(keysWithoutRow(comment, added.slice(0, MAX_ROWS).map((f) => f.redacted))).toEqual([]);
    expect(markdownProblems(comment, { mentions: ['@acme/security', '@alice'] })).toEqual([]);
  });
});
