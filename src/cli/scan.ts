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
import { toJsonReport } from '../report/json.js';
import { clean } from '../report/text.js';
import { runScan, type ScanContext } from '../scan.js';
import type { ScanCommand } from './args.js';
import type { CliIO } from './io.js';
import { progressLine } from './progress.js';

export async function scanCommand(command: ScanCommand, io: CliIO): Promise<number> {
  const { plan } = command;
  const hooks: ScanContext = {};
  if (plan.revoke) {
    const adminKey = io.env.ANTHROPIC_ADMIN_KEY?.trim();
    if (!adminKey) throw new UserError('--revoke needs an Admin API key in ANTHROPIC_ADMIN_KEY');
    hooks.adminKey = new Secret(adminKey);
  }
  if (io.env.ANTHROPIC_BASE_URL) hooks.anthropicBaseURL = io.env.ANTHROPIC_BASE_URL;
  if (io.stdin) hooks.stdin = io.stdin;

  if (command.output) await checkWritable(command.output, '--output');
  if (command.writeBaseline) await checkWritable(command.writeBaseline, '--write-baseline');

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
  const rendered = renderReport(report, command.format, { color });
  if (command.output) await writeReport(command.output, rendered, '--output');
  else io.stdout(rendered);
  if (command.writeBaseline) {
    await writeReport(command.writeBaseline, renderReport(report, 'json', { color: false }), '--write-baseline');
    const keys = new Set([...report.findings, ...report.suppressed].map((f) => f.secretSha256)).size;
    const file = clean(scrub(command.writeBaseline));
    if (!plan.quiet) io.stderr(`${TOOL_NAME}: baseline of ${keys} key(s) written to ${file}; later scans given --baseline ${file} leave them out\n`);
  }

  for (const error of report.errors ?? []) io.stderr(`${TOOL_NAME}: error: ${error}\n`);
  if (command.output && !plan.quiet) {
    io.stderr(`${TOOL_NAME}: ${report.findings.length} finding(s); report written to ${scrub(command.output)}\n`);
  }

  // What a baseline run found is now the baseline: nothing is left to report, unless the scan itself failed.
  const code = command.writeBaseline ? 0 : exitCodeFor(result.findings, command.failOn);
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
