/** The archive limits: one table feeds the CLI flags, the action inputs and action.yml's defaults. */
import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../../src/action/inputs.js';
import { parseCommand } from '../../../src/cli/args.js';
import { USAGE } from '../../../src/cli/usage.js';
import { ARCHIVE_LIMIT_SPECS, DEFAULT_ARCHIVE_LIMITS, readArchiveLimits } from '../../../src/core/archive-limits.js';
import { actionYaml, inputEnv } from '../../action/run-action.js';

const planOf = (argv: string[]) => {
  const command = parseCommand(argv);
  if (command.kind !== 'scan') throw new Error('not a scan');
  return command.plan;
};

describe('archive limits', () => {
  it('CLI flags set them in the Plan; none given leaves the Plan as it was', () => {
    expect(planOf(['--max-archive-size', '1MB', '--max-archive-total', '2GiB', '--max-archive-ratio', '50', '--max-archive-members', '10', '--max-archive-depth', '0', '.']).archiveLimits).toEqual({
      maxBytes: 1024 * 1024,
      maxTotalBytes: 2 * 1024 ** 3,
      maxRatio: 50,
      maxMembers: 10,
      maxDepth: 0,
    });
    expect(planOf(['.']).archiveLimits).toBeUndefined();
    for (const spec of ARCHIVE_LIMIT_SPECS) expect(USAGE).toContain(`--${spec.name}`);
  });

  it('refuses bad values in one line naming the flag or input', () => {
    expect(() => planOf(['--max-archive-ratio', 'lots'])).toThrow('--max-archive-ratio must be a positive whole number, not "lots"');
    expect(() => planOf(['--max-archive-members', '0'])).toThrow('--max-archive-members must be a positive whole number, not "0"');
    expect(() => planOf(['--max-archive-depth=-1'])).toThrow('--max-archive-depth must be a whole number, not "-1"');
    expect(() => planOf(['--max-archive-size', 'big'])).toThrow(/^--max-archive-size must be a size/);
    const env = inputEnv({ 'max-archive-depth': 'deep' });
    expect(() => readInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '')).toThrow('input max-archive-depth must be a whole number, not "deep"');
  });

  it('action.yml declares every limit with the code\'s default, and the action reads it', () => {
    const yml = actionYaml();
    const defaults = readArchiveLimits((name) => yml.inputs[name]?.default as string | undefined, (name) => name);
    expect(defaults).toEqual(DEFAULT_ARCHIVE_LIMITS);
    const env = inputEnv({ 'max-archive-members': '7' });
    const inputs = readInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '');
    expect(inputs.archiveLimits).toEqual({ ...DEFAULT_ARCHIVE_LIMITS, maxMembers: 7 });
  });
});
