import { afterEach, describe, expect, it } from '@jest/globals';
import { ACTIONS_BOT, tokenIdentity, writtenBy } from '../../../src/report/github/identity.js';
import { createClient } from '../../../src/github/client.js';
import { errorBody, serveTokenIdentity, startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';

describe('tokenIdentity', () => {
  let gh: GitHubServer | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  it("a user's token: GET /user names the user", async () => {
    gh = await startGitHubServer({ token: 'pat' });
    serveTokenIdentity(gh, 'alice', 'user');
    expect(await tokenIdentity(createClient({ token: 'pat', baseUrl: gh.url }))).toEqual({ login: 'alice', source: 'user' });
    expect(gh.unknownOperations).toEqual([]);
  });

  it("an installation token: GET /user is refused, GraphQL's viewer names the app's bot", async () => {
    gh = await startGitHubServer({ token: 'ghs' });
    serveTokenIdentity(gh, 'my-app[bot]', 'installation');
    expect(await tokenIdentity(createClient({ token: 'ghs', baseUrl: gh.url }))).toEqual({ login: 'my-app[bot]', source: 'viewer' });
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /user 403', 'POST /graphql 200']);
  });

  it("neither answers: GITHUB_TOKEN's bot, saying why", async () => {
    gh = await startGitHubServer();
    serveTokenIdentity(gh, 'x', 'hidden');
    const identity = await tokenIdentity(createClient({ token: 't', baseUrl: gh.url }));
    expect(identity).toMatchObject({ login: ACTIONS_BOT, source: 'assumed' });
    expect(identity.note).toMatch(/GET \/user: 403 Resource not accessible by integration.*; GraphQL viewer: 403/);
  });

  it('a login that is not a GitHub login is not believed', async () => {
    gh = await startGitHubServer();
    gh.on('GET', '/user', () => ({ body: { login: 'evil login<b>', id: 1 } }));
    gh.on('POST', '/graphql', () => errorBody('Bad credentials', 401));
    expect((await tokenIdentity(createClient({ token: 't', baseUrl: gh.url }))).source).toBe('assumed');
  });

  it('writtenBy compares logins as GitHub does (case-insensitive), and nothing else', () => {
    const me = { login: 'github-actions[bot]', source: 'assumed' as const };
    expect(writtenBy({ login: 'GitHub-Actions[bot]' }, me)).toBe(true);
    expect(writtenBy({ login: 'github-actions' }, me)).toBe(false);
    expect(writtenBy(null, me)).toBe(false);
  });
});
