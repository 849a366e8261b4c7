/**
 * The Action's side of scanning workflow runs (issue 18): the run the event or `scope: run-logs` names becomes a
 * surface of the scan, read through the one GitHub client; after the scan, `delete-leaked-logs` deletes the logs
 * of a finished run that held a key (a notice says what was done, or why not; never a failure of the scan).
 */
import { UserError } from '../core/errors.js';
import type { Note, ScanResult, Source } from '../core/types.js';
import { clientLimitsFrom, createClient, type GitHubClient } from '../github/client.js';
import { currentRunSource, deleteRunLogs, runSource } from '../sources/github/runs.js';
import type { SurfaceTarget } from '../sources/github/surface.js';
import type { ActionInputs } from './inputs.js';
import type { RunTarget } from './run-target.js';

export interface RunRepository {
  client: GitHubClient;
  owner: string;
  repo: string;
}

/**
 * The client and repository a run is read from: the workflow's own, whatever the `repository` input says (the run
 * of a workflow_run event, and this run, belong to it; that input only names the repository locations are tagged with).
 */
export function runRepository(inputs: Pick<ActionInputs, 'githubToken' | 'repository'>, env: NodeJS.ProcessEnv, log: (message: string) => void): RunRepository {
  const full = env.GITHUB_REPOSITORY || inputs.repository || '';
  const [owner, repo] = full.split('/');
  if (!owner || !repo) throw new UserError('reading a workflow run needs the repository (GITHUB_REPOSITORY, or the repository input)');
  if (!inputs.githubToken) throw new UserError('reading a workflow run needs a token: input github-token (with actions: read)');
  // No phase deadline: the downloads are the scan itself; each request still has its timeout.
  const client = createClient({ token: inputs.githubToken, ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}), ...clientLimitsFrom(env), log });
  return { client, owner, repo };
}

/** The run's source, for the scan's surfaces. */
export function runSurfaces(target: RunTarget, where: RunRepository, inputs: Pick<ActionInputs, 'maxFileSize' | 'archiveLimits'>, env: NodeJS.ProcessEnv): Source[] {
  if (target.kind === 'not-ready') return [];
  const surface: SurfaceTarget = { ...where, maxFileSize: inputs.maxFileSize, archiveLimits: inputs.archiveLimits };
  return [target.kind === 'current' ? currentRunSource(surface, target.run, env.RUNNER_NAME ? { runnerName: env.RUNNER_NAME } : {}) : runSource(surface, target.run)];
}

/**
 * Whether a reported finding makes a run's logs worth deleting: a key in them that is not proven dead (live,
 * unknown or unchecked). Independent of fail-on: fail-on decides whether the step fails, not whether a key stays
 * readable; allow-listed and baselined keys (suppressed) are left alone, as everywhere.
 */
export function leakedInLogs(result: Pick<ScanResult, 'findings'>): boolean {
  return result.findings.some((finding) => finding.status !== 'invalid' && finding.locations.some((location) => location.kind === 'run-log'));
}

/** `delete-leaked-logs`: what was done, as a note for the report (and a notice). */
export async function deleteLeakedLogs(target: RunTarget, where: RunRepository, result: Pick<ScanResult, 'findings'>): Promise<Note | undefined> {
  if (target.kind === 'not-ready' || !leakedInLogs(result)) return undefined;
  const id = target.run.id;
  if (target.kind === 'current') {
    return {
      reason: 'logs-not-deleted',
      message: `delete-leaked-logs: the logs of run ${id} were not deleted: a run's logs can be deleted only once it has completed, and this run is still in progress; delete them from the run's page, or scan on workflow_run (completed) with delete-leaked-logs`,
    };
  }
  const outcome = await deleteRunLogs(where.client, where.owner, where.repo, id);
  return outcome.deleted
    ? { reason: 'logs-deleted', message: `delete-leaked-logs: deleted the logs of run ${id}, where a key was found (its artifacts are kept; the key stays leaked until it is rotated)` }
    : { reason: 'logs-not-deleted', message: `delete-leaked-logs: the logs of run ${id} were not deleted: ${outcome.why}` };
}
