/**
 * Where the Action works: the workspace, the scanned root inside it, and the environment git needs there.
 * The `path` input names a folder of the checkout; after resolving symlinks it must still lie inside the
 * workspace (a link the repository planted cannot point the scan, and its reports, at the runner's disk).
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { isInside } from '../core/paths.js';
import type { GitSetup } from '../sources/git/run.js';

export interface Workspace {
  /** GITHUB_WORKSPACE (or the working directory), symlinks resolved. */
  workspace: string;
  /** The scanned folder, symlinks resolved; inside `workspace`. */
  root: string;
  /** How git runs here: the step's environment, and the workspace and root trusted (container jobs). */
  git: GitSetup;
}

function realPath(path: string, what: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${what}: ${code === 'ENOENT' ? 'no such file or directory' : `cannot resolve (${code ?? 'error'})`}: ${path}`);
  }
}

export function resolveWorkspace(env: NodeJS.ProcessEnv, pathInput: string): Workspace {
  const workspace = realPath(resolve(env.GITHUB_WORKSPACE || process.cwd()), 'GITHUB_WORKSPACE');
  const root = realPath(resolve(workspace, pathInput), 'input path');
  if (!isInside(workspace, root)) {
    throw new UserError(`input path: ${pathInput} resolves to ${root}, outside the workspace ${workspace}`);
  }
  // Container jobs: the checkout belongs to another user, and git refuses it unless told it is trusted.
  return { workspace, root, git: { env, trusted: [workspace, root] } };
}
