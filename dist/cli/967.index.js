export const id = 967;
export const ids = [967];
export const modules = {

/***/ 4967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reposCommand: () => (/* binding */ reposCommand)
});

// EXTERNAL MODULE: ./src/audit/repositories.ts
var repositories = __webpack_require__(727);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/flags.ts
var flags = __webpack_require__(2336);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/report/github/octokit.ts
/**
 * The GitHub client: @actions/github's Octokit (REST methods, pagination, the runner's proxy settings) with
 * the throttling plugin (primary and secondary rate limits honoured: waits and retries as GitHub asks) and
 * the retry plugin (5xx and network errors retried). Base URL from GITHUB_API_URL (GitHub Enterprise Server
 * and tests' loopback servers).
 */




function createClient(options) {
    const limit = options.rateLimitRetries ?? 2;
    const log = options.log ?? (() => undefined);
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= limit) {
            log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
            return false;
        }
        log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
        return true;
    };
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: (options.baseUrl || 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: `${version/* TOOL_NAME */.lH}/${version/* TOOL_VERSION */.wr}`,
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        retry: {
            // 4xx are answers (403 permission, 404, 422 invalid): retrying cannot change them.
            doNotRetry: [400, 401, 403, 404, 410, 422, 451],
            ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}),
        },
        log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/**
 * A request refused for want of a token permission: GitHub's 403 "Resource not accessible by integration" (fork
 * PRs, a job's `permissions:`) or "… by personal access token" (a fine-grained token's scopes). Other 403s have
 * other reasons, said as GitHub gave them: a rate limit (the throttling plugin handles those), a locked
 * conversation, a blocked user.
 */
function isPermissionDenied(error) {
    if (error.status !== 403)
        return false;
    const message = String(error.message ?? '');
    return /not accessible by|must have (admin|push|write) (rights|access)|permission/i.test(message) && !/rate limit/i.test(message);
}
/** The status and message of a failed request, in one line (never a body, never a header). */
function describeRequestError(error) {
    const status = error.status;
    const message = String(error.message ?? error).split('\n')[0];
    return status ? `${status} ${message}` : message;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/repos.ts
/**
 * `anthropic-key-scan repos ORG [--batch N] [--include-archived] [--include-forks] [--match GLOB]
 *  [--topic T] [--visibility public|private|internal] [--max-jobs N]`
 *
 * Prints the matrix for `strategy.matrix` on stdout: {"include":[{"batch":1,"repositories":["acme/a",...]},...]}
 * and one line on stderr saying what was selected and why the rest was left out.
 */






const VISIBILITIES = ['public', 'private', 'internal'];
async function reposCommand(argv, io) {
    const { values, positionals } = (0,flags/* parseOptions */.Ac)('repos', args/* REPOS_OPTIONS */.vs, argv);
    const visibility = values.visibility ?? [];
    if (values.help) {
        io.stdout(usage/* REPOS_USAGE */.yR);
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* UserError */.y('repos takes exactly one ORG (an organization or user login)');
    const owner = (0,repositories/* checkOwnerName */.Ry)(positionals[0]);
    const batch = (0,flags/* positiveInteger */.Cq)(values.batch, '--batch', 10);
    const maxJobs = (0,flags/* positiveInteger */.Cq)(values['max-jobs'], '--max-jobs', repositories/* MAX_MATRIX_JOBS */.Ab);
    if (maxJobs > repositories/* MAX_MATRIX_JOBS */.Ab)
        throw new errors/* UserError */.y(`--max-jobs cannot exceed ${repositories/* MAX_MATRIX_JOBS */.Ab}, GitHub's limit per matrix`);
    for (const v of visibility) {
        if (!VISIBILITIES.includes(v))
            throw new errors/* UserError */.y(`--visibility must be public, private or internal, not "${v}"`);
    }
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
    if (!token)
        throw new errors/* UserError */.y('repos needs GITHUB_TOKEN: a token that can list (and later clone) the repositories');
    const log = (line) => io.stderr(`${line}\n`);
    // Rate limits are waited out (twice at most) and 5xx retried: a big listing must not fail on one 502.
    const octokit = createClient({ token, baseUrl: io.env.GITHUB_API_URL || undefined, log });
    const filter = {
        includeArchived: Boolean(values['include-archived']),
        includeForks: Boolean(values['include-forks']),
        match: values.match ?? [],
        topics: values.topic ?? [],
        visibility: visibility,
    };
    const { matrix, description } = await (0,repositories/* listMatrix */.Ss)(octokit, owner, filter, batch, log, maxJobs);
    log(description);
    io.stdout(`${JSON.stringify(matrix)}\n`);
    return 0;
}


/***/ })

};
