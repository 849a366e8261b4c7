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
import { prepareScope } from './action/prepare-scope.js';
import { publish } from './action/publish.js';
import { reportFacts } from './action/report-facts.js';
import { runnerLog, type RunnerLog } from './action/runner-log.js';
import { describeScanned } from './action/describe-scanned.js';
import { failureOf, unwrittenFiles } from './action/verdict.js';
import { githubContext } from './action/github-context.js';
import { resolveWorkspace } from './action/workspace.js';
import { actionsCache, incrementalAudit, restoreIncremental, saveIncremental, type CacheStore } from './action/state-cache.js';
import { clientLimitsFrom, createClient, DEFAULT_PHASE_MS } from './github/client.js';
import { repositoryVisibility } from './action/visibility.js';
import { toJsonReport } from './report/json.js';
import { runScan } from './scan.js';

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
  const prepared = await prepareScope(wantedScope(event, inputs, { sha: env.GITHUB_SHA }), where.root, {
    token: inputs.githubToken, git: where.git, mask: (value) => log.mask(value),
    ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
    notice,
  });
  log.info(`anthropic-key-scan: ${prepared.why}`);
  const facts = await reportFacts(where, prepared.scope, pull, env.GITHUB_SHA);

  const visibility = prepared.scope
    ? await repositoryVisibility(event, env.GITHUB_REPOSITORY, inputs.repository, () =>
        inputs.githubToken ? createClient({ token: inputs.githubToken, ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}), ...clientLimitsFrom(env, Date.now(), DEFAULT_PHASE_MS) }) : undefined)
    : 'unknown';
  const incremental = prepared.scope && incrementalAudit(prepared.scope.kind, event.name, inputs.incremental)
    ? await restoreIncremental(cache, { env, repository: inputs.repository || env.GITHUB_REPOSITORY || 'repository', tempDir: env.RUNNER_TEMP || where.workspace }, { notice, info: (message) => log.info(message) })
    : undefined;
  const result = prepared.scope
    ? await runScan({ ...planFor(prepared.scope, inputs, where.workspace), visibility, ...(incremental ? { statePath: incremental.file } : {}) }, contextFor(inputs, env, log, where.git))
    : nothingScanned(where.root, prepared.why);
  if (incremental) await saveIncremental(cache, incremental, result, notice);
  const report = toJsonReport(result);

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
