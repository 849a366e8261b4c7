/**
 * The scan command: a Plan (from args.ts) -> runScan -> the report on stdout or a file -> the exit code.
 */
import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError, UserError } from '../core/errors.js';
import { scrub } from '../core/scrub.js';
import { Secret } from '../core/secret.js';
import { TOOL_NAME } from '../core/version.js';
import { exitCodeFor } from '../findings/policy.js';
import { renderReport } from '../report/format.js';
import { notify } from '../report/notify.js';
import { hookAdvice, type HookAction } from '../report/hook-advice.js';
import { clean } from '../report/text.js';
import { toJsonReport } from '../report/json.js';
import type { JsonReport } from '../core/report.js';
import { runScan, type ScanContext } from '../scan.js';
import type { ScanCommand } from './args.js';
import type { CliIO } from './io.js';
import { preCommitPlan } from './pre-commit.js';
import { progressLine } from './progress.js';

/** `extra`: what the scan runs with besides what the command line says (the surfaces command's sources). */
export async function scanCommand(command: ScanCommand, io: CliIO, extra: Pick<ScanContext, 'surfaces'> = {}): Promise<number> {
  let { plan } = command;
  let hookAction: HookAction | undefined = plan.scope.kind === 'staged' ? 'commit' : undefined;
  if (command.preCommit) {
    const stage = preCommitPlan(io.env, plan.scope.root);
    if ('nothing' in stage) {
      io.stderr(`${TOOL_NAME}: nothing to check: ${scrub(stage.nothing)}\n`);
      return 0;
    }
    plan = { ...plan, scope: stage.scope };
    hookAction = stage.action;
  }
  const hooks: ScanContext = { ...extra };
  // The admin key revokes (--revoke) and, whenever keys are verified, reads their usage since exposure (read-only).
  const adminKey = plan.verify || plan.revoke ? io.env.ANTHROPIC_ADMIN_KEY?.trim() : undefined;
  if (plan.revoke && !adminKey) throw new UserError('--revoke needs an Admin API key in ANTHROPIC_ADMIN_KEY');
  if (adminKey) hooks.adminKey = new Secret(adminKey);
  if (io.env.ANTHROPIC_BASE_URL) hooks.anthropicBaseURL = io.env.ANTHROPIC_BASE_URL;
  if (io.stdin) hooks.stdin = io.stdin;

  if (command.output) await checkWritable(command.output, '--output');
  if (command.writeBaseline) await checkWritable(command.writeBaseline, '--write-baseline');
  if (plan.statePath !== undefined) await checkWritable(plan.statePath, '--state');

  const progress = io.stderrTTY && !plan.quiet ? progressLine(io.stderrTTY, progressLabel(plan.scope.kind)) : undefined;
  if (progress) hooks.onProgress = (done, total, bytes) => progress.update(done, total, bytes);

  let result;
  try {
    result = await runScan(plan, hooks);
  } finally {
    progress?.clear();
  }
  const report = toJsonReport(result);

  const color = command.color ?? (command.output === undefined && Boolean(io.stdoutIsTTY) && !io.env.NO_COLOR);
  // What a baseline run found is now the baseline: nothing is left to report, unless the scan itself failed.
  const code = command.writeBaseline ? 0 : exitCodeFor(result.findings, command.failOn);
  const rendered = renderReport(report, command.format, { color });
  if (command.output) await writeReport(command.output, rendered, '--output');
  else io.stdout(command.format === 'text' && code === 1 && hookAction ? `${rendered}\n${hookAdvice(report, hookAction)}` : rendered);
  if (command.writeBaseline) {
    await writeReport(command.writeBaseline, renderReport(report, 'json', { color: false }), '--write-baseline');
    const keys = new Set([...report.findings, ...report.suppressed].map((f) => f.secretSha256)).size;
    const file = clean(scrub(command.writeBaseline));
    if (!plan.quiet) io.stderr(`${TOOL_NAME}: baseline of ${keys} key(s) written to ${file}; later scans given --baseline ${file} leave them out\n`);
  }

  // An error may quote an API's answer or a git message: its control characters are shown escaped, on its line.
  for (const error of report.errors ?? []) io.stderr(`${TOOL_NAME}: error: ${clean(error)}\n`);
  await notifyIfAsked(command, report, io);
  if (command.output && !plan.quiet) {
    io.stderr(`${TOOL_NAME}: ${report.findings.length} finding(s); report written to ${scrub(command.output)}\n`);
  }

  return code === 0 && result.errors.length > 0 ? 2 : code;
}

/** Checked before the scan, not after it: a long scan's findings are not lost to a mistyped directory. */
export async function checkWritable(file: string, flag: string): Promise<void> {
  const target = await stat(file).catch(() => undefined);
  if (target?.isDirectory()) throw new UserError(`${flag}: ${file} is a directory`);
  const dir = path.dirname(file);
  const parent = await stat(dir).catch(() => undefined);
  if (!parent?.isDirectory()) throw new UserError(`${flag}: ${parent ? 'not a directory' : 'no such directory'}: ${dir}`);
  await access(target ? file : dir, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`${flag}: cannot write ${file} (${error.code ?? describeError(error)})`);
  });
}

/** A report written to `file`; a failure is a one-line error naming the flag. */
export async function writeReport(file: string, text: string, flag: string): Promise<void> {
  await writeFile(file, text).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`${flag}: cannot write ${file} (${error.code ?? describeError(error)})`);
  });
}

function progressLabel(kind: string): string {
  return kind === 'history' ? 'objects' : kind === 'range' ? 'commits' : 'files';
}

/** The run's message to the webhook (--notify-webhook, else ANTHROPIC_KEY_SCAN_WEBHOOK); a failure is a notice on stderr. */
async function notifyIfAsked(command: ScanCommand, report: JsonReport, io: CliIO): Promise<void> {
  const url = command.notifyWebhook ?? io.env.ANTHROPIC_KEY_SCAN_WEBHOOK?.trim();
  if (!url) return;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = io.env;
  const runUrl = server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
  const outcome = await notify(url, report, { format: command.notifyFormat, ...(command.plan.repository ? { repository: command.plan.repository } : {}), ...(runUrl ? { runUrl } : {}) });
  if (outcome.state === 'failed') io.stderr(`${TOOL_NAME}: notice: ${outcome.detail}\n`);
  else if (outcome.state === 'sent' && !command.plan.quiet) io.stderr(`${TOOL_NAME}: ${outcome.detail}\n`);
}
