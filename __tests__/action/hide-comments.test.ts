/** hide-leaked-comments: what is minimized, and what is said when nothing can be. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hideLeakedComments } from '../../src/action/hide-comments.js';
import type { JsonReport } from '../../src/core/report.js';
import { createClient } from '../../src/github/client.js';
import { errorBody, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

const TOKEN = ['ghs', 'hide', 'token'].join('_');
const URL_12 = 'https://github.com/acme/app/issues/12';
let gh: GitHubServer;
beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
});
afterAll(async () => {
  await gh.close();
});

const report = (url: string, revision?: 'previous'): JsonReport => ({
  version: 1, tool: { name: 't', version: '1' }, scope: { kind: 'surfaces' }, suppressed: [], stats: {},
  findings: [{ rule: 'anthropic-api-key', secretSha256: 'a'.repeat(64), redacted: 'r', status: 'unchecked', locations: [{ kind: 'comment', line: 1, column: 1, url, ...(revision ? { revision } : {}) }] }],
});
const client = () => createClient({ token: TOKEN, baseUrl: gh.url });

describe('hideLeakedComments', () => {
  it('an issue body cannot be hidden, and the text before an edit stays in the history: both said, nothing sent', async () => {
    const before = gh.requests.length;
    const event = { name: 'issues', payload: { issue: { number: 12, title: 't', body: 'b', html_url: URL_12, node_id: 'I_1' }, changes: { body: { from: 'old' } } } };
    const found: JsonReport = { ...report(URL_12), findings: [{ ...report(URL_12).findings[0]!, locations: [{ kind: 'issue', line: 2, column: 1, url: URL_12 }, { kind: 'issue', line: 2, column: 1, url: URL_12, revision: 'previous' }] }] };
    const { messages } = await hideLeakedComments(client(), event, found);
    expect(messages).toEqual([
      expect.stringContaining('only the web UI can delete'),
      expect.stringContaining("the issue's body cannot be hidden"),
    ]);
    expect(gh.requests.length).toBe(before);
  });

  it('a comment whose key is elsewhere, or no finding at its URL: nothing to do', async () => {
    const event = { name: 'issue_comment', payload: { comment: { body: 'b', html_url: `${URL_12}#issuecomment-1`, node_id: 'IC_1' } } };
    expect((await hideLeakedComments(client(), event, report(`${URL_12}#issuecomment-2`))).messages).toEqual([]);
  });

  it('GitHub refuses (FORBIDDEN) or fails: a notice naming why; no token: said', async () => {
    const event = { name: 'discussion_comment', payload: { comment: { body: 'b', html_url: `${URL_12}#c`, node_id: 'DC_1' } } };
    gh.failNext('POST', '/graphql', { status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] } });
    expect((await hideLeakedComments(client(), event, report(`${URL_12}#c`))).messages).toEqual([expect.stringContaining('without discussions: write')]);
    gh.failNext('POST', '/graphql', errorBody('Server Error', 500), 3);
    expect((await hideLeakedComments(createClient({ token: TOKEN, baseUrl: gh.url, retryAfterBaseValue: 1 }), event, report(`${URL_12}#c`))).messages).toEqual([expect.stringContaining('the comment was not hidden (')]);
    expect((await hideLeakedComments(undefined, event, report(`${URL_12}#c`))).messages).toEqual(['hide-leaked-comments: no github-token: the comment was not hidden.']);
  });
});
