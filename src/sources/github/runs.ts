/**
 * Workflow runs as a source (issue 18): what a run's steps printed (its logs) and what it uploaded (its
 * artifacts). Three ways in:
 *   - `runSource`: a finished run (the `workflow_run` event's, or each run of the audit): its logs archive, one
 *     per attempt, and its artifacts;
 *   - `currentRunSource`: the run this job is part of (`scope: run-logs` in a last job with `needs:`): the run is
 *     still in progress, so its archive does not exist yet; each completed job's own log is read instead;
 *   - `runsSurface`: the scheduled audit's `runs` surface: the repository's finished runs (since `since`, newest
 *     first, bounded), each as `runSource`.
 * Every call goes through the one GitHub client: the downloads answer 302 to a storage origin, followed without
 * the token. A log line is located at its job, step and line (the timestamp prefix stripped), linked to the job;
 * an artifact goes through the container step like any zip (member = the path inside it), linked to the run.
 * What cannot be read (expired: 410; gone: 404; no `actions: read`: 403; over max-archive-size) is a note.
 */
import { archiveLimits } from '../../core/archive-limits.js';
import { describeError } from '../../core/errors.js';
import { formatBytes } from '../../core/size.js';
import type { Detect, Hit, Location, Source, SourceContext } from '../../core/types.js';
import { describeRequestError, isPermissionDenied, type GitHubClient } from '../../github/client.js';
import { downloadWithin, type Downloaded } from '../../github/download.js';
import type { MemberEntry } from '../containers/format.js';
import { zip } from '../containers/zip.js';
import { contentScanner, hitsOf, noteProblems, type ContentScanner, type Origin } from '../hits.js';
import { archiveName, classifyLogFile, jobNamed, latestJobs, lineTime, stepAt, stripTimestamps, type LogFile, type RunJob, type RunStep } from './run-logs.js';
import type { Surface, SurfaceTarget } from './surface.js';

/** The permission that lets a token read runs, their logs and artifacts. */
export const RUNS_PERMISSION = 'actions: read';
/** The audit reads at most this many runs (newest first); `since` narrows it. */
export const MAX_AUDIT_RUNS = 100;
/** Attempts of one run whose logs are read (the latest ones). */
export const MAX_ATTEMPTS = 5;
const MAX_JOBS = 1000;
const MAX_ARTIFACTS = 200;

/** A workflow run, as the event payload or the API gives it (the fields read here). */
export interface RunRef {
  id: number;
  html_url?: string;
  run_attempt?: number;
  status?: string;
}

export interface RunSourceOptions {
  logs?: boolean;
  artifacts?: boolean;
}

/** What one run's reading shares: where, with what, and where its notes go. */
interface Reading {
  target: SurfaceTarget;
  scanner: ContentScanner;
  ctx: SourceContext;
  /** Bytes read per download, and decompressed per logs archive: max-archive-size. */
  cap: number;
  maxMembers: number;
}

function reading(target: SurfaceTarget, detect: Detect, ctx: SourceContext): Reading {
  const limits = archiveLimits(target.archiveLimits);
  return { target, scanner: contentScanner(detect, ctx, target.archiveLimits), ctx, cap: limits.maxBytes, maxMembers: limits.maxMembers };
}

/** A finished run: its logs archive (each attempt's) and its artifacts. */
export function runSource(target: SurfaceTarget, run: RunRef, options: RunSourceOptions = {}): Source {
  return async function* (detect, ctx) {
    yield* readRun(reading(target, detect, ctx), run, options);
  };
}

/**
 * The run this job is part of, while it runs: the log of each job that has completed (the archive of a run in
 * progress is not there yet), and the artifacts uploaded so far. Jobs not completed (this one among them: its
 * runner is `runnerName`) are not read; each other one is named in a note.
 */
export function currentRunSource(target: SurfaceTarget, run: RunRef, current: { runnerName?: string } = {}): Source {
  return async function* (detect, ctx) {
    const r = reading(target, detect, ctx);
    const runUrl = await runUrlOf(r, run);
    ctx.count('runsScanned');
    const jobs = await listJobs(r, run.id, 'latest');
    for (const job of jobs ?? []) {
      if (job.status !== 'completed') {
        const ours = current.runnerName !== undefined && job.runner_name === current.runnerName;
        if (!ours) note(r, 'run-log-not-ready', `run ${run.id}: job ${job.name} is ${job.status ?? 'not completed'}: its log is not there yet, not scanned`);
        continue;
      }
      const got = await download(r, `the log of job ${job.name}`, 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', { job_id: job.id });
      if (!got) continue;
      ctx.count('runLogsScanned');
      const path = `${archiveName(job.name)}.txt`;
      yield* scanLog(r, got.bytes, { kind: 'run-log', path, job: job.name, ...link(job.html_url ?? runUrl) }, job.steps);
    }
    yield* readArtifacts(r, run.id, runUrl);
  };
}

/** The audit's `runs` surface: the repository's finished runs within retention, newest first. */
export const runsSurface: Surface = {
  name: 'runs',
  permission: RUNS_PERMISSION,
  takesSince: true,
  source: (target) => recentRunsSource(target),
};

/** The repository's finished runs (since `target.since`), the newest `maxRuns`, each with its logs and artifacts. */
export function recentRunsSource(target: SurfaceTarget, maxRuns = MAX_AUDIT_RUNS): Source {
  return async function* (detect, ctx) {
    const r = reading(target, detect, ctx);
    // A listing that fails (403 without actions: read) throws: the caller names the permission in its notice.
    let total = 0;
    let seen = 0;
    const runs: RunRef[] = await target.client.paginate(
      'GET /repos/{owner}/{repo}/actions/runs',
      { owner: target.owner, repo: target.repo, status: 'completed', per_page: Math.min(100, maxRuns), ...(target.since ? { created: `>=${target.since}` } : {}) },
      (response, done) => {
        const page = response.data as unknown as RunRef[] & { total_count?: number };
        total = Math.max(total, page.total_count ?? 0);
        if (page.length === 0 || (seen += page.length) >= maxRuns) done();
        return page;
      },
    );
    if (total > maxRuns) {
      note(r, 'runs-not-scanned', `${total - maxRuns} older workflow run(s) not scanned: at most ${maxRuns} a scan, newest first${target.since ? '' : ' (give since to narrow)'}`);
    }
    for (const run of runs.slice(0, maxRuns)) yield* readRun(r, run, {});
  };
}

async function* readRun(r: Reading, run: RunRef, options: RunSourceOptions): AsyncGenerator<Hit> {
  const runUrl = await runUrlOf(r, run);
  r.ctx.count('runsScanned');
  if (options.logs !== false) {
    const jobs = (await listJobs(r, run.id, 'all')) ?? [];
    const last = Math.max(1, run.run_attempt ?? 1);
    for (let attempt = Math.max(1, last - MAX_ATTEMPTS + 1); attempt <= last; attempt++) {
      const what = `the logs of run ${run.id}${last > 1 ? ` attempt ${attempt}` : ''}`;
      const got = last === 1
        ? await download(r, what, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs', { run_id: run.id })
        : await download(r, what, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs', { run_id: run.id, attempt_number: attempt });
      if (got) yield* scanLogsArchive(r, got.bytes, latestJobs(jobs, attempt), runUrl, what);
    }
  }
  if (options.artifacts !== false) yield* readArtifacts(r, run.id, runUrl);
}

/**
 * Each text file of a logs archive. Step files are read first; a whole-job file is read too (newer archives
 * may hold nothing else, and lines outside any step are only there), but a key its step files already gave is
 * not reported again from it: the step's location says more.
 */
async function* scanLogsArchive(r: Reading, archive: Buffer, jobs: RunJob[], runUrl: string | undefined, what: string): AsyncGenerator<Hit> {
  const files: { file: LogFile; entry: MemberEntry }[] = [];
  try {
    // A cut archive (over max-archive-size) has no central directory: the members before the cut are still read.
    for (const entry of zip.members(archive, undefined)) {
      if (files.length >= r.maxMembers) {
        note(r, 'too-many-members', `${what}: only the first ${r.maxMembers} files read (max-archive-members)`);
        break;
      }
      files.push({ file: classifyLogFile(entry.name), entry });
    }
  } catch (error) {
    note(r, 'run-log-unreadable', `${what}: ${files.length === 0 ? 'not a readable zip' : `read up to ${files.length} file(s)`} (${describeError(error)})`);
  }
  files.sort((a, b) => (a.file.kind === b.file.kind ? 0 : a.file.kind === 'step' ? -1 : 1));
  /** Per job (its id, or its archive name when no job of the API matches), the keys its step files held. */
  const inSteps = new Map<string, Set<string>>();
  const keyOf = (name: string, job: RunJob | undefined) => (job ? `id:${job.id}` : `name:${archiveName(name)}`);
  let left = r.cap;
  for (const { file, entry } of files) {
    if (entry.name.endsWith('/')) continue;
    if (entry.unreadable) {
      note(r, entry.unreadable.reason, `${what}: ${entry.name}: ${entry.unreadable.why}`);
      continue;
    }
    if (left <= 0) {
      note(r, 'too-large', `${what}: ${entry.name} and what follows not scanned: the archive's decompressed size is over max-archive-size (${formatBytes(r.cap)})`);
      break;
    }
    let bytes: Buffer;
    try {
      const read = entry.read(left);
      bytes = read.bytes;
      if (read.notRead !== undefined) note(r, 'too-large', `${what}: ${entry.name}: only the first ${formatBytes(bytes.length)} scanned (max-archive-size)`);
      if (read.damaged) note(r, 'archive-corrupt', `${what}: ${entry.name}: ${read.damaged}`);
    } catch (error) {
      note(r, 'archive-corrupt', `${what}: ${entry.name}: ${describeError(error)}`);
      continue;
    }
    left -= bytes.length;
    r.ctx.count('runLogsScanned');
    const folder = file.kind === 'step' ? file.folder : file.jobName;
    const job = jobNamed(folder, jobs);
    const key = keyOf(folder, job);
    const stepName = file.kind === 'step' && file.number !== undefined ? job?.steps?.find((s) => s.number === file.number)?.name ?? file.step : undefined;
    const origin: Origin = {
      kind: 'run-log', path: entry.name, job: job?.name ?? folder, ...(stepName !== undefined ? { step: stepName } : {}), ...link(job?.html_url ?? runUrl),
    };
    const seen = inSteps.get(key) ?? new Set<string>();
    inSteps.set(key, seen);
    for await (const hit of scanLog(r, bytes, origin, file.kind === 'job' ? job?.steps : undefined)) {
      if (file.kind === 'step') seen.add(hit.match.secret.sha256);
      else if (seen.has(hit.match.secret.sha256)) continue;
      yield hit;
    }
  }
}

/**
 * One log's hits, its timestamps stripped first. A whole-job log (no `step` in its origin) names, for each match,
 * the step that was running when its line was written (from the job's steps), when that is certain.
 */
async function* scanLog(r: Reading, raw: Buffer, origin: Origin, steps: readonly RunStep[] = []): AsyncGenerator<Hit> {
  const problem = noteProblems(r.ctx, origin.path);
  const matches = r.scanner.content(stripTimestamps(raw), problem);
  for (const match of matches) {
    const time = origin.step === undefined && steps.length > 0 && match.member === undefined ? lineTime(raw, match.line) : undefined;
    const step = time === undefined ? undefined : stepAt(steps, time);
    yield* hitsOf([match], step ? { ...origin, step: step.name } : origin);
  }
}

interface ArtifactEntry {
  id: number;
  name: string;
  size_in_bytes?: number;
  expired?: boolean;
}

/** A run's artifacts, each opened like any zip; an expired one is a note. */
async function* readArtifacts(r: Reading, runId: number, runUrl: string | undefined): AsyncGenerator<Hit> {
  const { client, owner, repo } = r.target;
  let artifacts: ArtifactEntry[];
  try {
    artifacts = await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner, repo, run_id: runId, per_page: 100 }, (response, done) => {
      const page = response.data as unknown as ArtifactEntry[];
      if (page.length === 0) done();
      return page;
    });
  } catch (error) {
    noteFailure(r, `the artifacts of run ${runId}`, error);
    return;
  }
  if (artifacts.length > MAX_ARTIFACTS) note(r, 'artifacts-not-scanned', `run ${runId}: ${artifacts.length - MAX_ARTIFACTS} artifact(s) not scanned: at most ${MAX_ARTIFACTS} a run`);
  for (const artifact of artifacts.slice(0, MAX_ARTIFACTS)) {
    const what = `artifact ${artifact.name} of run ${runId}`;
    if (artifact.expired) {
      note(r, 'artifact-expired', `${what}: expired (past the repository's retention), not scanned`);
      continue;
    }
    const got = await download(r, what, 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { artifact_id: artifact.id, archive_format: 'zip' });
    if (!got) continue;
    r.ctx.count('artifactsScanned');
    const origin: Origin = { kind: 'artifact', path: artifact.name, ...link(runUrl) };
    yield* hitsOf(r.scanner.content(got.bytes, noteProblems(r.ctx, artifact.name)), origin);
  }
}

/** A download within max-archive-size, or undefined after a note saying why not (expired, gone, refused). */
async function download(r: Reading, what: string, route: string, params: Record<string, string | number>): Promise<Downloaded | undefined> {
  const { client, owner, repo } = r.target;
  let got: Downloaded;
  try {
    got = await downloadWithin(client, route, { owner, repo, ...params }, r.cap);
  } catch (error) {
    noteFailure(r, what, error);
    return undefined;
  }
  if (got.cut) {
    const size = got.cut.declared !== undefined ? ` of ${formatBytes(got.cut.declared)}` : '';
    const rest = got.cut.interrupted !== undefined ? `the download broke off (${got.cut.interrupted})` : 'the rest is over max-archive-size';
    note(r, got.cut.interrupted !== undefined ? 'unreadable' : 'too-large', `${what}: only the first ${formatBytes(got.bytes.length)}${size} read; ${rest}, not scanned`);
  }
  return got;
}

/** An answer's text in a note: storage answers errors with whole XML documents on one line. */
function briefly(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function noteFailure(r: Reading, what: string, error: unknown): void {
  const status = (error as { status?: number }).status;
  if (status === 410) note(r, 'run-expired', `${what}: expired (past the repository's retention), not scanned`);
  else if (status === 404) note(r, 'run-not-found', `${what}: not found (deleted, or not there yet), not scanned`);
  else if (status === 403 && isPermissionDenied(error)) note(r, 'permission', `${what}: not scanned: the token needs ${RUNS_PERMISSION} (${describeRequestError(error)})`);
  else note(r, 'unreadable', `${what}: not scanned (${briefly(describeRequestError(error))})`);
}

async function listJobs(r: Reading, runId: number, filter: 'all' | 'latest'): Promise<RunJob[] | undefined> {
  const { client, owner, repo } = r.target;
  try {
    return await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { owner, repo, run_id: runId, filter, per_page: 100 }, (response, done) => {
      const page = response.data as unknown as RunJob[];
      if (page.length === 0) done();
      return page;
    }).then((jobs) => jobs.slice(0, MAX_JOBS));
  } catch (error) {
    // The logs are still read: without the jobs, a finding links to the run instead of its job.
    noteFailure(r, `the jobs of run ${runId}`, error);
    return undefined;
  }
}

/** The run's page: from the event or the listing, else asked for. */
async function runUrlOf(r: Reading, run: RunRef): Promise<string | undefined> {
  if (run.html_url) return safeUrl(run.html_url);
  const { client, owner, repo } = r.target;
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: run.id });
    return safeUrl((data as { html_url?: string }).html_url);
  } catch (error) {
    noteFailure(r, `run ${run.id}`, error);
    return undefined;
  }
}

/** A link only when it is an https URL (an API answer is hostile text like any other). */
function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

function link(url: string | null | undefined): Pick<Location, 'url'> {
  const safe = safeUrl(url);
  return safe ? { url: safe } : {};
}

function note(r: Reading, reason: string, message: string): void {
  r.ctx.note({ reason, message });
}

export type DeleteOutcome = { deleted: true } | { deleted: false; why: string };

/** Delete a run's logs (`delete-leaked-logs`; needs `actions: write`): what GitHub did, never a throw. */
export async function deleteRunLogs(client: GitHubClient, owner: string, repo: string, runId: number): Promise<DeleteOutcome> {
  try {
    await client.request('DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs', { owner, repo, run_id: runId });
    return { deleted: true };
  } catch (error) {
    const why = isPermissionDenied(error) ? `the token needs actions: write (${describeRequestError(error)})` : describeRequestError(error);
    return { deleted: false, why };
  }
}
