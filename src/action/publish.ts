/**
 * Everything the Action hands back, as a list of independent outputs: each runs whatever happened to the
 * ones before it and returns its own outcome, so a report file that cannot be written (a link planted in its
 * place, a full disk) or a refused review (a fork's read-only token) never stops the annotations, the check
 * run, the job summary or the other files. Adding an output is one entry in OUTPUTS.
 *
 * Files and step outputs come first (later steps, upload-sarif and artifacts, depend on them); the check run
 * and the job summary come last, so they can name what the others could not do.
 */
import * as core from '@actions/core';
import { describeError } from '../core/errors.js';
import type { JsonReport } from '../core/report.js';
import { scrub } from '../core/scrub.js';
import { emitAnnotations, planAnnotations } from '../report/github/annotations.js';
import { uploadReports, wantsArtifact } from '../report/github/artifact.js';
import { keepsAuditIssue, publishAuditIssue } from '../report/github/audit-issue.js';
import { CHECK_RUN_TEXT_LIMITS, publishCheckRun } from '../report/github/check-run.js';
import { tokenIdentity, type TokenIdentity } from '../report/github/identity.js';
import { createClient, type ClientOptions, type GitHubClient } from '../github/client.js';
import { publishReview } from '../report/github/review.js';
import { treeOnly } from '../report/github/where.js';
import { renderSummary, type LinkContext, type SummaryLimits } from '../report/github/summary.js';
import { provenDead, resolveAlerts } from '../report/github/secret-scanning.js';
import { renderReport } from '../report/format.js';
import { notify } from '../report/notify.js';
import type { PullRequestInfo } from './event.js';
import type { ActionInputs } from './inputs.js';
import type { ReportFacts } from './report-facts.js';
import { reportPath, writeReportFile, type ReportDirs } from './report-files.js';
import type { RunnerLog } from './runner-log.js';
import { partialBecause } from './whole-audit.js';

export interface PublishInput {
  report: JsonReport;
  inputs: ActionInputs;
  log: RunnerLog;
  facts: ReportFacts;
  links: LinkContext;
  dirs: ReportDirs;
  pull?: PullRequestInfo;
  /** GITHUB_EVENT_NAME: which outputs apply (audit outputs on schedule and workflow_dispatch). */
  eventName: string;
  /** OWNER/NAME of the workflow's repository (where reviews and check runs go). */
  target?: { owner: string; repo: string };
  apiUrl?: string;
  /**
   * Per-request timeout and the GitHub phase's deadline (epoch ms): past it the outputs that talk to GitHub are
   * given up, so the summary, the files and the step's failure never wait on a hang.
   */
  clientLimits?: Pick<ClientOptions, 'timeoutMs' | 'deadline'>;
  /** The workflow run's page. */
  runUrl?: string;
  /** GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID: where the reports' artifact is shown. */
  run?: { serverUrl: string; repository?: string; runId?: string };
  /** One line: what was scanned. */
  scanned: string;
  /** Notices from preparing the scan (what was fetched, fallbacks). */
  notices: readonly string[];
  /** Why the step fails, when it does. */
  failure?: string;
  /** Writes the job summary (core.summary in the Action). */
  writeSummary?(markdown: string): Promise<void>;
}

export interface Outcome {
  output: string;
  /** done: written or posted; skipped: not asked for or not applicable; failed: could not be done. */
  state: 'done' | 'skipped' | 'failed';
  /** One line: what was done, or why not. */
  detail?: string;
  /** What went wrong without stopping it (a refused permission), one line each. */
  problems?: string[];
  /** Set for a file that was written. */
  path?: string;
  /** The reports' artifact, when uploaded. */
  artifact?: { name: string; url?: string };
  /** The audit issue, when one was opened, updated or closed. */
  issue?: { number: number; url?: string; action: string };
}

/** What the GitHub outputs share, made on first use: the client, and who the token is (only its comments and issues are ours). */
interface GitHubAccess {
  client(): GitHubClient | undefined;
  identity(): Promise<TokenIdentity | undefined>;
}

interface Output {
  name: string;
  /** Talks to GitHub (or the artifact service): given up at the GitHub phase's deadline. */
  network?: boolean;
  run(input: PublishInput, earlier: readonly Outcome[], github: GitHubAccess): Promise<Omit<Outcome, 'output'>>;
}

const skipped = (detail: string): Omit<Outcome, 'output'> => ({ state: 'skipped', detail });

function fileOutput(name: string, pick: (inputs: ActionInputs) => string, render: (input: PublishInput) => string): Output {
  return {
    name,
    async run(input) {
      const path = reportPath(pick(input.inputs), input.dirs);
      writeReportFile(path, render(input), input.dirs);
      return { state: 'done', path, detail: `written to ${path}` };
    },
  };
}

/** The problems the outputs before this one ran into, for the check run's text and the job summary. */
function problemsOf(earlier: readonly Outcome[]): string[] {
  return earlier.flatMap((o) => [...(o.state === 'failed' ? [`${o.output}: ${o.detail ?? 'failed'}`] : []), ...(o.problems ?? [])]);
}

function summaryText(input: PublishInput, earlier: readonly Outcome[], limits?: SummaryLimits): string {
  const file = (name: string) => earlier.find((o) => o.output === name)?.path;
  const reportFile = file('report-file');
  const sarifFile = file('sarif-file');
  const artifact = earlier.find((o) => o.output === 'artifact' && o.state === 'done');
  const issue = earlier.find((o) => o.output === 'audit-issue' && o.state === 'done')?.issue;
  // Scrubbed whole: it goes to the job summary and to the check run's page.
  return scrub(renderSummary(input.report, {
    ...input.links,
    scanned: input.scanned,
    ...(reportFile ? { reportFile } : {}),
    ...(sarifFile ? { sarifFile } : {}),
    notices: [...input.notices, ...input.facts.problems, ...problemsOf(earlier)],
    ...(input.failure ? { failure: input.failure } : {}),
    ...(artifact?.artifact ? { artifact: artifact.artifact } : {}),
    ...(issue ? { auditIssue: issue } : {}),
  }, limits));
}

export const OUTPUTS: readonly Output[] = [
  // First: what it resolves is recorded on the findings the report files then hold.
  {
    name: 'secret-scanning',
    network: true,
    async run({ inputs, report, target, apiUrl, runUrl, log, clientLimits }) {
      const token = inputs.reach.secretScanningToken;
      if (!token) return skipped('no secret-scanning-token');
      if (!target) return skipped('no repository');
      if (!report.findings.some(provenDead)) return skipped('no key proven dead: no alert to resolve');
      const github = createClient({ token, ...(apiUrl ? { baseUrl: apiUrl } : {}), ...clientLimits, log: (message) => log.info(message) });
      const outcome = await resolveAlerts(github, target, report, runUrl ? { runUrl } : {});
      return { state: 'done', detail: `${outcome.resolved} alert(s) resolved as revoked`, problems: outcome.problems };
    },
  },
  fileOutput('report-file', (i) => i.reportFile, ({ report }) => renderReport(report, 'json')),
  fileOutput('sarif-file', (i) => i.sarifFile, ({ report, facts }) =>
    renderReport(report, 'sarif', { surface: 'action', ...(facts.placement.repoPrefix ? { pathPrefix: facts.placement.repoPrefix } : {}) })),
  {
    name: 'outputs',
    async run({ report }, earlier) {
      const count = (status: string) => report.findings.filter((f) => f.status === status).length;
      core.setOutput('findings', report.findings.length);
      core.setOutput('live', count('live'));
      core.setOutput('unknown', count('unknown'));
      core.setOutput('unchecked', count('unchecked'));
      core.setOutput('invalid', count('invalid'));
      core.setOutput('revoked', report.findings.filter((f) => f.revocation?.outcome === 'deactivated').length);
      // A file that could not be written is not named: a later step must not read a stale one.
      core.setOutput('report-file', earlier.find((o) => o.output === 'report-file')?.path ?? '');
      core.setOutput('sarif-file', earlier.find((o) => o.output === 'sarif-file')?.path ?? '');
      return { state: 'done' };
    },
  },
  {
    name: 'artifact',
    network: true,
    async run({ inputs, eventName, run }, earlier) {
      if (!wantsArtifact(inputs.reach.uploadArtifact, eventName)) return skipped(`upload-artifact: ${inputs.reach.uploadArtifact}`);
      const files = earlier.flatMap((o) => (o.path && (o.output === 'report-file' || o.output === 'sarif-file') ? [o.path] : []));
      if (files.length === 0) return skipped('no report file was written');
      const outcome = await uploadReports(files, { name: inputs.reach.artifactName, serverUrl: run?.serverUrl ?? 'https://github.com', ...(run?.repository ? { repository: run.repository } : {}), ...(run?.runId ? { runId: run.runId } : {}) });
      // Not a failure of the step: the reports are on the runner; the problem is told once, as a notice.
      if (outcome.id === undefined) return { state: 'skipped', detail: 'not uploaded', problems: outcome.problems };
      core.setOutput('artifact-id', String(outcome.id));
      core.setOutput('artifact-url', outcome.url ?? '');
      return {
        state: 'done', detail: `${outcome.files.length} file(s) as ${outcome.name}${outcome.url ? ` (${outcome.url})` : ''}`, problems: outcome.problems,
        artifact: { name: outcome.name, ...(outcome.url ? { url: outcome.url } : {}) },
      };
    },
  },
  {
    name: 'log',
    async run({ report, log }) {
      log.info(renderReport(report, 'text', { color: false, maxLocations: 10, surface: 'action' }));
      for (const error of report.errors ?? []) log.warning(error);
      // A range that edits the rules it is checked by: reviewers should see that, not only the scan.
      for (const note of report.notes ?? []) if (note.reason === 'rules-changed') log.notice(note.message);
      return { state: 'done' };
    },
  },
  {
    name: 'annotations',
    async run({ inputs, report, facts, log, failure }) {
      if (!inputs.annotations) return skipped('annotations: false');
      const elsewhere = [inputs.summary && 'the job summary', inputs.checkRun && 'the check run', 'the SARIF and JSON reports (outputs sarif-file, report-file)']
        .filter(Boolean).join(', ');
      // The failure line is an error annotation too: keep a slot for it among the 10 GitHub shows.
      const annotations = planAnnotations(report, facts.placement, { elsewhere, reservedErrors: failure ? 1 : 0 });
      emitAnnotations(annotations, log);
      return { state: 'done', detail: `${annotations.length} annotation(s)` };
    },
  },
  {
    name: 'review',
    network: true,
    async run({ inputs, pull, report, facts, links, target }, _earlier, access) {
      if (!inputs.reviewComments) return skipped('review-comments: false');
      const github = access.client();
      if (!pull || report.scope.kind !== 'range' || !github || !target) return skipped('not a pull request scan');
      const identity = await access.identity();
      const outcome = await publishReview(
        github, { ...target, number: pull.number, headSha: pull.headSha, ...(identity ? { identity } : {}), mentions: inputs.reach.mentions },
        // A key in a conversation is never quoted back into the pull request: only the tree's locations go there.
        treeOnly(report), facts.diff ?? new Map(), links,
      );
      return {
        state: 'done',
        detail: `${outcome.posted} inline comment(s) posted, ${outcome.alreadyPosted} already there; summary comment ${outcome.summaryComment}`,
        problems: outcome.problems,
      };
    },
  },
  {
    name: 'audit-issue',
    network: true,
    async run({ inputs, eventName, report, links, target, runUrl }, earlier, access) {
      if (!inputs.reach.auditIssue) return skipped('audit-issue: false');
      if (!keepsAuditIssue(eventName)) return skipped(`not an audit (event ${eventName})`);
      const github = access.client();
      if (!github || !target) return skipped('no token or repository');
      const identity = await access.identity();
      const reportsUrl = earlier.find((o) => o.output === 'artifact' && o.state === 'done')?.artifact?.url;
      const outcome = await publishAuditIssue(github, report, target, {
        ...links, mentions: inputs.reach.mentions, ...(identity ? { identity } : {}), ...(runUrl ? { runUrl } : {}),
        partial: partialBecause(report, inputs), ...(reportsUrl ? { reportsUrl } : {}),
      });
      core.setOutput('audit-issue', outcome.action === 'none' ? '' : String(outcome.number ?? ''));
      const issue = outcome.number !== undefined && outcome.action !== 'none' ? { number: outcome.number, action: outcome.action, ...(outcome.url ? { url: outcome.url } : {}) } : undefined;
      return { state: 'done', detail: `${outcome.action}${outcome.number ? ` #${outcome.number}` : ''}`, problems: outcome.problems, ...(issue ? { issue } : {}) };
    },
  },
  {
    name: 'notify',
    network: true,
    async run({ inputs, report, links, runUrl }) {
      const url = inputs.reach.notifyWebhook;
      if (!url) return skipped('no notify-webhook');
      const outcome = await notify(url, report, { format: inputs.reach.notifyFormat, ...(links.repository ? { repository: links.repository } : {}), ...(runUrl ? { runUrl } : {}) });
      // A message that could not be sent is a notice: the findings are in every other output.
      if (outcome.state === 'sent') return { state: 'done', detail: outcome.detail };
      return { state: 'skipped', detail: outcome.detail, ...(outcome.state === 'failed' ? { problems: [outcome.detail] } : {}) };
    },
  },
  {
    name: 'check-run',
    network: true,
    async run(input, earlier, access) {
      const { inputs, facts, report, target, failure, runUrl } = input;
      if (!inputs.checkRun) return skipped('check-run: false');
      const github = access.client();
      if (!github || !target || !facts.headSha) return skipped('no token, repository or commit');
      const outcome = await publishCheckRun(github, report, facts.placement, {
        ...target, headSha: facts.headSha, failing: failure !== undefined, text: summaryText(input, earlier, CHECK_RUN_TEXT_LIMITS), ...(runUrl ? { detailsUrl: runUrl } : {}),
      });
      return {
        state: outcome.id ? 'done' : 'failed',
        detail: outcome.id ? `${outcome.annotations} annotation(s)${outcome.url ? ` at ${outcome.url}` : ''}` : 'not created',
        problems: outcome.problems,
      };
    },
  },
  {
    name: 'summary',
    async run(input, earlier) {
      if (!input.inputs.summary) return skipped('summary: false');
      if (!input.writeSummary) return skipped('no job summary file');
      await input.writeSummary(summaryText(input, earlier));
      return { state: 'done' };
    },
  },
];

/**
 * `work` or, when the deadline comes first, a failure saying so. The client drops its own requests at the
 * deadline; this also bounds what does not go through it (the artifact service) and any wait between requests.
 */
async function beforeDeadline<T>(work: Promise<T>, deadline: number | undefined): Promise<T> {
  if (deadline === undefined) return work;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the GitHub phase ran out of time: given up')), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Run every output; none stops another. Problems are told as notices, failures as warnings. */
export async function publish(input: PublishInput, outputs: readonly Output[] = OUTPUTS): Promise<Outcome[]> {
  let github: GitHubClient | undefined | null = null;
  const client = (): GitHubClient | undefined => {
    if (github === null) {
      github = input.inputs.githubToken && input.target
        ? createClient({
          token: input.inputs.githubToken, ...(input.apiUrl ? { baseUrl: input.apiUrl } : {}), ...input.clientLimits, log: (message) => input.log.info(message),
        })
        : undefined;
    }
    return github;
  };
  let identity: Promise<TokenIdentity | undefined> | undefined;
  const access: GitHubAccess = {
    client,
    identity() {
      identity ??= (async () => {
        const github = client();
        if (!github) return undefined;
        const found = await tokenIdentity(github);
        if (found.source === 'assumed') input.log.info(`GitHub would not say who the token is (${found.note ?? 'no answer'}): taking ${found.login} as its author`);
        return found;
      })();
      return identity;
    },
  };
  const outcomes: Outcome[] = [];
  for (const output of outputs) {
    let outcome: Outcome;
    try {
      const run = output.run(input, outcomes, access);
      outcome = { output: output.name, ...(await (output.network ? beforeDeadline(run, input.clientLimits?.deadline) : run)) };
    } catch (error) {
      outcome = { output: output.name, state: 'failed', detail: describeError(error) };
    }
    outcomes.push(outcome);
    for (const problem of outcome.problems ?? []) input.log.notice(problem);
    if (outcome.state === 'failed') input.log.warning(`${output.name}: ${outcome.detail ?? 'failed'}`);
    else if (outcome.state === 'done' && outcome.detail && output.name !== 'annotations') input.log.info(`${output.name}: ${outcome.detail}`);
  }
  return outcomes;
}
