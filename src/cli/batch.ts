/**
 * `anthropic-key-scan batch --repositories OWNER/A,OWNER/B [--verify] [--revoke [--dry-run]]
 *  [--output-dir DIR] [--clone-url-template URL] [--parallel N] [--clone-timeout SECONDS]`
 *
 * One matrix job of an organization audit: clone, scan, verify/revoke once per key, and write one JSON
 * report per repository (OWNER__NAME.json) into DIR. Token: GITHUB_TOKEN (sent only to the clone URL's
 * origin, never in argv or a URL). Admin key: ANTHROPIC_ADMIN_KEY. Exit 0 when reports were written
 * (failed repositories are in them), 2 when no repository could be scanned or the arguments are wrong.
 */
import { workflowCommand } from '../core/output-guard.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminKeyProblem } from '../anthropic/admin-key.js';
import { baseURLRefusal } from '../anthropic/base-url.js';
import { reportFileName, reportFor, scanBatch, type RepositoryOutcome } from '../audit/batch.js';
import { DEFAULT_CLONE_URL_TEMPLATE } from '../audit/clone.js';
import { REVOKE_STATUSES } from '../core/defaults.js';
import { UserError } from '../core/errors.js';
import { oneOf, parseOptions, positiveInteger } from '../core/flags.js';
import { isRepositoryName } from '../core/names.js';
import { Secret } from '../core/secret.js';
import { TOOL_NAME } from '../core/version.js';
import { BATCH_OPTIONS, maxFileSizeOption, sinceOption } from './args.js';
import { nonCodeSurfaces } from './surfaces.js';
import { clientLimitsFrom, createClient } from '../github/client.js';
import type { CliIO } from './io.js';
import { BATCH_USAGE } from './usage.js';

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
    if (!isRepositoryName(name)) {
      throw new UserError(`--repositories: "${name}" is not OWNER/NAME`);
    }
  }
  return [...new Set(names)];
}


export async function batchCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseOptions('batch', BATCH_OPTIONS, argv, false);
  if (values.help) {
    io.stdout(BATCH_USAGE);
    return 0;
  }
  const repositories = parseRepositoryList(values.repositories ?? []);
  if (repositories.length === 0) throw new UserError('batch needs --repositories OWNER/NAME[,OWNER/NAME...]');
  const revokeStatus = oneOf(values['revoke-status'] ?? 'inactive', REVOKE_STATUSES, '--revoke-status');
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
  // With verification, the admin key also reads each key's usage since exposure (read-only).
  const adminKey = (values.revoke || values.verify) && adminKeyValue ? new Secret(adminKeyValue) : undefined;
  const adminProblem = adminKey ? adminKeyProblem(adminKey) : undefined;
  if (adminProblem) throw new UserError(adminProblem);
  const baseRefusal = values.verify || values.revoke ? baseURLRefusal(io.env.ANTHROPIC_BASE_URL) : undefined;
  if (baseRefusal) throw new UserError(baseRefusal);
  // In Actions, every found key is masked before anything else is logged (the workflow command is the
  // one place besides an auth header where a secret's value is written).
  // Once per distinct key: the scans of a batch's repositories each report the keys they find.
  const masked = new Set<string>();
  const onSecret = inActions
    ? (secret: Secret) => {
        if (masked.has(secret.sha256)) return;
        masked.add(secret.sha256);
        (io.command ?? io.stdout)(`::add-mask::${secret.reveal()}\n`);
      }
    : undefined;
  if (inActions && adminKey) onSecret?.(adminKey);

  const surfaceNames = values.surfaces !== undefined ? nonCodeSurfaces(values.surfaces, '--surfaces') : [];
  const since = sinceOption(values.since);
  if (since && surfaceNames.length === 0) throw new UserError('--since applies to --surfaces');
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
  if (surfaceNames.length > 0 && !token) throw new UserError('--surfaces needs GITHUB_TOKEN or GH_TOKEN: a token that can read the repositories');

  const outputDir = values['output-dir'] ?? 'reports';
  await mkdir(outputDir, { recursive: true });
  const log = (line: string) => io.stderr(`${TOOL_NAME}: ${line}\n`);
  const { outcomes, errors } = await scanBatch({
    repositories,
    verify: Boolean(values.verify || values.revoke),
    revoke: Boolean(values.revoke),
    dryRun: Boolean(values['dry-run']),
    revokeStatus,
    urlTemplate: template,
    token,
    ...(surfaceNames.length > 0 && token ? {
      surfaces: {
        names: surfaceNames, client: createClient({ token, baseUrl: io.env.GITHUB_API_URL || undefined, log, ...clientLimitsFrom(io.env) }),
        ...(since ? { since } : {}), ...(io.env.GITHUB_SERVER_URL ? { serverUrl: io.env.GITHUB_SERVER_URL } : {}),
      },
    } : {}),
    adminKey,
    anthropicBaseURL: io.env.ANTHROPIC_BASE_URL || undefined,
    workDir: io.env.RUNNER_TEMP || tmpdir(),
    parallel,
    cloneTimeoutMs: cloneTimeout ? cloneTimeout * 1000 : undefined,
    maxFileSize: maxFileSizeOption(values['max-file-size']),
    env: io.env,
    onSecret,
    log,
  });

  for (const outcome of outcomes) {
    await writeFile(join(outputDir, reportFileName(outcome.repository)), `${JSON.stringify(reportFor(outcome, errors), null, 2)}\n`);
  }
  for (const error of errors) log(`error: ${error}`);
  const failed = outcomes.filter((o): o is Extract<RepositoryOutcome, { ok: false }> => !o.ok);
  if (inActions) for (const f of failed) (io.command ?? io.stderr)(`${workflowCommand('warning', `${f.repository}: ${f.reason}`)}\n`);
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
