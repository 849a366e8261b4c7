/**
 * The CLI entry: argv -> Plan -> runScan -> report on stdout or a file -> exit code.
 * Thin by design; every decision lives in a module a test can call.
 */
import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCommand, USAGE, type ScanCommand, type Subcommand } from './cli/args.js';
import { progressLine } from './cli/progress.js';
import { describeError, UserError } from './core/errors.js';
import { Secret } from './core/secret.js';
import { TOOL_NAME, TOOL_VERSION } from './core/version.js';
import { exitCodeFor } from './findings/policy.js';
import { renderReport } from './report/format.js';
import { clean } from './report/text.js';
import { scrub } from './core/scrub.js';
import { guardStreams } from './core/output-guard.js';
import { toJsonReport } from './report/json.js';
import { runScan, type ScanHooks } from './scan.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** The terminal streams, when they are terminals: progress and colour depend on them. */
  stderrTTY?: NodeJS.WriteStream;
  stdoutIsTTY?: boolean;
}

export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  const io = guardStreams(rawIO); // in GitHub Actions, no report or error line can be read as a workflow command
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.stdout(USAGE);
        return 0;
      case 'version':
        io.stdout(`${TOOL_NAME} ${TOOL_VERSION}\n`);
        return 0;
      case 'subcommand':
        return await runSubcommand(command.name, command.argv, rawIO); // they print their own workflow commands (masks)
      case 'scan':
        return await scanCommand(command, io);
    }
  } catch (error) {
    // Arguments are echoed in errors (a path, a ref): one pasted by mistake may be a key, and one with a newline
    // is shown escaped on the one line rather than cut at it.
    const reason = error instanceof UserError ? clean(error.message) : describeError(error);
    io.stderr(`${TOOL_NAME}: error: ${scrub(reason)}\n`);
    return 2;
  }
}

async function scanCommand(command: ScanCommand, io: CliIO): Promise<number> {
  const { plan } = command;
  const hooks: ScanHooks = {};
  if (plan.revoke) {
    const adminKey = io.env.ANTHROPIC_ADMIN_KEY?.trim();
    if (!adminKey) throw new UserError('--revoke needs an Admin API key in ANTHROPIC_ADMIN_KEY');
    hooks.adminKey = new Secret(adminKey);
  }
  if (io.env.ANTHROPIC_BASE_URL) hooks.anthropicBaseURL = io.env.ANTHROPIC_BASE_URL;

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
  if (command.writeBaseline) await writeReport(command.writeBaseline, renderReport(report, 'json', { color: false }), '--write-baseline');

  for (const error of report.errors ?? []) io.stderr(`${TOOL_NAME}: error: ${error}\n`);
  if (command.output && !plan.quiet) {
    io.stderr(`${TOOL_NAME}: ${report.findings.length} finding(s); report written to ${scrub(command.output)}\n`);
  }

  const code = exitCodeFor(result.findings, command.failOn);
  return code === 0 && result.errors.length > 0 ? 2 : code;
}

/** Checked before the scan, not after it: a long scan's findings are not lost to a mistyped directory. */
async function checkWritable(file: string, flag: string): Promise<void> {
  const target = await stat(file).catch(() => undefined);
  if (target?.isDirectory()) throw new UserError(`${flag}: ${file} is a directory`);
  const dir = path.dirname(file);
  const parent = await stat(dir).catch(() => undefined);
  if (!parent?.isDirectory()) throw new UserError(`${flag}: ${parent ? 'not a directory' : 'no such directory'}: ${dir}`);
  await access(target ? file : dir, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`${flag}: cannot write ${file} (${error.code ?? describeError(error)})`);
  });
}

async function writeReport(file: string, text: string, flag: string): Promise<void> {
  await writeFile(file, text).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`${flag}: cannot write ${file} (${error.code ?? describeError(error)})`);
  });
}

function progressLabel(kind: string): string {
  return kind === 'history' ? 'objects' : kind === 'range' ? 'commits' : 'files';
}

// Loaded on demand: the audit commands bring Octokit, which a plain scan (a pre-commit hook) need not load.
async function runSubcommand(name: Subcommand, argv: string[], io: CliIO): Promise<number> {
  const audit = { stdout: io.stdout, stderr: io.stderr, env: io.env };
  switch (name) {
    case 'repos':
      return (await import('./audit/repos-command.js')).reposCommand(argv, audit);
    case 'merge':
      return (await import('./audit/merge-command.js')).mergeCommand(argv, audit);
    case 'batch':
      return (await import('./audit/batch-command.js')).batchCommand(argv, audit);
  }
}
