/**
 * Bare clones with the whole history for organization audits: the clone URL from a template, then git's own
 * bare clone (sources/git/remote.ts), with the token only in the auth header of the URL's server.
 */
import { cloneBare as gitCloneBare } from '../sources/git/remote.js';

export interface CloneOptions {
  /** OWNER/NAME. */
  repository: string;
  /** `{repo}` (OWNER/NAME), `{owner}` and `{name}` are replaced. */
  urlTemplate: string;
  /** Where the bare repository goes (must not exist, or be empty). */
  directory: string;
  /** A GitHub token; sent only to the clone URL's origin, over http(s). */
  token?: string;
  env: NodeJS.ProcessEnv;
  /** Abort the clone after this long (default: no limit). */
  timeoutMs?: number;
}

export const DEFAULT_CLONE_URL_TEMPLATE = '{server}/{repo}.git';

export function cloneUrl(template: string, repository: string, serverUrl = 'https://github.com'): string {
  const [owner, name] = repository.split('/');
  return template
    .replace(/\{server\}/g, serverUrl.replace(/\/+$/, ''))
    .replace(/\{repo\}/g, repository)
    .replace(/\{owner\}/g, owner)
    .replace(/\{name\}/g, name);
}

/** `git clone --bare` of the repository; resolves when done, rejects with a one-line CloneError. */
export function cloneBare(options: CloneOptions): Promise<void> {
  const url = cloneUrl(options.urlTemplate, options.repository, options.env.GITHUB_SERVER_URL || undefined);
  return gitCloneBare(url, options.directory, {
    env: options.env,
    ...(options.token ? { token: options.token } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
}
