import { describe, it, expect } from '@jest/globals';
import { fakeRepository, serveRepositoryListing, startGitHubServer } from '../helpers/github-server.js';

describe('loopback GitHub API', () => {
  it('paginates with Link headers and checks operations against the OpenAPI description', async () => {
    const gh = await startGitHubServer({ token: 't0k' });
    try {
      const repos = Array.from({ length: 250 }, (_, i) => fakeRepository('acme', `r${i}`));
      serveRepositoryListing(gh, 'acme', repos);
      const auth = { authorization: 'token t0k' };
      const first = await fetch(`${gh.url}/orgs/acme/repos?per_page=100`, { headers: auth });
      expect(first.status).toBe(200);
      expect(((await first.json()) as unknown[]).length).toBe(100);
      const link = first.headers.get('link') ?? '';
      expect(link).toContain('page=2>; rel="next"');
      expect(link).toContain('page=3>; rel="last"');
      const third = await fetch(`${gh.url}/orgs/acme/repos?per_page=100&page=3`, { headers: auth });
      expect(((await third.json()) as unknown[]).length).toBe(50);
      expect(third.headers.get('link')).toContain('rel="first"');
      expect(third.headers.get('link')).not.toContain('rel="next"');
      expect((await fetch(`${gh.url}/orgs/acme/repos`)).status).toBe(401);
      expect((await fetch(`${gh.url}/orgs/other/repos`, { headers: auth })).status).toBe(404);
      expect(gh.unknownOperations).toEqual([]);
      await fetch(`${gh.url}/orgs/acme/no-such-thing`, { headers: auth });
      expect(gh.unknownOperations).toEqual(['GET /orgs/acme/no-such-thing']);
      expect(gh.requests[0].operation).toBe('/orgs/{org}/repos');
    } finally {
      await gh.close();
    }
  });
});
