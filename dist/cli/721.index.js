export const id = 721;
export const ids = [721,988];
export const modules = {

/***/ 9988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyAndRevoke: () => (/* binding */ verifyAndRevoke)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9900);
/* harmony import */ var _revoke_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4540);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3947);



/** Verifies and revokes in place; returns the errors that did not stop anything (one line each). */
async function verifyAndRevoke(findings, options) {
    const errors = [];
    if (findings.length === 0)
        return errors;
    const base = options.baseURL ? { baseURL: options.baseURL } : {};
    const notice = (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .baseURLNotice */ .xu)((0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveSettings */ .Mo)(base).baseURL);
    if (notice)
        options.note?.({ reason: 'base-url', message: notice });
    const maxKeys = options.maxVerify !== undefined ? { maxKeys: options.maxVerify } : {};
    if (options.verify || options.revoke)
        await (0,_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyFindings */ .qJ)(findings, { ...base, ...maxKeys });
    if (!options.revoke)
        return errors;
    if (!options.adminKey) {
        errors.push('revocation needs an Admin API key (ANTHROPIC_ADMIN_KEY, or the admin-key input); nothing was revoked');
        return errors;
    }
    const outcome = await (0,_revoke_js__WEBPACK_IMPORTED_MODULE_1__/* .revokeFindings */ .v)(findings, {
        adminKey: options.adminKey,
        dryRun: options.dryRun,
        status: options.revokeStatus,
        ...base,
    });
    errors.push(...outcome.errors);
    return errors;
}


/***/ }),

/***/ 9900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ clientFor),
/* harmony export */   Av: () => (/* binding */ displayBase),
/* harmony export */   Gv: () => (/* reexport safe */ _core_json_js__WEBPACK_IMPORTED_MODULE_0__.Gv),
/* harmony export */   H4: () => (/* binding */ parseOrganization),
/* harmony export */   Mo: () => (/* binding */ resolveSettings),
/* harmony export */   Oq: () => (/* binding */ baseURLProblem),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   _7: () => (/* binding */ ServiceHealth),
/* harmony export */   j6: () => (/* binding */ SPEND_LIMIT),
/* harmony export */   xu: () => (/* binding */ baseURLNotice)
/* harmony export */ });
/* unused harmony exports DEFAULT_BASE_URL, ANTHROPIC_VERSION, USER_AGENT, isLoopback, MAX_BODY_BYTES, BodyTooLargeError, isTrouble, retryDelay, retryAfterMs, shouldRetry */
/* harmony import */ var _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7184);
/* harmony import */ var _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5064);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6153);
/* harmony import */ var _core_scrub_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8660);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3323);
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
const USER_AGENT = `${_core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH}/${_core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr} (+${_core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_URI */ .qH})`;
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
    return new _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_3__/* .Anthropic */ .NB({
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
    const type = contentType ? oneLine((0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(contentType.split(';')[0], [credential])).slice(0, 60) : '';
    return {
        kind: 'not-api',
        status,
        message: `the answer (${status}${type ? `, ${type}` : ''}) is not the Anthropic API's: ` +
            'is ANTHROPIC_BASE_URL right, or is a proxy in the way?',
        retryable: false,
    };
}
function toFailure(error, credential, timedOut, timeoutMs) {
    if (timedOut || error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__/* .APIConnectionTimeoutError */ .qA || (error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__/* .APIUserAbortError */ .cH && timedOut)) {
        return { kind: 'timeout', message: `no answer within ${timeoutMs} ms`, retryable: true };
    }
    const tooLarge = causeOf(error, BodyTooLargeError);
    if (tooLarge)
        return { kind: 'not-api', message: `${tooLarge.message}: not the Anthropic API's answer`, retryable: false };
    if (error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__/* .APIError */ .LG && error.status !== undefined && error.status >= 300 && error.status < 400) {
        return {
            kind: 'redirect',
            status: error.status,
            message: `the answer was a redirect (${error.status}), which is never followed: the key was not sent on; is ANTHROPIC_BASE_URL right?`,
            retryable: false,
        };
    }
    if (error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_4__/* .APIError */ .LG && error.status !== undefined) {
        const status = error.status;
        const body = error.error;
        const isApiBody = body?.type === 'error' && typeof body.error?.type === 'string';
        const headers = error.headers;
        if (!isApiBody) {
            // An error status with a body that is not the API's: a proxy or a gateway. 5xx are still worth a retry.
            return { ...notApi(status, headers?.get('content-type') ?? null, credential), retryable: shouldRetry(status, headers) };
        }
        const errorType = oneLine((0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(String(body.error?.type), [credential]));
        const apiMessage = typeof body.error?.message === 'string' ? oneLine((0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(body.error.message, [credential])) : '';
        const details = body.error?.details;
        const code = (0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(details) && typeof details['error_code'] === 'string' ? oneLine((0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(details['error_code'], [credential])) : undefined;
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
    return oneLine((0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(innermost || 'unknown error', [credential]));
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** The body of `GET /v1/organizations/me`: `{id, type: 'organization', name}`. */
function parseOrganization(body) {
    if (!(0,_core_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(body) || typeof body['id'] !== 'string')
        return undefined;
    return { id: body['id'], ...(typeof body['name'] === 'string' ? { name: body['name'] } : {}) };
}


/***/ }),

/***/ 4540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ revokeFindings)
/* harmony export */ });
/* harmony import */ var _core_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(736);
/* harmony import */ var _core_scrub_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8660);
/* harmony import */ var _core_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5009);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9900);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3947);





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
    const settings = (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveSettings */ .Mo)(opts);
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
    const badBase = (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .baseURLProblem */ .Oq)(settings.baseURL);
    if (badBase) {
        const error = `${badBase}; nothing was revoked`;
        for (const finding of candidates)
            finding.revocation = { outcome: 'refused', reason: `not attempted: ${error}` };
        return { errors: [error] };
    }
    const admin = (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .clientFor */ .$V)(opts.adminKey, settings);
    const me = await (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .call */ .T1)(admin, opts.adminKey, settings, (c, signal) => c.organization.retrieve({ signal }).asResponse(), _api_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOrganization */ .H4);
    if (!me.ok) {
        const error = adminKeyError(me.failure);
        errors.push(error);
        for (const finding of candidates)
            finding.revocation = { outcome: 'refused', reason: `not attempted: ${error}` };
        return { errors };
    }
    const organization = { id: (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(me.data.id, [opts.adminKey]), name: (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(me.data.name ?? me.data.id, [opts.adminKey]) };
    const orgLabel = `${organization.name} (${organization.id})`;
    const own = [];
    for (const finding of candidates) {
        if (finding.organizationId === organization.id)
            own.push(finding);
        else
            finding.revocation = {
                outcome: 'refused',
                reason: `the key belongs to another organization (${finding.organizationId}), not the admin key's ${orgLabel}: ` +
                    `tell that organization's owner to deactivate it in ${CONSOLE_KEYS} and ${_core_status_js__WEBPACK_IMPORTED_MODULE_2__/* .NEXT_STEP */ .zM}`,
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
            finding.revocation = (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubDeep */ .wE)(await revokeOne(finding, { keys: listed.keys, expired, orgLabel, admin, targetStatus, settings, opts }), [finding.secret, opts.adminKey]);
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
    const { revoke } = (0,_core_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(finding.rule);
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
                `the leaked one cannot be told apart; deactivate it in ${CONSOLE_KEYS} and ${_core_status_js__WEBPACK_IMPORTED_MODULE_2__/* .NEXT_STEP */ .zM}`,
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
                reason: `${what}; the key may still be live: deactivate it in ${CONSOLE_KEYS} and ${_core_status_js__WEBPACK_IMPORTED_MODULE_2__/* .NEXT_STEP */ .zM}${restored ? `. ${restored.message}` : ''}`,
            };
        }
    }
    const refused = write.ok ? await recheck(finding.secret, settings, opts) : true;
    if (refused === true) {
        return {
            outcome: 'deactivated',
            ...described,
            reason: `set to ${targetStatus}; the API now refuses the key. Next: ${_core_status_js__WEBPACK_IMPORTED_MODULE_2__/* .NEXT_STEP */ .zM}` +
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
            `: deactivate the leaked key in ${CONSOLE_KEYS} and ${_core_status_js__WEBPACK_IMPORTED_MODULE_2__/* .NEXT_STEP */ .zM}`,
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
    return (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .call */ .T1)(admin, adminKey, settings, (c, signal) => c.organization.apiKeys.update(id, { status }, { signal }).asResponse(), (body) => ((0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(body) && body['id'] === id ? body : undefined), { tries: 1 });
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
        const check = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .checkSecret */ .zg)(secret, false, settings);
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
        const result = await (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .call */ .T1)(admin, adminKey, settings, (c, signal) => c.organization.apiKeys
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
    if (!(0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(body) || !Array.isArray(body['data']))
        return undefined;
    const keys = [];
    for (const item of body['data']) {
        if (!(0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(item) || typeof item['id'] !== 'string')
            return undefined;
        const scope = (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(item['scope']) ? item['scope'] : undefined;
        const workspace = scope && typeof scope['workspace_id'] === 'string' ? scope['workspace_id'] : typeof item['workspace_id'] === 'string' ? item['workspace_id'] : null;
        const createdBy = (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(item['created_by']) && typeof item['created_by']['id'] === 'string' ? item['created_by']['id'] : undefined;
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


/***/ }),

/***/ 3947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qJ: () => (/* binding */ verifyFindings),
/* harmony export */   zg: () => (/* binding */ checkSecret)
/* harmony export */ });
/* unused harmony exports OAUTH_DETAIL, authenticatedDespite */
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(370);
/* harmony import */ var _core_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(736);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9900);
/* harmony import */ var _core_scrub_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8660);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3314);
/**
 * Verification: is each found key live? Read-only endpoints, one check per distinct key, and a status that
 * is never wrong: `invalid` only on the API's own 401 authentication_error, `unknown` (with the reason) for
 * anything else that is not a clean 200 from the API.
 */





/** Why an OAuth token is not checked (its row's reason, core/kinds.ts). */
const OAUTH_DETAIL = uncheckedReason('anthropic-oauth-access-token');
function uncheckedReason(rule) {
    const { check } = (0,_core_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(rule);
    return check.method === 'none' ? check.reason : '';
}
/**
 * Sets `status`, `statusDetail`, `organizationId` (and `organizationName` for admin keys) on each finding,
 * in place. Never rejects; never puts a key anywhere but the auth header of a request to the base URL.
 */
async function verifyFindings(findings, opts = {}) {
    const settings = (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSettings */ .Mo)(opts);
    const groups = groupBySecret(findings);
    const maxKeys = Math.max(0, Math.floor(opts.maxKeys ?? _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_VERIFY */ .L));
    const badBase = (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .baseURLProblem */ .Oq)(settings.baseURL);
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_4__/* ["default"] */ .A)(Math.max(1, Math.floor(opts.concurrency ?? 4)));
    const health = new _api_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceHealth */ ._7(Math.max(1, opts.outageThreshold ?? 6), (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .displayBase */ .Av)(settings.baseURL));
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
        const { check } = (0,_core_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(first.rule);
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
const parseModels = (body) => (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(body) && Array.isArray(body['data']) ? true : undefined;
/**
 * Checks one key: an API key with `GET /v1/models`, an admin key with `GET /v1/organizations/me` (the SDK's
 * GA `client.organization`). Read-only, no tokens spent. `health`, shared by a run's checks, stops the
 * calls once the service is found down.
 */
async function checkSecret(secret, admin, settings, health) {
    const client = (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .clientFor */ .$V)(secret, settings);
    if (admin) {
        const result = await (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(client, secret, settings, (c, signal) => c.organization.retrieve({ signal }).asResponse(), _api_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOrganization */ .H4, { health });
        if (result.ok) {
            const name = result.data.name === undefined ? undefined : (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(result.data.name, [secret]);
            return {
                status: 'live',
                statusDetail: `the Admin API accepted the key (organization ${name ?? result.data.id})`,
                organizationId: result.data.id,
                organizationName: name,
            };
        }
        return fromFailure(result.failure, result.tries, 'GET /v1/organizations/me');
    }
    const result = await (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .call */ .T1)(client, secret, settings, (c, signal) => c.models.list(undefined, { signal }).asResponse(), parseModels, { health });
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
        return value ? (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(value, [secret]).slice(0, 200) : undefined;
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
    if (status === 429 && errorCode === _api_js__WEBPACK_IMPORTED_MODULE_1__/* .SPEND_LIMIT */ .j6) {
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


/***/ }),

/***/ 5721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  batchCommand: () => (/* binding */ batchCommand),
  parseRepositoryList: () => (/* binding */ parseRepositoryList)
});

// EXTERNAL MODULE: ./src/core/output-guard.ts
var output_guard = __webpack_require__(6078);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/anthropic/admin-key.ts
var admin_key = __webpack_require__(1777);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/anthropic/verify.ts
var verify = __webpack_require__(3947);
// EXTERNAL MODULE: ./src/anthropic/revoke.ts
var revoke = __webpack_require__(4540);
// EXTERNAL MODULE: ./src/anthropic/api.ts
var api = __webpack_require__(9900);
// EXTERNAL MODULE: ./src/anthropic/act.ts
var act = __webpack_require__(9988);
;// CONCATENATED MODULE: ./src/anthropic/index.ts
/** The anthropic/ stage: verification (is a found key live?) and revocation (deactivate it via the Admin API). */







// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/scan.ts + 31 modules
var scan = __webpack_require__(7879);
// EXTERNAL MODULE: ./src/audit/clone.ts + 1 modules
var clone = __webpack_require__(707);
;// CONCATENATED MODULE: ./src/audit/batch.ts
/**
 * The scan stage of an organization audit, for one matrix job's batch: clone each repository (bare, whole
 * history), scan it with the pipeline (locations tagged with the repository), then verify — and revoke when
 * asked — every key the batch found, in one pass while the secrets are still in memory: a key shared by
 * several repositories of the batch is checked once. One repository that fails to clone or scan is an
 * outcome, not an exception: the rest of the batch goes on.
 */









function planFor(root, repository, maxFileSize) {
    return {
        scope: { kind: 'history', root },
        repository,
        // Verification and revocation happen once for the whole batch, below.
        verify: false,
        revoke: false,
        dryRun: false,
        revokeStatus: 'inactive',
        maxFileSize,
        quiet: true,
    };
}
async function scanOne(repository, index, options) {
    const log = options.log ?? (() => { });
    const directory = (0,external_node_path_.join)(options.workDir, `${index}-${repository.replace('/', '__')}.git`);
    try {
        const t0 = Date.now();
        try {
            await (0,clone/* cloneBare */.iv)({
                repository,
                urlTemplate: options.urlTemplate,
                directory,
                token: options.token,
                env: options.env,
                ...(options.cloneTimeoutMs ? { timeoutMs: options.cloneTimeoutMs } : {}),
            });
        }
        catch (error) {
            const reason = (0,core_errors/* describeError */.U)(error);
            log(`${repository}: ${reason}`);
            return { repository, ok: false, reason };
        }
        const t1 = Date.now();
        let result;
        try {
            result = await (0,scan/* runScan */.H)(planFor(directory, repository, options.maxFileSize), {
                ...(options.onSecret ? { onSecret: options.onSecret } : {}),
            });
        }
        catch (error) {
            const reason = `scan failed: ${(0,core_errors/* describeError */.U)(error)}`;
            log(`${repository}: ${reason}`);
            return { repository, ok: false, reason };
        }
        // The clone's path means nothing to the reader of a report; the repository does.
        result.stats.cloneMs = t1 - t0;
        const scanMs = Date.now() - t1;
        log(`${repository}: cloned in ${((t1 - t0) / 1000).toFixed(1)} s, scanned in ${(scanMs / 1000).toFixed(1)} s, ${result.findings.length} finding(s)`);
        return { repository, ok: true, result, cloneMs: t1 - t0, scanMs };
    }
    finally {
        await (0,promises_.rm)(directory, { recursive: true, force: true }).catch(() => { });
    }
}
async function scanBatch(options) {
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.workDir, `${version/* TOOL_NAME */.lH}-batch-`));
    const limit = (0,p_limit/* default */.A)(Math.max(1, options.parallel ?? 2));
    let outcomes;
    try {
        outcomes = await Promise.all(options.repositories.map((repository, i) => limit(() => scanOne(repository, i, { ...options, workDir }))));
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true }).catch(() => { });
    }
    // Every Finding of every repository, several per key when repositories share it: verifyFindings and
    // revokeFindings group by secret, so each distinct key is checked (and written) once and every
    // repository's finding gets the answer.
    const all = outcomes.flatMap((o) => (o.ok ? o.result.findings : []));
    const errors = await (0,act.verifyAndRevoke)(all, {
        verify: options.verify,
        revoke: options.revoke,
        dryRun: options.dryRun,
        revokeStatus: options.revokeStatus,
        ...(options.adminKey ? { adminKey: options.adminKey } : {}),
        ...(options.anthropicBaseURL ? { baseURL: options.anthropicBaseURL } : {}),
    });
    return { outcomes, errors };
}
/** A repository's JSON report: the scan's, or one that names it as failed. */
function reportFor(outcome, batchErrors) {
    if (outcome.ok) {
        const report = (0,json/* toJsonReport */.Ow)(outcome.result);
        // The clone was a temporary directory: the repository is the scope's identity.
        report.scope = { ...report.scope, repository: outcome.repository };
        delete report.scope.root;
        if (batchErrors.length > 0 && outcome.result.findings.length > 0)
            report.errors = [...(report.errors ?? []), ...batchErrors];
        return report;
    }
    return {
        version: 1,
        tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr },
        scope: { kind: 'history', repository: outcome.repository, failedRepositories: [{ repository: outcome.repository, reason: outcome.reason }] },
        findings: [],
        suppressed: [],
        errors: [outcome.reason],
        stats: {},
    };
}
/** The report's file name: OWNER__NAME.json (owners cannot hold `_`, so the split is unambiguous). */
function reportFileName(repository) {
    return `${repository.replace('/', '__')}.json`;
}

// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/core/flags.ts
var flags = __webpack_require__(2336);
// EXTERNAL MODULE: ./src/core/names.ts
var core_names = __webpack_require__(2483);
// EXTERNAL MODULE: ./src/core/secret.ts
var secret = __webpack_require__(2559);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/batch.ts
/**
 * `anthropic-key-scan batch --repositories OWNER/A,OWNER/B [--verify] [--revoke [--dry-run]]
 *  [--output-dir DIR] [--clone-url-template URL] [--parallel N] [--clone-timeout SECONDS]`
 *
 * One matrix job of an organization audit: clone, scan, verify/revoke once per key, and write one JSON
 * report per repository (OWNER__NAME.json) into DIR. Token: GITHUB_TOKEN (sent only to the clone URL's
 * origin, never in argv or a URL). Admin key: ANTHROPIC_ADMIN_KEY. Exit 0 when reports were written
 * (failed repositories are in them), 2 when no repository could be scanned or the arguments are wrong.
 */















/** `a/b,c/d`, repeated flags, or a JSON array (what `toJSON(matrix.repositories)` gives in a workflow). */
function parseRepositoryList(values) {
    const names = [];
    for (const value of values) {
        const trimmed = value.trim();
        if (trimmed.startsWith('[')) {
            let parsed;
            try {
                parsed = JSON.parse(trimmed);
            }
            catch {
                throw new core_errors/* UserError */.y('--repositories: not a valid JSON array');
            }
            if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) {
                throw new core_errors/* UserError */.y('--repositories: the JSON array must hold OWNER/NAME strings');
            }
            names.push(...parsed);
        }
        else {
            names.push(...trimmed.split(/[\s,]+/).filter(Boolean));
        }
    }
    for (const name of names) {
        if (!(0,core_names/* isRepositoryName */.en)(name)) {
            throw new core_errors/* UserError */.y(`--repositories: "${name}" is not OWNER/NAME`);
        }
    }
    return [...new Set(names)];
}
async function batchCommand(argv, io) {
    const { values } = (0,flags/* parseOptions */.Ac)('batch', args/* BATCH_OPTIONS */.M, argv, false);
    if (values.help) {
        io.stdout(usage/* BATCH_USAGE */.$_);
        return 0;
    }
    const repositories = parseRepositoryList(values.repositories ?? []);
    if (repositories.length === 0)
        throw new core_errors/* UserError */.y('batch needs --repositories OWNER/NAME[,OWNER/NAME...]');
    const revokeStatus = (0,flags/* oneOf */.yL)(values['revoke-status'] ?? 'inactive', defaults/* REVOKE_STATUSES */.cW, '--revoke-status');
    if (values['dry-run'] && !values.revoke)
        throw new core_errors/* UserError */.y('--dry-run only applies to --revoke');
    const template = values['clone-url-template'] ?? clone/* DEFAULT_CLONE_URL_TEMPLATE */.BK;
    if (!template.includes('{repo}') && !template.includes('{name}')) {
        throw new core_errors/* UserError */.y('--clone-url-template must contain {repo} (OWNER/NAME) or {name}');
    }
    const parallel = (0,flags/* positiveInteger */.Cq)(values.parallel, '--parallel');
    const cloneTimeout = (0,flags/* positiveInteger */.Cq)(values['clone-timeout'], '--clone-timeout');
    const adminKeyValue = io.env.ANTHROPIC_ADMIN_KEY?.trim();
    if (values.revoke && !adminKeyValue)
        throw new core_errors/* UserError */.y('--revoke needs an Admin API key in ANTHROPIC_ADMIN_KEY');
    const inActions = io.env.GITHUB_ACTIONS === 'true';
    const adminKey = values.revoke && adminKeyValue ? new secret/* Secret */.zh(adminKeyValue) : undefined;
    const adminProblem = adminKey ? (0,admin_key/* adminKeyProblem */.U)(adminKey) : undefined;
    if (adminProblem)
        throw new core_errors/* UserError */.y(adminProblem);
    // In Actions, every found key is masked before anything else is logged (the workflow command is the
    // one place besides an auth header where a secret's value is written).
    // Once per distinct key: the scans of a batch's repositories each report the keys they find.
    const masked = new Set();
    const onSecret = inActions
        ? (secret) => {
            if (masked.has(secret.sha256))
                return;
            masked.add(secret.sha256);
            (io.command ?? io.stdout)(`::add-mask::${secret.reveal()}\n`);
        }
        : undefined;
    if (inActions && adminKey)
        onSecret?.(adminKey);
    const outputDir = values['output-dir'] ?? 'reports';
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const log = (line) => io.stderr(`${version/* TOOL_NAME */.lH}: ${line}\n`);
    const { outcomes, errors } = await scanBatch({
        repositories,
        verify: Boolean(values.verify || values.revoke),
        revoke: Boolean(values.revoke),
        dryRun: Boolean(values['dry-run']),
        revokeStatus,
        urlTemplate: template,
        token: io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined,
        adminKey,
        anthropicBaseURL: io.env.ANTHROPIC_BASE_URL || undefined,
        workDir: io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        parallel,
        cloneTimeoutMs: cloneTimeout ? cloneTimeout * 1000 : undefined,
        maxFileSize: (0,args/* maxFileSizeOption */.Fl)(values['max-file-size']),
        env: io.env,
        onSecret,
        log,
    });
    for (const outcome of outcomes) {
        await (0,promises_.writeFile)((0,external_node_path_.join)(outputDir, reportFileName(outcome.repository)), `${JSON.stringify(reportFor(outcome, errors), null, 2)}\n`);
    }
    for (const error of errors)
        log(`error: ${error}`);
    const failed = outcomes.filter((o) => !o.ok);
    if (inActions)
        for (const f of failed)
            (io.command ?? io.stderr)(`${(0,output_guard/* workflowCommand */.NA)('warning', `${f.repository}: ${f.reason}`)}\n`);
    const findings = new Set(outcomes.flatMap((o) => (o.ok ? o.result.findings.map((f) => f.secret.sha256) : [])));
    const live = new Set(outcomes.flatMap((o) => (o.ok ? o.result.findings.filter((f) => f.status === 'live').map((f) => f.secret.sha256) : [])));
    log(`${outcomes.length - failed.length} of ${outcomes.length} repositories scanned` +
        `${failed.length > 0 ? ` (${failed.length} failed)` : ''}; ${findings.size} distinct key(s)` +
        `${values.verify || values.revoke ? `, ${live.size} live` : ''}; reports in ${outputDir}`);
    return failed.length === outcomes.length ? 2 : 0;
}


/***/ })

};
