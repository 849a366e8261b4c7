/** `command: repos`: an organization audit's list stage; outputs the matrix, scans nothing. */
import * as core from '@actions/core';
import { listStep } from '../audit/list-step.js';
import { describeError } from '../core/errors.js';
import { scrub } from '../core/scrub.js';
import type { ActionInputs } from './inputs.js';
import type { RunnerLog } from './runner-log.js';

export async function listRepositories(inputs: ActionInputs, env: NodeJS.ProcessEnv, log: RunnerLog): Promise<void> {
  const listed = await listStep(inputs.list, { token: inputs.githubToken, apiUrl: env.GITHUB_API_URL, log: (line) => log.info(line) });
  log.info(listed.description);
  core.setOutput('matrix', JSON.stringify(listed.matrix));
  core.setOutput('repositories', listed.repositories);
  if (inputs.summary) {
    try {
      await core.summary.addRaw(scrub(`anthropic-key-scan: ${listed.description}\n`), true).write();
    } catch (error) {
      log.info(`no job summary written: ${describeError(error)}`);
    }
  }
}
