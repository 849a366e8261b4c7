/**
 * The GitHub client: @actions/github's Octokit (REST methods, pagination, the runner's proxy settings) with
 * the throttling plugin (primary and secondary rate limits honoured: waits and retries as GitHub asks) and
 * the retry plugin (5xx and network errors retried). Base URL from GITHUB_API_URL (GitHub Enterprise Server
 * and tests' loopback servers).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { TOOL_NAME, TOOL_VERSION } from '../../core/version.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL; default https://api.github.com. */
  baseUrl?: string;
  /** Log a line (a rate-limit wait). */
  log?(message: string): void;
  /** Retries of a rate-limited request before giving up (default 2). */
  rateLimitRetries?: number;
  /** Base delay of the retry plugin in ms (tests shorten it). */
  retryAfterBaseValue?: number;
}

export function createClient(options: ClientOptions): GitHubClient {
  const limit = options.rateLimitRetries ?? 2;
  const log = options.log ?? (() => undefined);
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    if (retryCount >= limit) {
      log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
      return false;
    }
    log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
    return true;
  };
  return getOctokit(
    options.token,
    {
      baseUrl: (options.baseUrl || 'https://api.github.com').replace(/\/+$/, ''),
      userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      retry: {
        // 4xx are answers (403 permission, 404, 422 invalid): retrying cannot change them.
        doNotRetry: [400, 401, 403, 404, 410, 422, 451],
        ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}),
      },
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    },
    retry,
    throttling,
  );
}

/**
 * A request refused for want of a token permission: GitHub's 403 "Resource not accessible by integration" (fork
 * PRs, a job's `permissions:`) or "… by personal access token" (a fine-grained token's scopes). Other 403s have
 * other reasons, said as GitHub gave them: a rate limit (the throttling plugin handles those), a locked
 * conversation, a blocked user.
 */
export function isPermissionDenied(error: unknown): boolean {
  if ((error as { status?: number }).status !== 403) return false;
  const message = String((error as { message?: string }).message ?? '');
  return /not accessible by|must have (admin|push|write) (rights|access)|permission/i.test(message) && !/rate limit/i.test(message);
}

/** The status and message of a failed request, in one line (never a body, never a header). */
export function describeRequestError(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = String((error as { message?: string }).message ?? error).split('\n')[0];
  return status ? `${status} ${message}` : message;
}
