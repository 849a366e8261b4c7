/**
 * The scan stage of an organization audit, for one matrix job's batch: clone each repository (bare, whole
 * history), scan it with the pipeline (locations tagged with the repository), then verify — and revoke when
 * asked — every key the batch found, in one pass while the secrets are still in memory: a key shared by
 * several repositories of the batch is checked once. One repository that fails to clone or scan is an
 * outcome, not an exception: the rest of the batch goes on.
 */
import type { GitHubClient } from '../github/client.js';
import type { SurfaceName } from '../sources/github/surface.js';
import { surfaceSources } from '../sources/github/surfaces.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { verifyAndRevoke } from '../anthropic/index.js';
import { describeError } from '../core/errors.js';
import type { JsonReport } from '../core/report.js';
import type { Secret } from '../core/secret.js';
import type { Plan, ScanResult } from '../core/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { toJsonReport } from '../report/json.js';
import { runScan } from '../scan.js';
import { cloneBare } from './clone.js';

export interface BatchOptions {
  repositories: string[];
  verify: boolean;
  revoke: boolean;
  dryRun: boolean;
  revokeStatus: 'inactive' | 'archived';
  urlTemplate: string;
  token?: string;
  adminKey?: Secret;
  anthropicBaseURL?: string;
  /** Parent of the temporary clones (each removed once scanned). */
  workDir: string;
  /** Repositories cloned and scanned at once (default 2: one clones while another scans). */
  parallel?: number;
  cloneTimeoutMs?: number;
  maxFileSize: number;
  env: NodeJS.ProcessEnv;
  /** Each distinct secret as soon as it is found: mask it before anything is logged. */
  onSecret?(secret: Secret): void;
  /** One line of progress per repository. */
  log?(line: string): void;
  /**
   * GitHub's surfaces to scan besides each repository's history (issue 18), read with `client`; `since` for an
   * incremental audit. Each one the token cannot read is a note in that repository's report.
   */
  surfaces?: { names: Array<Exclude<SurfaceName, 'code'>>; client: GitHubClient; since?: string; serverUrl?: string };
}

export type RepositoryOutcome =
  | { repository: string; ok: true; result: ScanResult; cloneMs: number; scanMs: number; startedAt?: string }
  | { repository: string; ok: false; reason: string; startedAt?: string };

export interface BatchResult {
  outcomes: RepositoryOutcome[];
  /** Errors of the verify/revoke pass (e.g. the admin key is invalid); one line each. */
  errors: string[];
}

function planFor(root: string, repository: string, maxFileSize: number): Plan {
  return {
    scope: { kind: 'history', root },
    repository,
    // Verification and revocation happen once for the whole batch, below.
    verify: false,
    revoke: false,
    dryRun: false,
    revokeStatus: 'inactive',
    maxFileSize,
    quiet: true,
  };
}

async function scanOne(repository: string, index: number, options: BatchOptions): Promise<RepositoryOutcome> {
  const log = options.log ?? (() => {});
  const directory = join(options.workDir, `${index}-${repository.replace('/', '__')}.git`);
  // The report's time is when the clone began: a push after it is not in the clone, so the next audit must not skip it.
  const startedAt = new Date().toISOString();
  try {
    const t0 = Date.now();
    try {
      await cloneBare({
        repository,
        urlTemplate: options.urlTemplate,
        directory,
        token: options.token,
        env: options.env,
        ...(options.cloneTimeoutMs ? { timeoutMs: options.cloneTimeoutMs } : {}),
      });
    } catch (error) {
      const reason = describeError(error);
      log(`${repository}: ${reason}`);
      return { repository, ok: false, reason, startedAt };
    }
    const t1 = Date.now();
    let result: ScanResult;
    try {
      const [owner, name] = repository.split('/') as [string, string];
      const surfaces = options.surfaces?.names.length ? options.surfaces : undefined;
      result = await runScan({ ...planFor(directory, repository, options.maxFileSize), ...(surfaces ? { surfaces: surfaces.names } : {}) }, {
        ...(options.onSecret ? { onSecret: options.onSecret } : {}),
        ...(surfaces ? {
          surfaces: surfaceSources(surfaces.names, {
            client: surfaces.client, owner, repo: name, maxFileSize: options.maxFileSize, archiveLimits: {}, git: { env: options.env },
            ...(options.token ? { token: options.token } : {}), ...(surfaces.since ? { since: surfaces.since } : {}), ...(surfaces.serverUrl ? { serverUrl: surfaces.serverUrl } : {}),
          }),
        } : {}),
      });
    } catch (error) {
      const reason = `scan failed: ${describeError(error)}`;
      log(`${repository}: ${reason}`);
      return { repository, ok: false, reason, startedAt };
    }
    // The clone's path means nothing to the reader of a report; the repository does.
    result.stats.cloneMs = t1 - t0;
    const scanMs = Date.now() - t1;
    log(`${repository}: cloned in ${((t1 - t0) / 1000).toFixed(1)} s, scanned in ${(scanMs / 1000).toFixed(1)} s, ${result.findings.length} finding(s)`);
    return { repository, ok: true, result, cloneMs: t1 - t0, scanMs, startedAt };
  } finally {
    await rm(directory, { recursive: true, force: true }).catch(() => {});
  }
}

export async function scanBatch(options: BatchOptions): Promise<BatchResult> {
  const workDir = await mkdtemp(join(options.workDir, `${TOOL_NAME}-batch-`));
  const limit = pLimit(Math.max(1, options.parallel ?? 2));
  let outcomes: RepositoryOutcome[];
  try {
    outcomes = await Promise.all(
      options.repositories.map((repository, i) => limit(() => scanOne(repository, i, { ...options, workDir }))),
    );
  } finally {
    await rm(workDir, { recursive: true, force: true }).catch(() => {});
  }

  // Every Finding of every repository, several per key when repositories share it: verifyFindings and
  // revokeFindings group by secret, so each distinct key is checked (and written) once and every
  // repository's finding gets the answer.
  const all = outcomes.flatMap((o) => (o.ok ? o.result.findings : []));
  const errors = await verifyAndRevoke(all, {
    verify: options.verify,
    revoke: options.revoke,
    dryRun: options.dryRun,
    revokeStatus: options.revokeStatus,
    ...(options.adminKey ? { adminKey: options.adminKey } : {}),
    ...(options.anthropicBaseURL ? { baseURL: options.anthropicBaseURL } : {}),
  });
  return { outcomes, errors };
}

/** A repository's JSON report: the scan's, or one that names it as failed. */
export function reportFor(outcome: RepositoryOutcome, batchErrors: string[]): JsonReport {
  if (outcome.ok) {
    const report = toJsonReport(outcome.result);
    if (outcome.startedAt) report.generatedAt = outcome.startedAt;
    // The clone was a temporary directory: the repository is the scope's identity.
    report.scope = { ...report.scope, repository: outcome.repository };
    delete report.scope.root;
    if (batchErrors.length > 0 && outcome.result.findings.length > 0) report.errors = [...(report.errors ?? []), ...batchErrors];
    return report;
  }
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    ...(outcome.startedAt ? { generatedAt: outcome.startedAt } : {}),
    scope: { kind: 'history', repository: outcome.repository, failedRepositories: [{ repository: outcome.repository, reason: outcome.reason }] },
    findings: [],
    suppressed: [],
    errors: [outcome.reason],
    stats: {},
  };
}

/** The report's file name: OWNER__NAME.json (owners cannot hold `_`, so the split is unambiguous). */
export function reportFileName(repository: string): string {
  return `${repository.replace('/', '__')}.json`;
}
