/**
 * The reports as a workflow artifact (`upload-artifact`): the JSON and SARIF files leave the runner with the run,
 * so a nightly audit's findings can be read, diffed and fed to other tools after the job is gone. Uploaded with
 * @actions/artifact (the artifact service of the runner: ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL); the job
 * summary links to the artifact by the ID the upload returns. A failed upload is a notice, never a lost report:
 * the files stay where the `report-file` and `sarif-file` outputs say.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { describeError } from '../../core/errors.js';
import { keepsAuditIssue } from './audit-issue.js';

export type ArtifactInput = 'auto' | 'true' | 'false';

/** `auto`: on scheduled and manual audits, where nobody watches the run (the same events as the audit issue). */
export function wantsArtifact(input: ArtifactInput, eventName: string): boolean {
  return input === 'true' || (input === 'auto' && keepsAuditIssue(eventName));
}

/** The part of @actions/artifact's client used here (tests may pass their own). */
export interface ArtifactUploader {
  uploadArtifact(name: string, files: string[], rootDirectory: string, options?: { retentionDays?: number }): Promise<{ id?: number; size?: number }>;
}

export interface ArtifactTarget {
  name: string;
  /** GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID, for the artifact's page. */
  serverUrl: string;
  repository?: string;
  runId?: string;
  retentionDays?: number;
}

export interface ArtifactOutcome {
  name: string;
  id?: number;
  size?: number;
  /** The artifact's page (download link) when the upload returned its ID. */
  url?: string;
  files: string[];
  problems: string[];
}

/** The deepest folder holding every file (the artifact keeps paths relative to it). */
export function commonFolder(files: readonly string[]): string {
  let root = dirname(files[0]!);
  for (const file of files.slice(1)) {
    while (relative(root, file).startsWith(`..${sep}`) || relative(root, file) === '..') root = dirname(root);
  }
  return root;
}

export function artifactUrl(target: ArtifactTarget, id: number): string | undefined {
  if (!target.repository || !target.runId) return undefined;
  return `${target.serverUrl.replace(/\/+$/, '')}/${target.repository}/actions/runs/${encodeURIComponent(target.runId)}/artifacts/${id}`;
}

export async function uploadReports(files: readonly string[], target: ArtifactTarget, uploader?: ArtifactUploader): Promise<ArtifactOutcome> {
  const present = files.filter((file) => existsSync(file));
  const outcome: ArtifactOutcome = { name: target.name, files: present, problems: [] };
  if (present.length === 0) {
    outcome.problems.push('no report artifact uploaded: no report file was written');
    return outcome;
  }
  try {
    // Loaded only to upload; eager: inside the Action's one-file bundle, not a chunk file beside it.
    const client = uploader ?? new (await import(/* webpackMode: "eager" */ '@actions/artifact')).DefaultArtifactClient();
    const result = await client.uploadArtifact(target.name, present, commonFolder(present), target.retentionDays ? { retentionDays: target.retentionDays } : {});
    outcome.size = result.size;
    if (typeof result.id === 'number') {
      outcome.id = result.id;
      outcome.url = artifactUrl(target, result.id);
    }
  } catch (error) {
    const reason = describeError(error);
    const hint = /already exists/i.test(reason) ? ' (another step of this run used the name: set `artifact-name`)' : '';
    outcome.problems.push(`could not upload the reports as artifact "${target.name}": ${reason}${hint}; the files are still at the report-file and sarif-file outputs`);
  }
  return outcome;
}
