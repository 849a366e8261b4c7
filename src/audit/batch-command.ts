/**
 * `anthropic-key-scan batch --repositories OWNER/A,OWNER/B [--verify] [--revoke [--dry-run]]
 *  [--output-dir DIR] [--clone-url-template URL] [--parallel N] [--clone-timeout SECONDS]`
 *
 * One matrix job of an organization audit: clone, scan, verify/revoke once per key, and write one JSON
 * report per repository (OWNER__NAME.json) into DIR. Token: GITHUB_TOKEN (sent only to the clone URL's
 * origin, never in argv or a URL). Admin key: ANTHROPIC_ADMIN_KEY. Exit 0 when reports were written
 * (failed repositories are in them), 2 when no repository could be scanned or the arguments are wrong.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from '../cli/args.js';
import { adminKeyProblem } from '../anthropic/admin-key.js';
import { UserError } from '../core/errors.js';
import { parseFlags, positiveInteger } from '../core/flags.js';
import { Secret } from '../core/secret.js';
import { TOOL_NAME } from '../core/version.js';
import { reportFileName, reportFor, scanBatch, type RepositoryOutcome } from './batch.js';
import { DEFAULT_CLONE_URL_TEMPLATE } from './clone.js';
import type { CommandIO } from './repos-command.js';

export const BATCH_USAGE = `Usage: anthropic-key-scan batch --repositories OWNER/A,OWNER/B [options]

Clone each repository (bare, whole history), scan it, verify each distinct key once for the whole batch,
and write one JSON report per repository (OWNER__NAME.json). GITHUB_TOKEN authenticates the clones.

  --repositories LIST         comma-separated OWNER/NAME (repeatable; a JSON array is accepted too)
  --verify                    check each distinct key against the Anthropic API (ANTHROPIC_BASE_URL)
  --revoke                    deactivate live keys of the admin key's organization (ANTHROPIC_ADMIN_KEY); implies --verify
  --dry-run                   with --revoke: every read, no write
  --revoke-status STATUS      inactive (default) or archived
  --output-dir DIR            where the reports go (default: reports)
  --clone-url-template URL    default ${DEFAULT_CLONE_URL_TEMPLATE}, {server} = GITHUB_SERVER_URL or https://github.com
  --parallel N                repositories cloned and scanned at once (default 2)
  --clone-timeout SECONDS     give up on a clone after this long (default: no limit)
`;

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** `a/b,c/d`, repeated flags, or a JSON array (what `toJSON(matrix.repositories)` gives in a workflow). */
export function parseRepositoryList(values: string[]): string[] {
  const names: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed.startsWith('[')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(trimmed);
      } catch {
        throw new UserError('--repositories: not a valid JSON array');
      }
      if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) {
        throw new UserError('--repositories: the JSON array must hold OWNER/NAME strings');
      }
      names.push(...parsed);
    } else {
      names.push(...trimmed.split(/[\s,]+/).filter(Boolean));
    }
  }
  for (const name of names) {
    if (!REPOSITORY.test(name) || name.endsWith('.git') || name.split('/')[1] === '.' || name.split('/')[1] === '..') {
      throw new UserError(`--repositories: "${name}" is not OWNER/NAME`);
    }
  }
  return [...new Set(names)];
}


export async function batchCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseFlags('batch', {
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        repositories: { type: 'string', multiple: true, default: [] },
        verify: { type: 'boolean', default: false },
        revoke: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'revoke-status': { type: 'string', default: 'inactive' },
        'output-dir': { type: 'string', default: 'reports' },
        'clone-url-template': { type: 'string' },
        parallel: { type: 'string' },
        'clone-timeout': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
  });
  const { values } = parsed;
  if (values.help) {
    io.stdout(BATCH_USAGE);
    return 0;
  }
  const repositories = parseRepositoryList(values.repositories);
  if (repositories.length === 0) throw new UserError('batch needs --repositories OWNER/NAME[,OWNER/NAME...]');
  const revokeStatus = values['revoke-status'];
  if (revokeStatus !== 'inactive' && revokeStatus !== 'archived') {
    throw new UserError(`--revoke-status must be inactive or archived, not "${revokeStatus}"`);
  }
  if (values['dry-run'] && !values.revoke) throw new UserError('--dry-run only applies to --revoke');
  const template = values['clone-url-template'] ?? DEFAULT_CLONE_URL_TEMPLATE;
  if (!template.includes('{repo}') && !template.includes('{name}')) {
    throw new UserError('--clone-url-template must contain {repo} (OWNER/NAME) or {name}');
  }
  const parallel = positiveInteger(values.parallel, '--parallel');
  const cloneTimeout = positiveInteger(values['clone-timeout'], '--clone-timeout');
  const adminKeyValue = io.env.ANTHROPIC_ADMIN_KEY?.trim();
  if (values.revoke && !adminKeyValue) throw new UserError('--revoke needs an Admin API key in ANTHROPIC_ADMIN_KEY');

  const inActions = io.env.GITHUB_ACTIONS === 'true';
  const adminKey = values.revoke && adminKeyValue ? new Secret(adminKeyValue) : undefined;
  const adminProblem = adminKey ? adminKeyProblem(adminKey) : undefined;
  if (adminProblem) throw new UserError(adminProblem);
  // In Actions, every found key is masked before anything else is logged (the workflow command is the
  // one place besides an auth header where a secret's value is written).
  // Once per distinct key: the scans of a batch's repositories each report the keys they find.
  const masked = new Set<string>();
  const onSecret = inActions
    ? (secret: Secret) => {
        if (masked.has(secret.sha256)) return;
        masked.add(secret.sha256);
        io.stdout(`::add-mask::${secret.reveal()}\n`);
      }
    : undefined;
  if (inActions && adminKey) onSecret?.(adminKey);

  const outputDir = values['output-dir'];
  await mkdir(outputDir, { recursive: true });
  const log = (line: string) => io.stderr(`${TOOL_NAME}: ${line}\n`);
  const { outcomes, errors } = await scanBatch({
    repositories,
    verify: values.verify || values.revoke,
    revoke: values.revoke,
    dryRun: values['dry-run'],
    revokeStatus,
    urlTemplate: template,
    token: io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined,
    adminKey,
    anthropicBaseURL: io.env.ANTHROPIC_BASE_URL || undefined,
    workDir: io.env.RUNNER_TEMP || tmpdir(),
    parallel,
    cloneTimeoutMs: cloneTimeout ? cloneTimeout * 1000 : undefined,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    env: io.env,
    onSecret,
    log,
  });

  for (const outcome of outcomes) {
    await writeFile(join(outputDir, reportFileName(outcome.repository)), `${JSON.stringify(reportFor(outcome, errors), null, 2)}\n`);
  }
  for (const error of errors) log(`error: ${error}`);
  const failed = outcomes.filter((o): o is Extract<RepositoryOutcome, { ok: false }> => !o.ok);
  if (inActions) for (const f of failed) io.stderr(`::warning::${f.repository}: ${f.reason}\n`);
  const findings = new Set(outcomes.flatMap((o) => (o.ok ? o.result.findings.map((f) => f.secret.sha256) : [])));
  const live = new Set(
    outcomes.flatMap((o) => (o.ok ? o.result.findings.filter((f) => f.status === 'live').map((f) => f.secret.sha256) : [])),
  );
  log(
    `${outcomes.length - failed.length} of ${outcomes.length} repositories scanned` +
      `${failed.length > 0 ? ` (${failed.length} failed)` : ''}; ${findings.size} distinct key(s)` +
      `${values.verify || values.revoke ? `, ${live.size} live` : ''}; reports in ${outputDir}`,
  );
  return failed.length === outcomes.length ? 2 : 0;
}
