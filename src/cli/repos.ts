/**
 * `anthropic-key-scan repos ORG [--batch N] [--include-archived] [--include-forks] [--match GLOB]
 *  [--topic T] [--visibility public|private|internal] [--max-jobs N] [--previous REPORT [--carried-output FILE]]`
 *
 * Prints the matrix for `strategy.matrix` on stdout: {"include":[{"batch":1,"repositories":["acme/a",...]},...]}
 * and one line on stderr saying what was selected and why the rest was left out. With --previous, the
 * repositories not pushed since that report are left out of the matrix and written, with their findings marked
 * carried, as one report (--carried-output) that the merge reads with the batches' reports.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { carriedReport, readPreviousAudit, type PreviousAudit } from '../audit/carry.js';
import { checkOwnerName, listMatrix, MAX_MATRIX_JOBS, type Visibility } from '../audit/repositories.js';
import { UserError } from '../core/errors.js';
import { parseOptions, positiveInteger } from '../core/flags.js';
import { clientLimitsFrom, createClient } from '../github/client.js';
import { REPOS_OPTIONS } from './args.js';
import type { CliIO } from './io.js';
import { REPOS_USAGE } from './usage.js';

const VISIBILITIES: readonly Visibility[] = ['public', 'private', 'internal'];

/** The last audit's report, or undefined (with a note) when it cannot be trusted: then every repository is scanned. */
async function previousAudit(path: string, log: (line: string) => void): Promise<PreviousAudit | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    log(`note: ${path}: no previous report could be read; every repository is scanned`);
    return undefined;
  }
  const read = readPreviousAudit(text, path);
  if (read.ok) return read.previous;
  log(`note: ${read.note}`);
  return undefined;
}

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
  const previous = values.previous !== undefined ? await previousAudit(values.previous, log) : undefined;
  const listedAt = new Date().toISOString();
  const { matrix, description, carry } = await listMatrix(octokit, owner, filter, batch, log, maxJobs, previous);
  log(description);
  if (values.previous !== undefined) {
    // Written even when nothing is carried (then empty): a caller can always hand it to the merge.
    const carried = carriedReport(previous, carry?.carried ?? [], listedAt);
    await writeFile(values['carried-output'] ?? 'carried.json', `${JSON.stringify(carried, null, 2)}\n`);
  }
  io.stdout(`${JSON.stringify(matrix)}\n`);
  return 0;
}
