import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { reposCommand } from '../../src/cli/repos.js';
import { selectRepositories, toMatrix, type Matrix } from '../../src/audit/repositories.js';
import { UserError } from '../../src/core/errors.js';
import { fakeRepository, serveRepositoryListing, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';

const TOKEN = ['ghs', 'loopback', 'token'].join('_');

/** 612 repositories: every 10th archived, every 7th a fork, every 50th private, every 25th tagged 'ml'. */
function organization(owner: string, count = 612): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) =>
    fakeRepository(owner, `${i % 3 === 0 ? 'svc' : 'lib'}-${String(i).padStart(4, '0')}`, {
      archived: i % 10 === 0,
      fork: i % 7 === 0,
      visibility: i % 50 === 0 ? 'private' : i % 51 === 0 ? 'internal' : 'public',
      topics: i % 25 === 0 ? ['ml', 'python'] : [],
    }),
  );
}

async function run(argv: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await reposCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env });
  return { code, stdout, stderr, matrix: stdout ? (JSON.parse(stdout) as Matrix) : undefined };
}

const flatten = (m: Matrix) => m.include.flatMap((b) => b.repositories);

describe('repos: the list stage', () => {
  let gh: GitHubServer;
  const repos = organization('acme');
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    gh = await startGitHubServer({ token: TOKEN });
    serveRepositoryListing(gh, 'acme', repos);
    serveRepositoryListing(gh, 'octo-user', organization('octo-user', 40), 'user');
    env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url };
  });
  afterAll(async () => {
    await gh.close();
  });

  it('lists > 500 repositories over several pages into batches: none twice, none missing, archived and forks out', async () => {
    const before = gh.requests.length;
    const { code, matrix, stderr } = await run(['acme', '--batch', '25'], env);
    expect(code).toBe(0);
    const expected = repos
      .filter((r) => !r.archived && !r.fork)
      .map((r) => r.full_name as string)
      .sort();
    const listed = flatten(matrix!);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(450);
    for (const b of matrix!.include) expect(b.repositories.length).toBeLessThanOrEqual(25);
    expect(matrix!.include.map((b) => b.batch)).toEqual(matrix!.include.map((_, i) => i + 1));
    const pages = gh.requests.slice(before);
    expect(pages.map((r) => `${r.path}?${r.query.get('page') ?? '1'}`)).toEqual([1, 2, 3, 4, 5, 6, 7].map((p) => `/orgs/acme/repos?${p}`));
    expect(pages.every((r) => r.query.get('per_page') === '100' && r.query.get('type') === 'all')).toBe(true);
    expect(pages.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(gh.unknownOperations).toEqual([]);
    expect(stderr).toMatch(/acme \(organization\): 612 repositories, \d+ selected \(left out: \d+ archived, \d+ fork\)/);
    expect(stderr).not.toContain(TOKEN);
  });

  it('includes archived repositories and forks when asked', async () => {
    const { matrix } = await run(['acme', '--batch', '100', '--include-archived', '--include-forks'], env);
    expect(flatten(matrix!).sort()).toEqual(repos.map((r) => r.full_name as string).sort());
    expect(matrix!.include).toHaveLength(7);
  });

  it('filters by name glob, topic and visibility', async () => {
    const byName = flatten((await run(['acme', '--match', 'svc-*', '--match', '!svc-00*'], env)).matrix!);
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((n) => /^acme\/svc-0[1-9]/.test(n))).toBe(true);
    const byTopic = flatten((await run(['acme', '--topic', 'ml', '--include-archived', '--include-forks'], env)).matrix!);
    expect(byTopic.sort()).toEqual(repos.filter((r) => (r.topics as string[]).includes('ml')).map((r) => r.full_name as string).sort());
    const internal = flatten((await run(['acme', '--visibility', 'internal', '--visibility', 'private'], env)).matrix!);
    expect(internal.sort()).toEqual(
      repos.filter((r) => !r.archived && !r.fork && r.visibility !== 'public').map((r) => r.full_name as string).sort(),
    );
    const full = flatten((await run(['acme', '--match', 'acme/lib-000?'], env)).matrix!);
    expect(full.every((n) => n.startsWith('acme/lib-000'))).toBe(true);
  });

  it('raises the batch size, with a note, when the matrix would exceed the job limit', async () => {
    const { matrix, stderr } = await run(['acme', '--batch', '1', '--include-archived', '--include-forks'], env);
    expect(matrix!.include.length).toBeLessThanOrEqual(256);
    expect(flatten(matrix!)).toHaveLength(612);
    expect(stderr).toContain('batches of 3 instead');
    const capped = await run(['acme', '--batch', '1', '--max-jobs', '50', '--include-archived', '--include-forks'], env);
    expect(capped.matrix!.include.length).toBeLessThanOrEqual(50);
    expect(flatten(capped.matrix!)).toHaveLength(612);
  });

  it('waits out a secondary rate limit and retries a server error mid-listing', async () => {
    gh.failNext('GET', '/orgs/{org}/repos', { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.' } });
    gh.failNext('GET', '/orgs/{org}/repos', { status: 502, body: { message: 'Server Error' } });
    const { matrix, stderr } = await run(['acme', '--batch', '100', '--include-archived', '--include-forks'], env);
    expect(flatten(matrix!).sort()).toEqual(repos.map((r) => r.full_name as string).sort());
    expect(stderr).toContain('secondary rate limit');
  });

  it('falls back to the user listing when ORG is not an organization', async () => {
    const { matrix, stderr } = await run(['octo-user', '--batch', '100', '--include-forks', '--include-archived'], env);
    expect(flatten(matrix!)).toHaveLength(40);
    expect(stderr).toContain('listing it as a user');
    expect(gh.unknownOperations).toEqual([]);
  });

  it('answers one line for an unknown owner, a refused token and bad flags', async () => {
    await expect(run(['nobody'], env)).rejects.toThrow(new UserError('cannot list the repositories of nobody: no organization or user by that name is visible to the token'));
    await expect(run(['acme'], { ...env, GITHUB_TOKEN: 'wrong' })).rejects.toThrow(/401 Bad credentials/);
    await expect(run(['acme', '--batch', '0'], env)).rejects.toThrow('--batch must be a positive whole number, not "0"');
    await expect(run(['acme', '--visibility', 'secret'], env)).rejects.toThrow(/--visibility must be/);
    await expect(run([], env)).rejects.toThrow(/exactly one ORG/);
    await expect(run(['acme', '--bogus'], env)).rejects.toThrow(UserError);
    await expect(run(['acme', '--max-jobs', '300'], env)).rejects.toThrow(/cannot exceed 256/);
    await expect(run(['acme'], { GITHUB_API_URL: gh.url })).rejects.toThrow(/repos needs GITHUB_TOKEN/);
  });

  it('prints an empty matrix for an organization with nothing to scan', async () => {
    const { matrix, code } = await run(['acme', '--match', 'nothing-*'], env);
    expect(code).toBe(0);
    expect(matrix).toEqual({ include: [] });
  });
});

describe('batching', () => {
  it('spreads names evenly, in order, each batch at most the size', () => {
    for (const [n, size] of [[611, 10], [1, 5], [256, 1], [1000, 4], [7, 3]]) {
      const names = Array.from({ length: n }, (_, i) => `o/r${i}`);
      const m = toMatrix(names, size);
      expect(m.include.flatMap((b) => b.repositories)).toEqual(names);
      expect(m.include).toHaveLength(Math.ceil(n / size));
      const lengths = m.include.map((b) => b.repositories.length);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(size);
      expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
    }
  });

  it('never selects a repository twice, even when pages shift', () => {
    const r = fakeRepository('o', 'a') as never;
    expect(selectRepositories([r, r], { includeArchived: false, includeForks: false, match: [], topics: [], visibility: [] }).selected).toHaveLength(1);
  });
});
