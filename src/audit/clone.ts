/**
 * Bare clones with the whole history, authenticated without the token ever being in argv, a URL, a config
 * file or an error message: it rides in an `http.<origin>/.extraheader` set through git's environment
 * config (GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n), scoped to the server it is for.
 */
import { spawn } from 'node:child_process';
import { scrub } from '../core/scrub.js';

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

/**
 * git's environment for a clone: no prompt, and, for an http(s) URL with a token, the auth header scoped
 * to that origin (appended after any GIT_CONFIG_COUNT entries already in the environment).
 */
export function cloneEnv(url: string, token: string | undefined, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
  let origin: string | undefined;
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' || u.protocol === 'http:') origin = `${u.protocol}//${u.host}/`;
  } catch {
    origin = undefined;
  }
  if (token && origin) {
    const n = Number(env.GIT_CONFIG_COUNT) || 0;
    // The form actions/checkout uses; GitHub accepts any user name with the token as password.
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    out.GIT_CONFIG_COUNT = String(n + 1);
    out[`GIT_CONFIG_KEY_${n}`] = `http.${origin}.extraheader`;
    out[`GIT_CONFIG_VALUE_${n}`] = `AUTHORIZATION: basic ${basic}`;
  }
  return out;
}

export class CloneError extends Error {
  override readonly name = 'CloneError';
}

/** The line of git's stderr that says what went wrong (`fatal: ...`), else its last line. */
function gitReason(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => l.startsWith('fatal:')) ?? lines.at(-1) ?? 'no message';
}

/** `git clone --bare` of the repository; resolves when done, rejects with a one-line CloneError. */
export function cloneBare(options: CloneOptions): Promise<void> {
  const url = cloneUrl(options.urlTemplate, options.repository, options.env.GITHUB_SERVER_URL || undefined);
  const env = cloneEnv(url, options.token, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['clone', '--bare', '--quiet', '--no-hardlinks', '--', url, options.directory], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += d.toString('utf8');
    });
    const timer =
      options.timeoutMs !== undefined ? setTimeout(() => child.kill('SIGTERM'), options.timeoutMs).unref() : undefined;
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      reject(new CloneError(`git could not be started: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code === 0) resolve();
      else if (signal) reject(new CloneError(`clone stopped (${signal})${options.timeoutMs ? ` after ${options.timeoutMs / 1000} s` : ''}`));
      else reject(new CloneError(`clone failed: ${scrub(gitReason(stderr), options.token ? [options.token] : [])}`));
    });
  });
}
