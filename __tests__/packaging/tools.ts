/**
 * Outside tools the packaging tests drive (pre-commit, npm). A missing tool skips its test with a clear message
 * on a developer's machine, and fails it in CI (CI=true), where .ci/run installs it.
 */
import { spawnSync } from 'node:child_process';

export function hasTool(command: string, args: string[] = ['--version']): boolean {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  return !run.error && run.status === 0;
}

/** it, or it.skip with the reason printed; in CI a missing tool is a failure, not a skip. */
export function requireTool(command: string, install: string): { available: boolean; reason?: string } {
  if (hasTool(command)) return { available: true };
  const reason = `${command} is not installed (${install}): skipping this test`;
  if (process.env.CI === 'true') throw new Error(`${command} is missing in CI; .ci/run must install it (${install})`);
  process.stderr.write(`${reason}\n`);
  return { available: false, reason };
}
