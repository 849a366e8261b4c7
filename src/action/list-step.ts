/**
 * The Action's `command: repos`: an organization audit's list stage as a workflow step. The same listing as
 * the CLI's `repos` (listMatrix), fed by the step's inputs and token instead of argv and GITHUB_TOKEN. It only
 * lists: the entry sets the outputs (`matrix`, `repositories`) and the job summary from what it returns.
 */
import { UserError } from '../core/errors.js';
import type { ListInputs } from './inputs.js';
import { createClient } from '../github/client.js';
import { checkOwnerName, listMatrix, type Matrix } from '../audit/repositories.js';

export interface ListStepResult {
  matrix: Matrix;
  /** Repositories in the matrix. */
  repositories: number;
  /** One line: what was listed, selected and left out. */
  description: string;
}

export interface ListStepContext {
  /** The github-token input. */
  token: string;
  /** GITHUB_API_URL ('' or undefined: api.github.com). */
  apiUrl?: string;
  log?(line: string): void;
}

export async function listStep(inputs: ListInputs, context: ListStepContext): Promise<ListStepResult> {
  if (!inputs.organization) throw new UserError('input organization: command repos needs the organization (or user) to list');
  const owner = checkOwnerName(inputs.organization);
  if (!context.token) throw new UserError('input github-token: command repos needs a token that can list (and later clone) the repositories');
  const log = context.log ?? (() => {});
  const octokit = createClient({ token: context.token, baseUrl: context.apiUrl || undefined, log });
  const filter = { includeArchived: inputs.includeArchived, includeForks: inputs.includeForks, match: inputs.match, topics: [], visibility: [] };
  const { matrix, selected, description } = await listMatrix(octokit, owner, filter, inputs.batchSize, log);
  return { matrix, repositories: selected, description };
}
