export const id = 709;
export const ids = [709];
export const modules = {

/***/ 1709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyAndRevoke: () => (/* binding */ verifyAndRevoke)
});

// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/client.mjs + 195 modules
var client = __webpack_require__(27184);
// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/core/error.mjs
var core_error = __webpack_require__(25064);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(86153);
// EXTERNAL MODULE: ./src/core/scrub.ts
var scrub = __webpack_require__(88660);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
;// CONCATENATED MODULE: ./src/anthropic/api.ts
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




const DEFAULT_BASE_URL = 'https://api.anthropic.com';
const ANTHROPIC_VERSION = '2023-06-01';
const USER_AGENT = `${version/* TOOL_NAME */.lH}/${version/* TOOL_VERSION */.wr} (+${version/* TOOL_URI */.qH})`;
function resolveSettings(opts, now = Date.now()) {
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
function nonNegative(value, fallback) {
    return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}
/**
 * Why the base URL cannot be used, or undefined when it can: found keys travel to it, so it must be https://,
 * or plain http:// to this machine only (a local gateway, a test server), and hold no user or password.
 */
function baseURLProblem(baseURL) {
    let url;
    try {
        url = new URL(baseURL);
    }
    catch {
        return 'ANTHROPIC_BASE_URL is not an http(s) URL';
    }
    // fetch refuses such a URL with an error that quotes it whole, password and all, into the report.
    if (url.username || url.password)
        return 'ANTHROPIC_BASE_URL must not hold a user or password (user:password@)';
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol !== 'http:')
        return 'ANTHROPIC_BASE_URL is not an http(s) URL';
    if (isLoopback(url.hostname))
        return undefined;
    return `ANTHROPIC_BASE_URL must be https:// (plain http:// only to a loopback address, not ${url.host}): found keys would travel unencrypted`;
}
/** 127.0.0.0/8, ::1 and localhost: addresses that never leave this machine. */
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost') || host === '::1')
        return true;
    const octets = host.split('.');
    return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}
/**
 * The notice both entries show when keys are sent somewhere other than the Anthropic API itself (Claude Code
 * users often point ANTHROPIC_BASE_URL at a gateway that must not receive found keys unawares); undefined
 * for https://api.anthropic.com.
 */
function baseURLNotice(baseURL) {
    if (baseURL.replace(/\/+$/, '') === DEFAULT_BASE_URL)
        return undefined;
    return `found keys are checked at ${displayBase(baseURL)} (ANTHROPIC_BASE_URL), not ${DEFAULT_BASE_URL}: that host receives every key checked`;
}
/** Where requests go, for messages: the origin only (a base URL could carry user:password). */
function displayBase(baseURL) {
    try {
        return new URL(baseURL).origin;
    }
    catch {
        return 'the configured ANTHROPIC_BASE_URL';
    }
}
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
function clientFor(credential, settings) {
    const expected = credential.reveal();
    const guardedFetch = (input, init) => {
        const headers = new Headers(init?.headers);
        const kept = new Headers();
        headers.forEach((value, name) => {
            if (ALLOWED_HEADERS.has(name.toLowerCase()))
                kept.set(name, value);
        });
        if (kept.get('x-api-key') !== expected) {
            return Promise.reject(new Error('refused to send a request without the credential being checked'));
        }
        // A redirect is not the API: following one would send the key to wherever it names.
        return fetch(input, { ...init, headers: kept, redirect: 'manual' }).then(capBody);
    };
    return new client/* Anthropic */.NB({
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
const MAX_BODY_BYTES = 1 << 20;
/** Thrown when an answer's body is larger than MAX_BODY_BYTES: not the API's answer. */
class BodyTooLargeError extends Error {
    name = 'BodyTooLargeError';
}
const NULL_BODY = new Set([101, 204, 205, 304]);
/** The response with its body read up to the cap (a larger one is refused, the rest never read). */
async function capBody(response) {
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_BODY_BYTES) {
        await response.body?.cancel().catch(() => undefined);
        throw new BodyTooLargeError(`the answer's body (${declared} bytes) is larger than ${MAX_BODY_BYTES} bytes`);
    }
    const chunks = [];
    let size = 0;
    if (response.body) {
        const reader = response.body.getReader();
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
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
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Whether the service answers at all, across every call of a run. After `threshold` tries in a row that got
 * no usable answer (no connection, a timeout, 5xx/529), the service is taken to be down: calls stop retrying
 * and new calls are not made, so a run without network ends after a couple of timeouts, not one per key.
 * Any answer that is the API speaking about the request (2xx, 4xx) resets the count.
 */
class ServiceHealth {
    threshold;
    base;
    inARow = 0;
    last = '';
    constructor(threshold, base) {
        this.threshold = threshold;
        this.base = base;
    }
    get down() {
        return this.inARow >= this.threshold;
    }
    record(failure) {
        if (failure && isTrouble(failure)) {
            this.inARow++;
            this.last = failure.message;
        }
        else if (!failure || failure.kind !== 'budget') {
            this.inARow = 0;
        }
    }
    describe() {
        return `not checked: the API at ${this.base} did not answer the previous ${this.inARow} requests (last: ${this.last})`;
    }
}
/** A failure that speaks of the service, not of the request or the key. */
function isTrouble(failure) {
    return (failure.kind === 'timeout' ||
        failure.kind === 'connection' ||
        (failure.status !== undefined && failure.status >= 500));
}
/**
 * One API call with retries: at most `maxRetries + 1` tries (or `tries` when given), never past the run's
 * deadline, none once `health` says the service is down. Resolves, never rejects.
 */
async function call(client, credential, settings, send, parse, { tries = settings.maxRetries + 1, health } = {}) {
    let last;
    for (let attempt = 0; attempt < tries; attempt++) {
        if (health?.down) {
            return { ok: false, failure: last ?? { kind: 'outage', message: health.describe(), retryable: false }, tries: attempt };
        }
        const left = settings.deadline - Date.now();
        if (left <= 0)
            return { ok: false, failure: last ?? budgetFailure(settings), tries: attempt };
        const result = await attemptOnce(client, credential, Math.min(settings.timeoutMs, left), send, parse);
        health?.record(result.ok ? undefined : result.failure);
        if (result.ok)
            return { ...result, tries: attempt + 1 };
        last = result.failure;
        if (!last.retryable || attempt + 1 >= tries)
            return { ok: false, failure: last, tries: attempt + 1 };
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
function budgetFailure(settings) {
    return {
        kind: 'budget',
        message: `not checked: the time allowed for all requests (${Math.round(settings.totalBudgetMs / 1000)} s) ran out`,
        retryable: false,
    };
}
/** The wait before the next try, or undefined when the API asks for longer than we allow. */
function retryDelay(failure, attempt, settings, random = Math.random) {
    if (failure.retryAfterMs !== undefined && failure.retryAfterMs > 0) {
        return failure.retryAfterMs > settings.maxRetryAfterMs ? undefined : failure.retryAfterMs;
    }
    const base = Math.min(settings.backoffMs * 2 ** attempt, settings.maxBackoffMs);
    return base * (1 - random() * 0.25); // jitter, as the SDK does: up to 25% shorter
}
/** `retry-after-ms` (milliseconds), else `retry-after` (seconds or an HTTP date). */
function retryAfterMs(headers, now = Date.now()) {
    const ms = headers?.get('retry-after-ms');
    if (ms) {
        const value = parseFloat(ms);
        if (Number.isFinite(value) && value >= 0)
            return value;
    }
    const after = headers?.get('retry-after');
    if (after) {
        const seconds = Number(after.trim());
        if (after.trim() !== '' && Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(after);
        if (!Number.isNaN(date))
            return Math.max(0, date - now);
    }
    return undefined;
}
/** The SDK's rule for what is worth retrying, with the server's `x-should-retry` taking precedence. */
function shouldRetry(status, headers) {
    const header = headers?.get('x-should-retry');
    if (header === 'true')
        return true;
    if (header === 'false')
        return false;
    return status === 408 || status === 409 || status === 429 || status >= 500;
}
async function attemptOnce(client, credential, timeoutMs, send, parse) {
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
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            body = undefined;
        }
        const data = body === undefined ? undefined : parse(body);
        if (data === undefined) {
            return { ok: false, failure: notApi(response.status, response.headers.get('content-type'), credential) };
        }
        return { ok: true, data, headers: response.headers };
    }
    catch (error) {
        return { ok: false, failure: toFailure(error, credential, timedOut, timeoutMs) };
    }
    finally {
        clearTimeout(timer);
    }
}
function notApi(status, contentType, credential) {
    // The header is the server's text: scrubbed (it could echo the key) and kept short.
    const type = contentType ? oneLine((0,scrub/* scrub */._I)(contentType.split(';')[0], [credential])).slice(0, 60) : '';
    return {
        kind: 'not-api',
        status,
        message: `the answer (${status}${type ? `, ${type}` : ''}) is not the Anthropic API's: ` +
            'is ANTHROPIC_BASE_URL right, or is a proxy in the way?',
        retryable: false,
    };
}
function toFailure(error, credential, timedOut, timeoutMs) {
    if (timedOut || error instanceof core_error/* APIConnectionTimeoutError */.qA || (error instanceof core_error/* APIUserAbortError */.cH && timedOut)) {
        return { kind: 'timeout', message: `no answer within ${timeoutMs} ms`, retryable: true };
    }
    const tooLarge = causeOf(error, BodyTooLargeError);
    if (tooLarge)
        return { kind: 'not-api', message: `${tooLarge.message}: not the Anthropic API's answer`, retryable: false };
    if (error instanceof core_error/* APIError */.LG && error.status !== undefined && error.status >= 300 && error.status < 400) {
        return {
            kind: 'redirect',
            status: error.status,
            message: `the answer was a redirect (${error.status}), which is never followed: the key was not sent on; is ANTHROPIC_BASE_URL right?`,
            retryable: false,
        };
    }
    if (error instanceof core_error/* APIError */.LG && error.status !== undefined) {
        const status = error.status;
        const body = error.error;
        const isApiBody = body?.type === 'error' && typeof body.error?.type === 'string';
        const headers = error.headers;
        if (!isApiBody) {
            // An error status with a body that is not the API's: a proxy or a gateway. 5xx are still worth a retry.
            return { ...notApi(status, headers?.get('content-type') ?? null, credential), retryable: shouldRetry(status, headers) };
        }
        const errorType = oneLine((0,scrub/* scrub */._I)(String(body.error?.type), [credential]));
        const apiMessage = typeof body.error?.message === 'string' ? oneLine((0,scrub/* scrub */._I)(body.error.message, [credential])) : '';
        const details = body.error?.details;
        const code = (0,json/* isObject */.Gv)(details) && typeof details['error_code'] === 'string' ? oneLine((0,scrub/* scrub */._I)(details['error_code'], [credential])) : undefined;
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
const SPEND_LIMIT = 'enforced_spend_limit_reached';
/** The first error of a class in an error's cause chain. */
function causeOf(error, type) {
    let current = error;
    for (let depth = 0; current && depth < 6; depth++) {
        if (current instanceof type)
            return current;
        current = current.cause;
    }
    return undefined;
}
/** The most specific reason in an error's cause chain: ENOTFOUND, ECONNREFUSED, ECONNRESET, ... */
function connectionReason(error, credential) {
    const codes = {
        ENOTFOUND: 'host not found by DNS',
        EAI_AGAIN: 'DNS lookup failed',
        ECONNREFUSED: 'connection refused',
        ECONNRESET: 'connection reset',
        UND_ERR_SOCKET: 'connection closed by the server',
        ETIMEDOUT: 'connection timed out',
        ENETUNREACH: 'network unreachable',
        EHOSTUNREACH: 'host unreachable',
    };
    let current = error;
    let innermost = '';
    for (let depth = 0; current && depth < 6; depth++) {
        const code = current.code;
        if (typeof code === 'string')
            return codes[code] ? `${codes[code]} (${code})` : code;
        if (current instanceof Error && current.message)
            innermost = current.message;
        current = current.cause;
    }
    return oneLine((0,scrub/* scrub */._I)(innermost || 'unknown error', [credential]));
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** The body of `GET /v1/organizations/me`: `{id, type: 'organization', name}`. */
function parseOrganization(body) {
    if (!(0,json/* isObject */.Gv)(body) || typeof body['id'] !== 'string')
        return undefined;
    return { id: body['id'], ...(typeof body['name'] === 'string' ? { name: body['name'] } : {}) };
}

// EXTERNAL MODULE: ./src/core/kinds.ts
var kinds = __webpack_require__(60736);
// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(85009);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/anthropic/limits.ts
var limits = __webpack_require__(53314);
;// CONCATENATED MODULE: ./src/anthropic/verify.ts
/**
 * Verification: is each found key live? Read-only endpoints, one check per distinct key, and a status that
 * is never wrong: `invalid` only on the API's own 401 authentication_error, `unknown` (with the reason) for
 * anything else that is not a clean 200 from the API.
 */





/** Why an OAuth token is not checked (its row's reason, core/kinds.ts). */
const OAUTH_DETAIL = uncheckedReason('anthropic-oauth-access-token');
function uncheckedReason(rule) {
    const { check } = (0,kinds/* kindOf */.I)(rule);
    return check.method === 'none' ? check.reason : '';
}
/**
 * Sets `status`, `statusDetail`, `organizationId` (and `organizationName` for admin keys) on each finding,
 * in place. Never rejects; never puts a key anywhere but the auth header of a request to the base URL.
 */
async function verifyFindings(findings, opts = {}) {
    const settings = resolveSettings(opts);
    const groups = groupBySecret(findings);
    const maxKeys = Math.max(0, Math.floor(opts.maxKeys ?? limits/* DEFAULT_MAX_VERIFY */.L));
    const badBase = baseURLProblem(settings.baseURL);
    const limit = (0,p_limit/* default */.A)(Math.max(1, Math.floor(opts.concurrency ?? 4)));
    const health = new ServiceHealth(Math.max(1, opts.outageThreshold ?? 6), displayBase(settings.baseURL));
    let done = 0;
    const settle = (group, check) => {
        for (const finding of group)
            apply(finding, check);
        opts.onProgress?.(++done, groups.length);
    };
    // Keys of kinds that are never checked do not count against the cap; past it, nothing is sent.
    let sent = 0;
    const overCap = {
        status: 'unchecked',
        statusDetail: `not checked: this run checks at most ${maxKeys} distinct keys (--max-verify, or the max-verify input, ` +
            'changes it); treat it as live until checked',
    };
    await Promise.all(groups.map((group) => {
        const first = group[0];
        const { check } = (0,kinds/* kindOf */.I)(first.rule);
        if (check.method === 'none')
            return settle(group, { status: 'unchecked', statusDetail: check.reason });
        if (sent >= maxKeys)
            return settle(group, overCap);
        sent++;
        return limit(async () => {
            if (badBase)
                return settle(group, { status: 'unknown', statusDetail: `not checked: ${badBase}` });
            settle(group, await checkSecret(first.secret, check.method === 'organization', settings, health));
        });
    }));
}
function apply(finding, check) {
    finding.status = check.status;
    finding.statusDetail = check.statusDetail;
    if (check.organizationId !== undefined)
        finding.organizationId = check.organizationId;
    if (check.organizationName !== undefined)
        finding.organizationName = check.organizationName;
    if (check.workspaceId !== undefined)
        finding.workspaceId = check.workspaceId;
}
/** Findings are distinct per key already; grouping by hash keeps "each key once" true regardless. */
function groupBySecret(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const group = groups.get(finding.secret.sha256);
        if (group)
            group.push(finding);
        else
            groups.set(finding.secret.sha256, [finding]);
    }
    return [...groups.values()];
}
const parseModels = (body) => (0,json/* isObject */.Gv)(body) && Array.isArray(body['data']) ? true : undefined;
/**
 * Checks one key: an API key with `GET /v1/models`, an admin key with `GET /v1/organizations/me` (the SDK's
 * GA `client.organization`). Read-only, no tokens spent. `health`, shared by a run's checks, stops the
 * calls once the service is found down.
 */
async function checkSecret(secret, admin, settings, health) {
    const client = clientFor(secret, settings);
    if (admin) {
        const result = await call(client, secret, settings, (c, signal) => c.organization.retrieve({ signal }).asResponse(), parseOrganization, { health });
        if (result.ok) {
            const name = result.data.name === undefined ? undefined : (0,scrub/* scrub */._I)(result.data.name, [secret]);
            return {
                status: 'live',
                statusDetail: `the Admin API accepted the key (organization ${name ?? result.data.id})`,
                organizationId: result.data.id,
                organizationName: name,
            };
        }
        return fromFailure(result.failure, result.tries, 'GET /v1/organizations/me');
    }
    const result = await call(client, secret, settings, (c, signal) => c.models.list(undefined, { signal }).asResponse(), parseModels, { health });
    if (result.ok) {
        const { organizationId, workspaceId } = idsFrom(result.headers, secret);
        return {
            status: 'live',
            statusDetail: `the API accepted the key${organizationId ? ` (organization ${organizationId})` : ''}`,
            ...(organizationId ? { organizationId } : {}),
            ...(workspaceId ? { workspaceId } : {}),
        };
    }
    return fromFailure(result.failure, result.tries, 'GET /v1/models');
}
/** The organization and workspace the answer names (`anthropic-organization-id`, `anthropic-workspace-id`). */
function idsFrom(headers, secret) {
    const read = (name) => {
        const value = headers?.get(name)?.trim();
        return value ? (0,scrub/* scrub */._I)(value, [secret]).slice(0, 200) : undefined;
    };
    const organizationId = read('anthropic-organization-id');
    const workspaceId = read('anthropic-workspace-id');
    return { ...(organizationId ? { organizationId } : {}), ...(workspaceId ? { workspaceId } : {}) };
}
/**
 * Answers that prove the key authenticated although the call failed (REFERENCE.md): why, or undefined.
 * Each is the API's own error body (`failure.kind === 'api-error'`), never a proxy's.
 */
function authenticatedDespite(failure) {
    if (failure.kind !== 'api-error')
        return undefined;
    const { status, errorType, errorCode, apiMessage = '' } = failure;
    if (status === 400 && errorType === 'invalid_request_error' && /anthropic-workspace-id is required/i.test(apiMessage)) {
        return 'the key authenticated: it is an identity-linked key, usable with an anthropic-workspace-id header';
    }
    if (status === 429 && errorCode === SPEND_LIMIT) {
        return 'the key authenticated: its organization reached its spend limit (not retried: a spend cap does not lift by waiting)';
    }
    if (status === 402 && errorType === 'billing_error')
        return 'the key authenticated: the organization has a billing problem';
    if (status === 403 && errorType === 'permission_error')
        return 'the key authenticated but lacks permission for this endpoint';
    return undefined;
}
/** A 401 about the request's origin, not the key: it proves nothing about the key. */
function isCorsRefusal(failure) {
    return /^CORS requests are not allowed/i.test(failure.apiMessage ?? '');
}
function fromFailure(failure, tries, endpoint) {
    const authenticated = authenticatedDespite(failure);
    if (authenticated)
        return { status: 'live', statusDetail: `${endpoint}: ${authenticated}; ${failure.message}` };
    if (failure.kind === 'api-error' && failure.status === 401 && failure.errorType === 'authentication_error' && !isCorsRefusal(failure)) {
        return { status: 'invalid', statusDetail: failure.message };
    }
    if (tries === 0)
        return { status: 'unknown', statusDetail: failure.message };
    const after = tries > 1 ? ` after ${tries} tries` : '';
    const hint = unknownHint(failure);
    return { status: 'unknown', statusDetail: `${endpoint}: ${failure.message}${after}${hint ? `; ${hint}` : ''}` };
}
/** What an `unknown` means for the owner, where there is something useful to say. */
function unknownHint(failure) {
    if (failure.status === 401 && isCorsRefusal(failure))
        return 'the refusal is about the request\'s origin, not the key';
    if (failure.status === 404)
        return 'is ANTHROPIC_BASE_URL right?';
    return '';
}

;// CONCATENATED MODULE: ./src/anthropic/revoke.ts





const CONSOLE_KEYS = 'the Console (Settings > API keys)';
/** What a revocation says of the key it matched: the Admin API's data, scrubbed. */
function describedKey(key) {
    return {
        keyId: key.id,
        keyName: key.name,
        keyWorkspace: key.workspace ?? 'organization',
        ...(key.createdBy ? { keyCreatedBy: key.createdBy } : {}),
        ...(key.expiresAt ? { keyExpiresAt: key.expiresAt } : {}),
        keyStatus: key.status,
    };
}
/**
 * Sets `finding.revocation` on every finding. Never rejects; one key's failure does not stop the others.
 * Findings must have been verified (status, organizationId) first.
 */
async function revokeFindings(findings, opts) {
    const errors = [];
    const settings = resolveSettings(opts);
    const targetStatus = opts.status ?? 'inactive';
    // First what can be refused from the finding alone: no request is made for these.
    const candidates = [];
    for (const finding of findings) {
        const reason = refusalFromFinding(finding);
        if (reason)
            finding.revocation = { outcome: 'refused', reason };
        else
            candidates.push(finding);
    }
    if (candidates.length === 0)
        return { errors };
    const badBase = baseURLProblem(settings.baseURL);
    if (badBase) {
        const error = `${badBase}; nothing was revoked`;
        for (const finding of candidates)
            finding.revocation = { outcome: 'refused', reason: `not attempted: ${error}` };
        return { errors: [error] };
    }
    const admin = clientFor(opts.adminKey, settings);
    const me = await call(admin, opts.adminKey, settings, (c, signal) => c.organization.retrieve({ signal }).asResponse(), parseOrganization);
    if (!me.ok) {
        const error = adminKeyError(me.failure);
        errors.push(error);
        for (const finding of candidates)
            finding.revocation = { outcome: 'refused', reason: `not attempted: ${error}` };
        return { errors };
    }
    const organization = { id: (0,scrub/* scrub */._I)(me.data.id, [opts.adminKey]), name: (0,scrub/* scrub */._I)(me.data.name ?? me.data.id, [opts.adminKey]) };
    const orgLabel = `${organization.name} (${organization.id})`;
    const own = [];
    for (const finding of candidates) {
        if (finding.organizationId === organization.id)
            own.push(finding);
        else
            finding.revocation = {
                outcome: 'refused',
                reason: `the key belongs to another organization (${finding.organizationId}), not the admin key's ${orgLabel}: ` +
                    `tell that organization's owner to deactivate it in ${CONSOLE_KEYS} and ${core_status/* NEXT_STEP */.zM}`,
            };
    }
    if (own.length === 0)
        return { errors, organization };
    const listed = await listKeys(admin, opts.adminKey, settings, 'active');
    if (!listed.ok) {
        const error = `could not list the API keys of ${orgLabel}: ${listed.message}; nothing was deactivated`;
        errors.push(error);
        for (const finding of own)
            finding.revocation = { outcome: 'refused', reason: `not attempted: ${error}` };
        return { errors, organization };
    }
    let expiredKeys;
    const expired = () => (expiredKeys ??= listKeys(admin, opts.adminKey, settings, 'expired').then((r) => (r.ok ? r.keys : [])));
    // Findings are distinct per key; should one key come twice, it is still written once.
    const done = new Map();
    for (const finding of own) {
        const earlier = done.get(finding.secret.sha256);
        if (earlier) {
            finding.revocation = { ...earlier };
            continue;
        }
        try {
            // What the Admin API says (key names, messages) may echo a key: scrubbed with both secrets known.
            finding.revocation = (0,scrub/* scrubDeep */.wE)(await revokeOne(finding, { keys: listed.keys, expired, orgLabel, admin, targetStatus, settings, opts }), [finding.secret, opts.adminKey]);
            done.set(finding.secret.sha256, finding.revocation);
        }
        catch (error) {
            // Not expected (calls resolve), but one key's surprise must not stop the others.
            finding.revocation = { outcome: 'failed', reason: `unexpected error: ${error instanceof Error ? error.name : 'error'}` };
        }
    }
    return { errors, organization };
}
function refusalFromFinding(finding) {
    const { revoke } = (0,kinds/* kindOf */.I)(finding.rule);
    if (revoke.via === 'manual')
        return revoke.how;
    switch (finding.status) {
        case 'live':
            break;
        case 'invalid':
            return 'the key is not live (the API refuses it already: deactivated, deleted or expired): nothing to deactivate; remove it from where it was found';
        case 'unknown':
            return `the key could not be proven live (${finding.statusDetail ?? 'verification failed'}): deactivate it in ${CONSOLE_KEYS} if it is yours`;
        default:
            return 'the key was not verified: revocation needs verification (--verify) to prove it live';
    }
    if (!finding.organizationId) {
        return `the API did not say which organization the key belongs to, so it cannot be proven to be yours: check it in ${CONSOLE_KEYS}`;
    }
    return undefined;
}
function adminKeyError(failure) {
    if (failure.status === 401 && failure.errorType === 'authentication_error') {
        return 'the admin key (ANTHROPIC_ADMIN_KEY) is not valid: the API refused it (401); nothing was revoked';
    }
    if (failure.status === 403) {
        return 'the admin key (ANTHROPIC_ADMIN_KEY) lacks permission for the Admin API (403); nothing was revoked';
    }
    return `the admin key (ANTHROPIC_ADMIN_KEY) could not be checked: ${failure.message}; nothing was revoked`;
}
async function revokeOne(finding, ctx) {
    const { keys, orgLabel, admin, targetStatus, settings, opts } = ctx;
    const hint = finding.secret.redacted;
    const inWorkspace = narrow(finding, keys);
    const where = finding.workspaceId ? ` in workspace ${finding.workspaceId}` : '';
    const matches = inWorkspace.filter((k) => k.status === 'active');
    const expired = matches.length === 0 ? narrow(finding, await ctx.expired()) : [];
    if (expired.length === 1) {
        const [key] = expired;
        return {
            outcome: 'refused',
            ...describedKey(key),
            reason: `${key.id} (${key.name}) expired${key.expiresAt ? ` at ${key.expiresAt}` : ''}: an expired key no longer works and ` +
                'cannot be deactivated, so it needs no revocation (it was not deactivated); remove it from where it was found',
        };
    }
    if (matches.length === 0) {
        return {
            outcome: 'refused',
            reason: `no active key of ${orgLabel}${where} has the hint ${hint} (already deactivated, or out of the admin key's view): ` +
                `check ${CONSOLE_KEYS}`,
        };
    }
    if (matches.length > 1) {
        return {
            outcome: 'refused',
            reason: `${matches.length} active keys of ${orgLabel}${where} share the hint ${hint} (${matches.map((k) => k.id).join(', ')}): ` +
                `the leaked one cannot be told apart; deactivate it in ${CONSOLE_KEYS} and ${core_status/* NEXT_STEP */.zM}`,
        };
    }
    const [key] = matches;
    const described = describedKey(key);
    if (opts.dryRun) {
        return {
            outcome: 'would-deactivate',
            ...described,
            reason: `dry run: would set ${key.id} (${key.name}) to ${targetStatus}; nothing was changed`,
        };
    }
    // The write: once, never retried (a retry could land twice; the outcome is checked below instead).
    const write = await setStatus(admin, opts.adminKey, settings, key.id, targetStatus);
    if (!write.ok) {
        const { failure } = write;
        // No answer: the write may have happened all the same. Only the key's own refusal tells.
        const lost = failure.kind === 'timeout' || failure.kind === 'connection';
        const again = lost ? await recheck(finding.secret, settings, opts) : undefined;
        if (again !== true) {
            const what = failure.kind === 'budget' ? 'the write was not sent: the time allowed ran out' : `the write failed: ${failure.message}`;
            // Only when the leaked key is known to still work is the (maybe) written key put back.
            const restored = again === STILL_WORKS ? await restore(ctx, key) : undefined;
            return {
                outcome: 'failed',
                ...described,
                ...(restored?.ok ? { restoredTo: key.status } : {}),
                reason: `${what}; the key may still be live: deactivate it in ${CONSOLE_KEYS} and ${core_status/* NEXT_STEP */.zM}${restored ? `. ${restored.message}` : ''}`,
            };
        }
    }
    const refused = write.ok ? await recheck(finding.secret, settings, opts) : true;
    if (refused === true) {
        return {
            outcome: 'deactivated',
            ...described,
            reason: `set to ${targetStatus}; the API now refuses the key. Next: ${core_status/* NEXT_STEP */.zM}` +
                (targetStatus === 'inactive' ? ' (the key can be reactivated in the Console if this was a mistake)' : ''),
        };
    }
    // The leaked key still works after the write: the key written may be an innocent one that shares the hint.
    // Put it back as it was, and say so.
    const restored = refused === STILL_WORKS ? await restore(ctx, key) : undefined;
    return {
        outcome: 'failed',
        ...described,
        ...(restored?.ok ? { restoredTo: key.status } : {}),
        reason: `the API accepted the write (status ${targetStatus}) but ${refused}` +
            (restored ? `. ${restored.message}` : '') +
            `: deactivate the leaked key in ${CONSOLE_KEYS} and ${core_status/* NEXT_STEP */.zM}`,
    };
}
const STILL_WORKS = 'the key still works';
/**
 * The keys that can be the finding's: the same hint, and, when the verification answer named the key's
 * workspace (`anthropic-workspace-id`), in that workspace only.
 */
function narrow(finding, keys) {
    const sameHint = keys.filter((k) => k.hint === finding.secret.redacted);
    return finding.workspaceId ? sameHint.filter((k) => k.workspace === finding.workspaceId) : sameHint;
}
/** `POST /v1/organizations/api_keys/{id}` with `{status}`, once (never retried). */
function setStatus(admin, adminKey, settings, id, status) {
    return call(admin, adminKey, settings, (c, signal) => c.organization.apiKeys.update(id, { status }, { signal }).asResponse(), (body) => ((0,json/* isObject */.Gv)(body) && body['id'] === id ? body : undefined), { tries: 1 });
}
/** Sets a written key back to the status it had; says plainly which key was changed and whether it is back. */
async function restore(ctx, key) {
    const previous = key.status === 'inactive' || key.status === 'archived' ? key.status : 'active';
    const back = await setStatus(ctx.admin, ctx.opts.adminKey, ctx.settings, key.id, previous);
    return back.ok
        ? { ok: true, message: `${key.id} (${key.name}) was set to ${ctx.targetStatus} and then restored to ${previous}, because the leaked key kept working (the key written may not be the leaked one)` }
        : { ok: false, message: `${key.id} (${key.name}) was set to ${ctx.targetStatus} and could NOT be restored to ${previous} (${back.failure.message}): reactivate it in ${CONSOLE_KEYS}` };
}
/** True when the leaked key is now refused (401); else why not, as a phrase. */
async function recheck(secret, settings, opts) {
    const attempts = Math.max(1, opts.recheckAttempts ?? 3);
    const delay = Math.max(0, opts.recheckDelayMs ?? 1_000);
    let last = '';
    for (let i = 0; i < attempts; i++) {
        if (i > 0)
            await new Promise((resolve) => setTimeout(resolve, delay));
        const check = await checkSecret(secret, false, settings);
        if (check.status === 'invalid')
            return true;
        last = check.status === 'live' ? STILL_WORKS : `the key could not be checked again (${check.statusDetail})`;
        if (check.status !== 'live')
            break;
    }
    return last;
}
/** Every key of the organization with a status (active: once per run; expired: only to explain a miss), all pages. */
async function listKeys(admin, adminKey, settings, status) {
    const keys = [];
    let afterId;
    for (let page = 0; page < 10_000; page++) {
        const result = await call(admin, adminKey, settings, (c, signal) => c.organization.apiKeys
            .list({ limit: 1000, status, ...(afterId ? { after_id: afterId } : {}) }, { signal })
            .asResponse(), parseKeysPage);
        if (!result.ok)
            return { ok: false, message: result.failure.message };
        // Only keys of the status asked for, whatever the server did with the filter.
        keys.push(...result.data.keys.filter((k) => k.status === status));
        if (!result.data.hasMore)
            return { ok: true, keys };
        const next = result.data.lastId ?? result.data.keys[result.data.keys.length - 1]?.id;
        if (!next || next === afterId)
            return { ok: false, message: 'the listing said it had more pages but gave no cursor' };
        afterId = next;
    }
    return { ok: false, message: 'too many pages of keys' };
}
function parseKeysPage(body) {
    if (!(0,json/* isObject */.Gv)(body) || !Array.isArray(body['data']))
        return undefined;
    const keys = [];
    for (const item of body['data']) {
        if (!(0,json/* isObject */.Gv)(item) || typeof item['id'] !== 'string')
            return undefined;
        const scope = (0,json/* isObject */.Gv)(item['scope']) ? item['scope'] : undefined;
        const workspace = scope && typeof scope['workspace_id'] === 'string' ? scope['workspace_id'] : typeof item['workspace_id'] === 'string' ? item['workspace_id'] : null;
        const createdBy = (0,json/* isObject */.Gv)(item['created_by']) && typeof item['created_by']['id'] === 'string' ? item['created_by']['id'] : undefined;
        keys.push({
            id: item['id'],
            name: typeof item['name'] === 'string' ? item['name'] : '',
            hint: typeof item['partial_key_hint'] === 'string' ? item['partial_key_hint'] : null,
            status: typeof item['status'] === 'string' ? item['status'] : '',
            workspace,
            ...(createdBy ? { createdBy } : {}),
            ...(typeof item['expires_at'] === 'string' ? { expiresAt: item['expires_at'] } : {}),
        });
    }
    return {
        keys,
        hasMore: body['has_more'] === true,
        lastId: typeof body['last_id'] === 'string' ? body['last_id'] : null,
    };
}

;// CONCATENATED MODULE: ./src/anthropic/act.ts



/** Verifies and revokes in place; returns the errors that did not stop anything (one line each). */
async function verifyAndRevoke(findings, options) {
    const errors = [];
    if (findings.length === 0)
        return errors;
    const base = options.baseURL ? { baseURL: options.baseURL } : {};
    const notice = baseURLNotice(resolveSettings(base).baseURL);
    if (notice)
        options.note?.({ reason: 'base-url', message: notice });
    const maxKeys = options.maxVerify !== undefined ? { maxKeys: options.maxVerify } : {};
    if (options.verify || options.revoke)
        await verifyFindings(findings, { ...base, ...maxKeys });
    if (!options.revoke)
        return errors;
    if (!options.adminKey) {
        errors.push('revocation needs an Admin API key (ANTHROPIC_ADMIN_KEY, or the admin-key input); nothing was revoked');
        return errors;
    }
    const outcome = await revokeFindings(findings, {
        adminKey: options.adminKey,
        dryRun: options.dryRun,
        status: options.revokeStatus,
        ...base,
    });
    errors.push(...outcome.errors);
    return errors;
}


/***/ })

};
