import { afterEach, describe, expect, it } from '@jest/globals';
import { repositoryVisibility, visibilityIn } from '../../src/action/visibility.js';
import { createClient } from '../../src/github/client.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

let gh: GitHubServer | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const event = (payload: Record<string, unknown>) => ({ name: 'push', payload });

describe('repository visibility', () => {
  it('reads visibility, else private, from a repository object; anything else is undefined', () => {
    expect(visibilityIn({ visibility: 'internal', private: true })).toBe('internal');
    expect(visibilityIn({ private: false })).toBe('public');
    expect(visibilityIn({ private: true })).toBe('private');
    expect(visibilityIn({ visibility: '::error::x', private: 'yes' })).toBeUndefined();
    expect(visibilityIn(null)).toBeUndefined();
  });

  it("takes the event's word, asks the API when the payload has none (a schedule), and says unknown for another repository or a refusal", async () => {
    gh = await startGitHubServer({ token: 'ghs_test' });
    let visibility: unknown = 'private';
    gh.on('GET', '/repos/{owner}/{repo}', () => (visibility === 403 ? { status: 403, body: { message: 'Resource not accessible by integration' } } : { body: { id: 1, full_name: 'acme/app', private: true, visibility } }));
    const client = () => createClient({ token: 'ghs_test', baseUrl: gh!.url });
    expect(await repositoryVisibility(event({ repository: { visibility: 'public' } }), 'acme/app', '', client)).toBe('public');
    expect(gh.requests).toHaveLength(0);
    expect(await repositoryVisibility(event({}), 'acme/app', 'acme/app', client)).toBe('private');
    expect(gh.requests.map((r) => r.path)).toEqual(['/repos/acme/app']);
    expect(await repositoryVisibility(event({ repository: { visibility: 'public' } }), 'acme/audit', 'acme/other', client)).toBe('unknown');
    visibility = 403;
    expect(await repositoryVisibility(event({}), 'acme/app', '', client)).toBe('unknown');
    expect(await repositoryVisibility(event({}), 'acme/app', '', () => undefined)).toBe('unknown');
    expect(gh.unknownOperations).toEqual([]);
  });
});
