/**
 * Which workflow run's logs and artifacts a step scans (issue 18), decided from the event and the inputs (pure):
 *
 *   workflow_run (completed)   the run the event names (`workflow_run.id`: a run of this repository, whatever
 *                              repository its head commit came from, a fork's included)
 *   workflow_run (other)       nothing: a run not finished has no logs archive yet
 *   scope: run-logs            this run (GITHUB_RUN_ID), in a last job with `needs:`: the jobs completed so far
 *
 * With `scope: auto` (or `run-logs`) such a step scans the run only, not the checkout: the checkout's commits are
 * the push and pull-request checks' job. With `scope: files|history|range` it scans that scope and the run.
 */
import { UserError } from '../core/errors.js';
import type { RunRef } from '../sources/github/runs.js';
import type { GitHubEvent } from './event.js';
import type { ScopeInput } from './inputs.js';

export type RunTarget =
  | { kind: 'finished'; run: RunRef; why: string }
  | { kind: 'current'; run: RunRef; why: string }
  | { kind: 'not-ready'; why: string };

const RUN_ID = /^[1-9]\d{0,18}$/;

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function runTarget(event: GitHubEvent, scope: ScopeInput, env: { runId?: string }): RunTarget | undefined {
  if (scope === 'run-logs') {
    const id = env.runId?.trim() ?? '';
    if (!RUN_ID.test(id)) throw new UserError('scope: run-logs needs GITHUB_RUN_ID (set by the runner): run it as a step of a workflow job');
    return { kind: 'current', run: { id: Number(id) }, why: `scope: run-logs: the jobs of run ${id} completed so far` };
  }
  if (event.name !== 'workflow_run') return undefined;
  const run = record(event.payload.workflow_run);
  const id = run?.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw new UserError('malformed workflow_run event: workflow_run.id is missing');
  const action = typeof event.payload.action === 'string' ? event.payload.action : '';
  if (action !== 'completed') {
    return { kind: 'not-ready', why: `workflow_run ${action || 'event'}: run ${id} has not completed, its logs are not there yet (use types: [completed])` };
  }
  const attempt = run!.run_attempt;
  const ref: RunRef = {
    id,
    ...(typeof run!.html_url === 'string' ? { html_url: run!.html_url } : {}),
    ...(typeof attempt === 'number' && Number.isSafeInteger(attempt) && attempt >= 1 ? { run_attempt: attempt } : {}),
  };
  return { kind: 'finished', run: ref, why: `workflow_run completed: the logs and artifacts of run ${id}` };
}
