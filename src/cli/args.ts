/**
 * argv -> what to do. Pure: no I/O, so every bad argument is tested as a one-line UserError (exit 2).
 */
import { ARCHIVE_LIMIT_SPECS, defaultText, readArchiveLimits } from '../core/archive-limits.js';
import { UserError } from '../core/errors.js';
import { oneOf, parseFlags, positiveInteger } from '../core/flags.js';
import type { FailOn, Plan, Scope } from '../core/types.js';
import { parseSize } from '../core/size.js';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface ScanCommand {
  kind: 'scan';
  plan: Plan;
  format: OutputFormat;
  /** Write the report here instead of stdout. */
  output?: string;
  /** Also write a baseline (a JSON report of what was found) here. */
  writeBaseline?: string;
  color?: boolean;
}

export type Command = ScanCommand | { kind: 'help' } | { kind: 'version' } | { kind: 'subcommand'; name: Subcommand; argv: string[] };

export const SUBCOMMANDS = ['repos', 'merge', 'batch'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

export const DEFAULT_MAX_FILE_SIZE = 25 * 1024 * 1024;

export const USAGE = `Usage: anthropic-key-scan [options] [PATH]

Find Anthropic credentials (API keys, Admin keys, Claude Code OAuth tokens) and check whether they work.

What to scan (one of; default: the files under PATH, dotfiles included, .git excluded):
  --history                 every commit reachable from any ref, with commit and tag messages
  --range BASE..HEAD        the commits in BASE..HEAD, each one's added lines
  --staged                  what is staged (for a pre-commit hook)
  PATH                      directory, file or repository (default .)

Checks and actions:
  --verify                  check each distinct key against the Anthropic API (ANTHROPIC_BASE_URL)
  --revoke                  deactivate live keys of the admin key's organization (ANTHROPIC_ADMIN_KEY)
  --dry-run                 with --revoke: every read, no write
  --revoke-status STATUS    inactive (default, reversible in the Console) or archived
  --max-verify N            check at most N distinct keys in one run (default 200); the rest stay unchecked

Output:
  --format text|json|sarif  report format (default text)
  --output FILE             write the report to FILE instead of stdout
  --fail-on any|live|never  exit 1 on any finding (default), on live or unverifiable keys, or never
  --quiet                   no progress on stderr
  --no-color                plain text output

Allowing:
  --config FILE             config file (default: .anthropic-key-scan.yml under PATH, if present)
  --baseline FILE           suppress what an earlier JSON report listed
  --write-baseline FILE     write what this scan found as a baseline for later --baseline runs
  --max-file-size SIZE      skip larger files, with a note (default 25MB)

Inside archives and compressed files (zip, jar, whl, docx, ..., gzip, tar; each limit hit is a note):
${ARCHIVE_LIMIT_SPECS.map((spec) => `  ${`--${spec.name} ${spec.unit === 'size' ? 'SIZE' : 'N'}`.padEnd(26)}${spec.help} (default ${defaultText(spec)})`).join('\n')}

Organization audits:
  --repository OWNER/NAME   tag every location with this repository
  repos ORG [--batch N] [--include-archived] [--include-forks]   matrix JSON of ORG's repositories
  batch --repositories A,B [--verify] [--revoke] [--output-dir DIR]   clone and scan a batch
  merge REPORT...           merge JSON reports into one, one finding per key

  -h, --help                this help
  --version                 the version

Exit status: 0 nothing to report, 1 findings (as --fail-on says), 2 usage or runtime error.
`;

export function parseCommand(argv: string[]): Command {
  const first = argv[0];
  if (first && (SUBCOMMANDS as readonly string[]).includes(first)) {
    return { kind: 'subcommand', name: first as Subcommand, argv: argv.slice(1) };
  }

  const { values, positionals } = parseFlags(undefined, {
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        history: { type: 'boolean' },
        range: { type: 'string' },
        staged: { type: 'boolean' },
        verify: { type: 'boolean' },
        revoke: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'revoke-status': { type: 'string' },
        'max-verify': { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        config: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'max-file-size': { type: 'string' },
        ...Object.fromEntries(ARCHIVE_LIMIT_SPECS.map((spec) => [spec.name, { type: 'string' as const }])),
        repository: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
  });
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  if (positionals.length > 1) {
    throw new UserError(`expected at most one PATH, got ${positionals.length}: ${positionals.join(' ')} (see --help)`);
  }
  const root = positionals[0] ?? '.';

  const modes = [values.history && '--history', values.range !== undefined && '--range', values.staged && '--staged'].filter(Boolean);
  if (modes.length > 1) throw new UserError(`${modes.join(' and ')} cannot be combined: choose one`);

  let scope: Scope;
  if (values.history) scope = { kind: 'history', root };
  else if (values.staged) scope = { kind: 'staged', root };
  else if (values.range !== undefined) scope = { kind: 'range', root, ...parseRange(values.range) };
  else scope = { kind: 'files', root };

  const format = oneOf(values.format ?? 'text', ['text', 'json', 'sarif'] as const, '--format');
  const failOn = oneOf(values['fail-on'] ?? 'any', ['any', 'live', 'never'] as const, '--fail-on') as FailOn;
  const revokeStatus = oneOf(values['revoke-status'] ?? 'inactive', ['inactive', 'archived'] as const, '--revoke-status');
  if (values['dry-run'] && !values.revoke) throw new UserError('--dry-run only applies to --revoke');
  if (values['revoke-status'] && !values.revoke) throw new UserError('--revoke-status only applies to --revoke');
  if (values.repository !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(values.repository)) {
    throw new UserError(`--repository: expected OWNER/NAME, got "${values.repository}"`);
  }

  const archiveLimits = readArchiveLimits((name) => (values as Record<string, unknown>)[name] as string | undefined, (name) => `--${name}`);
  const plan: Plan = {
    scope,
    ...(values.repository ? { repository: values.repository } : {}),
    // Revocation needs proof that a key is live: it implies verification.
    verify: Boolean(values.verify || values.revoke),
    revoke: Boolean(values.revoke),
    dryRun: Boolean(values['dry-run']),
    revokeStatus,
    failOn,
    maxFileSize: values['max-file-size'] ? parseSize(values['max-file-size'], '--max-file-size') : DEFAULT_MAX_FILE_SIZE,
    ...(values['max-verify'] !== undefined ? { maxVerify: positiveInteger(values['max-verify'], '--max-verify') } : {}),
    ...(values.config ? { configPath: values.config } : {}),
    ...(values.baseline ? { baselinePath: values.baseline } : {}),
    ...(Object.keys(archiveLimits).length ? { archiveLimits } : {}),
    quiet: Boolean(values.quiet),
  };
  return {
    kind: 'scan',
    plan,
    format,
    ...(values.output ? { output: values.output } : {}),
    ...(values['write-baseline'] ? { writeBaseline: values['write-baseline'] } : {}),
    ...(values['no-color'] ? { color: false } : values.color ? { color: true } : {}),
  };
}

/** "BASE..HEAD"; "BASE...HEAD" (the symmetric form people paste from GitHub) is refused with a hint. */
export function parseRange(text: string): { base: string; head: string } {
  if (text.includes('...')) {
    throw new UserError(`--range: use BASE..HEAD (two dots), got "${text}"`);
  }
  const parts = text.split('..');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new UserError(`--range: expected BASE..HEAD, got "${text}"`);
  }
  return { base: parts[0], head: parts[1] };
}
