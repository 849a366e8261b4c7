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
import { publishCheckRun } from '../report/github/check-run.js';
import { createClient, type GitHubClient } from '../report/github/octokit.js';
import { publishReview } from '../report/github/review.js';
import { renderSummary, type LinkContext } from '../report/github/summary.js';
import { renderReport } from '../report/format.js';
import type { PullRequestInfo } from './event.js';
import type { ActionInputs } from './inputs.js';
import type { ReportFacts } from './report-facts.js';
import { reportPath, writeReportFile, type ReportDirs } from './report-files.js';
import type { RunnerLog } from './runner-log.js';

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
  /** The workflow run's page. */
  runUrl?: string;
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
}

interface Output {
  name: string;
  run(input: PublishInput, earlier: readonly Outcome[], client: () => GitHubClient | undefined): Promise<Omit<Outcome, 'output'>>;
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

function summaryText(input: PublishInput, earlier: readonly Outcome[]): string {
  const file = (name: string) => earlier.find((o) => o.output === name)?.path;
  const reportFile = file('report-file');
  const sarifFile = file('sarif-file');
  // Scrubbed whole: it goes to the job summary and to the check run's page.
  return scrub(renderSummary(input.report, {
    ...input.links,
    scanned: input.scanned,
    ...(reportFile ? { reportFile } : {}),
    ...(sarifFile ? { sarifFile } : {}),
    notices: [...input.notices, ...input.facts.problems, ...problemsOf(earlier)],
    ...(input.failure ? { failure: input.failure } : {}),
  }));
}

export const OUTPUTS: readonly Output[] = [
  fileOutput('report-file', (i) => i.reportFile, ({ report }) => renderReport(report, 'json')),
  fileOutput('sarif-file', (i) => i.sarifFile, ({ report, facts }) =>
    renderReport(report, 'sarif', facts.placement.repoPrefix ? { pathPrefix: facts.placement.repoPrefix } : {})),
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
    name: 'log',
    async run({ report, log }) {
      log.info(renderReport(report, 'text', { color: false, maxLocations: 10 }));
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
    async run({ inputs, pull, report, facts, links, target }, _earlier, client) {
      if (!inputs.reviewComments) return skipped('review-comments: false');
      const github = client();
      if (!pull || report.scope.kind !== 'range' || !github || !target) return skipped('not a pull request scan');
      const outcome = await publishReview(github, { ...target, number: pull.number, headSha: pull.headSha }, report, facts.diff ?? new Map(), links);
      return {
        state: 'done',
        detail: `${outcome.posted} inline comment(s) posted, ${outcome.alreadyPosted} already there; summary comment ${outcome.summaryComment}`,
        problems: outcome.problems,
      };
    },
  },
  {
    name: 'check-run',
    async run(input, earlier, client) {
      const { inputs, facts, report, target, failure, runUrl } = input;
      if (!inputs.checkRun) return skipped('check-run: false');
      const github = client();
      if (!github || !target || !facts.headSha) return skipped('no token, repository or commit');
      const outcome = await publishCheckRun(github, report, facts.placement, {
        ...target, headSha: facts.headSha, failing: failure !== undefined, text: summaryText(input, earlier), ...(runUrl ? { detailsUrl: runUrl } : {}),
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

/** Run every output; none stops another. Problems are told as notices, failures as warnings. */
export async function publish(input: PublishInput, outputs: readonly Output[] = OUTPUTS): Promise<Outcome[]> {
  let github: GitHubClient | undefined | null = null;
  const client = (): GitHubClient | undefined => {
    if (github === null) {
      github = input.inputs.githubToken && input.target
        ? createClient({ token: input.inputs.githubToken, ...(input.apiUrl ? { baseUrl: input.apiUrl } : {}), log: (message) => input.log.info(message) })
        : undefined;
    }
    return github;
  };
  const outcomes: Outcome[] = [];
  for (const output of outputs) {
    let outcome: Outcome;
    try {
      outcome = { output: output.name, ...(await output.run(input, outcomes, client)) };
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
