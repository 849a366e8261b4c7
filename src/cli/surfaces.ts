/**
 * `anthropic-key-scan surfaces OWNER/NAME [--surfaces LIST] [--since DATE] [--verify] [--format ...]`
 *
 * GitHub's surfaces of one repository (issue 18): its conversations (issues, pull requests, comments, review
 * comments, discussions), wiki, releases (notes and assets) and, once listed, run logs, read with GH_TOKEN or
 * GITHUB_TOKEN from GITHUB_API_URL (the wiki from GITHUB_SERVER_URL), reported as any scan is, with the same
 * exit codes. A surface the token cannot read is a note, never a failure. The code itself is `--history` on a clone.
 */
import { UserError } from '../core/errors.js';
import { parseOptions, positiveInteger } from '../core/flags.js';
import { oneOf } from '../core/flags.js';
import { DEFAULT_FAIL_ON, FAIL_ON_VALUES, REPORT_FORMATS } from '../core/defaults.js';
import { readArchiveLimits } from '../core/archive-limits.js';
import type { Plan } from '../core/types.js';
import { clientLimitsFrom, createClient } from '../github/client.js';
import type { SurfaceName } from '../sources/github/surface.js';
import { parseSurfaceList, surfaceSources } from '../sources/github/surfaces.js';
import { maxFileSizeOption, repositoryOption, sinceOption, SURFACES_OPTIONS, type ScanCommand } from './args.js';
import type { CliIO } from './io.js';
import { scanCommand } from './scan.js';
import { SURFACES_USAGE } from './usage.js';

/** The surfaces of a `--surfaces` list besides `code`, which this command does not read (no clone). */
export function nonCodeSurfaces(text: string | undefined, flag: string): Array<Exclude<SurfaceName, 'code'>> {
  const names = parseSurfaceList(text ?? '', flag);
  if (text && /(^|[\s,])code($|[\s,])/i.test(text)) throw new UserError(`${flag}: code is the git history: scan a clone with --history for it`);
  return names.filter((name): name is Exclude<SurfaceName, 'code'> => name !== 'code');
}

export async function surfacesCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('surfaces', SURFACES_OPTIONS, argv);
  if (values.help) {
    io.stdout(SURFACES_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UserError('surfaces takes exactly one OWNER/NAME');
  const repository = repositoryOption(positionals[0]!, 'surfaces');
  const [owner, repo] = repository.split('/') as [string, string];
  const names = nonCodeSurfaces(values.surfaces, '--surfaces');
  const since = sinceOption(values.since);
  const token = io.env.GH_TOKEN?.trim() || io.env.GITHUB_TOKEN?.trim();
  if (!token) throw new UserError('surfaces needs GH_TOKEN or GITHUB_TOKEN: a token that can read the repository');
  const maxFileSize = maxFileSizeOption(values['max-file-size']);
  const archiveLimits = readArchiveLimits((name) => (typeof (values as Record<string, unknown>)[name] === 'string' ? (values as Record<string, string>)[name] : undefined), (name) => `--${name}`);

  const plan: Plan = {
    // Nothing of a tree: the config (and baseline) are looked for in the current directory.
    scope: { kind: 'surfaces', root: '.' },
    repository,
    surfaces: names,
    verify: Boolean(values.verify),
    revoke: false,
    dryRun: false,
    revokeStatus: 'inactive',
    maxFileSize,
    ...(Object.keys(archiveLimits).length > 0 ? { archiveLimits } : {}),
    ...(values['max-verify'] !== undefined ? { maxVerify: positiveInteger(values['max-verify'], '--max-verify') } : {}),
    ...(values.config ? { configPath: values.config } : {}),
    ...(values.baseline ? { baselinePath: values.baseline } : {}),
    quiet: Boolean(values.quiet),
  };
  const log = (line: string) => void (plan.quiet ? undefined : io.stderr(`${line}\n`));
  const client = createClient({ token, baseUrl: io.env.GITHUB_API_URL || undefined, log, ...clientLimitsFrom(io.env) });
  const surfaces = surfaceSources(names, {
    client, owner, repo, maxFileSize, archiveLimits, token, git: { env: io.env },
    ...(since ? { since } : {}), ...(io.env.GITHUB_SERVER_URL ? { serverUrl: io.env.GITHUB_SERVER_URL } : {}),
  });
  const command: ScanCommand = {
    kind: 'scan',
    plan,
    failOn: oneOf(values['fail-on'] ?? DEFAULT_FAIL_ON, FAIL_ON_VALUES, '--fail-on'),
    format: oneOf(values.format ?? 'text', REPORT_FORMATS, '--format'),
    ...(values.output ? { output: values.output } : {}),
    ...(values['no-color'] ? { color: false } : values.color ? { color: true } : {}),
    notifyFormat: 'slack',
  };
  return scanCommand(command, io, { surfaces });
}
