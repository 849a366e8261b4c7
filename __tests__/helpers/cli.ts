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

export async function runCli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  return { code, stdout, stderr };
}
