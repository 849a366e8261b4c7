/**
 * Inputs and a prepared scope -> what to scan (the Plan) and what the scan runs with (the ScanContext: the
 * admin key, the base URL, git's environment, the masking callback). Nothing is read from process.env here:
 * the environment comes in as an argument.
 */
import { resolve } from 'node:path';
import { Secret } from '../core/secret.js';
import type { Plan, ScanResult, Scope } from '../core/types.js';
import type { ScanContext } from '../scan.js';
import type { GitSetup } from '../sources/git/run.js';
import type { ActionInputs } from './inputs.js';
import type { RunnerLog } from './runner-log.js';

export function planFor(scope: Scope, inputs: ActionInputs, workspace: string): Plan {
  return {
    scope,
    ...(inputs.repository ? { repository: inputs.repository } : {}),
    verify: inputs.verify,
    revoke: inputs.revoke,
    dryRun: inputs.dryRun,
    revokeStatus: 'inactive',
    maxFileSize: inputs.maxFileSize,
    ...(Object.keys(inputs.archiveLimits).length > 0 ? { archiveLimits: inputs.archiveLimits } : {}),
    maxVerify: inputs.maxVerify,
    ...(inputs.config ? { configPath: resolve(workspace, inputs.config) } : {}),
    ...(inputs.baseline ? { baselinePath: resolve(workspace, inputs.baseline) } : {}),
    quiet: true,
  };
}

export function contextFor(inputs: ActionInputs, env: NodeJS.ProcessEnv, log: RunnerLog, git: GitSetup): ScanContext {
  return {
    // Masked before anything else can print it: every later log line, annotation and summary is filtered.
    onSecret: (secret) => log.mask(secret.reveal()),
    ...(inputs.adminKey ? { adminKey: new Secret(inputs.adminKey) } : {}),
    ...(env.ANTHROPIC_BASE_URL ? { anthropicBaseURL: env.ANTHROPIC_BASE_URL } : {}),
    git,
  };
}

/** The result of a run that had nothing to scan (a deleted branch, a new branch with no commits of its own). */
export function nothingScanned(root: string, why: string): ScanResult {
  return {
    plan: {
      scope: { kind: 'files', root }, verify: false, revoke: false, dryRun: false, revokeStatus: 'inactive', maxFileSize: 0, quiet: true,
    },
    findings: [], suppressed: [], notes: [{ reason: 'nothing-to-scan', message: why }], stats: {}, errors: [],
  };
}
