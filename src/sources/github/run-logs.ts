/**
 * A workflow run's logs as GitHub lays them out, read as data (pure: no I/O here).
 *
 * The logs archive (`GET …/actions/runs/{id}/logs`) is a zip holding, per job, a folder named after the job with
 * one file per step (`build/3_Run tests.txt`: the step's number, its name), and at the top a whole-job file
 * (`2_build.txt`) with every line of the job. Job and step names lose the characters a path cannot hold (`/`,
 * `:`...) and long ones are cut; newer archives may hold only the whole-job files. Every line starts with the
 * time it was written (`2026-11-30T12:00:01.1234567Z `), stripped before scanning so a match's column is the
 * log's own; the runner shows registered secrets as `***` (those are not keys, and nothing here unmasks them).
 */

/** One text file of the archive, classified. */
export type LogFile =
  /** `<job folder>/<n>_<step>.txt` (or anything else under a job's folder: step unknown). */
  | { kind: 'step'; name: string; folder: string; number?: number; step?: string }
  /** `<n>_<job>.txt` at the top: the whole job. */
  | { kind: 'job'; name: string; jobName: string };

const NUMBERED = /^(\d+)_(.*?)(?:\.txt)?$/s;

export function classifyLogFile(name: string): LogFile {
  const slash = name.indexOf('/');
  if (slash < 0) {
    const m = NUMBERED.exec(name);
    return { kind: 'job', name, jobName: m ? m[2]! : name.replace(/\.txt$/, '') };
  }
  const folder = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  const m = rest.includes('/') ? null : NUMBERED.exec(rest);
  return m ? { kind: 'step', name, folder, number: Number(m[1]), step: m[2]! } : { kind: 'step', name, folder };
}

/** A job as `GET …/actions/runs/{id}/jobs` lists it (the fields read here). */
export interface RunJob {
  id: number;
  name: string;
  html_url?: string | null;
  run_attempt?: number;
  status?: string;
  runner_name?: string | null;
  steps?: RunStep[];
}

/** A job's step as the jobs listing gives it: when it ran, to the second. */
export interface RunStep {
  number: number;
  name: string;
  started_at?: string | null;
  completed_at?: string | null;
}

/** A job or step name as the archive names its folder or file: without what a path cannot hold. */
export function archiveName(name: string): string {
  return name.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '').trim();
}

/**
 * The job a folder or a whole-job file is named after: the one whose archive name is that name, or else the
 * only one whose archive name starts with it (a long name cut short); undefined when none or several could be.
 */
export function jobNamed(name: string, jobs: readonly RunJob[]): RunJob | undefined {
  const wanted = archiveName(name);
  const exact = jobs.filter((job) => archiveName(job.name) === wanted);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1 || wanted.length < 8) return undefined;
  const cut = jobs.filter((job) => archiveName(job.name).startsWith(wanted));
  return cut.length === 1 ? cut[0] : undefined;
}

/** The latest attempt of each job (a re-run lists every attempt's jobs under the same names). */
export function latestJobs(jobs: readonly RunJob[], attempt?: number): RunJob[] {
  const byName = new Map<string, RunJob>();
  for (const job of jobs) {
    if (attempt !== undefined && job.run_attempt !== undefined && job.run_attempt > attempt) continue;
    const seen = byName.get(job.name);
    const newer = !seen || (job.run_attempt ?? 0) > (seen.run_attempt ?? 0) || ((job.run_attempt ?? 0) === (seen.run_attempt ?? 0) && job.id > seen.id);
    if (newer) byName.set(job.name, job);
  }
  return [...byName.values()];
}

const TIMESTAMP_LENGTH = 'YYYY-MM-DDTHH:MM:SS'.length;

/** How many bytes of a line starting at `at` are its timestamp prefix (`2026-11-30T12:00:01.1234567Z `), or 0. */
function timestampAt(data: Buffer, at: number): number {
  const digit = (i: number) => data[i]! >= 0x30 && data[i]! <= 0x39;
  const shape = '0000-00-00T00:00:00';
  if (at + TIMESTAMP_LENGTH + 2 > data.length) return 0;
  for (let i = 0; i < TIMESTAMP_LENGTH; i++) {
    const want = shape.charCodeAt(i);
    if (want === 0x30 ? !digit(at + i) : data[at + i] !== want) return 0;
  }
  let i = at + TIMESTAMP_LENGTH;
  if (data[i] === 0x2e) for (i++; i < data.length && digit(i); i++);
  if (data[i] !== 0x5a) return 0; // Z
  i++;
  return data[i] === 0x20 ? i + 1 - at : data[i] === 0x0a || data[i] === 0x0d || i === data.length ? i - at : 0;
}

/**
 * The log without each line's timestamp prefix (and without a leading byte-order mark): lines stay where they
 * were, so a match's line and column are those of the log as a person reads it. Lines without one are kept whole.
 */
export function stripTimestamps(data: Buffer): Buffer {
  const start = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  const parts: Buffer[] = [];
  let at = start;
  while (at < data.length) {
    const end = data.indexOf(0x0a, at);
    const stop = end < 0 ? data.length : end + 1;
    parts.push(data.subarray(at + timestampAt(data, at), stop));
    at = stop;
  }
  return Buffer.concat(parts);
}

/** When line `line` (1-based) of a raw log was written (its timestamp prefix), in ms; undefined when it has none. */
export function lineTime(data: Buffer, line: number): number | undefined {
  let at = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  for (let n = 1; n < line; n++) {
    const end = data.indexOf(0x0a, at);
    if (end < 0) return undefined;
    at = end + 1;
  }
  const length = timestampAt(data, at);
  if (length === 0) return undefined;
  const time = Date.parse(data.subarray(at, at + length).toString('latin1').trim());
  return Number.isNaN(time) ? undefined : time;
}

/**
 * The step that was running at `time`, from the steps' start and end (whole seconds): a whole-job log has no
 * step boundaries of its own. Only when exactly one step's span holds that second: a line written in the second
 * one step ended and the next began is left without a step rather than put in the wrong one.
 */
export function stepAt(steps: readonly RunStep[], time: number): RunStep | undefined {
  const second = Math.floor(time / 1000) * 1000;
  const running = steps.filter((step) => {
    const started = step.started_at ? Date.parse(step.started_at) : NaN;
    const completed = step.completed_at ? Date.parse(step.completed_at) : Infinity;
    return started <= second && second <= completed;
  });
  return running.length === 1 ? running[0] : undefined;
}
