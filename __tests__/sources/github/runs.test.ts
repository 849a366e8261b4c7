import { afterEach, describe, expect, it } from '@jest/globals';
import type { Hit, Note } from '../../../src/core/types.js';
import { createDetector } from '../../../src/detect/index.js';
import { createClient, type Fetch } from '../../../src/github/client.js';
import type { ArchiveLimits } from '../../../src/core/archive-limits.js';
import { currentRunSource, deleteRunLogs, recentRunsSource, runSource, runsSurface, type RunRef } from '../../../src/sources/github/runs.js';
import type { SurfaceTarget } from '../../../src/sources/github/surface.js';
import { jobUrl, runUrl, serveRunsApi, startStorage, type FakeRun, type Storage } from '../../helpers/actions-runs.js';
import { READ_ONLY_MESSAGE, startGitHubServer, type GitHubServer } from '../../helpers/github-server.js';
import { fakeApiKey } from '../../helpers/keys.js';
import { zip } from '../containers/build.js';

const TOKEN = 'ghs_runsTestToken';
const OWNER = 'acme';
const REPO = 'app';

let gh: GitHubServer | undefined;
let storage: Storage | undefined;
afterEach(async () => {
  await gh?.close();
  await storage?.close();
  gh = storage = undefined;
});

async function serve(runs: FakeRun[], fetch?: Fetch) {
  gh = await startGitHubServer({ token: TOKEN });
  storage = await startStorage();
  const state = serveRunsApi(gh, storage, { owner: OWNER, repo: REPO }, runs);
  const client = createClient({ token: TOKEN, baseUrl: gh.url, retryAfterBaseValue: 1, ...(fetch ? { fetch } : {}) });
  const target = (more: Partial<SurfaceTarget> = {}): SurfaceTarget => ({ client, owner: OWNER, repo: REPO, maxFileSize: 1 << 20, archiveLimits: {}, ...more });
  return { state, client, target };
}

async function collect(source: ReturnType<typeof runSource>) {
  const hits: Hit[] = [];
  const notes: Note[] = [];
  const counts: Record<string, number> = {};
  const ctx = { note: (n: Note) => notes.push(n), count: (k: string, by = 1) => void (counts[k] = (counts[k] ?? 0) + by) };
  for await (const hit of source(createDetector(), ctx)) hits.push(hit);
  return { hits, notes, counts, locations: hits.map((h) => h.location) };
}

/** Every request was one GitHub documents, the token never reached storage, and no full key left in a request. */
function expectCleanTraffic(): void {
  expect(gh!.unknownOperations).toEqual([]);
  expect(gh!.schemaViolations).toEqual([]);
  expect(storage!.seen.length).toBeGreaterThan(0);
  for (const headers of storage!.seen) expect(headers.authorization).toBeUndefined();
}

const KEY = fakeApiKey('run-log');
const OTHER = fakeApiKey('artifact');

const build = (id = 11, name = 'build'): FakeRun['jobs'][number] => ({
  id, name, steps: [
    { number: 1, name: 'Set up job', lines: ['Current runner version: 2.330.0'] },
    { number: 2, name: 'Run npm test', lines: ['> test', `  ANTHROPIC_API_KEY: ${KEY}`, 'ANTHROPIC_ADMIN_KEY: ***'] },
    { number: 3, name: 'Complete job', lines: ['Cleaning up orphan processes'] },
  ],
});

describe('runSource: a finished run', () => {
  it('locates a key in a step\'s log at its job, step, line and column (timestamps stripped), once, linked to the job', async () => {
    const { target } = await serve([{ id: 7, jobs: [build()] }]);
    const { hits, locations, counts } = await collect(runSource(target(), { id: 7 }));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.match.secret.reveal()).toBe(KEY);
    // The whole-job file holds the same line: reported once, at the step.
    expect(locations).toEqual([{
      kind: 'run-log', path: 'build/2_Run npm test.txt', job: 'build', step: 'Run npm test', line: 2, column: 22, url: jobUrl(OWNER, REPO, 7, 11),
    }]);
    expect(counts.runsScanned).toBe(1);
    expectCleanTraffic();
  });

  it('reads the whole-job file when the archive holds no step files (newer archives): the step from when the line was written', async () => {
    const { target } = await serve([{ id: 7, jobs: [build()], noStepFiles: true }]);
    const { locations } = await collect(runSource(target(), { id: 7 }));
    expect(locations).toEqual([{ kind: 'run-log', path: '1_build.txt', job: 'build', step: 'Run npm test', line: 3, column: 22, url: jobUrl(OWNER, REPO, 7, 11) }]);
  });

  it('reads every attempt\'s archive of a re-run, each linked to that attempt\'s job', async () => {
    const rerun: FakeRun = { id: 8, run_attempt: 2, jobs: [build(21), { ...build(22), run_attempt: 2 }] };
    const { target } = await serve([rerun]);
    const { hits, locations } = await collect(runSource(target(), { id: 8, run_attempt: 2 }));
    expect(hits).toHaveLength(2);
    expect(locations.map((l) => l.url)).toEqual([jobUrl(OWNER, REPO, 8, 21), jobUrl(OWNER, REPO, 8, 22)]);
    expect(gh!.requests.filter((r) => /\/attempts\/\d+\/logs$/.test(r.path)).map((r) => r.path)).toEqual([
      `/repos/${OWNER}/${REPO}/actions/runs/8/attempts/1/logs`, `/repos/${OWNER}/${REPO}/actions/runs/8/attempts/2/logs`,
    ]);
  });

  it('opens an artifact like any zip: the member inside it, linked to the run; an expired one is a note', async () => {
    const artifact = zip([{ name: 'dist/readme.txt', data: 'nothing' }, { name: 'config/.env', data: `A=1\nANTHROPIC_API_KEY=${OTHER}\n` }]);
    const { target } = await serve([{ id: 9, jobs: [], artifacts: [
      { id: 1, name: 'bundle', zip: artifact }, { id: 2, name: 'old', expired: true }, { id: 3, name: 'gone', status: 410 },
    ] }]);
    const { locations, notes, counts } = await collect(runSource(target(), { id: 9 }));
    expect(locations).toEqual([{ kind: 'artifact', path: 'bundle', member: 'config/.env', line: 2, column: 19, url: runUrl(OWNER, REPO, 9) }]);
    expect(counts.artifactsScanned).toBe(1);
    expect(notes.map((n) => n.reason)).toEqual(expect.arrayContaining(['artifact-expired', 'run-expired']));
    expect(notes.find((n) => n.reason === 'run-expired')!.message).toContain('artifact gone of run 9');
    expectCleanTraffic();
  });

  it('names hostile job names as they are, as data: folder and file names are only looked up, never written', async () => {
    const hostile = '::error::pwned \u001b[31m ../../etc';
    const { target } = await serve([{ id: 10, jobs: [{ ...build(), name: hostile }] }]);
    const { locations } = await collect(runSource(target(), { id: 10 }));
    expect(locations).toHaveLength(1);
    expect(locations[0]).toMatchObject({ job: hostile, step: 'Run npm test', path: 'errorpwned \u001b[31m ....etc/2_Run npm test.txt', url: jobUrl(OWNER, REPO, 10, 11) });
  });

  it('reads a logs archive over max-archive-size up to it, with a note; what was read is still scanned', async () => {
    const noise = Array.from({ length: 3000 }, (_, i) => `line ${i} ${'x'.repeat(60)}`);
    const huge: FakeRun = { id: 12, jobs: [{ id: 31, name: 'noisy', steps: [{ number: 1, name: 'print', lines: [`key ${KEY}`, ...noise] }, { number: 2, name: 'more', lines: [...noise, `late ${OTHER}`] }] }] };
    const { target } = await serve([huge]);
    const limits: Partial<ArchiveLimits> = { maxBytes: 64 * 1024 };
    const { hits, notes } = await collect(runSource(target({ archiveLimits: limits }), { id: 12 }));
    expect(hits.map((h) => h.match.secret.reveal())).toContain(KEY);
    expect(hits.map((h) => h.match.secret.reveal())).not.toContain(OTHER);
    expect(notes.some((n) => n.reason === 'too-large' && /max-archive-size/.test(n.message))).toBe(true);
  });

  it('a small archive of huge logs is read up to max-archive-size decompressed, and up to max-archive-members files', async () => {
    const same = Array.from({ length: 20_000 }, () => 'the same line again and again');
    const bomb: FakeRun = { id: 19, jobs: [{ id: 61, name: 'loud', steps: [{ number: 1, name: 'first', lines: [`key ${KEY}`, ...same] }, { number: 2, name: 'second', lines: [...same, `late ${OTHER}`] }] }] };
    const { target } = await serve([bomb]);
    const cut = await collect(runSource(target({ archiveLimits: { maxBytes: 256 * 1024 } }), { id: 19 }));
    expect(cut.hits.map((h) => h.match.secret.reveal())).toEqual([KEY]);
    expect(cut.notes.filter((n) => n.reason === 'too-large').map((n) => n.message)).toEqual(expect.arrayContaining([expect.stringMatching(/decompressed size is over max-archive-size|only the first .* scanned/)]));
    expect(cut.notes.some((n) => /the logs of run 19: only the first .* read;/.test(n.message))).toBe(false);
    const few = await collect(runSource(target({ archiveLimits: { maxMembers: 1 } }), { id: 19 }));
    expect(few.notes.map((n) => n.reason)).toContain('too-many-members');
  });

  it('a logs archive past retention (410) or deleted (404) is a note; the artifacts are still read', async () => {
    const { target } = await serve([
      { id: 13, jobs: [build()], logsStatus: 410, artifacts: [{ id: 5, name: 'env', zip: zip([{ name: '.env', data: `K=${OTHER}` }]) }] },
      { id: 14, jobs: [build()], logsStatus: 404 },
    ]);
    const expired = await collect(runSource(target(), { id: 13 }));
    expect(expired.notes.map((n) => n.reason)).toContain('run-expired');
    expect(expired.locations.map((l) => l.kind)).toEqual(['artifact']);
    const gone = await collect(runSource(target(), { id: 14 }));
    expect(gone.notes.map((n) => n.reason)).toContain('run-not-found');
  });

  it('a token without actions: read (403) gets notes naming the permission, never a failure', async () => {
    const { target } = await serve([{ id: 15, jobs: [build()] }]);
    const refused = { status: 403, body: { message: READ_ONLY_MESSAGE, status: '403' } };
    gh!.failNext('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs', refused);
    gh!.failNext('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/logs', refused);
    gh!.failNext('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', refused);
    const { hits, notes } = await collect(runSource(target(), { id: 15, html_url: runUrl(OWNER, REPO, 15) }));
    expect(hits).toEqual([]);
    const permission = notes.filter((n) => n.reason === 'permission');
    expect(permission).toHaveLength(3);
    for (const n of permission) expect(n.message).toContain('actions: read');
  });

  it('a download that breaks off part-way keeps what arrived, scanned, and says so', async () => {
    const artifact = zip([{ name: '.env', data: `K=${OTHER}\n`, method: 'store' }, { name: 'big.bin', data: Buffer.alloc(200_000, 7), method: 'store' }]);
    // The storage's answer as the client sees a connection reset: the first 50 kB, then the body errors.
    const breaking: Fetch = async (url, init) => {
      const response = await fetch(url, init);
      if (!new URL(String(url)).pathname.startsWith('/artifacts/')) return response;
      const first = Buffer.from(await response.arrayBuffer()).subarray(0, 50_000);
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull: (controller) => (sent ? controller.error(new TypeError('terminated: other side closed')) : ((sent = true), controller.enqueue(first))),
      });
      return new Response(body, { status: 200, headers: response.headers });
    };
    const { target } = await serve([{ id: 17, jobs: [], artifacts: [{ id: 8, name: 'broken', zip: artifact }] }], breaking);
    const { hits, notes } = await collect(runSource(target(), { id: 17 }));
    expect(hits.map((h) => h.location)).toEqual([expect.objectContaining({ kind: 'artifact', path: 'broken', member: '.env' })]);
    expect(notes.find((n) => n.reason === 'unreadable')?.message).toMatch(/artifact broken of run 17: only the first 48\.8 KiB of .* read; the download broke off \(terminated: other side closed\)/);
  });

  it('storage refusing the download (an expired signature) is a short note, not a permission of the token', async () => {
    const { target } = await serve([{ id: 18, jobs: [], artifacts: [{ id: 9, name: 'late', storageStatus: 403 }] }]);
    const { notes } = await collect(runSource(target(), { id: 18 }));
    const note = notes.find((n) => n.message.includes('artifact late'))!;
    expect(note.reason).toBe('unreadable');
    expect(note.message.length).toBeLessThan(300);
    expect(note.message).not.toContain('sig=');
  });

  it('a log that is not a zip is a note', async () => {
    const { target } = await serve([{ id: 16, jobs: [], logs: Buffer.from('<html>not a zip</html>') }]);
    const { notes } = await collect(runSource(target(), { id: 16 }));
    expect(notes.map((n) => n.reason)).toContain('run-log-unreadable');
  });
});

describe('currentRunSource: scope run-logs, the run in progress', () => {
  it('reads each completed job\'s own log, skips this job silently and names the others not done; lists the artifacts so far', async () => {
    const run: FakeRun = {
      id: 20, status: 'in_progress', jobs: [
        build(41),
        { id: 42, name: 'lint', status: 'in_progress', runner_name: 'GitHub Actions 7', steps: [] },
        { id: 43, name: 'scan-logs', status: 'in_progress', runner_name: 'GitHub Actions 9', steps: [] },
      ],
      artifacts: [{ id: 6, name: 'coverage', zip: zip([{ name: 'lcov/.env', data: `K=${OTHER}` }]) }],
    };
    const { target } = await serve([run]);
    const self: RunRef = { id: 20 };
    const { locations, notes } = await collect(currentRunSource(target(), self, { runnerName: 'GitHub Actions 9' }));
    expect(locations).toEqual([
      { kind: 'run-log', path: 'build.txt', job: 'build', step: 'Run npm test', line: 3, column: 22, url: jobUrl(OWNER, REPO, 20, 41) },
      { kind: 'artifact', path: 'coverage', member: 'lcov/.env', line: 1, column: 3, url: runUrl(OWNER, REPO, 20) },
    ]);
    expect(notes.filter((n) => n.reason === 'run-log-not-ready').map((n) => n.message)).toEqual([expect.stringContaining('job lint is in_progress')]);
    expect(gh!.requests.some((r) => r.path.endsWith('/runs/20/logs'))).toBe(false);
    expectCleanTraffic();
  });
});

describe('runsSurface: the audit', () => {
  it('lists finished runs since `since`, newest first, and scans each; the listing\'s 403 is left to the caller', async () => {
    const { target } = await serve([
      { id: 30, created_at: '2026-10-01T00:00:00Z', jobs: [build(51)] },
      { id: 31, created_at: '2026-11-29T00:00:00Z', jobs: [build(52)] },
    ]);
    expect(runsSurface).toMatchObject({ name: 'runs', permission: 'actions: read' });
    const { locations, counts } = await collect(runsSurface.source(target({ since: '2026-11-01T00:00:00Z' })));
    expect(locations.map((l) => l.url)).toEqual([jobUrl(OWNER, REPO, 31, 52)]);
    expect(counts.runsScanned).toBe(1);
    const listing = gh!.requests.find((r) => r.path === `/repos/${OWNER}/${REPO}/actions/runs`)!;
    expect(listing.query.get('created')).toBe('>=2026-11-01T00:00:00Z');
    expect(listing.query.get('status')).toBe('completed');

    gh!.failNext('GET', '/repos/{owner}/{repo}/actions/runs', { status: 403, body: { message: READ_ONLY_MESSAGE } });
    await expect(collect(runsSurface.source(target()))).rejects.toMatchObject({ status: 403 });
    expectCleanTraffic();
  });
});

describe('recentRunsSource', () => {
  it('reads the newest runs up to its bound, and says how many older ones it left', async () => {
    const { target } = await serve([30, 31, 32].map((id) => ({ id, jobs: [build(id * 10)] })));
    const { locations, notes } = await collect(recentRunsSource(target(), 2));
    expect(locations.map((l) => l.url)).toEqual([jobUrl(OWNER, REPO, 32, 320), jobUrl(OWNER, REPO, 31, 310)]);
    expect(notes.find((n) => n.reason === 'runs-not-scanned')?.message).toMatch(/^1 older workflow run\(s\) not scanned: at most 2/);
  });
});

describe('deleteRunLogs', () => {
  it('deletes, or says why not (a read-only token: actions: write), never throwing', async () => {
    const { client, state } = await serve([{ id: 40, jobs: [] }]);
    expect(await deleteRunLogs(client, OWNER, REPO, 40)).toEqual({ deleted: true });
    expect(state.deleted).toEqual([40]);
    gh!.readOnly = true;
    const refused = await deleteRunLogs(client, OWNER, REPO, 40);
    expect(refused).toEqual({ deleted: false, why: expect.stringContaining('actions: write') });
    expect(state.deleted).toEqual([40]);
  });
});
