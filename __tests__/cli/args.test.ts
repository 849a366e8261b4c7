import { describe, expect, it } from '@jest/globals';
import { parseCommand, parseRange } from '../../src/cli/args.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/core/defaults.js';
import { UserError } from '../../src/core/errors.js';
import { parseSize } from '../../src/core/size.js';

function scan(argv: string[]) {
  const command = parseCommand(argv);
  if (command.kind !== 'scan') throw new Error(`expected a scan, got ${command.kind}`);
  return command;
}

describe('parseCommand', () => {
  it('defaults to a files scan of . with fail-on any and text output', () => {
    const command = scan([]);
    expect(command.plan.scope).toEqual({ kind: 'files', root: '.' });
    expect(command.failOn).toBe('any');
    expect(command.format).toBe('text');
    expect(command.plan.verify).toBe(false);
    expect(command.plan.maxFileSize).toBe(DEFAULT_MAX_FILE_SIZE);
  });

  it('reads every scope', () => {
    expect(scan(['--history', 'repo']).plan.scope).toEqual({ kind: 'history', root: 'repo' });
    expect(scan(['--staged']).plan.scope).toEqual({ kind: 'staged', root: '.' });
    expect(scan(['--range', 'main..feature', 'r']).plan.scope).toEqual({ kind: 'range', root: 'r', base: 'main', head: 'feature' });
    // The hook's scope is the stage's, read from the environment when the command runs (cli/pre-commit.ts).
    expect(scan(['--pre-commit'])).toMatchObject({ preCommit: true, plan: { scope: { root: '.' } } });
  });

  it('makes --revoke imply verification and reads its options', () => {
    const { plan } = scan(['--revoke', '--dry-run', '--revoke-status', 'archived']);
    expect(plan).toMatchObject({ verify: true, revoke: true, dryRun: true, revokeStatus: 'archived' });
  });

  it('reads output, format, baseline, config and repository options', () => {
    const command = scan(['--format', 'sarif', '-o', 'out.sarif', '--baseline', 'b.json', '--config', 'c.yml', '--repository', 'acme/app', '--write-baseline', 'n.json', '--max-file-size', '1MB', '--quiet', '--no-color']);
    expect(command).toMatchObject({ format: 'sarif', output: 'out.sarif', writeBaseline: 'n.json', color: false });
    expect(command.plan).toMatchObject({ baselinePath: 'b.json', configPath: 'c.yml', repository: 'acme/app', maxFileSize: 1024 * 1024, quiet: true });
  });

  it('dispatches subcommands with their own arguments', () => {
    expect(parseCommand(['merge', 'a.json', 'b.json'])).toEqual({ kind: 'subcommand', name: 'merge', argv: ['a.json', 'b.json'] });
    expect(parseCommand(['repos', 'acme', '--batch', '5'])).toMatchObject({ kind: 'subcommand', name: 'repos' });
  });

  it('answers help and version', () => {
    expect(parseCommand(['--help']).kind).toBe('help');
    expect(parseCommand(['-h']).kind).toBe('help');
    expect(parseCommand(['--version']).kind).toBe('version');
  });

  it.each([
    [['--frobnicate'], /Unknown option '--frobnicate'/],
    [['--format', 'xml'], /--format: expected one of text, json, sarif, got "xml"/],
    [['--fail-on', 'sometimes'], /--fail-on: expected one of any, live, never/],
    [['--history', '--staged'], /cannot be combined/],
    [['--history', '--range', 'a..b'], /cannot be combined/],
    [['--staged', '--pre-commit'], /--staged and --pre-commit cannot be combined/],
    [['a', 'b'], /at most one PATH/],
    [['--range', 'main'], /expected BASE\.\.HEAD/],
    [['--range', 'a...b'], /two dots/],
    [['--range', '..b'], /expected BASE\.\.HEAD/],
    [['--dry-run'], /only applies to --revoke/],
    [['--revoke-status', 'archived'], /only applies to --revoke/],
    [['--revoke', '--revoke-status', 'deleted'], /--revoke-status: expected one of inactive, archived/],
    [['--repository', 'not a repo'], /expected OWNER\/NAME/],
    [['--max-file-size', 'lots'], /--max-file-size must be a size/],
    [['--format'], /needs a value \(text\|json\|sarif\)/],
  ])('refuses %j with a one-line reason', (argv, message) => {
    let caught: unknown;
    try {
      parseCommand(argv as string[]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain('\n');
  });
});

describe('parseRange and parseSize', () => {
  it('splits a range', () => {
    expect(parseRange('abc123..HEAD')).toEqual({ base: 'abc123', head: 'HEAD' });
  });
  it.each([
    ['25MB', 25 * 1024 * 1024],
    ['512k', 512 * 1024],
    ['1048576', 1048576],
    ['1.5 GiB', Math.floor(1.5 * 1024 ** 3)],
  ])('reads %s', (text, bytes) => {
    expect(parseSize(text, 'x')).toBe(bytes);
  });
});
