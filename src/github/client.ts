/**
 * The one GitHub client: every call to GitHub's API, from sources and reporters alike, goes through the client
 * made here. It is @actions/github's Octokit (REST methods, pagination, the runner's proxy settings) with the
 * throttling plugin (rate limits honoured) and the retry plugin (5xx retried), behind a fetch that holds three
 * promises whatever GitHub, a proxy or a hostile answer does:
 *
 * - The token goes to GITHUB_API_URL's origin (scheme, host, port) and nowhere else. A request the client is
 *   asked to send elsewhere (a pagination `Link` pointing at another origin) is refused, naming the origin; a
 *   redirect is followed by hand, and a hop to another origin (a log, artifact or release-asset download on
 *   storage) is sent WITHOUT the Authorization header.
 * - Every request has a timeout (30 s by default): a server that accepts and never answers costs that, once
 *   (a timeout is not retried: the next request would likely hang as long).
 * - The whole GitHub phase can have a deadline: past it nothing is sent and what is in flight is dropped, and a
 *   rate limit that asks to wait past it (or longer than `maxRetryAfterSeconds`) is given up, so a hang never
 *   holds back the findings, the job summary, the report files or the step's failure.
 *
 * A refusal, a timeout or the deadline is an error named AbortError: @octokit/request passes those through
 * untouched and the retry plugin does not retry them.
 */
import { isLoopbackAddress } from '../core/endpoint.js';
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

export const DEFAULT_API_URL = 'https://api.github.com';
/** Per request, in ms. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The longest rate-limit wait honoured, in seconds; GitHub's secondary limits ask for 60. */
export const DEFAULT_MAX_RETRY_AFTER = 60;
/** The Action's GitHub phase (reviews, check run, issue, artifact), in ms, unless the environment says otherwise. */
export const DEFAULT_PHASE_MS = 5 * 60_000;
const MAX_REDIRECTS = 5;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL; default https://api.github.com. */
  baseUrl?: string;
  /** Log a line (a rate-limit wait, a refused link). */
  log?(message: string): void;
  /** Retries of a rate-limited request before giving up (default 2). */
  rateLimitRetries?: number;
  /** Base delay of the retry plugin in ms (tests shorten it). */
  retryAfterBaseValue?: number;
  /** Per-request timeout in ms (default 30 s). */
  timeoutMs?: number;
  /** Epoch ms after which no request is sent and those in flight are dropped. */
  deadline?: number;
  /** A rate limit asking to wait longer than this (seconds) is given up (default 60). */
  maxRetryAfterSeconds?: number;
  /** The fetch that sends (default: the runner's proxy-aware fetch). */
  fetch?: Fetch;
}

/** What the client refused to do or gave up on; never retried. */
export class ClientRefusal extends Error {
  override readonly name = 'AbortError';
  readonly refused = true;
}

/**
 * The timeout and deadline settings from the environment, for entry points: ANTHROPIC_KEY_SCAN_GITHUB_TIMEOUT_MS
 * (per request) and ANTHROPIC_KEY_SCAN_GITHUB_DEADLINE_MS (the whole phase, from `now`; `defaultPhaseMs` when
 * unset). Junk is ignored.
 */
export function clientLimitsFrom(env: NodeJS.ProcessEnv, now = Date.now(), defaultPhaseMs?: number): Pick<ClientOptions, 'timeoutMs' | 'deadline'> {
  const ms = (value: string | undefined): number | undefined => (value && /^\d{1,9}$/.test(value.trim()) && Number(value) > 0 ? Number(value) : undefined);
  const timeoutMs = ms(env.ANTHROPIC_KEY_SCAN_GITHUB_TIMEOUT_MS);
  const phase = ms(env.ANTHROPIC_KEY_SCAN_GITHUB_DEADLINE_MS) ?? defaultPhaseMs;
  return { ...(timeoutMs ? { timeoutMs } : {}), ...(phase ? { deadline: now + phase } : {}) };
}

/** Where a redirect may lead: https anywhere, plain http only to the API's own origin or loopback. */
function acceptableHop(url: URL, apiOrigin: string): boolean {
  if (url.origin === apiOrigin) return true;
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackAddress(url.hostname));
}

function withoutAuthorization(headers: RequestInit['headers']): Headers {
  const copy = new Headers(headers);
  copy.delete('authorization');
  return copy;
}

/**
 * A fetch that sends only to `apiOrigin` with the token, follows redirects by hand (the token dropped off that
 * origin), and gives every request `timeoutMs` and the phase's deadline.
 */
export function guardedFetch(inner: Fetch, apiOrigin: string, limits: { timeoutMs: number; deadline?: number }): Fetch {
  return async (input, init = {}) => {
    let url = new URL(String(input));
    if (url.origin !== apiOrigin) {
      // Octokit sends only what it was asked to or what a Link header named: another origin is never ours to call.
      throw new ClientRefusal(`refused to send the token to ${url.origin}: GitHub's answer pointed at another origin than GITHUB_API_URL (${apiOrigin})`);
    }
    const left = limits.deadline === undefined ? Infinity : limits.deadline - Date.now();
    if (left <= 0) throw new ClientRefusal('the GitHub phase ran out of time: request not sent');
    const wait = Math.min(limits.timeoutMs, left);
    const signals = [AbortSignal.timeout(wait), ...(init.signal ? [init.signal] : [])];
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0]!;
    let request: RequestInit = { ...init, signal, redirect: 'manual' };
    try {
      for (let hop = 0; ; hop++) {
        const response = await inner(url, request);
        const location = response.headers.get('location');
        if (![301, 302, 303, 307, 308].includes(response.status) || !location) return response;
        await response.body?.cancel().catch(() => undefined);
        const next = new URL(location, url);
        if (hop >= MAX_REDIRECTS) throw new ClientRefusal(`more than ${MAX_REDIRECTS} redirects from ${url.origin}`);
        if (!acceptableHop(next, apiOrigin)) throw new ClientRefusal(`refused a redirect to ${next.protocol}//${next.host}: plain http off GitHub's origin`);
        // 303, and 301/302 after a POST, turn into a GET without a body, as browsers and fetch do.
        const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && (request.method ?? 'GET').toUpperCase() === 'POST');
        const headers = next.origin === apiOrigin ? new Headers(init.headers) : withoutAuthorization(init.headers);
        request = { ...request, headers, ...(toGet ? { method: 'GET', body: null } : {}) };
        url = next;
      }
    } catch (error) {
      if (error instanceof ClientRefusal) throw error;
      if (signal.aborted && !init.signal?.aborted) {
        throw new ClientRefusal(wait < limits.timeoutMs ? 'the GitHub phase ran out of time: no answer' : `GitHub did not answer within ${Math.round(limits.timeoutMs / 100) / 10} s`);
      }
      throw error;
    }
  };
}

export function createClient(options: ClientOptions): GitHubClient {
  const limit = options.rateLimitRetries ?? 2;
  const log = options.log ?? (() => undefined);
  const maxWait = options.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER;
  const baseUrl = (options.baseUrl || DEFAULT_API_URL).replace(/\/+$/, '');
  const inner = options.fetch ?? ((actionsDefaults.request as { fetch?: Fetch } | undefined)?.fetch ?? fetch);
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const what = `GitHub ${kind} rate limit on ${request.method} ${request.url}`;
    if (retryCount >= limit) {
      log(`${what}: giving up after ${retryCount} retries`);
      return false;
    }
    // A wait GitHub (or something posing as it) asks for is honoured only while it is short and ends in time.
    if (retryAfter > maxWait || (options.deadline !== undefined && Date.now() + retryAfter * 1000 >= options.deadline)) {
      log(`${what}: giving up rather than wait ${retryAfter}s`);
      return false;
    }
    log(`${what}: retrying in ${retryAfter}s`);
    return true;
  };
  return getOctokit(
    options.token,
    {
      baseUrl,
      userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
      request: {
        fetch: guardedFetch(inner, new URL(baseUrl).origin, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, ...(options.deadline !== undefined ? { deadline: options.deadline } : {}) }),
      },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      retry: {
        // 4xx are answers (403 permission, 404, 422 invalid): retrying cannot change them.
        doNotRetry: [400, 401, 403, 404, 410, 422, 451],
        retries: 2,
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
  const message = String((error as { message?: string }).message ?? error).split('\n')[0];
  // Octokit stamps 500 on what it passes through (a refusal, a timeout): no status was answered.
  if ((error as { refused?: boolean }).refused) return message;
  const status = (error as { status?: number }).status;
  return status ? `${status} ${message}` : message;
}
