import { describe, it, expect } from '@jest/globals';
import { BATCH_OPTIONS, MERGE_OPTIONS, REPOS_OPTIONS, SCAN_OPTIONS } from '../../src/cli/args.js';
import { reposCommand } from '../../src/cli/repos.js';
import { BATCH_USAGE, MERGE_USAGE, REPOS_USAGE, USAGE } from '../../src/cli/usage.js';
import { UserError } from '../../src/core/errors.js';
import { closest, parseOptions } from '../../src/core/flags.js';
import { TOOL_NAME, TOOL_VERSION } from '../../src/core/version.js';
import { runCli as cli, runCommand } from '../helpers/cli.js';

function errorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('help and version commands', () => {
  it('`help` is the same as --help, and `help COMMAND` is that command\'s help', async () => {
    const [help, flag, repos, merge, batch] = await Promise.all([cli(['help']), cli(['--help']), cli(['help', 'repos']), cli(['help', 'merge']), cli(['help', 'batch'])]);
    expect(help).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(flag.stdout).toBe(USAGE);
    expect(repos.stdout).toBe(REPOS_USAGE);
    expect(merge.stdout).toBe(MERGE_USAGE);
    expect(batch.stdout).toBe(BATCH_USAGE);
  });

  it('`help` of no command is one line with a suggestion', async () => {
    const run = await cli(['help', 'mrege']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${TOOL_NAME}: error: help: no command "mrege"; did you mean merge? (commands: scan, surfaces, repos, batch, merge, help, version)\n`);
  });

  it('`version` prints the version, and takes no arguments', async () => {
    expect(await cli(['version'])).toEqual({ code: 0, stdout: `${TOOL_NAME} ${TOOL_VERSION}\n`, stderr: '' });
    expect((await cli(['version', 'x'])).code).toBe(2);
  });
});

describe('help is written from the option tables', () => {
  it.each([
    ['scan', SCAN_OPTIONS, USAGE],
    ['repos', REPOS_OPTIONS, REPOS_USAGE],
    ['batch', BATCH_OPTIONS, BATCH_USAGE],
    ['merge', MERGE_OPTIONS, MERGE_USAGE],
  ] as const)('every option of %s is in its help, with its short form', (_name, table, usage) => {
    for (const [name, spec] of Object.entries(table)) {
      expect(usage).toContain(`--${name}`);
      const short = (spec as { short?: string }).short;
      if (short) expect(usage).toContain(`-${short}, --${name}`);
    }
  });

  it.each([['scan', USAGE], ['repos', REPOS_USAGE], ['batch', BATCH_USAGE], ['merge', MERGE_USAGE]])('%s help names each heading once', (_name, usage) => {
    const headings = usage.split('\n').filter((line) => /^\S.*:$/.test(line)).map((line) => line.replace(/ \(.*$/, '').replace(/:$/, ''));
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
  });

  it('lists -o with --output', () => {
    expect(USAGE).toMatch(/-o, --output FILE/);
    expect(MERGE_USAGE).toMatch(/-o, --output FILE/);
  });
});

describe('unknown flags', () => {
  it.each([
    [['--histroy'], "Unknown option '--histroy'; did you mean --history? (see --help)"],
    [['--form', 'json'], "Unknown option '--form'; did you mean --format? (see --help)"],
    [['--verfy'], "Unknown option '--verfy'; did you mean --verify? (see --help)"],
    [['--max-filesize', '1MB'], "Unknown option '--max-filesize'; did you mean --max-file-size? (see --help)"],
    [['--frobnicate'], "Unknown option '--frobnicate' (see --help)"],
    [['-x'], "Unknown option '-x' (see --help)"],
  ])('%j gets one line of our own', async (argv, message) => {
    const run = await cli(argv);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${TOOL_NAME}: error: ${message}\n` });
  });

  it('names the subcommand, and suggests from its own flags', async () => {
    const run = await cli(['repos', 'acme', '--include-fork']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${TOOL_NAME}: error: repos: Unknown option '--include-fork'; did you mean --include-forks? (see --help)\n` });
    // The alias is an option of repos: parsing gets past it (to the missing token).
    await expect(runCommand(reposCommand, ['acme', '--repository-filter', 'a*'], {})).rejects.toThrow(/repos needs GITHUB_TOKEN/);
  });

  it('closest() suggests only what is near', () => {
    expect(closest('staeg', ['staged', 'history'])).toBe('staged');
    expect(closest('dry', ['dry-run', 'verify'])).toBe('dry-run');
    expect(closest('zzzzzz', ['staged', 'history'])).toBeUndefined();
    expect(closest('', ['a'])).toBeUndefined();
  });
});

describe('aliases: one name for one thing', () => {
  it('repos --repository-filter is --match (the Action\'s name), merged in order', () => {
    const { values } = parseOptions('repos', REPOS_OPTIONS, ['acme', '--match', 'a*', '--repository-filter', '!ab', '--match', 'c']);
    expect(values.match).toEqual(['a*', 'c', '!ab']);
    expect(values['repository-filter']).toBeUndefined();
  });

  it('an alias of a single-valued option cannot be given with it', () => {
    const table = { format: { type: 'string', help: 'x' }, fmt: { type: 'string', help: 'x', aliasOf: 'format' } } as const;
    expect(parseOptions(undefined, table, ['--fmt', 'json']).values.format).toBe('json');
    expect(errorOf(() => parseOptions('merge', table, ['--fmt', 'json', '--format', 'text'])).message).toBe('merge: --fmt is another name for --format: give one of them');
  });

  it('the repos help names the alias', () => {
    expect(REPOS_USAGE).toMatch(/--match GLOB .*\(also --repository-filter\)/);
  });
});

describe('the reusable workflow takes the Action\'s name for the filter too', () => {
  it('has repository-filter beside match, both passed to repos --match, unglobbed', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const text = readFileSync(new URL('../../.github/workflows/org-audit.yml', import.meta.url), 'utf8');
    const workflow = parse(text) as { on: { workflow_call: { inputs: Record<string, { type: string; default?: unknown }> } } };
    expect(workflow.on.workflow_call.inputs['repository-filter']).toMatchObject({ type: 'string', default: '' });
    expect(text).toContain('MATCH: ${{ inputs.match }} ${{ inputs.repository-filter }}');
    expect(text).toMatch(/set -f[^\n]*\n\s*for g in \$MATCH; do args\+=\(--match "\$g"\); done/);
  });
});
