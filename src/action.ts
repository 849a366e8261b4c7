/**
 * The Action entry: event + inputs -> plan -> scan -> reports where people look (annotations, pull-request
 * review and summary comment, check run, job summary, JSON and SARIF files, outputs) -> pass or fail.
 * Thin by design: each concern is a module of src/github/. Every found key is masked before anything is
 * logged. A failure to write one report never stops the others; a user mistake fails the step in one line.
 */
import * as core from '@actions/core';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { listStep } from './audit/list-step.js';
import { describeError } from './core/errors.js';
import type { JsonReport } from './core/report.js';
import { Secret } from './core/secret.js';
import type { Plan, Scope } from './core/types.js';
import { exitCodeFor } from './findings/policy.js';
import { emitAnnotations, planAnnotations } from './report/github/annotations.js';
import { publishCheckRun } from './report/github/check-run.js';
import { pullRequestOf, readEvent, wantedScope, type PullRequestInfo } from './action/event.js';
import { prepareScope } from './action/prepare-scope.js';
import { pullDiffLines, type DiffLines } from './sources/git/diff.js';
import { resolveRevision, topLevel } from './sources/git/repo.js';
import type { GitSetup } from './sources/git/run.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { createClient, type GitHubClient } from './report/github/octokit.js';
import { publishReview } from './report/github/review.js';
import { countsLine, renderSummary, type LinkContext } from './report/github/summary.js';
import { AT_ROOT, short, type Placement } from './report/github/where.js';
import { renderReport } from './report/format.js';
import { toJsonReport } from './report/json.js';
import { runScan, type ScanHooks } from './scan.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await action(env);
  } catch (error) {
    core.debug(error instanceof Error && error.stack ? error.stack : String(error));
    core.setFailed(describeError(error));
  }
}

async function action(env: NodeJS.ProcessEnv): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  if (inputs.adminKey) core.setSecret(inputs.adminKey);
  if (inputs.command === 'repos') return list(inputs, env);

  const workspace = realPath(resolve(env.GITHUB_WORKSPACE || process.cwd()));
  const root = realPath(resolve(workspace, inputs.path));
  // Container jobs: the checkout belongs to another user, and git refuses it unless told it is trusted.
  const git: GitSetup = { env, trusted: [workspace, root] };

  const event = readEvent(env);
  const pull = pullRequestOf(event);
  const wanted = wantedScope(event, inputs, { sha: env.GITHUB_SHA });
  const fetched: string[] = [];
  const prepared = await prepareScope(wanted, root, {
    token: inputs.githubToken,
    serverUrl: env.GITHUB_SERVER_URL,
    notice: (message) => {
      fetched.push(message);
      core.notice(message);
    },
    mask: (value) => core.setSecret(value),
    git,
  });
  core.info(`anthropic-key-scan: ${prepared.why}`);

  const report = prepared.scope ? await scan(prepared.scope, inputs, env, workspace, git) : emptyReport(root, prepared.why);
  const placement = await placementOf(workspace, root, report.scope.kind, git);

  // Files and outputs first: they are what later steps (upload-sarif, artifacts) depend on.
  const outputDir = env.RUNNER_TEMP || workspace;
  const reportFile = resolve(outputDir, inputs.reportFile);
  const sarifFile = resolve(outputDir, inputs.sarifFile);
  writeOutputFile(reportFile, renderReport(report, 'json'));
  writeOutputFile(sarifFile, renderReport(report, 'sarif', placement.repoPrefix ? { pathPrefix: placement.repoPrefix } : {}));
  setOutputs(report, reportFile, sarifFile);

  core.info(renderReport(report, 'text', { color: false, maxLocations: 10 }));
  for (const error of report.errors ?? []) core.warning(error);

  const failing = exitCodeFor(report.findings, inputs.failOn) === 1;
  const failure = failing ? failureMessage(report, inputs) : undefined;
  const repository = inputs.repository || env.GITHUB_REPOSITORY || '';
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const headSha = pull?.headSha ?? (report.scope.kind === 'range' && typeof report.scope.head === 'string' ? await resolveRevision({ root, ...git }, report.scope.head) : undefined) ?? env.GITHUB_SHA;
  const links: LinkContext = { placement, serverUrl, ...(repository ? { repository } : {}), ...(headSha ? { sha: headSha } : {}) };

  if (inputs.annotations) {
    const elsewhere = [inputs.summary && 'the job summary', inputs.checkRun && 'the check run', `the SARIF and JSON reports (outputs sarif-file, report-file)`].filter(Boolean).join(', ');
    // The failure message is an error annotation too: keep a slot for it among the 10 GitHub shows.
    emitAnnotations(planAnnotations(report, placement, { elsewhere, reservedErrors: failure ? 1 : 0 }), core);
  }

  const problems: string[] = [];
  const summaryText = () => renderSummary(report, { ...links, scanned: describeScanned(prepared.why, report), reportFile, sarifFile, notices: [...fetched, ...problems], failure });
  const [owner, repo] = (env.GITHUB_REPOSITORY || repository).split('/');
  if (inputs.githubToken && owner && repo) {
    const client = createClient({ token: inputs.githubToken, baseUrl: env.GITHUB_API_URL, log: (message) => core.info(message) });
    const target = { client, owner, repo, root, git, report, links };
    if (inputs.reviewComments && pull && report.scope.kind === 'range') problems.push(...(await review(target, pull)));
    if (inputs.checkRun && headSha) {
      const detailsUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
      problems.push(...(await checkRun(target, { headSha, failing, text: summaryText(), detailsUrl })));
    }
  }
  for (const problem of problems) core.notice(problem);

  if (inputs.summary) {
    try {
      await core.summary.addRaw(summaryText(), true).write();
    } catch (error) {
      core.info(`no job summary written: ${describeError(error)}`);
    }
  }
  if (failure) core.setFailed(failure);
}

/** `command: repos`: an organization audit's list stage; outputs the matrix, scans nothing. */
async function list(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const listed = await listStep(inputs.list, { token: inputs.githubToken, apiUrl: env.GITHUB_API_URL, log: (line) => core.info(line) });
  core.info(listed.description);
  core.setOutput('matrix', JSON.stringify(listed.matrix));
  core.setOutput('repositories', listed.repositories);
  if (inputs.summary) {
    try {
      await core.summary.addRaw(`anthropic-key-scan: ${listed.description}\n`, true).write();
    } catch (error) {
      core.info(`no job summary written: ${describeError(error)}`);
    }
  }
}

async function scan(scope: Scope, inputs: ActionInputs, env: NodeJS.ProcessEnv, workspace: string, git: GitSetup): Promise<JsonReport> {
  const plan: Plan = {
    scope,
    ...(inputs.repository ? { repository: inputs.repository } : {}),
    verify: inputs.verify,
    revoke: inputs.revoke,
    dryRun: inputs.dryRun,
    revokeStatus: 'inactive',
    failOn: inputs.failOn,
    maxFileSize: inputs.maxFileSize,
    archiveLimits: inputs.archiveLimits,
    maxVerify: inputs.maxVerify,
    ...(inputs.config ? { configPath: resolve(workspace, inputs.config) } : {}),
    ...(inputs.baseline ? { baselinePath: resolve(workspace, inputs.baseline) } : {}),
    quiet: true,
  };
  const hooks: ScanHooks = {
    git,
    // Masked before anything else can print it: every later log line, annotation and summary is filtered.
    onSecret: (secret) => core.setSecret(secret.reveal()),
  };
  if (inputs.adminKey) hooks.adminKey = new Secret(inputs.adminKey);
  if (env.ANTHROPIC_BASE_URL) hooks.anthropicBaseURL = env.ANTHROPIC_BASE_URL;
  return toJsonReport(await runScan(plan, hooks));
}

/** The report of a run that had nothing to scan (a deleted branch, a new branch with no commits of its own). */
function emptyReport(root: string, why: string): JsonReport {
  return toJsonReport({
    plan: {
      scope: { kind: 'files', root }, verify: false, revoke: false, dryRun: false, revokeStatus: 'inactive',
      failOn: 'never', maxFileSize: 0, quiet: true,
    },
    findings: [], suppressed: [], notes: [{ reason: 'nothing-to-scan', message: why }], stats: {}, errors: [],
  });
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

const posixRelative = (from: string, to: string): string => {
  const rel = relative(from, to);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? '' : rel.split(sep).join('/');
};

/** How report paths map to repository and workspace paths (see where.ts). */
async function placementOf(workspace: string, root: string, kind: string, git: GitSetup): Promise<Placement> {
  const shown = await topLevel({ root, ...git });
  const top = shown === undefined ? undefined : realPath(shown);
  if (!top) return kind === 'files' ? { repoPrefix: posixRelative(workspace, root), workspacePrefix: '' } : AT_ROOT;
  return { repoPrefix: kind === 'files' ? posixRelative(top, root) : '', workspacePrefix: posixRelative(workspace, top) };
}

async function diffOf(root: string, git: GitSetup, pull: PullRequestInfo, problems: string[]): Promise<DiffLines> {
  try {
    return await pullDiffLines({ root, ...git }, pull.baseSha, pull.headSha);
  } catch (error) {
    problems.push(`could not read the pull request's diff (${describeError(error)}): findings are listed in the summary comment only`);
    return new Map();
  }
}

interface GitHubTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
  root: string;
  git: GitSetup;
  report: JsonReport;
  links: LinkContext;
}

/** The pull request's review and summary comment; returns what could not be done, one line each. */
async function review(target: GitHubTarget, pull: PullRequestInfo): Promise<string[]> {
  const problems: string[] = [];
  const diff = await diffOf(target.root, target.git, pull, problems);
  const outcome = await publishReview(target.client, { owner: target.owner, repo: target.repo, number: pull.number, headSha: pull.headSha }, target.report, diff, target.links);
  core.info(`review: ${outcome.posted} inline comment(s) posted, ${outcome.alreadyPosted} already there; summary comment ${outcome.summaryComment}`);
  return [...problems, ...outcome.problems];
}

async function checkRun(target: GitHubTarget, run: { headSha: string; failing: boolean; text: string; detailsUrl?: string }): Promise<string[]> {
  const outcome = await publishCheckRun(target.client, target.report, target.links.placement, {
    owner: target.owner, repo: target.repo, headSha: run.headSha, failing: run.failing, text: run.text,
    ...(run.detailsUrl ? { detailsUrl: run.detailsUrl } : {}),
  });
  if (outcome.id) core.info(`check run: ${outcome.annotations} annotation(s)${outcome.url ? ` at ${outcome.url}` : ''}`);
  return outcome.problems;
}

function writeOutputFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function setOutputs(report: JsonReport, reportFile: string, sarifFile: string): void {
  const count = (status: string) => report.findings.filter((f) => f.status === status).length;
  core.setOutput('findings', report.findings.length);
  core.setOutput('live', count('live'));
  core.setOutput('unknown', count('unknown'));
  core.setOutput('unchecked', count('unchecked'));
  core.setOutput('invalid', count('invalid'));
  core.setOutput('revoked', report.findings.filter((f) => f.revocation?.outcome === 'deactivated').length);
  core.setOutput('report-file', reportFile);
  core.setOutput('sarif-file', sarifFile);
}

function failureMessage(report: JsonReport, inputs: ActionInputs): string {
  const first = report.findings[0];
  const where = first?.locations[0];
  const at = where ? ` (first: ${first.redacted} at ${where.path ?? `commit ${short(where.commit)}`}${where.path ? `:${where.line}` : ''})` : '';
  return `anthropic-key-scan: ${countsLine(report.findings)}${at}; fail-on: ${inputs.failOn}. See the job summary and the report file.`;
}

function describeScanned(why: string, report: JsonReport): string {
  const { scope, stats } = report;
  const n = (name: string) => (typeof stats[name] === 'number' ? (stats[name] as number) : undefined);
  switch (scope.kind) {
    case 'range': {
      const commits = n('commitsScanned');
      const range = typeof scope.base === 'string' && typeof scope.head === 'string' ? ` ${short(scope.base)}..${short(scope.head)}` : '';
      return `${why}: ${commits ?? 'the'} commit${commits === 1 ? '' : 's'}${range}`;
    }
    case 'history': {
      const commits = n('commitsScanned');
      return `${why}: the whole history${commits !== undefined ? ` (${commits} commits)` : ''}`;
    }
    default: {
      const files = n('filesScanned');
      return report.notes?.some((note) => note.reason === 'nothing-to-scan') ? why : `${why}: ${files ?? 'the'} file${files === 1 ? '' : 's'}`;
    }
  }
}
