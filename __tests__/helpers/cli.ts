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

/** `stdin`, when given, is what the CLI reads as standard input (`-` as PATH), in chunks as a pipe gives them. */
export function runCli(argv: string[], env: NodeJS.ProcessEnv = {}, stdin?: string | Buffer): Promise<CliRun> {
  const base = { PATH: process.env.PATH, HOME: process.env.HOME, ...env };
  if (stdin === undefined) return runCommand(main, argv, base);
  const data = Buffer.from(stdin);
  return runCommand((args, io) => main(args, { ...io, stdin: () => chunks(data, 4096) }), argv, base);
}

async function* chunks(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}
