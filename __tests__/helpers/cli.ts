/**
 * The CLI in process, for tests: argv in; exit code, stdout and stderr out. The environment is PATH and HOME
 * plus what the test passes, so nothing of the developer's own (ANTHROPIC_API_KEY, …) leaks in.
 */
import { main } from '../../src/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A command's io (stdout, stderr, env) that collects what it prints. */
export function capturedIO(env: NodeJS.ProcessEnv) {
  const run = { stdout: '', stderr: '' };
  const io = { stdout: (text: string) => void (run.stdout += text), stderr: (text: string) => void (run.stderr += text), env };
  return { io, run };
}

/** Any command of the CLI's shape (main, or an audit subcommand) run in process. */
export async function runCommand(
  command: (argv: string[], io: ReturnType<typeof capturedIO>['io']) => Promise<number>,
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  const { io, run } = capturedIO(env);
  const code = await command(argv, io);
  return { code, ...run };
}

export function runCli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCommand(main, argv, { PATH: process.env.PATH, HOME: process.env.HOME, ...env });
}
