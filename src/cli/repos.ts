/**
 * `anthropic-key-scan repos ORG [--batch N] [--include-archived] [--include-forks] [--match GLOB]
 *  [--topic T] [--visibility public|private|internal] [--max-jobs N]`
 *
 * Prints the matrix for `strategy.matrix` on stdout: {"include":[{"batch":1,"repositories":["acme/a",...]},...]}
 * and one line on stderr saying what was selected and why the rest was left out.
 */
import { checkOwnerName, listMatrix, MAX_MATRIX_JOBS, type Visibility } from '../audit/repositories.js';
import { UserError } from '../core/errors.js';
import { parseOptions, positiveInteger } from '../core/flags.js';
import { clientLimitsFrom, createClient } from '../github/client.js';
import { REPOS_OPTIONS } from './args.js';
import type { CliIO } from './io.js';
import { REPOS_USAGE } from './usage.js';

const VISIBILITIES: readonly Visibility[] = ['public', 'private', 'internal'];

export async function reposCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('repos', REPOS_OPTIONS, argv);
  const visibility = values.visibility ?? [];
  if (values.help) {
    io.stdout(REPOS_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UserError('repos takes exactly one ORG (an organization or user login)');
  const owner = checkOwnerName(positionals[0]);
  const batch = positiveInteger(values.batch, '--batch', 10);
  const maxJobs = positiveInteger(values['max-jobs'], '--max-jobs', MAX_MATRIX_JOBS);
  if (maxJobs > MAX_MATRIX_JOBS) throw new UserError(`--max-jobs cannot exceed ${MAX_MATRIX_JOBS}, GitHub's limit per matrix`);
  for (const v of visibility) {
    if (!VISIBILITIES.includes(v as Visibility)) throw new UserError(`--visibility must be public, private or internal, not "${v}"`);
  }

  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) throw new UserError('repos needs GITHUB_TOKEN: a token that can list (and later clone) the repositories');
  const log = (line: string) => io.stderr(`${line}\n`);
  // Rate limits are waited out (twice at most) and 5xx retried: a big listing must not fail on one 502.
  const octokit = createClient({ token, baseUrl: io.env.GITHUB_API_URL || undefined, log, ...clientLimitsFrom(io.env) });
  const filter = {
    includeArchived: Boolean(values['include-archived']),
    includeForks: Boolean(values['include-forks']),
    match: values.match ?? [],
    topics: values.topic ?? [],
    visibility: visibility as Visibility[],
  };
  const { matrix, description } = await listMatrix(octokit, owner, filter, batch, log, maxJobs);
  log(description);
  io.stdout(`${JSON.stringify(matrix)}\n`);
  return 0;
}
