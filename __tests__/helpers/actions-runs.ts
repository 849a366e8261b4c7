/**
 * GitHub Actions runs for tests, as GitHub serves them: on the loopback GitHub (helpers/github-server.ts, every
 * request checked against GitHub's OpenAPI description) the runs, jobs and artifacts listings, and the downloads
 * (`…/runs/{id}/logs`, `…/attempts/{n}/logs`, `…/jobs/{id}/logs`, `…/artifacts/{id}/zip`) answering 302 to a
 * second loopback origin, the storage, which records every request's headers (it must never see the token).
 * Logs archives are real zips laid out as GitHub lays them out: a folder per job with a file per step
 * (`<job>/<n>_<step>.txt`), a whole-job file per job at the top (`<n>_<job>.txt`), every line timestamped.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zip, type ZipMember } from '../sources/containers/build.js';
import { errorBody, paginate, type GitHubServer, type RouteResponse } from './github-server.js';

export type StoredBody = Buffer | { status: number };

export interface Storage {
  url: string;
  /** Headers of every request the storage received. */
  seen: IncomingHttpHeaders[];
  /** Serve `body` at `path` (or answer `status`); returns the signed-looking URL. */
  put(path: string, body: StoredBody): string;
  close(): Promise<void>;
}

/** The storage origin (Azure Blob Storage, for GitHub): any path put there, with a signature-like query. */
export async function startStorage(): Promise<Storage> {
  const files = new Map<string, StoredBody>();
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = files.get(path);
    if (!body) return void (res.writeHead(404), res.end('BlobNotFound'));
    if (!Buffer.isBuffer(body)) {
      // Azure's error answer: an XML document on one line.
      res.writeHead(body.status, { 'content-type': 'application/xml' });
      return void res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Signature not valid in the specified time frame${' '.repeat(400)}</Message></Error>`);
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    put(path, body) {
      files.set(path, body);
      return `${url}${path}?sv=2025-01-05&se=2026-12-01T00%3A01%3A00Z&sig=c2lnbmF0dXJl`;
    },
    close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}

export interface FakeStep {
  number: number;
  name: string;
  lines: string[];
}

export interface FakeJob {
  id: number;
  name: string;
  status?: 'completed' | 'in_progress' | 'queued';
  run_attempt?: number;
  runner_name?: string;
  steps: FakeStep[];
}

export interface FakeArtifact {
  id: number;
  name: string;
  zip?: Buffer;
  expired?: boolean;
  /** The download answers this instead (410 expired, 403...). */
  status?: number;
  /** The storage answers this status (an expired signature: 403). */
  storageStatus?: number;
}

export interface FakeRun {
  id: number;
  run_attempt?: number;
  status?: string;
  created_at?: string;
  jobs: FakeJob[];
  artifacts?: FakeArtifact[];
  /** The logs archive's download answers this status instead of 302 (410 expired, 404 deleted). */
  logsStatus?: number;
  /** The logs archive as served, instead of one built from `jobs`. */
  logs?: Buffer;
  /** Build the archive without the per-step files (newer archives hold only the whole-job files). */
  noStepFiles?: boolean;
}

/** Each line as the runner writes it: a timestamp, a space, the text. */
const LOG_START = Date.parse('2026-11-30T12:00:00Z');

export function timestamped(lines: string[], start = LOG_START): string {
  return lines.map((line, i) => `${new Date(start + i * 1000).toISOString().replace(/Z$/, '0000Z')} ${line}\n`).join('');
}

/**
 * The steps as the jobs listing gives them, with the seconds they ran: in the whole-job log (`timestamped`, one
 * second a line) a step's lines follow the previous step's.
 */
export function stepTimes(job: FakeJob): { number: number; name: string; status: string; conclusion: string; started_at: string; completed_at: string }[] {
  const at = (i: number) => new Date(LOG_START + i * 1000).toISOString().replace('.000Z', 'Z');
  let line = 0;
  return job.steps.map((s) => {
    const first = line;
    line += s.lines.length;
    return { number: s.number, name: s.name, status: 'completed', conclusion: 'success', started_at: at(first), completed_at: at(Math.max(first, line - 1)) };
  });
}

/** What the archive names a job's folder or file: without `/` and `:`, as GitHub strips them. */
export const archived = (name: string): string => name.replace(/[/:]/g, '');

/** A logs archive as GitHub builds it. */
export function logsArchive(jobs: FakeJob[], options: { noStepFiles?: boolean } = {}): Buffer {
  const members: ZipMember[] = [];
  jobs.forEach((job, i) => {
    const all = job.steps.flatMap((step) => step.lines);
    members.push({ name: `${i + 1}_${archived(job.name)}.txt`, data: `\ufeff${timestamped(all)}` });
    if (options.noStepFiles) return;
    for (const step of job.steps) members.push({ name: `${archived(job.name)}/${step.number}_${archived(step.name)}.txt`, data: `\ufeff${timestamped(step.lines)}` });
  });
  return zip(members);
}

export const jobUrl = (owner: string, repo: string, run: number, job: number): string => `https://github.com/${owner}/${repo}/actions/runs/${run}/job/${job}`;
export const runUrl = (owner: string, repo: string, run: number): string => `https://github.com/${owner}/${repo}/actions/runs/${run}`;

export interface RunsApiState {
  /** Run ids whose logs were deleted. */
  deleted: number[];
}

/** The Actions runs API of `owner/repo` on `gh`, its downloads on `storage`. */
export function serveRunsApi(gh: GitHubServer, storage: Storage, repository: { owner: string; repo: string }, runs: FakeRun[]): RunsApiState {
  const { owner, repo } = repository;
  const state: RunsApiState = { deleted: [] };
  const runOf = (id: string) => runs.find((run) => run.id === Number(id));
  const ours = (params: Record<string, string>) => params.owner === owner && params.repo === repo;
  const redirect = (to: string): RouteResponse => ({ status: 302, headers: { location: to } });
  const runBody = (run: FakeRun) => ({
    id: run.id, name: 'CI', run_attempt: run.run_attempt ?? 1, status: run.status ?? 'completed', conclusion: 'success',
    created_at: run.created_at ?? '2026-11-30T12:00:00Z', html_url: runUrl(owner, repo, run.id),
  });
  const jobBody = (run: FakeRun, job: FakeJob) => ({
    id: job.id, run_id: run.id, name: job.name, status: job.status ?? 'completed', run_attempt: job.run_attempt ?? 1,
    runner_name: job.runner_name ?? null, html_url: jobUrl(owner, repo, run.id, job.id),
    steps: stepTimes(job),
  });
  const listed = (key: string, all: unknown[], request: Parameters<typeof paginate>[1]): RouteResponse => {
    const page = paginate(gh, request, all);
    return { ...page, body: { total_count: all.length, [key]: page.body } };
  };

  gh.on('GET', '/repos/{owner}/{repo}/actions/runs', (request, params) => {
    if (!ours(params)) return errorBody('Not Found', 404);
    const created = request.query.get('created') ?? '';
    const since = created.startsWith('>=') ? created.slice(2) : '';
    const wanted = runs.filter((run) => !since || (run.created_at ?? '2026-11-30T12:00:00Z') >= since).sort((a, b) => b.id - a.id);
    return listed('workflow_runs', wanted.map(runBody), request);
  });
  gh.on('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', (_, params) => {
    const run = runOf(params.run_id!);
    return run && ours(params) ? { body: runBody(run) } : errorBody('Not Found', 404);
  });
  gh.on('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs', (request, params) => {
    const run = runOf(params.run_id!);
    if (!run || !ours(params)) return errorBody('Not Found', 404);
    const latest = request.query.get('filter') !== 'all';
    const top = Math.max(...run.jobs.map((job) => job.run_attempt ?? 1));
    const jobs = run.jobs.filter((job) => !latest || (job.run_attempt ?? 1) === top);
    return listed('jobs', jobs.map((job) => jobBody(run, job)), request);
  });
  const logsOf = (run: FakeRun, attempt: number | undefined): RouteResponse => {
    if (run.logsStatus) return errorBody(run.logsStatus === 410 ? 'Gone' : 'Not Found', run.logsStatus);
    const jobs = run.jobs.filter((job) => attempt === undefined ? (job.run_attempt ?? 1) === (run.run_attempt ?? 1) : (job.run_attempt ?? 1) === attempt);
    const bytes = run.logs ?? logsArchive(jobs, { noStepFiles: run.noStepFiles });
    return redirect(storage.put(`/logs/${run.id}/${attempt ?? 'latest'}.zip`, bytes));
  };
  gh.on('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/logs', (_, params) => {
    const run = runOf(params.run_id!);
    return run && ours(params) ? logsOf(run, undefined) : errorBody('Not Found', 404);
  });
  gh.on('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs', (_, params) => {
    const run = runOf(params.run_id!);
    return run && ours(params) ? logsOf(run, Number(params.attempt_number)) : errorBody('Not Found', 404);
  });
  gh.on('DELETE', '/repos/{owner}/{repo}/actions/runs/{run_id}/logs', (_, params) => {
    const run = runOf(params.run_id!);
    if (!run || !ours(params)) return errorBody('Not Found', 404);
    state.deleted.push(run.id);
    return { status: 204 };
  });
  gh.on('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}/logs', (_, params) => {
    const job = runs.flatMap((run) => run.jobs).find((j) => j.id === Number(params.job_id));
    if (!job || !ours(params)) return errorBody('Not Found', 404);
    const text = timestamped(job.steps.flatMap((step) => step.lines));
    return redirect(storage.put(`/jobs/${job.id}.txt`, Buffer.from(`\ufeff${text}`)));
  });
  gh.on('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', (request, params) => {
    const run = runOf(params.run_id!);
    if (!run || !ours(params)) return errorBody('Not Found', 404);
    const artifacts = (run.artifacts ?? []).map((a) => ({
      id: a.id, node_id: `A_${a.id}`, name: a.name, size_in_bytes: a.zip?.length ?? 0, expired: a.expired ?? false,
      url: `${gh.url}/repos/${owner}/${repo}/actions/artifacts/${a.id}`,
      archive_download_url: `${gh.url}/repos/${owner}/${repo}/actions/artifacts/${a.id}/zip`,
      created_at: '2026-11-30T12:00:00Z', expires_at: '2027-02-28T12:00:00Z', updated_at: '2026-11-30T12:00:00Z',
    }));
    return listed('artifacts', artifacts, request);
  });
  gh.on('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', (_, params) => {
    const artifact = runs.flatMap((run) => run.artifacts ?? []).find((a) => a.id === Number(params.artifact_id));
    if (!artifact || !ours(params) || params.archive_format !== 'zip') return errorBody('Not Found', 404);
    if (artifact.status) return errorBody(artifact.status === 410 ? 'Artifact has expired' : 'Forbidden', artifact.status);
    const bytes = artifact.zip ?? zip([]);
    if (artifact.storageStatus) return redirect(storage.put(`/artifacts/${artifact.id}.zip`, { status: artifact.storageStatus }));
    return redirect(storage.put(`/artifacts/${artifact.id}.zip`, bytes));
  });
  return state;
}
