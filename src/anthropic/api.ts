/**
 * One way to talk to the Anthropic API for verification and revocation: a request carrying exactly one
 * credential (the one we were given), bounded in time, retried as the API asks, and reduced to a result
 * that never holds a secret.
 *
 * The SDK builds the requests (auth header, `anthropic-version`, paths, typed errors, per-request timeout),
 * with its own retries turned off (`maxRetries: 0`) because its retry loop fits neither rule we need:
 * it would wait as long as any `retry-after` says (an hour, if asked) with no budget for the whole run, and its
 * backoff (0.5 s doubling) cannot be shortened for tests. The retry policy below follows the SDK's own
 * (408/409/429/5xx and connection errors; `x-should-retry`, `retry-after-ms`, `retry-after`; jittered
 * exponential backoff) and adds the bounds. Bodies are read and checked here so that a 200 that is not the
 * API's (a captive portal, a proxy) is never taken for a live key.
 */
// The SDK's CommonJS build: its ES build loads parts of itself with `import()`, which ncc would split into chunk
// files beside the bundle; the CommonJS build's `require()`s stay inside the one file.
import { Anthropic, APIConnectionTimeoutError, APIError, APIUserAbortError } from '@anthropic-ai/sdk/index.js';
import { isObject } from '../core/json.js';
import { baseURLProblem } from './base-url.js';
import { scrub } from '../core/scrub.js';
import type { Secret } from '../core/secret.js';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from '../core/version.js';

export const DEFAULT_BASE_URL = 'https://api.anthropic.com';
export const ANTHROPIC_VERSION = '2023-06-01';
export const USER_AGENT = `${TOOL_NAME}/${TOOL_VERSION} (+${TOOL_URI})`;

/** Knobs shared by verification and revocation. Every one has a safe default. */
export interface ApiOptions {
  /** Default: `process.env.ANTHROPIC_BASE_URL`, else https://api.anthropic.com. */
  baseURL?: string;
  /** Time allowed for one request, body included. Default 10 000 ms. */
  timeoutMs?: number;
  /** Retries after the first try (so at most maxRetries + 1 requests per call). Default 2. */
  maxRetries?: number;
  /** Time allowed for the whole run (every call, wait and retry). Default 120 000 ms. */
  totalBudgetMs?: number;
  /** First backoff delay when the API gives no `retry-after`; doubles per retry. Default 500 ms. */
  backoffMs?: number;
  /** Largest backoff delay. Default 8 000 ms. */
  maxBackoffMs?: number;
  /** A `retry-after` longer than this ends the retries (the key stays `unknown`). Default 30 000 ms. */
  maxRetryAfterMs?: number;
}

export interface ApiSettings {
  baseURL: string;
  timeoutMs: number;
  maxRetries: number;
  backoffMs: number;
  maxBackoffMs: number;
  maxRetryAfterMs: number;
  totalBudgetMs: number;
  /** Date.now() after which no request starts and no wait begins. */
  deadline: number;
}

export function resolveSettings(opts: ApiOptions, now = Date.now()): ApiSettings {
  const baseURL = (opts.baseURL ?? process.env['ANTHROPIC_BASE_URL'] ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const totalBudgetMs = nonNegative(opts.totalBudgetMs, 120_000);
  return {
    baseURL: baseURL || DEFAULT_BASE_URL,
    timeoutMs: Math.max(1, nonNegative(opts.timeoutMs, 10_000)),
    maxRetries: Math.floor(nonNegative(opts.maxRetries, 2)),
    backoffMs: nonNegative(opts.backoffMs, 500),
    maxBackoffMs: nonNegative(opts.maxBackoffMs, 8_000),
    maxRetryAfterMs: nonNegative(opts.maxRetryAfterMs, 30_000),
    totalBudgetMs,
    deadline: now + totalBudgetMs,
  };
}

function nonNegative(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

export { baseURLProblem };

/**
 * The notice both entries show when keys are sent somewhere other than the Anthropic API itself (Claude Code
 * users often point ANTHROPIC_BASE_URL at a gateway that must not receive found keys unawares); undefined
 * for https://api.anthropic.com.
 */
export function baseURLNotice(baseURL: string): string | undefined {
  if (baseURL.replace(/\/+$/, '') === DEFAULT_BASE_URL) return undefined;
  return `found keys are checked at ${displayBase(baseURL)} (ANTHROPIC_BASE_URL), not ${DEFAULT_BASE_URL}: that host receives every key checked`;
}

/** Where requests go, for messages: the origin only (a base URL could carry user:password). */
export function displayBase(baseURL: string): string {
  try {
    return new URL(baseURL).origin;
  } catch {
    return 'the configured ANTHROPIC_BASE_URL';
  }
}

/** Why a call did not succeed. `message` is one line and holds no secret. */
export interface Failure {
  /** 'api-error': the API answered with an error status; 'timeout' / 'connection': no answer;
   *  'not-api': an answer that is not the Anthropic API's; 'budget': the run's time ran out;
   *  'outage': not sent, the service was found down by earlier requests; 'redirect': a 3xx, never followed. */
  kind: 'api-error' | 'timeout' | 'connection' | 'not-api' | 'budget' | 'outage' | 'redirect';
  status?: number;
  /** The API's `error.type` (authentication_error, permission_error, rate_limit_error, ...). */
  errorType?: string;
  /** The API's `error.details.error_code`, where the answer has one (enforced_spend_limit_reached, ...). */
  errorCode?: string;
  /** The API's `error.message`, scrubbed and on one line. */
  apiMessage?: string;
  message: string;
  retryable: boolean;
  /** What the answer asked us to wait before retrying. */
  retryAfterMs?: number;
}

export type CallResult<T> =
  | { ok: true; data: T; headers: Headers; tries: number }
  | { ok: false; failure: Failure; tries: number };

/** Sends one request with a client; must resolve to the raw response (`.asResponse()`). */
export type Send = (client: Anthropic, signal: AbortSignal) => Promise<Response>;

/** Checks that a 2xx body is what the endpoint returns; undefined when it is not. */
export type Parse<T> = (body: unknown) => T | undefined;

/** Headers that may leave this process. Anything else the SDK or the environment adds is dropped. */
const ALLOWED_HEADERS = new Set([
  'accept',
  'content-type',
  'content-length',
  'anthropic-version',
  'anthropic-beta',
  'user-agent',
  'x-api-key',
]);

/**
 * An SDK client that sends `credential` and nothing else of the user's: `apiKey` explicit, `authToken: null`
 * (no `ANTHROPIC_AUTH_TOKEN` Bearer), no profiles or config files (skipped when a key is given), logging off,
 * and a fetch that keeps only the allowed headers (drops `ANTHROPIC_CUSTOM_HEADERS`, tracing headers) and
 * refuses to send any other credential.
 */
export function clientFor(credential: Secret, settings: ApiSettings): Anthropic {
  const expected = credential.reveal();
  const guardedFetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    const kept = new Headers();
    headers.forEach((value, name) => {
      if (ALLOWED_HEADERS.has(name.toLowerCase())) kept.set(name, value);
    });
    if (kept.get('x-api-key') !== expected) {
      return Promise.reject(new Error('refused to send a request without the credential being checked'));
    }
    // A redirect is not the API: following one would send the key to wherever it names.
    return fetch(input, { ...init, headers: kept, redirect: 'manual' }).then(capBody);
  };
  return new Anthropic({
    apiKey: expected,
    authToken: null,
    baseURL: settings.baseURL,
    maxRetries: 0,
    timeout: settings.timeoutMs,
    logLevel: 'off',
    fetch: guardedFetch,
    defaultHeaders: { 'anthropic-version': ANTHROPIC_VERSION, 'User-Agent': USER_AGENT },
  });
}

/** The most of a response body read (the API's answers are small; a hostile endpoint's need not be). */
export const MAX_BODY_BYTES = 1 << 20;

/** Thrown when an answer's body is larger than MAX_BODY_BYTES: not the API's answer. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

const NULL_BODY = new Set([101, 204, 205, 304]);

/** The response with its body read up to the cap (a larger one is refused, the rest never read). */
async function capBody(response: Response): Promise<Response> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BODY_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(`the answer's body (${declared} bytes) is larger than ${MAX_BODY_BYTES} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw new BodyTooLargeError(`the answer's body is larger than ${MAX_BODY_BYTES} bytes`);
      }
      chunks.push(value);
    }
  }
  const body = NULL_BODY.has(response.status) ? null : Buffer.concat(chunks);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether the service answers at all, across every call of a run. After `threshold` tries in a row that got
 * no usable answer (no connection, a timeout, 5xx/529), the service is taken to be down: calls stop retrying
 * and new calls are not made, so a run without network ends after a couple of timeouts, not one per key.
 * Any answer that is the API speaking about the request (2xx, 4xx) resets the count.
 */
export class ServiceHealth {
  private inARow = 0;
  private last = '';

  constructor(
    readonly threshold: number,
    private readonly base: string,
  ) {}

  get down(): boolean {
    return this.inARow >= this.threshold;
  }

  record(failure: Failure | undefined): void {
    if (failure && isTrouble(failure)) {
      this.inARow++;
      this.last = failure.message;
    } else if (!failure || failure.kind !== 'budget') {
      this.inARow = 0;
    }
  }

  describe(): string {
    return `not checked: the API at ${this.base} did not answer the previous ${this.inARow} requests (last: ${this.last})`;
  }
}

/** A failure that speaks of the service, not of the request or the key. */
export function isTrouble(failure: Failure): boolean {
  return (
    failure.kind === 'timeout' ||
    failure.kind === 'connection' ||
    (failure.status !== undefined && failure.status >= 500)
  );
}

/**
 * One API call with retries: at most `maxRetries + 1` tries (or `tries` when given), never past the run's
 * deadline, none once `health` says the service is down. Resolves, never rejects.
 */
export async function call<T>(
  client: Anthropic,
  credential: Secret,
  settings: ApiSettings,
  send: Send,
  parse: Parse<T>,
  { tries = settings.maxRetries + 1, health }: { tries?: number; health?: ServiceHealth } = {},
): Promise<CallResult<T>> {
  let last: Failure | undefined;
  for (let attempt = 0; attempt < tries; attempt++) {
    if (health?.down) {
      return { ok: false, failure: last ?? { kind: 'outage', message: health.describe(), retryable: false }, tries: attempt };
    }
    const left = settings.deadline - Date.now();
    if (left <= 0) return { ok: false, failure: last ?? budgetFailure(settings), tries: attempt };
    const result = await attemptOnce(client, credential, Math.min(settings.timeoutMs, left), send, parse);
    health?.record(result.ok ? undefined : result.failure);
    if (result.ok) return { ...result, tries: attempt + 1 };
    last = result.failure;
    if (!last.retryable || attempt + 1 >= tries) return { ok: false, failure: last, tries: attempt + 1 };
    const wait = retryDelay(last, attempt, settings);
    if (wait === undefined) {
      const seconds = Math.ceil((last.retryAfterMs ?? 0) / 1000);
      last = { ...last, message: `${last.message}; the API asked to wait ${seconds} s, longer than allowed` };
      return { ok: false, failure: last, tries: attempt + 1 };
    }
    if (Date.now() + wait >= settings.deadline) {
      return { ok: false, failure: { ...last, message: `${last.message}; no time left to retry` }, tries: attempt + 1 };
    }
    await sleep(wait);
  }
  return { ok: false, failure: last ?? budgetFailure(settings), tries };
}

function budgetFailure(settings: ApiSettings): Failure {
  return {
    kind: 'budget',
    message: `not checked: the time allowed for all requests (${Math.round(settings.totalBudgetMs / 1000)} s) ran out`,
    retryable: false,
  };
}

/** The wait before the next try, or undefined when the API asks for longer than we allow. */
export function retryDelay(failure: Failure, attempt: number, settings: ApiSettings, random = Math.random): number | undefined {
  if (failure.retryAfterMs !== undefined && failure.retryAfterMs > 0) {
    return failure.retryAfterMs > settings.maxRetryAfterMs ? undefined : failure.retryAfterMs;
  }
  const base = Math.min(settings.backoffMs * 2 ** attempt, settings.maxBackoffMs);
  return base * (1 - random() * 0.25); // jitter, as the SDK does: up to 25% shorter
}

/** `retry-after-ms` (milliseconds), else `retry-after` (seconds or an HTTP date). */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = headers?.get('retry-after-ms');
  if (ms) {
    const value = parseFloat(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers?.get('retry-after');
  if (after) {
    const seconds = Number(after.trim());
    if (after.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(after);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return undefined;
}

/** The SDK's rule for what is worth retrying, with the server's `x-should-retry` taking precedence. */
export function shouldRetry(status: number, headers: Headers | undefined): boolean {
  const header = headers?.get('x-should-retry');
  if (header === 'true') return true;
  if (header === 'false') return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

async function attemptOnce<T>(
  client: Anthropic,
  credential: Secret,
  timeoutMs: number,
  send: Send,
  parse: Parse<T>,
): Promise<{ ok: true; data: T; headers: Headers } | { ok: false; failure: Failure }> {
  const controller = new AbortController();
  let timedOut = false;
  // Our own timer covers the body as well as the headers (the SDK's covers the headers only).
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await send(client, controller.signal);
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const data = body === undefined ? undefined : parse(body);
    if (data === undefined) {
      return { ok: false, failure: notApi(response.status, response.headers.get('content-type'), credential) };
    }
    return { ok: true, data, headers: response.headers };
  } catch (error) {
    return { ok: false, failure: toFailure(error, credential, timedOut, timeoutMs) };
  } finally {
    clearTimeout(timer);
  }
}

function notApi(status: number, contentType: string | null, credential: Secret): Failure {
  // The header is the server's text: scrubbed (it could echo the key) and kept short.
  const type = contentType ? oneLine(scrub(contentType.split(';')[0], [credential])).slice(0, 60) : '';
  return {
    kind: 'not-api',
    status,
    message:
      `the answer (${status}${type ? `, ${type}` : ''}) is not the Anthropic API's: ` +
      'is ANTHROPIC_BASE_URL right, or is a proxy in the way?',
    retryable: false,
  };
}

function toFailure(error: unknown, credential: Secret, timedOut: boolean, timeoutMs: number): Failure {
  if (timedOut || error instanceof APIConnectionTimeoutError || (error instanceof APIUserAbortError && timedOut)) {
    return { kind: 'timeout', message: `no answer within ${timeoutMs} ms`, retryable: true };
  }
  const tooLarge = causeOf(error, BodyTooLargeError);
  if (tooLarge) return { kind: 'not-api', message: `${tooLarge.message}: not the Anthropic API's answer`, retryable: false };
  if (error instanceof APIError && error.status !== undefined && error.status >= 300 && error.status < 400) {
    return {
      kind: 'redirect',
      status: error.status,
      message: `the answer was a redirect (${error.status}), which is never followed: the key was not sent on; is ANTHROPIC_BASE_URL right?`,
      retryable: false,
    };
  }
  if (error instanceof APIError && error.status !== undefined) {
    const status = error.status;
    const body = error.error as { type?: unknown; error?: { type?: unknown; message?: unknown; details?: unknown } } | undefined;
    const isApiBody = body?.type === 'error' && typeof body.error?.type === 'string';
    const headers = error.headers;
    if (!isApiBody) {
      // An error status with a body that is not the API's: a proxy or a gateway. 5xx are still worth a retry.
      return { ...notApi(status, headers?.get('content-type') ?? null, credential), retryable: shouldRetry(status, headers) };
    }
    const errorType = oneLine(scrub(String(body.error?.type), [credential]));
    const apiMessage = typeof body.error?.message === 'string' ? oneLine(scrub(body.error.message, [credential])) : '';
    const details = body.error?.details;
    const code = isObject(details) && typeof details['error_code'] === 'string' ? oneLine(scrub(details['error_code'], [credential])) : undefined;
    return {
      kind: 'api-error',
      status,
      errorType,
      ...(code ? { errorCode: code } : {}),
      ...(apiMessage ? { apiMessage } : {}),
      message: `the API answered ${status} ${errorType}${code ? ` [${code}]` : ''}${apiMessage ? ` (${apiMessage})` : ''}`,
      // A spend cap does not lift by waiting: retrying cannot help.
      retryable: code === SPEND_LIMIT ? false : shouldRetry(status, headers),
      retryAfterMs: retryAfterMs(headers),
    };
  }
  return { kind: 'connection', message: `connection failed: ${connectionReason(error, credential)}`, retryable: true };
}

/** `error.details.error_code` of a 429 whose organization reached its spend limit. */
export const SPEND_LIMIT = 'enforced_spend_limit_reached';

/** The first error of a class in an error's cause chain. */
function causeOf<E extends Error>(error: unknown, type: new (...args: never[]) => E): E | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    if (current instanceof type) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The most specific reason in an error's cause chain: ENOTFOUND, ECONNREFUSED, ECONNRESET, ... */
function connectionReason(error: unknown, credential: Secret): string {
  const codes: Record<string, string> = {
    ENOTFOUND: 'host not found by DNS',
    EAI_AGAIN: 'DNS lookup failed',
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    UND_ERR_SOCKET: 'connection closed by the server',
    ETIMEDOUT: 'connection timed out',
    ENETUNREACH: 'network unreachable',
    EHOSTUNREACH: 'host unreachable',
  };
  let current: unknown = error;
  let innermost = '';
  for (let depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return codes[code] ? `${codes[code]} (${code})` : code;
    if (current instanceof Error && current.message) innermost = current.message;
    current = (current as { cause?: unknown }).cause;
  }
  return oneLine(scrub(innermost || 'unknown error', [credential]));
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

export { isObject };

/** The body of `GET /v1/organizations/me`: `{id, type: 'organization', name}`. */
export function parseOrganization(body: unknown): { id: string; name?: string } | undefined {
  if (!isObject(body) || typeof body['id'] !== 'string') return undefined;
  return { id: body['id'], ...(typeof body['name'] === 'string' ? { name: body['name'] } : {}) };
}
