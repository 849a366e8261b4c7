/**
 * The CLI entry: argv -> the command it names -> an exit code. Thin by design: parsing is cli/args.ts, each
 * command is a module of cli/, and every failure becomes one scrubbed line on stderr and exit 2.
 */
import { parseCommand, type Subcommand } from './cli/args.js';
import { helpCommand } from './cli/help.js';
import type { CliCommand, CliIO } from './cli/io.js';
import { scanCommand } from './cli/scan.js';
import { versionCommand } from './cli/version.js';
import { describeError, UserError } from './core/errors.js';
import { guardStreams } from './core/output-guard.js';
import { scrub } from './core/scrub.js';
import { TOOL_NAME } from './core/version.js';
import { clean } from './report/text.js';

export type { CliIO } from './cli/io.js';

export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  // No report or error line reaches the terminal with a control character, nor the runner as a workflow command.
  const io = guardStreams(rawIO);
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        return await helpCommand([], io);
      case 'version':
        return await versionCommand([], io);
      case 'subcommand':
        return await (await loadCommand(command.name))(command.argv, rawIO.env.GITHUB_ACTIONS === 'true' ? { ...io, command: (line) => rawIO.stdout(line) } : io);
      case 'scan':
        return await scanCommand(command, io);
    }
  } catch (error) {
    // Arguments are echoed in errors (a path, a ref): one pasted by mistake may be a key, and one with a newline
    // is shown escaped on the one line rather than cut at it. Any other error's first line may quote an API's
    // answer or a file name: its control characters are shown escaped too (and the stream guard drops any left).
    const reason = clean(error instanceof UserError ? error.message : describeError(error));
    io.stderr(`${TOOL_NAME}: error: ${scrub(reason)}\n`);
    return 2;
  }
}

// The audit commands load on demand: they bring Octokit, which a plain scan (a pre-commit hook) need not load,
// nor compile: ncc makes each a chunk, which the build packs back into the one-file bundle as a string that is
// unpacked and compiled only when called (scripts/inline-chunks.mjs).
async function loadCommand(name: Subcommand): Promise<CliCommand> {
  switch (name) {
    case 'help':
      return helpCommand;
    case 'version':
      return versionCommand;
    case 'repos':
      return (await import('./cli/repos.js')).reposCommand;
    case 'merge':
      return (await import('./cli/merge.js')).mergeCommand;
    case 'batch':
      return (await import('./cli/batch.js')).batchCommand;
    case 'surfaces':
      return (await import('./cli/surfaces.js')).surfacesCommand;
  }
}
