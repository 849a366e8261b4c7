/**
 * A check run on the commit that was scanned (the pull request's head, not the test merge commit) carrying
 * every annotation: workflow commands show 10 per level, a check run all of them. The Checks API takes 50
 * annotations per request, so the run is created with the first 50 and PATCHed with the rest, then completed.
 * Needs `checks: write`; a 403 is reported as that missing permission.
 */
import type { JsonReport } from '../../core/report.js';
import type { GitHubClient } from '../../github/client.js';
import { describeRequestError, isPermissionDenied } from '../../github/client.js';
import { countsLine, type SummaryLimits } from './summary.js';
import { characters } from './markdown.js';
import { adviceFor, nextStep } from '../../core/next-step.js';
import { describeFinding, describeWhere, displayLine, repoPath, severity, type Placement } from './where.js';

export const CHECK_NAME = 'Anthropic key scan';
export const ANNOTATIONS_PER_REQUEST = 50;
/** Past this many (20 requests), the rest are counted in the run's summary: the report files have them all. */
export const MAX_ANNOTATIONS = 1000;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

/** One annotation per file location; commit and tag messages have no file and are told in the run's text. */
export function checkAnnotations(report: JsonReport, placement: Placement): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  const advice = adviceFor(report, 'action');
  for (const finding of report.findings) {
    for (const location of finding.locations) {
      const path = repoPath(location, placement);
      if (path === undefined) continue;
      const line = displayLine(location);
      out.push({
        path,
        start_line: line,
        end_line: line,
        annotation_level: severity(finding.status) === 'error' ? 'failure' : 'warning',
        title: `${finding.rule}: ${finding.status}`,
        message: `${describeFinding(finding)}: ${nextStep(finding, advice)}. At ${describeWhere(location, placement)}.`,
      });
    }
  }
  return out;
}

export interface CheckRunOutcome {
  id?: number;
  url?: string;
  annotations: number;
  problems: string[];
  denied: boolean;
}

export interface CheckRunInput {
  owner: string;
  repo: string;
  headSha: string;
  /** The step fails (conclusion failure), passes with findings (neutral), or found nothing (success). */
  failing: boolean;
  /** Markdown for the run's page (the job summary's text fits; GitHub takes 65535 characters). */
  text?: string;
  /** The workflow run's page. */
  detailsUrl?: string;
}

const MAX_TEXT = 65_000;
/** The job summary rendered for the run's page: in characters, under MAX_TEXT, so it is never cut mid-row. */
export const CHECK_RUN_TEXT_LIMITS: SummaryLimits = { budget: 60_000, measure: characters, maxRows: 400 };

export async function publishCheckRun(client: GitHubClient, report: JsonReport, placement: Placement, input: CheckRunInput): Promise<CheckRunOutcome> {
  const outcome: CheckRunOutcome = { annotations: 0, problems: [], denied: false };
  const all = checkAnnotations(report, placement);
  const annotations = all.slice(0, MAX_ANNOTATIONS);
  const title = report.findings.length === 0 ? 'No Anthropic credentials found' : countsLine(report.findings);
  const summary = report.findings.length === 0
    ? 'anthropic-key-scan found no Anthropic credentials.'
    : all.length > annotations.length
      ? `anthropic-key-scan: ${countsLine(report.findings)}. The first ${annotations.length} of ${all.length} locations are annotated below; the JSON and SARIF reports have them all.`
      : `anthropic-key-scan: ${countsLine(report.findings)}. Every location is annotated below; the job summary and the report files have the details.`;
  const text = input.text && input.text.length > MAX_TEXT ? `${input.text.slice(0, MAX_TEXT)}\n\n…(cut: see the job summary)` : input.text;
  const output = (batch: CheckAnnotation[]) => ({ title, summary, ...(text ? { text } : {}), annotations: batch });
  const conclusion = report.findings.length === 0 ? 'success' : input.failing ? 'failure' : 'neutral';
  try {
    const batches: CheckAnnotation[][] = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const [first = [], ...later] = batches;
    const created = await client.rest.checks.create({
      owner: input.owner, repo: input.repo, name: CHECK_NAME, head_sha: input.headSha,
      ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
      ...(later.length === 0
        ? { status: 'completed' as const, conclusion, completed_at: new Date().toISOString() }
        : { status: 'in_progress' as const }),
      output: output(first),
    });
    outcome.id = created.data.id;
    outcome.url = created.data.html_url ?? undefined;
    outcome.annotations = first.length;
    for (const [i, batch] of later.entries()) {
      const last = i === later.length - 1;
      await client.rest.checks.update({
        owner: input.owner, repo: input.repo, check_run_id: created.data.id,
        ...(last ? { status: 'completed' as const, conclusion, completed_at: new Date().toISOString() } : {}),
        output: output(batch),
      });
      outcome.annotations += batch.length;
    }
  } catch (error) {
    if (isPermissionDenied(error)) {
      outcome.denied = true;
      outcome.problems.push('could not create a check run: the token lacks `checks: write` (read-only for pull requests from forks)');
    } else outcome.problems.push(`could not complete the check run: ${describeRequestError(error)}`);
  }
  return outcome;
}
