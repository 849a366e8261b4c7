/** The Action's `command: repos`: the list stage as a step, over a loopback GitHub API. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { listStep } from '../../src/action/list-step.js';
import type { ListInputs } from '../../src/action/inputs.js';
import { fakeRepository, serveRepositoryListing, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

const TOKEN = ['ghs', 'loopback', 'step'].join('_');

/** 230 repositories: every 10th archived, every 7th a fork. */
const REPOS = Array.from({ length: 230 }, (_, i) =>
  fakeRepository('acme', `${i % 2 === 0 ? 'svc' : 'lib'}-${String(i).padStart(3, '0')}`, { archived: i % 10 === 0, fork: i % 7 === 0 }),
);
const names = (filter: (r: Record<string, unknown>, i: number) => boolean) => REPOS.filter(filter).map((r) => r.full_name as string).sort();

const inputs = (overrides: Partial<ListInputs> = {}): ListInputs => ({
  organization: 'acme', batchSize: 10, includeArchived: false, includeForks: false, match: [], ...overrides,
});

describe('listStep', () => {
  let gh: GitHubServer;
  beforeAll(async () => {
    gh = await startGitHubServer({ token: TOKEN });
    serveRepositoryListing(gh, 'acme', REPOS);
  });
  afterAll(async () => {
    await gh.close();
  });
  const context = () => ({ token: TOKEN, apiUrl: gh.url });

  it('lists every page into batches: archived and forks out, none twice, none missing', async () => {
    const result = await listStep(inputs({ batchSize: 25 }), context());
    const listed = result.matrix.include.flatMap((b) => b.repositories);
    expect(listed).toEqual(names((r) => !r.archived && !r.fork));
    expect(result.repositories).toBe(listed.length);
    expect(result.matrix.include.map((b) => b.batch)).toEqual(result.matrix.include.map((_, i) => i + 1));
    for (const b of result.matrix.include) expect(b.repositories.length).toBeLessThanOrEqual(25);
    expect(result.description).toMatch(/^acme \(organization\): 230 repositories, \d+ selected \(left out: \d+ archived, \d+ fork\), \d+ batches of at most 25$/);
  });

  it('includes archived repositories and forks when asked, and filters by name globs', async () => {
    const all = await listStep(inputs({ includeArchived: true, includeForks: true, batchSize: 100 }), context());
    expect(all.repositories).toBe(230);
    expect(all.matrix.include).toHaveLength(3);
    const svc = await listStep(inputs({ match: ['svc-*', '!svc-00*'] }), context());
    expect(svc.matrix.include.flatMap((b) => b.repositories)).toEqual(names((r) => !r.archived && !r.fork && /^svc-/.test(r.name as string) && !/^svc-00/.test(r.name as string)));
  });

  it('refuses a missing or malformed organization, and a missing token, in one line', async () => {
    await expect(listStep(inputs({ organization: '' }), context())).rejects.toThrow('input organization: command repos needs the organization (or user) to list');
    await expect(listStep(inputs({ organization: 'acme/app' }), context())).rejects.toThrow('"acme/app" is not a GitHub organization or user name');
    await expect(listStep(inputs(), { token: '', apiUrl: gh.url })).rejects.toThrow(/^input github-token: /);
  });

  it('names an organization the token cannot see', async () => {
    await expect(listStep(inputs({ organization: 'nobody' }), context())).rejects.toThrow('cannot list the repositories of nobody: no organization or user by that name is visible to the token');
  });
});
