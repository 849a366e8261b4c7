/**
 * `anthropic-key-scan repos ORG [--batch N] [--include-archived] [--include-forks] [--match GLOB]
 *  [--topic T] [--visibility public|private|internal] [--max-jobs N]`
 *
 * Prints the matrix for `strategy.matrix` on stdout: {"include":[{"batch":1,"repositories":["acme/a",...]},...]}
 * and one line on stderr saying what was selected and why the rest was left out.
 */
import { UserError } from '../core/errors.js';
import { parseFlags, positiveInteger } from '../core/flags.js';
import { createClient } from '../report/github/octokit.js';
import { checkOwnerName, listMatrix, MAX_MATRIX_JOBS, type Visibility } from './repositories.js';

export interface CommandIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
}

export const REPOS_USAGE = `Usage: anthropic-key-scan repos ORG [options]

List ORG's repositories (GITHUB_TOKEN, GITHUB_API_URL) and print a GitHub Actions matrix of batches:
  {"include":[{"batch":1,"repositories":["ORG/a","ORG/b"]},...]}

  --batch N              repositories per job (default 10); raised, with a note, when ORG needs more
                         than --max-jobs jobs
  --max-jobs N           at most N jobs (default ${MAX_MATRIX_JOBS}, GitHub's limit per matrix)
  --include-archived     archived repositories too (left out by default)
  --include-forks        forks too (left out by default)
  --match GLOB           only names matching GLOB (OWNER/NAME when GLOB holds a /); !GLOB leaves out; repeatable
  --topic TOPIC          only repositories with TOPIC; repeatable (all must match)
  --visibility V         public, private or internal; repeatable (any may match)
`;

const VISIBILITIES: readonly Visibility[] = ['public', 'private', 'internal'];


export async function reposCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseFlags('repos', {
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        batch: { type: 'string' },
        'max-jobs': { type: 'string' },
        'include-archived': { type: 'boolean', default: false },
        'include-forks': { type: 'boolean', default: false },
        match: { type: 'string', multiple: true, default: [] },
        topic: { type: 'string', multiple: true, default: [] },
        visibility: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(REPOS_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UserError('repos takes exactly one ORG (an organization or user login)');
  const owner = checkOwnerName(positionals[0]);
  const batch = positiveInteger(values.batch, '--batch', 10);
  const maxJobs = positiveInteger(values['max-jobs'], '--max-jobs', MAX_MATRIX_JOBS);
  if (maxJobs > MAX_MATRIX_JOBS) throw new UserError(`--max-jobs cannot exceed ${MAX_MATRIX_JOBS}, GitHub's limit per matrix`);
  for (const v of values.visibility) {
    if (!VISIBILITIES.includes(v as Visibility)) throw new UserError(`--visibility must be public, private or internal, not "${v}"`);
  }

  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) throw new UserError('repos needs GITHUB_TOKEN: a token that can list (and later clone) the repositories');
  const log = (line: string) => io.stderr(`${line}\n`);
  // Rate limits are waited out (twice at most) and 5xx retried: a big listing must not fail on one 502.
  const octokit = createClient({ token, baseUrl: io.env.GITHUB_API_URL || undefined, log });
  const filter = {
    includeArchived: values['include-archived'],
    includeForks: values['include-forks'],
    match: values.match,
    topics: values.topic,
    visibility: values.visibility as Visibility[],
  };
  const { matrix, description } = await listMatrix(octokit, owner, filter, batch, log, maxJobs);
  log(description);
  io.stdout(`${JSON.stringify(matrix)}\n`);
  return 0;
}
