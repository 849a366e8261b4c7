/**
 * The Action entry: inputs -> prepare (event, workspace, checkout, what reporters need) -> scan -> publish
 * (each output independent) -> pass or fail. Each concern is a module of src/action/; everything printed
 * goes through the RunnerLog (scrubbed, no workflow command from hostile text); nothing mutates process.env.
 */
import * as core from '@actions/core';
import { baseURLRefusal } from './anthropic/base-url.js';
import { describeError, UserError } from './core/errors.js';
import { pullRequestOf, readEvent, wantedScope } from './action/event.js';
import { readInputs } from './action/inputs.js';
import { listRepositories } from './action/list.js';
import { contextFor, nothingScanned, planFor } from './action/plan.js';
import { prepareScopeOrConversation } from './action/prepare-scope.js';
import { publish } from './action/publish.js';
import { reportFacts } from './action/report-facts.js';
import { runnerLog, type RunnerLog } from './action/runner-log.js';
import { describeScanned } from './action/describe-scanned.js';
import { failureOf, unwrittenFiles } from './action/verdict.js';
import { githubContext } from './action/github-context.js';
import { resolveWorkspace } from './action/workspace.js';
import { runTarget } from './action/run-target.js';
import { deleteLeakedLogs, runRepository, runSurfaces } from './action/workflow-runs.js';
import { actionsCache, incrementalAudit, restoreIncremental, saveIncremental, type CacheStore } from './action/state-cache.js';
import { clientLimitsFrom, createClient, DEFAULT_PHASE_MS } from './github/client.js';
import { repositoryVisibility } from './action/visibility.js';
import { actionSurfaces } from './action/surfaces.js';
import { isConversationEvent } from './sources/github/conversation-event.js';
import { hideLeakedComments } from './action/hide-comments.js';
import { toJsonReport } from './report/json.js';
import { runScan } from './scan.js';
import type { Note } from './core/types.js';

export async function run(env: NodeJS.ProcessEnv = process.env, log: RunnerLog = runnerLog(), cache: CacheStore = actionsCache): Promise<void> {
  try {
    await action(env, log, cache);
  } catch (error) {
    log.debug(error instanceof Error && error.stack ? error.stack : String(error));
    log.fail(describeError(error));
  }
}

async function action(env: NodeJS.ProcessEnv, log: RunnerLog, cache: CacheStore): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  for (const secret of [inputs.githubToken, inputs.adminKey, inputs.reach.secretScanningToken, inputs.reach.notifyWebhook]) log.mask(secret);
  if (inputs.command === 'repos') return listRepositories(inputs, env, log);
  // Before the checkout is prepared: a base URL that may not receive keys fails the step, not a note after it.
  const baseRefusal = inputs.verify || inputs.revoke ? baseURLRefusal(env.ANTHROPIC_BASE_URL) : undefined;
  if (baseRefusal) throw new UserError(baseRefusal);

  const where = resolveWorkspace(env, inputs.path);
  const event = readEvent(env);
  const pull = pullRequestOf(event);
  const notices: string[] = [];
  const notice = (message: string): void => (notices.push(message), log.notice(message));
  // A workflow run's logs and artifacts (workflow_run, scope: run-logs): scanned instead of the checkout, or with it.
  const run = runTarget(event, inputs.scope, { runId: env.GITHUB_RUN_ID });
  const runsOnly = run && (inputs.scope === 'auto' || inputs.scope === 'run-logs');
  const runRepo = run && run.kind !== 'not-ready' ? runRepository(inputs, env, (message) => log.info(message)) : undefined;
  const prepared = runsOnly
    ? { scope: run.kind === 'not-ready' ? undefined : ({ kind: 'surfaces', root: where.root } as const), why: run.why }
    : await prepareScopeOrConversation(wantedScope(event, inputs, { sha: env.GITHUB_SHA }), where.root, {
        token: inputs.githubToken, git: where.git, mask: (value) => log.mask(value),
        ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
        notice,
      }, isConversationEvent(event.name) && inputs.scope === 'auto' && !inputs.base && !inputs.head);
  log.info(`anthropic-key-scan: ${prepared.why}`);
  const facts = await reportFacts(where, prepared.scope, pull, env.GITHUB_SHA);

  // A client for one GitHub call of the run, with the GitHub phase's timeout and deadline (none without a token).
  const phaseClient = () =>
    inputs.githubToken ? createClient({ token: inputs.githubToken, ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}), ...clientLimitsFrom(env, Date.now(), DEFAULT_PHASE_MS) }) : undefined;
  const visibility = prepared.scope
    ? await repositoryVisibility(event, env.GITHUB_REPOSITORY, inputs.repository, phaseClient)
    : 'unknown';
  // GitHub's surfaces (issue 18): a workflow run's logs and artifacts, a conversation event's text, an audit's
  // `surfaces`; what cannot be read is a notice.
  const runs = run && runRepo ? runSurfaces(run, runRepo, inputs, env).map((source) => ({ name: 'runs', source })) : [];
  const surfaces = prepared.scope ? actionSurfaces(event, inputs, env, where.git) : undefined;
  const sources = [...runs, ...(surfaces?.sources ?? [])];
  const names = [...(runs.length ? ['runs'] : []), ...(surfaces?.names ?? [])];
  const context = { ...contextFor(inputs, env, log, where.git), ...(sources.length ? { surfaces: sources, onNote: surfaceNotice(log) } : {}) };
  // Issue 21: a scheduled or manual audit of the history restores what the last one read from the Actions cache.
  const incremental = prepared.scope && incrementalAudit(prepared.scope.kind, event.name, inputs.incremental)
    ? await restoreIncremental(cache, { env, repository: inputs.repository || env.GITHUB_REPOSITORY || 'repository', tempDir: env.RUNNER_TEMP || where.workspace }, { notice, info: (message) => log.info(message) })
    : undefined;
  const result = prepared.scope
    ? await runScan({ ...planFor(prepared.scope, inputs, where.workspace), visibility, ...(names.length ? { surfaces: names } : {}), ...(incremental ? { statePath: incremental.file } : {}) }, context)
    : nothingScanned(where.root, prepared.why);
  if (incremental) await saveIncremental(cache, incremental, result, notice);
  if (inputs.deleteLeakedLogs && run && runRepo) {
    const deleted = await deleteLeakedLogs(run, runRepo, result);
    if (deleted) {
      result.notes.push(deleted);
      log.notice(deleted.message);
    }
  }
  const report = toJsonReport(result);
  if (inputs.hideLeakedComments && report.findings.length > 0) {
    for (const message of (await hideLeakedComments(phaseClient(), event, report)).messages) {
      notices.push(message);
      log.notice(message);
    }
  }

  const failure = failureOf(report, inputs.failOn);
  const outcomes = await publish({
    report, inputs, log, facts, pull, failure, notices, eventName: event.name, scanned: describeScanned(prepared.why, report),
    dirs: { outputDir: env.RUNNER_TEMP || where.workspace, workspace: where.workspace },
    ...githubContext(env, inputs.repository, facts),
    clientLimits: clientLimitsFrom(env, Date.now(), DEFAULT_PHASE_MS),
    writeSummary: async (markdown) => void (await core.summary.addRaw(markdown, true).write()),
  });
  const failed = [failure, unwrittenFiles(outcomes)].filter(Boolean).join(' ');
  if (failed) log.fail(failed);
}

/** Notes a surface's reader wants seen (an unreadable surface, a malformed event, a page limit) as notices. */
function surfaceNotice(log: RunnerLog): (note: Note) => void {
  const told = new Set(['surface-since', 'surface-unreadable', 'surface-unavailable', 'malformed-event', 'page-limit', 'truncated']);
  return (note) => {
    if (told.has(note.reason)) log.notice(note.message);
  };
}
