#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1777:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ adminKeyProblem)
/* harmony export */ });
/* harmony import */ var _core_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(736);
/* harmony import */ var _detect_plain_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9443);
/**
 * The admin key is checked before anything is scanned: a key that is not admin-shaped (an API key pasted
 * into ANTHROPIC_ADMIN_KEY or the admin-key input, a truncated value) would only fail after a whole scan, and
 * would be sent to the Admin API for nothing. No SDK is loaded here.
 */


/** Why the admin key cannot be used (one line, no secret), or undefined when it is admin-shaped. */
function adminKeyProblem(adminKey) {
    const value = adminKey.reveal();
    const key = (0,_detect_plain_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKeyAt */ .Wp)(Buffer.from(value, 'latin1'), 0);
    const whole = key !== undefined && key.end === Buffer.byteLength(value, 'latin1');
    if (whole && key.rule === 'anthropic-admin-key')
        return undefined;
    const shape = whole ? `it is shaped like another kind (${(0,_core_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleTitle */ .zO)(key.rule)})` : `it is not shaped like any Anthropic key (${value.length} characters)`;
    return `the admin key (ANTHROPIC_ADMIN_KEY, or the admin-key input) is not an Anthropic Admin API key (sk-ant-adminNN-…): ${shape}; nothing was scanned`;
}


/***/ }),

/***/ 3314:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ DEFAULT_MAX_VERIFY)
/* harmony export */ });
/**
 * Limits of the Anthropic side that entries read before a scan (no SDK loaded here: a plain scan stays fast).
 */
/** How many distinct keys one run checks by default (`--max-verify`, the `max-verify` input, action.yml). */
const DEFAULT_MAX_VERIFY = 200;


/***/ }),

/***/ 707:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BK: () => (/* binding */ DEFAULT_CLONE_URL_TEMPLATE),
  iv: () => (/* binding */ clone_cloneBare)
});

// UNUSED EXPORTS: cloneUrl

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/sources/git/run.ts + 2 modules
var run = __nccwpck_require__(4654);
;// CONCATENATED MODULE: ./src/sources/git/remote.ts
/**
 * Talking to a remote: fetching what a checkout lacks from `origin`, and bare clones for organization audits.
 * A token goes only in the auth header of the server it is for (auth.ts), and never appears in an error.
 */


/** Whether the repository has an `origin` remote to fetch from. */
async function hasOrigin(at) {
    return (await git(at, ['remote', 'get-url', 'origin'], { okCodes: [0, 1, 2, 128] })).code === 0;
}
/** The branch `origin`'s HEAD names (its default branch), asking the remote; undefined when it cannot say. */
async function originDefaultBranch(at, auth) {
    const result = await git(at, ['ls-remote', '--symref', 'origin', 'HEAD'], { okCodes: [0, 1, 2, 128], ...(auth ? { auth } : {}) }).catch(() => undefined);
    return /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(result?.stdout.toString('utf8') ?? '')?.[1];
}
/**
 * `git fetch FLAGS origin REFS` without tags or submodules, quietly (FLAGS: `--depth=1`, `--deepen=N`,
 * `--unshallow`; REFS: object ids or refspecs). Throws a one-line error when git fails.
 */
async function fetchOrigin(at, flags, refs, auth) {
    const argv = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', '--upload-pack=git-upload-pack', ...flags, '--end-of-options', 'origin', ...refs];
    await git(at, argv, auth ? { auth } : {});
}
class CloneError extends Error {
    name = 'CloneError';
}
/** `git clone --bare` of `url` into `directory` (must not exist, or be empty); rejects with a one-line CloneError. */
async function cloneBare(url, directory, options = {}) {
    const target = (0,external_node_path_.resolve)(directory);
    const at = { root: (0,external_node_path_.dirname)(target), ...(options.env ? { env: options.env } : {}) };
    const stop = options.timeoutMs !== undefined ? AbortSignal.timeout(options.timeoutMs) : undefined;
    try {
        await (0,run/* git */.$Y)(at, ['clone', '--bare', '--quiet', '--no-hardlinks', '--', url, target], {
            ...(options.token ? { auth: { url, token: options.token } } : {}),
            ...(stop ? { signal: stop } : {}),
        });
    }
    catch (error) {
        if (error instanceof run/* GitStoppedError */.qR)
            throw new CloneError(`clone stopped (SIGTERM)${options.timeoutMs ? ` after ${options.timeoutMs / 1000} s` : ''}`);
        if (error instanceof run/* GitCommandError */.iR)
            throw new CloneError(`clone failed: ${error.line}`);
        throw new CloneError(`git could not be started: ${error instanceof Error ? error.message : String(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/audit/clone.ts
/**
 * Bare clones with the whole history for organization audits: the clone URL from a template, then git's own
 * bare clone (sources/git/remote.ts), with the token only in the auth header of the URL's server.
 */

const DEFAULT_CLONE_URL_TEMPLATE = '{server}/{repo}.git';
function cloneUrl(template, repository, serverUrl = 'https://github.com') {
    const [owner, name] = repository.split('/');
    return template
        .replace(/\{server\}/g, serverUrl.replace(/\/+$/, ''))
        .replace(/\{repo\}/g, repository)
        .replace(/\{owner\}/g, owner)
        .replace(/\{name\}/g, name);
}
/** `git clone --bare` of the repository; resolves when done, rejects with a one-line CloneError. */
function clone_cloneBare(options) {
    const url = cloneUrl(options.urlTemplate, options.repository, options.env.GITHUB_SERVER_URL || undefined);
    return cloneBare(url, options.directory, {
        env: options.env,
        ...(options.token ? { token: options.token } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
}


/***/ }),

/***/ 727:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ MAX_MATRIX_JOBS),
/* harmony export */   Ry: () => (/* binding */ checkOwnerName),
/* harmony export */   Ss: () => (/* binding */ listMatrix)
/* harmony export */ });
/* unused harmony exports visibilityOf, selectRepositories, toMatrix, minimumBatchSize, listRepositories */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6085);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2483);
/**
 * The list stage of an organization audit: an owner's repositories (REST API, paginated), filtered, cut
 * into batches for GitHub Actions' `strategy.matrix`. Listing is I/O; filtering and batching are pure.
 */



/** GitHub's limit on jobs generated by one matrix. */
const MAX_MATRIX_JOBS = 256;
function nameMatcher(patterns) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    // Globs are case-insensitive, like GitHub's repository names.
    const compile = (p) => ({ full: p.includes('/'), match: (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .S)(p.toLowerCase()) });
    const inc = include.map(compile);
    const exc = exclude.map(compile);
    const test = (m, r) => m.match((m.full ? r.full_name : r.name).toLowerCase());
    return (r) => (inc.length === 0 || inc.some((m) => test(m, r))) && !exc.some((m) => test(m, r));
}
function visibilityOf(r) {
    return r.visibility ?? (r.private ? 'private' : 'public');
}
/** Apply the filters; every repository left out is counted under its first reason. */
function selectRepositories(repositories, filter) {
    const matches = nameMatcher(filter.match);
    const excluded = {};
    const selected = [];
    const seen = new Set();
    for (const r of repositories) {
        const key = r.full_name.toLowerCase();
        // Pages can shift while a big organization is listed (a repository created mid-listing); never twice.
        if (seen.has(key))
            continue;
        seen.add(key);
        const reason = r.disabled
            ? 'disabled'
            : r.archived && !filter.includeArchived
                ? 'archived'
                : r.fork && !filter.includeForks
                    ? 'fork'
                    : !matches(r)
                        ? 'name'
                        : filter.topics.some((t) => !(r.topics ?? []).includes(t.toLowerCase()))
                            ? 'topic'
                            : filter.visibility.length > 0 && !filter.visibility.includes(visibilityOf(r))
                                ? 'visibility'
                                : undefined;
        if (reason)
            excluded[reason] = (excluded[reason] ?? 0) + 1;
        else
            selected.push(r);
    }
    selected.sort((a, b) => (a.full_name < b.full_name ? -1 : a.full_name > b.full_name ? 1 : 0));
    return { selected, excluded };
}
/**
 * Cut `names` into batches of at most `size`, as evenly as the batch count allows (611 repositories by 10
 * are 62 batches of 9 or 10, not 61 of 10 and one of 1), keeping the given order.
 */
function toMatrix(names, size) {
    const count = Math.ceil(names.length / size);
    const include = [];
    let start = 0;
    for (let i = 0; i < count; i++) {
        const length = Math.floor(names.length / count) + (i < names.length % count ? 1 : 0);
        include.push({ batch: i + 1, repositories: names.slice(start, start + length) });
        start += length;
    }
    return { include };
}
/** The smallest batch size that keeps `total` repositories within GitHub's matrix limit. */
function minimumBatchSize(total, maxJobs = MAX_MATRIX_JOBS) {
    return Math.max(1, Math.ceil(total / maxJobs));
}
function status(error) {
    return typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
}
/**
 * Every repository of `owner`: an organization's (`GET /orgs/{org}/repos?type=all`), or, when no organization
 * has that name (404), a user's (`GET /users/{username}/repos?type=owner`), which lists only what the token may see.
 */
async function listRepositories(octokit, owner, log = () => { }) {
    try {
        const repositories = await octokit.paginate(octokit.rest.repos.listForOrg, { org: owner, type: 'all', per_page: 100 });
        return { kind: 'organization', repositories: repositories };
    }
    catch (error) {
        if (status(error) !== 404)
            throw listingError(owner, error);
    }
    log(`${owner} is not an organization (or the token cannot see it); listing it as a user`);
    try {
        const repositories = await octokit.paginate(octokit.rest.repos.listForUser, { username: owner, type: 'owner', per_page: 100 });
        return { kind: 'user', repositories: repositories };
    }
    catch (error) {
        throw listingError(owner, error);
    }
}
function listingError(owner, error) {
    const code = status(error);
    const why = code === 404
        ? 'no organization or user by that name is visible to the token'
        : code === 401
            ? 'the token was refused (401 Bad credentials)'
            : code === 403
                ? 'access denied (403): the token needs read access to the organization, or the rate limit is exhausted'
                : error instanceof Error
                    ? error.message.split('\n')[0]
                    : String(error);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot list the repositories of ${owner}: ${why}`);
}
/** An organization or user login, as GitHub allows it; anything else is refused before a request is made. */
function checkOwnerName(owner) {
    if (!_core_names_js__WEBPACK_IMPORTED_MODULE_2__/* .OWNER_PATTERN */ .N4.test(owner))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`"${owner}" is not a GitHub organization or user name`);
    return owner;
}
/**
 * The whole list stage, shared by the CLI's `repos` and the Action's `command: repos`: list `owner`, filter,
 * and cut into batches of `batch`, raised (with a line to `log`) when more than `maxJobs` jobs would be needed.
 */
async function listMatrix(octokit, owner, filter, batch, log = () => { }, maxJobs = MAX_MATRIX_JOBS) {
    const { kind, repositories } = await listRepositories(octokit, owner, log);
    const { selected, excluded } = selectRepositories(repositories, filter);
    let size = batch;
    const needed = minimumBatchSize(selected.length, maxJobs);
    if (needed > size) {
        // Auto-raise rather than fail: a scheduled audit must not break the day the organization grows.
        log(`${selected.length} repositories by ${size} would need more than ${maxJobs} jobs; batches of ${needed} instead`);
        size = needed;
    }
    const matrix = toMatrix(selected.map((r) => r.full_name), size);
    const left = Object.entries(excluded)
        .map(([reason, n]) => `${n} ${reason}`)
        .join(', ');
    const batches = matrix.include.length;
    const description = `${owner} (${kind}): ${repositories.length} repositories, ${selected.length} selected` +
        `${left ? ` (left out: ${left})` : ''}, ${batches} batch${batches === 1 ? '' : 'es'} of at most ${size}`;
    return { matrix, selected: selected.length, description };
}


/***/ }),

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2027);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3323);
// The CLI's process edge: real streams and exit code. Everything else is in cli.ts.


// A reader that goes away (`| head -1`) is no error of ours: stop writing, keep the exit code. Without a
// listener, the EPIPE would crash the process with a stack trace.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED')
        return;
    process.stderr.write(`${_core_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .lH}: error: cannot write to stdout (${error.code ?? error.message})\n`);
    process.exitCode = 2;
});
process.stderr.on('error', () => { }); // nowhere left to say it
const code = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    ...(process.stderr.isTTY ? { stderrTTY: process.stderr } : {}),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
});
process.exitCode ||= code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __nccwpck_require__(7593);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/flags.ts
var flags = __nccwpck_require__(2336);
// EXTERNAL MODULE: ./src/cli/usage.ts
var cli_usage = __nccwpck_require__(7485);
;// CONCATENATED MODULE: ./src/cli/help.ts
/** `anthropic-key-scan help [COMMAND]` (and `--help`): the usage of the scan or of one command. */



const TOPICS = ['scan', 'repos', 'batch', 'merge', 'help', 'version'];
async function helpCommand(argv, io) {
    if (argv.length > 1)
        throw new errors/* UserError */.y('help takes at most one COMMAND (see --help)');
    const topic = argv[0];
    const usage = (0,cli_usage/* usageOf */.Fs)(topic);
    if (usage === undefined) {
        const guess = (0,flags/* closest */.kp)(topic ?? '', TOPICS);
        throw new errors/* UserError */.y(`help: no command "${topic}"${guess ? `; did you mean ${guess}?` : ''} (commands: ${TOPICS.join(', ')})`);
    }
    io.stdout(usage);
    return 0;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/scrub.ts
var scrub = __nccwpck_require__(8660);
// EXTERNAL MODULE: ./src/core/secret.ts
var secret = __nccwpck_require__(2559);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __nccwpck_require__(3323);
// EXTERNAL MODULE: ./src/findings/policy.ts
var policy = __nccwpck_require__(9654);
// EXTERNAL MODULE: ./src/report/format.ts + 2 modules
var format = __nccwpck_require__(6069);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __nccwpck_require__(2794);
// EXTERNAL MODULE: ./src/scan.ts + 31 modules
var scan = __nccwpck_require__(7879);
;// CONCATENATED MODULE: ./src/cli/progress.ts
function progressLine(stream, label) {
    const started = Date.now();
    let lastDraw = 0;
    let drawn = false;
    return {
        update(done, total, bytes) {
            const now = Date.now();
            if (now - lastDraw < 200)
                return;
            lastDraw = now;
            const seconds = (now - started) / 1000;
            const rate = seconds > 0 ? bytes / (1024 * 1024) / seconds : 0;
            const of = total ? ` of ${total.toLocaleString('en-US')} (${Math.min(100, Math.floor((done / total) * 100))}%)` : '';
            stream.write(`\r\x1b[K${label}: ${done.toLocaleString('en-US')}${of}, ${rate.toFixed(1)} MB/s, ${seconds.toFixed(0)}s`);
            drawn = true;
        },
        clear() {
            if (drawn)
                stream.write('\r\x1b[K');
            drawn = false;
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/scan.ts
/**
 * The scan command: a Plan (from args.ts) -> runScan -> the report on stdout or a file -> the exit code.
 */












async function scanCommand(command, io) {
    const { plan } = command;
    const hooks = {};
    if (plan.revoke) {
        const adminKey = io.env.ANTHROPIC_ADMIN_KEY?.trim();
        if (!adminKey)
            throw new errors/* UserError */.y('--revoke needs an Admin API key in ANTHROPIC_ADMIN_KEY');
        hooks.adminKey = new secret/* Secret */.zh(adminKey);
    }
    if (io.env.ANTHROPIC_BASE_URL)
        hooks.anthropicBaseURL = io.env.ANTHROPIC_BASE_URL;
    if (command.output)
        await checkWritable(command.output, '--output');
    if (command.writeBaseline)
        await checkWritable(command.writeBaseline, '--write-baseline');
    const progress = io.stderrTTY && !plan.quiet ? progressLine(io.stderrTTY, progressLabel(plan.scope.kind)) : undefined;
    if (progress)
        hooks.onProgress = (done, total, bytes) => progress.update(done, total, bytes);
    let result;
    try {
        result = await (0,scan/* runScan */.H)(plan, hooks);
    }
    finally {
        progress?.clear();
    }
    const report = (0,json/* toJsonReport */.Ow)(result);
    const color = command.color ?? (command.output === undefined && Boolean(io.stdoutIsTTY) && !io.env.NO_COLOR);
    const rendered = (0,format/* renderReport */.B)(report, command.format, { color });
    if (command.output)
        await writeReport(command.output, rendered, '--output');
    else
        io.stdout(rendered);
    if (command.writeBaseline)
        await writeReport(command.writeBaseline, (0,format/* renderReport */.B)(report, 'json', { color: false }), '--write-baseline');
    for (const error of report.errors ?? [])
        io.stderr(`${version/* TOOL_NAME */.lH}: error: ${error}\n`);
    if (command.output && !plan.quiet) {
        io.stderr(`${version/* TOOL_NAME */.lH}: ${report.findings.length} finding(s); report written to ${(0,scrub/* scrub */._I)(command.output)}\n`);
    }
    const code = (0,policy/* exitCodeFor */.R)(result.findings, command.failOn);
    return code === 0 && result.errors.length > 0 ? 2 : code;
}
/** Checked before the scan, not after it: a long scan's findings are not lost to a mistyped directory. */
async function checkWritable(file, flag) {
    const target = await (0,promises_.stat)(file).catch(() => undefined);
    if (target?.isDirectory())
        throw new errors/* UserError */.y(`${flag}: ${file} is a directory`);
    const dir = external_node_path_default().dirname(file);
    const parent = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!parent?.isDirectory())
        throw new errors/* UserError */.y(`${flag}: ${parent ? 'not a directory' : 'no such directory'}: ${dir}`);
    await (0,promises_.access)(target ? file : dir, external_node_fs_.constants.W_OK).catch((error) => {
        throw new errors/* UserError */.y(`${flag}: cannot write ${file} (${error.code ?? (0,errors/* describeError */.U)(error)})`);
    });
}
/** A report written to `file`; a failure is a one-line error naming the flag. */
async function writeReport(file, text, flag) {
    await (0,promises_.writeFile)(file, text).catch((error) => {
        throw new errors/* UserError */.y(`${flag}: cannot write ${file} (${error.code ?? (0,errors/* describeError */.U)(error)})`);
    });
}
function progressLabel(kind) {
    return kind === 'history' ? 'objects' : kind === 'range' ? 'commits' : 'files';
}

;// CONCATENATED MODULE: ./src/cli/version.ts
/** `anthropic-key-scan version` (and `--version`). */


async function versionCommand(argv, io) {
    if (argv.length > 0)
        throw new errors/* UserError */.y('version takes no arguments');
    io.stdout(`${version/* TOOL_NAME */.lH} ${version/* TOOL_VERSION */.wr}\n`);
    return 0;
}

// EXTERNAL MODULE: ./src/core/output-guard.ts
var output_guard = __nccwpck_require__(6078);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
;// CONCATENATED MODULE: ./src/cli.ts
/**
 * The CLI entry: argv -> the command it names -> an exit code. Thin by design: parsing is cli/args.ts, each
 * command is a module of cli/, and every failure becomes one scrubbed line on stderr and exit 2.
 */









async function main(argv, rawIO) {
    const io = (0,output_guard/* guardStreams */.dl)(rawIO); // in GitHub Actions, no report or error line can be read as a workflow command
    try {
        const command = (0,args/* parseCommand */.RM)(argv);
        switch (command.kind) {
            case 'help':
                return await helpCommand([], io);
            case 'version':
                return await versionCommand([], io);
            case 'subcommand':
                return await (await loadCommand(command.name))(command.argv, io === rawIO ? io : { ...io, command: (line) => rawIO.stdout(line) });
            case 'scan':
                return await scanCommand(command, io);
        }
    }
    catch (error) {
        // Arguments are echoed in errors (a path, a ref): one pasted by mistake may be a key, and one with a newline
        // is shown escaped on the one line rather than cut at it.
        const reason = error instanceof errors/* UserError */.y ? (0,report_text/* clean */.uH)(error.message) : (0,errors/* describeError */.U)(error);
        io.stderr(`${version/* TOOL_NAME */.lH}: error: ${(0,scrub/* scrub */._I)(reason)}\n`);
        return 2;
    }
}
// The audit commands load on demand: they bring Octokit, which a plain scan (a pre-commit hook) need not load.
async function loadCommand(name) {
    switch (name) {
        case 'help':
            return helpCommand;
        case 'version':
            return versionCommand;
        case 'repos':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(967)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4967))).reposCommand;
        case 'merge':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(126)]).then(__nccwpck_require__.bind(__nccwpck_require__, 126))).mergeCommand;
        case 'batch':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(945), __nccwpck_require__.e(721)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5721))).batchCommand;
    }
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ maxFileSizeOption),
/* harmony export */   M: () => (/* binding */ BATCH_OPTIONS),
/* harmony export */   Pr: () => (/* binding */ SCAN_OPTIONS),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   WZ: () => (/* binding */ MERGE_OPTIONS),
/* harmony export */   cx: () => (/* binding */ repositoryOption),
/* harmony export */   vs: () => (/* binding */ REPOS_OPTIONS)
/* harmony export */ });
/* unused harmony exports SUBCOMMANDS, revokeStatusOption, parseRange */
/* harmony import */ var _audit_clone_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(707);
/* harmony import */ var _core_archive_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6430);
/* harmony import */ var _audit_repositories_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(727);
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5553);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4296);
/* harmony import */ var _core_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2336);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(2483);
/* harmony import */ var _anthropic_limits_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3314);
/* harmony import */ var _core_size_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3910);
/**
 * Every command's options, as tables: a new flag is one entry (its type, placeholder, help line and group),
 * and the help text and the parser both come from it. Pure: no I/O, so every bad argument is tested as a
 * one-line UserError (exit 2).
 */









const SUBCOMMANDS = ['repos', 'merge', 'batch', 'help', 'version'];
const FORMAT = _core_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_FORMATS */ .EL.join('|');
const FAIL_ON = _core_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .FAIL_ON_VALUES */ .Qm.join('|');
/** Options every command understands. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h', help: 'this help' } };
const ARCHIVE_GROUP = 'Inside archives and compressed files (zip, jar, whl, docx, ..., gzip, tar; each limit hit is a note)';
/** The archive limits' flags, from their one table (core/archive-limits.ts). */
const ARCHIVE_OPTIONS = Object.fromEntries(_core_archive_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVE_LIMIT_SPECS */ .ci.map((spec) => [spec.name, { type: 'string', value: spec.unit === 'size' ? 'SIZE' : 'N', group: ARCHIVE_GROUP, help: `${spec.help} (default ${(0,_core_archive_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultText */ .VC)(spec)})` }]));
const SCAN_OPTIONS = {
    history: { type: 'boolean', group: 'What to scan (one of; default: the files under PATH, dotfiles included, .git excluded)', help: 'every commit reachable from any ref, with commit and tag messages' },
    range: { type: 'string', value: 'BASE..HEAD', group: 'What to scan (one of; default: the files under PATH, dotfiles included, .git excluded)', help: "the commits in BASE..HEAD, each one's added lines" },
    staged: { type: 'boolean', group: 'What to scan (one of; default: the files under PATH, dotfiles included, .git excluded)', help: 'what is staged (for a pre-commit hook)' },
    verify: { type: 'boolean', group: 'Checks and actions', help: 'check each distinct key against the Anthropic API (ANTHROPIC_BASE_URL)' },
    revoke: { type: 'boolean', group: 'Checks and actions', help: "deactivate live keys of the admin key's organization (ANTHROPIC_ADMIN_KEY)" },
    'dry-run': { type: 'boolean', group: 'Checks and actions', help: 'with --revoke: every read, no write' },
    'revoke-status': { type: 'string', value: 'STATUS', group: 'Checks and actions', help: 'inactive (default, reversible in the Console) or archived' },
    'max-verify': { type: 'string', value: 'N', group: 'Checks and actions', help: `check at most N distinct keys in one run (default ${_anthropic_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_VERIFY */ .L}); the rest stay unchecked` },
    format: { type: 'string', value: FORMAT, group: 'Output', help: 'report format (default text)' },
    output: { type: 'string', short: 'o', value: 'FILE', group: 'Output', help: 'write the report to FILE instead of stdout' },
    'fail-on': { type: 'string', value: FAIL_ON, group: 'Output', help: `exit 1 on any finding (default), on live or unverifiable keys, or never` },
    quiet: { type: 'boolean', short: 'q', group: 'Output', help: 'no progress on stderr' },
    'no-color': { type: 'boolean', group: 'Output', help: 'plain text output' },
    color: { type: 'boolean', group: 'Output', help: 'colour even when stdout is no terminal' },
    config: { type: 'string', value: 'FILE', group: 'Allowing', help: 'config file (default: .anthropic-key-scan.yml under PATH, if present)' },
    baseline: { type: 'string', value: 'FILE', group: 'Allowing', help: 'suppress what an earlier JSON report listed' },
    'write-baseline': { type: 'string', value: 'FILE', group: 'Allowing', help: 'write what this scan found as a baseline for later --baseline runs' },
    'max-file-size': { type: 'string', value: 'SIZE', group: 'Allowing', help: `skip larger files, with a note (default ${_core_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MAX_FILE_SIZE_TEXT */ .IJ})` },
    ...ARCHIVE_OPTIONS,
    repository: { type: 'string', value: 'OWNER/NAME', group: 'Organization audits', help: 'tag every location with this repository' },
    help: { type: 'boolean', short: 'h', group: 'Other', help: 'this help (`help COMMAND` for a command)' },
    version: { type: 'boolean', group: 'Other', help: 'the version' },
};
const REPOS_OPTIONS = {
    batch: { type: 'string', value: 'N', help: 'repositories per job (default 10); raised, with a note, when ORG needs more than --max-jobs jobs' },
    'max-jobs': { type: 'string', value: 'N', help: `at most N jobs (default ${_audit_repositories_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_MATRIX_JOBS */ .Ab}, GitHub's limit per matrix)` },
    'include-archived': { type: 'boolean', help: 'archived repositories too (left out by default)' },
    'include-forks': { type: 'boolean', help: 'forks too (left out by default)' },
    match: { type: 'string', multiple: true, value: 'GLOB', help: 'only names matching GLOB (OWNER/NAME when GLOB holds a /); !GLOB leaves out; repeatable' },
    'repository-filter': { type: 'string', multiple: true, value: 'GLOB', aliasOf: 'match', help: "the Action's name for --match" },
    topic: { type: 'string', multiple: true, value: 'TOPIC', help: 'only repositories with TOPIC; repeatable (all must match)' },
    visibility: { type: 'string', multiple: true, value: 'V', help: 'public, private or internal; repeatable (any may match)' },
    ...HELP_OPTION,
};
const BATCH_OPTIONS = {
    repositories: { type: 'string', multiple: true, value: 'LIST', help: 'comma-separated OWNER/NAME (repeatable; a JSON array is accepted too)' },
    verify: SCAN_OPTIONS.verify,
    revoke: { type: 'boolean', help: "deactivate live keys of the admin key's organization (ANTHROPIC_ADMIN_KEY); implies --verify" },
    'dry-run': SCAN_OPTIONS['dry-run'],
    'revoke-status': { type: 'string', value: 'STATUS', help: 'inactive (default) or archived' },
    'output-dir': { type: 'string', value: 'DIR', help: 'where the reports go (default: reports)' },
    'clone-url-template': { type: 'string', value: 'URL', help: `default ${_audit_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CLONE_URL_TEMPLATE */ .BK}, {server} = GITHUB_SERVER_URL or https://github.com` },
    parallel: { type: 'string', value: 'N', help: 'repositories cloned and scanned at once (default 2)' },
    'clone-timeout': { type: 'string', value: 'SECONDS', help: 'give up on a clone after this long (default: no limit)' },
    'max-file-size': SCAN_OPTIONS['max-file-size'],
    ...HELP_OPTION,
};
const MERGE_OPTIONS = {
    format: { type: 'string', value: FORMAT, help: '(default text)' },
    output: SCAN_OPTIONS.output,
    summary: { type: 'string', value: 'FILE', help: 'append the organization-wide Markdown table to FILE (e.g. $GITHUB_STEP_SUMMARY)' },
    mention: { type: 'string', value: 'HANDLES', help: 'with --summary: @user or @org/team handles to mention when a key may be live' },
    matrix: { type: 'string', value: 'FILE', help: "the repos command's matrix: each repository in it without a report is listed as failed" },
    repository: {
        type: 'string',
        value: 'OWNER/NAME',
        help: "output only this repository's keys and locations (with organization-wide statuses), e.g. for a SARIF to upload to that repository's code scanning",
    },
    'fail-on': { type: 'string', value: FAIL_ON, help: 'exit 1 on any finding (default), on keys not proven dead, or never' },
    ...HELP_OPTION,
};
function parseCommand(argv) {
    const first = argv[0];
    if (first && SUBCOMMANDS.includes(first)) {
        return { kind: 'subcommand', name: first, argv: argv.slice(1) };
    }
    const { values, positionals } = (0,_core_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOptions */ .Ac)(undefined, SCAN_OPTIONS, argv);
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    if (positionals.length > 1) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`expected at most one PATH, got ${positionals.length}: ${positionals.join(' ')} (see --help)`);
    }
    const root = positionals[0] ?? '.';
    const modes = [values.history && '--history', values.range !== undefined && '--range', values.staged && '--staged'].filter(Boolean);
    if (modes.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${modes.join(' and ')} cannot be combined: choose one`);
    let scope;
    if (values.history)
        scope = { kind: 'history', root };
    else if (values.staged)
        scope = { kind: 'staged', root };
    else if (values.range !== undefined)
        scope = { kind: 'range', root, ...parseRange(values.range) };
    else
        scope = { kind: 'files', root };
    const format = (0,_core_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(values.format ?? 'text', _core_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_FORMATS */ .EL, '--format');
    const failOn = (0,_core_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(values['fail-on'] ?? _core_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_FAIL_ON */ .VQ, _core_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .FAIL_ON_VALUES */ .Qm, '--fail-on');
    const revokeStatus = revokeStatusOption(values['revoke-status'], Boolean(values.revoke), Boolean(values['dry-run']));
    const repository = values.repository === undefined ? undefined : repositoryOption(values.repository, '--repository');
    const plan = {
        scope,
        ...(repository ? { repository } : {}),
        // Revocation needs proof that a key is live: it implies verification.
        verify: Boolean(values.verify || values.revoke),
        revoke: Boolean(values.revoke),
        dryRun: Boolean(values['dry-run']),
        revokeStatus,
        maxFileSize: maxFileSizeOption(values['max-file-size']),
        ...archiveLimitsOption(values),
        ...(values['max-verify'] !== undefined ? { maxVerify: (0,_core_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .positiveInteger */ .Cq)(values['max-verify'], '--max-verify') } : {}),
        ...(values.config ? { configPath: values.config } : {}),
        ...(values.baseline ? { baselinePath: values.baseline } : {}),
        quiet: Boolean(values.quiet),
    };
    return {
        kind: 'scan',
        plan,
        failOn,
        format,
        ...(values.output ? { output: values.output } : {}),
        ...(values['write-baseline'] ? { writeBaseline: values['write-baseline'] } : {}),
        ...(values['no-color'] ? { color: false } : values.color ? { color: true } : {}),
    };
}
/** `--revoke-status` and `--dry-run`, which mean something only with `--revoke`. */
function revokeStatusOption(value, revoke, dryRun) {
    if (dryRun && !revoke)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y('--dry-run only applies to --revoke');
    if (value !== undefined && !revoke)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y('--revoke-status only applies to --revoke');
    return (0,_core_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(value ?? 'inactive', _core_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .REVOKE_STATUSES */ .cW, '--revoke-status');
}
/** `--max-file-size`, the default when absent. */
function maxFileSizeOption(value) {
    return value ? (0,_core_size_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSize */ .D)(value, '--max-file-size') : _core_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MAX_FILE_SIZE */ .Sj;
}
/** An OWNER/NAME flag value. */
function repositoryOption(value, flag) {
    if (!(0,_core_names_js__WEBPACK_IMPORTED_MODULE_8__/* .isRepositoryName */ .en)(value))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${flag}: expected OWNER/NAME, got "${value}"`);
    return value;
}
/** "BASE..HEAD"; "BASE...HEAD" (the symmetric form people paste from GitHub) is refused with a hint. */
function parseRange(text) {
    if (text.includes('...')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`--range: use BASE..HEAD (two dots), got "${text}"`);
    }
    const parts = text.split('..');
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`--range: expected BASE..HEAD, got "${text}"`);
    }
    return { base: parts[0], head: parts[1] };
}
/** The --max-archive-* flags given, in the Plan only when any was (the sources apply the defaults). */
function archiveLimitsOption(values) {
    const limits = (0,_core_archive_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .readArchiveLimits */ .ZA)((name) => (typeof values[name] === 'string' ? values[name] : undefined), (name) => `--${name}`);
    return Object.keys(limits).length > 0 ? { archiveLimits: limits } : {};
}


/***/ }),

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ BATCH_USAGE),
/* harmony export */   Fs: () => (/* binding */ usageOf),
/* harmony export */   t$: () => (/* binding */ MERGE_USAGE),
/* harmony export */   yR: () => (/* binding */ REPOS_USAGE)
/* harmony export */ });
/* unused harmony export USAGE */
/* harmony import */ var _audit_clone_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(707);
/* harmony import */ var _core_flags_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2336);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7593);
/** The help of each command, written from its option table (cli/args.ts): a flag that exists is listed. */



const USAGE = `Usage: anthropic-key-scan [options] [PATH]
       anthropic-key-scan COMMAND [options]     (repos, batch, merge, help, version)

Find Anthropic credentials (API, Admin and Compliance keys, Claude Code OAuth tokens, claude.ai session keys) and check whether they work.
PATH is a directory, file or repository (default .).

${(0,_core_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOptions */ .c4)(_args_js__WEBPACK_IMPORTED_MODULE_2__/* .SCAN_OPTIONS */ .Pr)}

Organization audits (\`anthropic-key-scan help COMMAND\` for each one's options):
  repos ORG [--batch N] [--include-archived] [--include-forks]   matrix JSON of ORG's repositories
  batch --repositories A,B [--verify] [--revoke] [--output-dir DIR]   clone and scan a batch
  merge REPORT...           merge JSON reports into one, one finding per key

Exit status: 0 nothing to report, 1 findings (as --fail-on says), 2 usage or runtime error.
`;
const REPOS_USAGE = `Usage: anthropic-key-scan repos ORG [options]

List ORG's repositories (GITHUB_TOKEN, GITHUB_API_URL) and print a GitHub Actions matrix of batches:
  {"include":[{"batch":1,"repositories":["ORG/a","ORG/b"]},...]}

${(0,_core_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOptions */ .c4)(_args_js__WEBPACK_IMPORTED_MODULE_2__/* .REPOS_OPTIONS */ .vs)}
`;
const BATCH_USAGE = `Usage: anthropic-key-scan batch --repositories OWNER/A,OWNER/B [options]

Clone each repository (bare, whole history), scan it, verify each distinct key once for the whole batch,
and write one JSON report per repository (OWNER__NAME.json). GITHUB_TOKEN authenticates the clones
(default clone URL ${_audit_clone_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CLONE_URL_TEMPLATE */ .BK}).

${(0,_core_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOptions */ .c4)(_args_js__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_OPTIONS */ .M)}
`;
const MERGE_USAGE = `Usage: anthropic-key-scan merge REPORT... [options]

Merge JSON reports (files, or directories holding *.json) into one: one finding per key across
repositories, with the most severe status any job saw (live > unknown > invalid > unchecked).

${(0,_core_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOptions */ .c4)(_args_js__WEBPACK_IMPORTED_MODULE_2__/* .MERGE_OPTIONS */ .WZ)}
`;
const BY_COMMAND = { scan: USAGE, repos: REPOS_USAGE, batch: BATCH_USAGE, merge: MERGE_USAGE };
/** The help of `command` (the scan's for none), or undefined for a name that is no command. */
function usageOf(command) {
    return command === undefined || command === 'help' || command === 'version' ? USAGE : BY_COMMAND[command];
}


/***/ }),

/***/ 6430:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lp: () => (/* binding */ archiveLimits),
/* harmony export */   V2: () => (/* binding */ RATIO_FLOOR),
/* harmony export */   VC: () => (/* binding */ defaultText),
/* harmony export */   ZA: () => (/* binding */ readArchiveLimits),
/* harmony export */   ci: () => (/* binding */ ARCHIVE_LIMIT_SPECS)
/* harmony export */ });
/* unused harmony export DEFAULT_ARCHIVE_LIMITS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2336);
/* harmony import */ var _size_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3910);
/**
 * Limits on looking inside archives and compressed files (sources/containers), against decompression bombs
 * and waste. One table: the Plan's field, the CLI flag and the action input, the default and how a value is
 * read all come from it, so the CLI, the Action and action.yml cannot drift apart.
 */



const DEFAULT_ARCHIVE_LIMITS = {
    maxBytes: 256 * 1024 * 1024,
    maxTotalBytes: 4 * 1024 * 1024 * 1024,
    maxRatio: 100,
    maxMembers: 50_000,
    maxDepth: 5,
};
/** Below this many decompressed bytes a member is never held to the ratio limit (small files compress well). */
const RATIO_FLOOR = 1024 * 1024;
const ARCHIVE_LIMIT_SPECS = [
    { key: 'maxBytes', name: 'max-archive-size', unit: 'size', help: 'decompressed bytes read per archive or compressed file' },
    { key: 'maxTotalBytes', name: 'max-archive-total', unit: 'size', help: 'decompressed bytes read from archives per run' },
    { key: 'maxRatio', name: 'max-archive-ratio', unit: 'count', help: 'largest decompressed/compressed ratio of a member over 1 MiB' },
    { key: 'maxMembers', name: 'max-archive-members', unit: 'count', help: 'members read per archive' },
    { key: 'maxDepth', name: 'max-archive-depth', unit: 'count', zeroAllowed: true, help: 'archives opened inside archives (0: none)' },
];
/** A limit's default, as written in help texts and action.yml (`256MB`, `5`). */
function defaultText(spec) {
    const value = DEFAULT_ARCHIVE_LIMITS[spec.key];
    return spec.unit === 'size' ? (0,_size_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(value).replace(/\.0 (\w)iB$/, '$1B').replace(' ', '') : String(value);
}
/**
 * The limits given (flags or inputs), read by `value(name)`; absent or empty ones are left out (the sources
 * apply the defaults). `where(name)` names the flag or input in errors.
 */
function readArchiveLimits(value, where) {
    const limits = {};
    for (const spec of ARCHIVE_LIMIT_SPECS) {
        const text = value(spec.name)?.trim();
        if (!text)
            continue;
        if (spec.unit === 'size') {
            limits[spec.key] = (0,_size_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSize */ .D)(text, where(spec.name));
        }
        else {
            if (!(spec.zeroAllowed ? /^\d+$/.test(text) : (0,_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .isPositiveInteger */ .q6)(text))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${where(spec.name)} must be a ${spec.zeroAllowed ? 'whole number' : 'positive whole number'}, not "${text}"`);
            }
            limits[spec.key] = Number(text);
        }
    }
    return limits;
}
/** The given limits over the defaults. */
function archiveLimits(given = {}) {
    return { ...DEFAULT_ARCHIVE_LIMITS, ...given };
}


/***/ }),

/***/ 5553:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   IJ: () => (/* binding */ DEFAULT_MAX_FILE_SIZE_TEXT),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   Sj: () => (/* binding */ DEFAULT_MAX_FILE_SIZE),
/* harmony export */   VQ: () => (/* binding */ DEFAULT_FAIL_ON),
/* harmony export */   cW: () => (/* binding */ REVOKE_STATUSES)
/* harmony export */ });
/** Files and blobs larger than this are skipped with a note. */
const DEFAULT_MAX_FILE_SIZE = 25 * 1024 * 1024;
/** The same default as people write it (action.yml's `max-file-size`, the help text). */
const DEFAULT_MAX_FILE_SIZE_TEXT = '25MB';
const REPORT_FORMATS = ['text', 'json', 'sarif'];
const FAIL_ON_VALUES = ['any', 'live', 'never'];
const DEFAULT_FAIL_ON = 'any';
const REVOKE_STATUSES = ['inactive', 'archived'];


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * An error the user can act on: bad arguments, a missing path, an unknown ref, a malformed event.
 * Entry points print its message as one line (no stack trace) and exit 2.
 * The message must never hold a secret.
 */
class UserError extends Error {
    name = 'UserError';
}
/** The one-line reason for any error, for the user; stack traces stay out of it. */
function describeError(error) {
    if (error instanceof Error)
        return error.message.split('\n')[0] || error.name;
    return String(error).split('\n')[0];
}


/***/ }),

/***/ 2336:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   Cq: () => (/* binding */ positiveInteger),
/* harmony export */   c4: () => (/* binding */ describeOptions),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   q6: () => (/* binding */ isPositiveInteger),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/**
 * Command-line flags from a table: each command declares its options once (type, short form, placeholder,
 * help line, aliases) and the same table gives node's parseArgs its config, the help text and the
 * "did you mean" of an unknown flag. Every mistake is a one-line UserError (exit 2) naming the command.
 */


/**
 * argv by `table`. `command` prefixes errors (undefined for the scan command). Aliases are folded into the
 * option they stand for, so the caller reads one name.
 */
function parseOptions(command, table, argv, allowPositionals = true) {
    const options = {};
    for (const [name, spec] of Object.entries(table)) {
        options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
    }
    const prefix = command ? `${command}: ` : '';
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${prefix}${describeParseError(error, Object.keys(table))} (see --help)`);
    }
    const values = { ...parsed.values };
    for (const [name, spec] of Object.entries(table)) {
        if (!spec.aliasOf || values[name] === undefined)
            continue;
        const target = spec.aliasOf;
        const value = values[name];
        delete values[name];
        if (Array.isArray(value))
            values[target] = [...(values[target] ?? []), ...value];
        else if (values[target] === undefined)
            values[target] = value;
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${prefix}--${name} is another name for --${target}: give one of them`);
    }
    return { values: values, positionals: parsed.positionals };
}
function describeParseError(error, names) {
    // Read as a shape, not by instanceof: an error from another realm (a test VM) is no `Error` here.
    const raw = error?.message;
    const message = (typeof raw === 'string' ? raw : String(error)).split('\n')[0];
    const code = error.code;
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
        const flag = unknown[1];
        const guess = closest(flag.replace(/^-+/, '').split('=')[0], names);
        return `Unknown option '${flag}'${guess ? `; did you mean --${guess}?` : ''}`;
    }
    return message;
}
/** The name nearest to `typed` (edit distance at most 2, or a third of its length; or the one name it begins). */
function closest(typed, names) {
    if (!typed)
        return undefined;
    const prefixed = names.filter((n) => n.startsWith(typed));
    if (prefixed.length === 1)
        return prefixed[0];
    let best;
    let bestDistance = Math.max(2, Math.floor(typed.length / 3));
    for (const name of names) {
        const d = editDistance(typed, name);
        if (d <= bestDistance) {
            if (d < bestDistance || best === undefined)
                best = name;
            bestDistance = d;
        }
    }
    return best;
}
/** Levenshtein distance with transpositions counted as one edit (`--histroy`). */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        rows[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
        }
    }
    return rows[a.length][b.length];
}
/** The help lines of a table, under its groups in the order they first appear; aliases and hidden options left out. */
function describeOptions(table) {
    const groups = new Map();
    const width = 28;
    for (const [name, spec] of Object.entries(table)) {
        if (spec.hidden || spec.aliasOf)
            continue;
        const aliases = Object.entries(table).filter(([, s]) => s.aliasOf === name).map(([n]) => `--${n}`);
        const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
        const help = aliases.length > 0 ? `${spec.help} (also ${aliases.join(', ')})` : spec.help;
        const line = flag.length + 2 < width ? `  ${flag.padEnd(width - 2)}${help}` : `  ${flag}  ${help}`;
        const group = spec.group ?? '';
        groups.set(group, [...(groups.get(group) ?? []), line]);
    }
    return [...groups]
        .map(([group, lines]) => `${group ? `${group}:\n` : ''}${lines.join('\n')}`)
        .join('\n\n');
}
/** A flag's value, one of `allowed`; `flag` names it in the error (`--format`, `input fail-on`). */
function oneOf(value, allowed, flag) {
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${flag}: expected one of ${allowed.join(', ')}, got "${value}"`);
}
function positiveInteger(value, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (!isPositiveInteger(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${flag} must be a positive whole number, not "${value}"`);
    return Number(value);
}
/** `1`, `25`, not `0`, `01`, `-3`, `1.5`. */
function isPositiveInteger(text) {
    return /^[1-9]\d*$/.test(text);
}


/***/ }),

/***/ 6085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ compileGlob),
/* harmony export */   t: () => (/* binding */ compileGlobs)
/* harmony export */ });
const ANY = () => true;
const NOT_SLASH = (c) => c !== '/';
const literal = (ch) => (c) => c === ch;
const SEGMENTS = { k: 'opt', items: [{ k: 'star', test: ANY }, { k: 'char', test: literal('/') }] };
const BELOW = { k: 'opt', items: [{ k: 'char', test: literal('/') }, { k: 'star', test: ANY }] };
/** A matcher that is true when any of the patterns matches. */
function compileGlobs(patterns) {
    if (patterns.length === 0)
        return () => false;
    const matchers = patterns.map(compileGlob);
    return (path) => matchers.some((match) => match(path));
}
/** One pattern's matcher. */
function compileGlob(pattern) {
    let p = pattern.startsWith('./') ? pattern.slice(2) : pattern;
    let anchored = false;
    if (p.startsWith('/')) {
        anchored = true;
        p = p.replace(/^\/+/, '');
    }
    p = p.replace(/\/+$/, '');
    if (p.includes('/'))
        anchored = true;
    const items = [...(anchored ? [] : [SEGMENTS]), ...parse([...p]), BELOW];
    const nodes = [{ t: 'match' }];
    const start = build(items, 0, nodes);
    return (path) => run(nodes, start, path.startsWith('./') ? path.slice(2) : path);
}
/** Thompson construction, back to front: each item gets the node to go on to. */
function build(items, next, nodes) {
    const add = (node) => nodes.push(node) - 1;
    for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        switch (item.k) {
            case 'char':
                next = add({ t: 'char', test: item.test, next });
                break;
            case 'star': {
                const split = add({ t: 'split', next: [] });
                const char = add({ t: 'char', test: item.test, next: split });
                nodes[split].next = [char, next];
                next = split;
                break;
            }
            case 'opt':
                next = add({ t: 'split', next: [build(item.items, next, nodes), next] });
                break;
            case 'alt': {
                const after = next;
                next = add({ t: 'split', next: item.alts.map((alt) => build(alt, after, nodes)) });
                break;
            }
        }
    }
    return next;
}
/** Step the set of states through the path; true when the match node is reached at its end. */
function run(nodes, start, path) {
    const mark = new Uint32Array(nodes.length);
    let generation = 0;
    const closure = (from) => {
        generation++;
        const out = [];
        const stack = [...from];
        while (stack.length > 0) {
            const id = stack.pop();
            if (mark[id] === generation)
                continue;
            mark[id] = generation;
            const node = nodes[id];
            if (node.t === 'split')
                for (let i = node.next.length - 1; i >= 0; i--)
                    stack.push(node.next[i]);
            else
                out.push(id);
        }
        return out;
    };
    let states = closure([start]);
    for (const c of path) {
        const next = [];
        for (const id of states) {
            const node = nodes[id];
            if (node.t === 'char' && node.test(c))
                next.push(node.next);
        }
        if (next.length === 0)
            return false;
        states = closure(next);
    }
    return states.some((id) => nodes[id].t === 'match');
}
/** The pattern's elements; `p` is its code points. */
function parse(p) {
    // Open brace groups: each a list of alternatives, the last one being filled.
    const groups = [[[]]];
    const current = () => groups[groups.length - 1].at(-1);
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '\\' && i + 1 < p.length) {
            current().push({ k: 'char', test: literal(p[++i]) });
        }
        else if (c === '*') {
            let j = i;
            while (p[j] === '*')
                j++;
            const atSegmentStart = i === 0 || p[i - 1] === '/';
            const atSegmentEnd = j === p.length || p[j] === '/';
            if (j - i >= 2 && atSegmentStart && atSegmentEnd) {
                // `a/**`: anything below (with the trailing BELOW); `**/`: zero or more whole segments.
                if (j === p.length)
                    current().push({ k: 'star', test: ANY });
                else {
                    current().push(SEGMENTS);
                    j++;
                }
            }
            else
                current().push({ k: 'star', test: NOT_SLASH });
            i = j - 1;
        }
        else if (c === '?') {
            current().push({ k: 'char', test: NOT_SLASH });
        }
        else if (c === '[') {
            const close = findClass(p, i);
            if (close < 0)
                current().push({ k: 'char', test: literal('[') });
            else {
                current().push({ k: 'char', test: classTest(p.slice(i + 1, close)) });
                i = close;
            }
        }
        else if (c === '{' && hasClosingBrace(p, i)) {
            groups.push([[]]);
        }
        else if (c === ',' && groups.length > 1) {
            groups[groups.length - 1].push([]);
        }
        else if (c === '}' && groups.length > 1) {
            const alts = groups.pop();
            current().push({ k: 'alt', alts });
        }
        else {
            current().push({ k: 'char', test: literal(c) });
        }
    }
    // A brace whose closing one sat inside a class: close what is still open.
    while (groups.length > 1) {
        const alts = groups.pop();
        current().push({ k: 'alt', alts });
    }
    return groups[0][0];
}
/** `[…]`'s test: members and ranges; `!` or `^` first negates (and never matches `/`); `\` is a member too. */
function classTest(body) {
    let i = 0;
    const negate = body[0] === '!' || body[0] === '^';
    if (negate)
        i++;
    const singles = new Set();
    const ranges = [];
    for (; i < body.length; i++) {
        const c = body[i];
        if (c === '\\' && i + 1 < body.length) {
            singles.add('\\').add(body[++i]);
        }
        else if (body[i + 1] === '-' && i + 2 < body.length) {
            ranges.push([c.codePointAt(0), body[i + 2].codePointAt(0)]);
            i += 2;
        }
        else
            singles.add(c);
    }
    const member = (c) => {
        if (singles.has(c))
            return true;
        const code = c.codePointAt(0);
        return ranges.some(([lo, hi]) => code >= lo && code <= hi);
    };
    return negate ? (c) => c !== '/' && !member(c) : member;
}
/** The index of the `]` closing the class opened at `start`, or -1. A `]` right after `[` or `[!` is literal. */
function findClass(p, start) {
    let i = start + 1;
    if (p[i] === '!' || p[i] === '^')
        i++;
    if (p[i] === ']')
        i++;
    for (; i < p.length; i++) {
        if (p[i] === '\\')
            i++;
        else if (p[i] === ']')
            return i;
    }
    return -1;
}
function hasClosingBrace(p, start) {
    let depth = 0;
    for (let i = start; i < p.length; i++) {
        if (p[i] === '\\')
            i++;
        else if (p[i] === '{')
            depth++;
        else if (p[i] === '}' && --depth === 0)
            return true;
    }
    return false;
}


/***/ }),

/***/ 6153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   wW: () => (/* binding */ readJsonOrFail)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/**
 * JSON read from files the tool did not write itself (reports of other jobs, baselines, matrices): the shape
 * checks every reader shares, and the one way a JSON file is read, with one-line errors.
 */


/** A plain JSON object (not null, not an array). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A JSON file parsed, or why it could not be: the caller words the problem for its own flag or file. */
async function readJsonFile(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { ok: false, problem: 'missing', code };
        if (code === 'EISDIR')
            return { ok: false, problem: 'directory', code };
        return { ok: false, problem: 'unreadable', code: code ?? 'error' };
    }
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false, problem: 'not-json' };
    }
}
/** A JSON file parsed, or a UserError that names `what` (e.g. `baseline file x.json`). */
async function readJsonOrFail(file, what, notJson = 'not valid JSON') {
    const read = await readJsonFile(file);
    if (read.ok)
        return read.value;
    switch (read.problem) {
        case 'missing':
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${what} not found: ${file}`);
        case 'directory':
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${what} is a directory: ${file}`);
        case 'unreadable':
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`cannot read ${what} ${file}: ${read.code}`);
        case 'not-json':
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${file}: ${notJson}`);
    }
}


/***/ }),

/***/ 736:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ MAX_WORD),
/* harmony export */   GW: () => (/* binding */ KINDS),
/* harmony export */   H3: () => (/* binding */ PREFIX),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   QK: () => (/* binding */ kindFor),
/* harmony export */   R4: () => (/* binding */ variantIn),
/* harmony export */   h0: () => (/* binding */ delimitsItself),
/* harmony export */   s5: () => (/* binding */ MIN_WORD),
/* harmony export */   uf: () => (/* binding */ MAX_KEY_LENGTH),
/* harmony export */   zO: () => (/* binding */ ruleTitle)
/* harmony export */ });
/* unused harmony exports isRuleId, MAX_RUN, MIN_RUN, sampleBody, sampleText */
/**
 * The credential kinds: one row per kind, and everything else derives from it — the `RuleId` type, the
 * parser's and base64 windows (detect/), SARIF rules and every label (report/, audit/), what verification
 * and revocation do with a finding (anthropic/), and the scrubber (core/scrub.ts).
 *
 * It lives in core/ because every stage reads it and core/ is the bottom of the stack. It is pure data
 * (plus a few pure helpers that read it): adding a kind is adding a row and its samples, and
 * __tests__/core/kinds.test.ts runs every row's samples through the detector.
 *
 * Samples are shapes, not strings: `sampleText` builds each one at run time, so no literal credential ever
 * sits in the source (the project's own scanner must find nothing in it).
 */
/** The literal every Anthropic credential starts with. */
const PREFIX = 'sk-ant-';
/**
 * Whether a key of this shape can be read out of a longer run of key characters: only when the shape has a
 * single length and a fixed tail, so the key's end is the one place the tail must be.
 *
 * Not for the others, deliberately: a shape without a tail (OAuth's 95 characters, session and compliance
 * keys' 80-128, unknown kinds' 90-110) gives nothing to tell a key's last character from the next byte, so
 * any cut would be a guess (every random run of 96 or more would yield a "key" of 95); a shape
 * with a range and a tail (OAuth's 90-110 + `AA`) may find `AA` at several lengths, by chance about once in
 * 4096 per position, and the cut would again be a guess. Missing those keys next to a letter is the price.
 */
function delimitsItself(shape) {
    return shape.tail !== undefined && shape.tail !== '' && shape.min === shape.max;
}
const AFTER = [
    'Then look for use of the credential during the exposure window.',
    'Removing it from the repository or rewriting history does not un-leak it: clones, forks, caches and CI logs keep a copy. Rotation is the fix.',
].join('\n\n');
const CONSOLE_KEYS = '[Console → Settings → API keys](https://console.anthropic.com/settings/keys)';
const CLAUDE_CODE_SETTINGS = '[claude.ai → Settings → Claude Code](https://claude.ai/settings/claude-code)';
/** API and admin keys (and the one session key sample seen): 93 random characters then `AA`. */
const CLASSIC = { min: 95, max: 95, tail: 'AA' };
/** A new kind's body must look like the family's: a run of 90 to 110 characters that looks random. */
const LOOSE = { min: 90, max: 110 };
/** A known kind whose length is not documented (session keys, compliance keys): 80 to 128 random-looking characters. */
const UNCONFIRMED = { min: 80, max: 128 };
/** OAuth tokens: 95 characters with no fixed tail as seen in the wild, or the older 90-110 ending in `AA`. */
const OAUTH_BODIES = [{ min: 90, max: 110, tail: 'AA' }, { min: 95, max: 95 }];
const OAUTH_REMEDIATION = [
    `1. Revoke the token at ${CLAUDE_CODE_SETTINGS} (each token is listed there), or sign out of all sessions in claude.ai. There is no API to revoke it, and \`claude auth logout\` does not revoke a token made with \`claude setup-token\`.`,
    '2. If automation needs a token (`CLAUDE_CODE_OAUTH_TOKEN`, a routine trigger), make a new one and keep it in a secret store only.',
    '3. Never exercise a leaked token to test it: refreshing rotates it and signs the real user out. This tool never refreshes or uses it.',
].join('\n\n');
const OAUTH_CHECK = {
    method: 'none',
    reason: 'not verified: a Claude Code OAuth token can only be checked by using or refreshing it, which has side effects ' +
        'and is limited to Anthropic\'s own apps; treat it as live and revoke it in claude.ai (Settings > Claude Code)',
};
const OAUTH_REVOKE = {
    via: 'manual',
    how: 'Claude Code OAuth tokens cannot be deactivated through the Admin API (there is no revoke API): revoke it in ' +
        'claude.ai (Settings > Claude Code) or sign out of all sessions; `claude auth logout` does not revoke a setup token',
};
/** Which `oat01` token a key is, when the words around it say so. */
const OAT_CONTEXTS = [
    { words: ['/claude_code/routines/', 'claude.ai/code/routines', 'routine_token', 'routine-token', 'routine_trigger', 'routine trigger'], lineBefore: true, variant: 'Claude Code routine trigger token' },
    { words: ['managed_agents', 'managed-agents', 'managed agents', 'environment_key', 'agent_environment'], variant: 'Managed Agents environment key' },
    { words: ['claude_code_oauth_token'], variant: 'Claude Code OAuth token (claude setup-token)' },
];
const KINDS = [
    {
        id: 'anthropic-api-key',
        title: 'Anthropic API key',
        description: 'An Anthropic API key (sk-ant-apiNN-…): anyone holding it can call the Anthropic API on the owner\'s account and bill.',
        help: [
            '**Rotate this Anthropic API key now.**',
            `1. In the Anthropic ${CONSOLE_KEYS} create a replacement key and put it in your secret store (e.g. a GitHub Actions secret), never in the repository.`,
            '2. Deploy the replacement everywhere the old key was used.',
            '3. Disable, then delete, the leaked key in the Console (or run this tool with `--revoke` and an admin key to deactivate it through the Admin API).',
            AFTER,
        ].join('\n\n'),
        severity: 9.0,
        shape: 'sk-ant-apiNN- + 93 characters + AA (108 characters)',
        prefixes: [{ word: 'api', versions: 'any' }],
        bodies: [CLASSIC],
        check: { method: 'models' },
        revoke: { via: 'admin-api' },
        samples: {
            positive: [
                { version: '03', run: 95, tail: 'AA' },
                { version: '04', run: 95, tail: 'AA' },
                // Followed at once by a key character, as in binary files (a .pyc's next marshal type byte): 93 + AA
                // delimits itself (BodyShape); `…AAA` is the key then `A`.
                { version: '03', run: 95, tail: 'AA', after: 'N' },
                { version: '03', run: 95, tail: 'AA', after: 'Z' },
                { version: '03', run: 95, tail: 'AA', after: ')' },
                { version: '03', run: 95, tail: 'AA', after: 'A' },
            ],
            negative: [
                { version: '03', run: 94, tail: 'AA' },
                { version: '03', run: 96, tail: 'AA' },
                { version: '03', run: 95, tail: 'AB' },
                { version: '03', run: 95, tail: 'AA', filler: 'placeholder' },
                { version: '03', run: 95, tail: 'AA', filler: 'example' },
                { version: '3', run: 95, tail: 'AA' },
                // A longer run is cut only where the tail is, and the cut body is checked like any other.
                { version: '03', run: 120 },
                { version: '03', run: 95, tail: 'AA', filler: 'placeholder', after: 'N' },
                { version: '03', run: 95, tail: 'AA', filler: 'example', after: 'z' },
            ],
        },
    },
    {
        id: 'anthropic-admin-key',
        title: 'Anthropic Admin API key',
        description: 'An Anthropic Admin API key (sk-ant-adminNN-…): it manages the whole organization (members, workspaces, API keys).',
        help: [
            '**Delete this Anthropic Admin API key now: it controls your whole organization.**',
            '1. An organization admin deletes the leaked key in the [Console → Settings → Admin keys](https://console.anthropic.com/settings/admin-keys). The Admin API cannot deactivate admin keys, so this step is manual.',
            '2. If the key is still needed, create a new one and keep it in a secret store only.',
            '3. Review the organization for changes made with the key: new members, new or re-enabled API keys, workspace changes.',
            AFTER,
        ].join('\n\n'),
        severity: 10.0,
        shape: 'sk-ant-adminNN- + 93 characters + AA (110 characters)',
        prefixes: [{ word: 'admin', versions: 'any' }],
        bodies: [CLASSIC],
        check: { method: 'organization' },
        revoke: {
            via: 'manual',
            how: 'admin keys cannot be deactivated through the Admin API: an organization admin must delete it in ' +
                'the Console (Settings > Admin keys), then create a new admin key where one is needed',
        },
        samples: {
            positive: [{ version: '01', run: 95, tail: 'AA' }, { version: '01', run: 95, tail: 'AA', after: 'Z' }],
            negative: [{ version: '01', run: 94, tail: 'AA' }, { version: '01', run: 95, tail: 'aa' }, { version: '01', run: 95, tail: 'aa', after: 'N' }],
        },
    },
    {
        id: 'anthropic-compliance-key',
        title: 'Anthropic Compliance Access Key',
        description: 'An Anthropic Compliance Access Key (sk-ant-api01-…), made in claude.ai organization settings for the Compliance API: ' +
            'it reads the organization\'s claude.ai activity and content. It is not an inference key.',
        help: [
            '**Revoke this Compliance Access Key now: it reads your organization\'s claude.ai data.**',
            '1. An owner of the claude.ai organization revokes it in [claude.ai → organization settings](https://claude.ai/admin-settings) (the Compliance API keys are listed there, not in the Console), then creates a new one if it is still needed.',
            '2. Keep the new key in a secret store only.',
            '3. The Admin API cannot deactivate it, and it cannot be checked with the inference API: this tool reports it unchecked.',
            AFTER,
        ].join('\n\n'),
        severity: 9.0,
        shape: 'sk-ant-api01- + 80 to 128 characters (length unconfirmed)',
        prefixes: [{ word: 'api', versions: ['01'] }],
        bodies: [UNCONFIRMED],
        check: {
            method: 'none',
            reason: 'not verified: a Compliance Access Key is not an inference key, so the API\'s answer to /v1/models says nothing ' +
                'about it, and no documented read-only check exists; treat it as live and revoke it in claude.ai organization settings',
        },
        revoke: {
            via: 'manual',
            how: 'Compliance Access Keys are made and revoked in claude.ai organization settings, not through the Admin API',
        },
        samples: {
            positive: [{ version: '01', run: 95, tail: 'AA' }, { version: '01', run: 100 }],
            negative: [{ version: '01', run: 79 }, { version: '01', run: 129 }, { version: '01', run: 95, filler: 'placeholder' }],
        },
    },
    {
        id: 'anthropic-oauth-access-token',
        title: 'Claude OAuth access token',
        description: 'A Claude OAuth access token (sk-ant-oatNN-…): a Claude Code login or setup token acts as the signed-in Claude user; ' +
            'the same prefix is used by Claude Code routine trigger tokens and, reportedly, Managed Agents environment keys.',
        help: ['**Revoke this Claude OAuth access token.**', OAUTH_REMEDIATION, AFTER].join('\n\n'),
        severity: 8.5,
        shape: 'sk-ant-oatNN- + 95 characters (or 90-110 ending in AA)',
        prefixes: [{ word: 'oat', versions: 'any' }],
        bodies: OAUTH_BODIES,
        check: OAUTH_CHECK,
        revoke: OAUTH_REVOKE,
        contexts: OAT_CONTEXTS,
        samples: {
            positive: [
                { version: '01', run: 95 },
                { version: '01', run: 95, tail: 'AA' },
                { version: '01', run: 108, tail: 'AA' },
                { version: '01', run: 95, before: 'curl -X POST https://api.anthropic.com/v1/claude_code/routines/trig_1/fire -H "Authorization: Bearer ', variant: 'Claude Code routine trigger token' },
                { version: '01', run: 95, before: 'CLAUDE_CODE_OAUTH_TOKEN=', variant: 'Claude Code OAuth token (claude setup-token)' },
                // A variable name on the line before names nothing: it is another variable's.
                { version: '01', run: 95, before: 'CLAUDE_CODE_OAUTH_TOKEN=x\nOTHER=' },
            ],
            negative: [
                { version: '01', run: 94 },
                { version: '01', run: 96 },
                { version: '01', run: 89, tail: 'AA' },
                { version: '01', run: 111, tail: 'AA' },
                // No fixed length and tail to cut at (delimitsItself): a token run on by a key character is not read.
                { version: '01', run: 95, after: 'N' },
            ],
        },
    },
    {
        id: 'anthropic-oauth-refresh-token',
        title: 'Claude OAuth refresh token',
        description: 'A Claude Code OAuth refresh token (sk-ant-ortNN-…): it mints new access tokens for the Claude user until revoked.',
        help: ['**Revoke this Claude OAuth refresh token.**', OAUTH_REMEDIATION, AFTER].join('\n\n'),
        severity: 9.0,
        shape: 'sk-ant-ortNN- + 95 characters (or 90-110 ending in AA)',
        prefixes: [{ word: 'ort', versions: 'any' }],
        bodies: OAUTH_BODIES,
        check: OAUTH_CHECK,
        revoke: OAUTH_REVOKE,
        samples: {
            positive: [{ version: '01', run: 95 }, { version: '01', run: 95, tail: 'AA' }],
            negative: [{ version: '01', run: 97 }, { version: '01', run: 95, filler: 'placeholder' }],
        },
    },
    {
        id: 'anthropic-session-key',
        title: 'claude.ai session key',
        description: 'A claude.ai session key (sk-ant-sidNN-…, the `sessionKey` cookie): anyone holding it is signed in to claude.ai as the user.',
        help: [
            '**Sign out of all sessions in claude.ai now.**',
            '1. In [claude.ai → Settings](https://claude.ai/settings) sign out of all sessions (or log out everywhere): that ends the leaked session. Then sign in again.',
            '2. A browser cookie never belongs in a repository: remove whatever exported it (a HAR file, a cookie dump, a script).',
            '3. There is no read-only check for a session key and no API to revoke it: this tool reports it unchecked.',
            AFTER,
        ].join('\n\n'),
        severity: 8.5,
        shape: 'sk-ant-sidNN- + 80 to 128 characters (sid01: 93 + AA; sid02 unconfirmed)',
        prefixes: [{ word: 'sid', versions: 'any' }],
        bodies: [UNCONFIRMED],
        check: {
            method: 'none',
            reason: 'not verified: there is no read-only endpoint that may be used to check a claude.ai session key; ' +
                'treat it as live and sign out of all sessions in claude.ai',
        },
        revoke: { via: 'manual', how: 'a claude.ai session key is ended by signing out of all sessions in claude.ai; there is no API for it' },
        samples: {
            positive: [{ version: '01', run: 95, tail: 'AA' }, { version: '02', run: 100 }, { version: '02', run: 128 }],
            negative: [{ version: '01', run: 70 }, { version: '02', run: 95, filler: 'placeholder' }],
        },
    },
    {
        id: 'anthropic-unknown-key',
        title: 'Anthropic credential of an unknown kind',
        description: 'A string shaped like an Anthropic credential (sk-ant-<word>NN-…) of a kind this tool does not know yet. Its body ' +
            'looks random, so it may be a real credential of a new kind; it may also be something else.',
        help: [
            '**Find out what this credential is, and rotate it if it is real.**',
            '1. Look at where it is used (the variable name, the service it is sent to). Anthropic credentials are managed in the [Console](https://console.anthropic.com/settings/keys) (API and admin keys) or in [claude.ai settings](https://claude.ai/settings) (claude.ai and Claude Code credentials).',
            '2. If it is a credential, revoke it where it was made and keep its replacement in a secret store.',
            '3. This tool does not check or revoke a kind it does not know.',
            AFTER,
        ].join('\n\n'),
        severity: 7.0,
        shape: 'sk-ant-<word>NN- + 90 to 110 random-looking characters',
        prefixes: [{ word: '*', versions: 'any' }],
        bodies: [LOOSE],
        check: { method: 'none', reason: 'not verified: the kind of this credential is unknown, so no check is known to be read-only for it' },
        revoke: { via: 'manual', how: 'the kind of this credential is unknown: revoke it where it was made' },
        samples: {
            positive: [{ word: 'xyz', version: '03', run: 95, tail: 'AA' }, { word: 'newkind', version: '01', run: 100 }],
            negative: [
                { word: 'xyz', version: '03', run: 60 },
                { word: 'xyz', version: '03', run: 95, filler: 'placeholder' },
                { word: 'toolongword', version: '01', run: 95 },
            ],
        },
    },
];
const ROWS = KINDS;
const BY_ID = new Map(ROWS.map((k) => [k.id, k]));
/** The row of a rule id; the generic row for an id this build does not know (a report from a newer build). */
function kindOf(id) {
    return BY_ID.get(id) ?? BY_ID.get('anthropic-unknown-key');
}
/** The title of a rule id; the id itself for one this build does not know (a report from a newer build). */
function ruleTitle(id) {
    return BY_ID.get(id)?.title ?? id;
}
function isRuleId(id) {
    return BY_ID.has(id);
}
/** The generic row, for `sk-ant-<word>NN-` whose word no other row claims. */
const GENERIC = ROWS.find((k) => k.prefixes.some((p) => p.word === '*'));
/** Word lengths the parser reads: the known words, and 2 to 8 letters for the generic row. */
const MIN_WORD = 2;
const MAX_WORD = 8;
/** The longest body run of any row. */
const MAX_RUN = Math.max(...ROWS.flatMap((k) => k.bodies.map((b) => b.max)));
/** The shortest body run of any row. */
const MIN_RUN = Math.min(...ROWS.flatMap((k) => k.bodies.map((b) => b.min)));
/** The longest credential there is: prefix, the longest word, two digits and '-', the longest run. */
const MAX_KEY_LENGTH = PREFIX.length + MAX_WORD + 3 + MAX_RUN;
const EXACT = new Map();
const ANY_VERSION = new Map();
for (const kind of ROWS) {
    for (const p of kind.prefixes) {
        if (p.word === '*')
            continue;
        if (p.versions === 'any')
            ANY_VERSION.set(p.word, kind);
        else
            for (const v of p.versions)
                EXACT.set(`${p.word}${v}`, kind);
    }
}
const KNOWN_WORDS = new Set([...ANY_VERSION.keys(), ...[...EXACT.keys()].map((k) => k.slice(0, -2))]);
/**
 * The row for a word and two-digit version: an exact version first (`api01`), then the word's any-version
 * row (`api`), then, for a word no row claims, the generic row.
 */
function kindFor(word, version) {
    if (word.length < MIN_WORD || word.length > MAX_WORD)
        return undefined;
    return EXACT.get(`${word}${version}`) ?? ANY_VERSION.get(word) ?? (KNOWN_WORDS.has(word) ? undefined : GENERIC);
}
/** The variant the words around a key name, if any: its own line first, then the line before. */
function variantIn(kind, line, lineBefore = '') {
    if (!kind.contexts)
        return undefined;
    const own = line.toLowerCase();
    const before = lineBefore.toLowerCase();
    const named = (c, text) => c.words.some((w) => text.includes(w));
    return (kind.contexts.find((c) => named(c, own)) ?? kind.contexts.find((c) => c.lineBefore && named(c, before)))?.variant;
}
const SAMPLE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** A random-looking body of `length` key characters, the same for a seed (xorshift32: no crypto needed). */
function sampleBody(seed, length) {
    let x = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++)
        x = Math.imul(x ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    let out = '';
    while (out.length < length) {
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        out += SAMPLE_ALPHABET[(x >>> 7) & 63];
    }
    return out;
}
/** A sample's text: its `before`, the key and its `after`. Built at run time; `seed` varies the body. */
function sampleText(kind, sample, seed = '') {
    const word = sample.word ?? kind.prefixes[0].word;
    const tail = sample.tail ?? '';
    const n = sample.run - tail.length;
    const body = sample.filler === 'placeholder'
        ? 'x'.repeat(n)
        : sample.filler === 'example'
            ? `example${sampleBody(`${kind.id}:${seed}`, n - 7)}`
            : sampleBody(`${kind.id}:${word}${sample.version}:${sample.run}:${tail}:${seed}`, n);
    const key = `${PREFIX}${word}${sample.version}-${body}${tail}`;
    // A sample that runs on into `after` stands for a string in binary content (a NUL first, as git tells binary).
    return { text: `${sample.after ? '\0' : ''}${sample.before ?? ''}${key}${sample.after ?? ''}`, key };
}


/***/ }),

/***/ 2483:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ shortCommit),
/* harmony export */   N4: () => (/* binding */ OWNER_PATTERN),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   x6: () => (/* binding */ LONG_COMMIT)
/* harmony export */ });
/* unused harmony export SHORT_COMMIT */
/**
 * The shapes of the identifiers the tool reads from users and reports: GitHub owners and OWNER/NAME
 * repositories, SHA-256 digests, and how commit ids are shortened for people.
 */
/**
 * A GitHub organization or user login: letters, digits and hyphens, at most 39 characters; and underscores,
 * which Enterprise Managed Users' logins carry (`mona_acme`), so the loosest of the old checks still passes.
 */
const OWNER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})$/;
/** OWNER/NAME with GitHub's rules for each half; `.`, `..` and a `.git` suffix are no repository names. */
function isRepositoryName(text) {
    const slash = text.indexOf('/');
    if (slash < 0)
        return false;
    const owner = text.slice(0, slash);
    const name = text.slice(slash + 1);
    return OWNER_PATTERN.test(owner) && /^[A-Za-z0-9._-]{1,100}$/.test(name) && name !== '.' && name !== '..' && !name.endsWith('.git');
}
/** The hex SHA-256 digest a report keys findings by (lower case as written; upper case read too). */
const SHA256_HEX = /^[0-9a-f]{64}$/i;
/** Commit ids for people: 7 characters where a reader scans many (summaries, comments), 12 where one must be unambiguous (notes, text report). */
const SHORT_COMMIT = 7;
const LONG_COMMIT = 12;
function shortCommit(sha, length = SHORT_COMMIT) {
    return sha ? sha.slice(0, length) : '?';
}


/***/ }),

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NA: () => (/* binding */ workflowCommand),
/* harmony export */   dl: () => (/* binding */ guardStreams)
/* harmony export */ });
/* unused harmony exports stripControl, defuseCommands, forRunner, defuseJson, stopCommands, forRunnerStream */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scrub_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8660);
/**
 * What the Actions runner must never read as a command, and what a terminal must never obey.
 *
 * The runner reads every line a step prints (stdout and stderr): a line is a workflow command when, after
 * leading whitespace, it starts `::name …::`, or when it holds the legacy form `##[name …]` anywhere; and it
 * splits lines at `\r` as well as `\n`. Text from the scanned repository, the pull request or the network
 * (paths, authors, messages, branch names, API answers) therefore passes `forRunner` before it is printed:
 * the credential scrubber, then control characters out, then both command forms broken with a zero-width
 * space (the text still reads the same). `stopCommands` gives a fresh random token to wrap such output as a
 * second guard; the step's own commands are printed outside it.
 */


/**
 * C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates
 * (text that reads differently from what it is). `\r` goes too: the runner would start a new line at it.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Line breaks other than `\n` that some readers honour: made plain newlines, so each line is defused. */
const OTHER_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
const ZWSP = '\u200b';
/** `::` at the start of a line, after any whitespace (the runner's TrimStart, and more). */
const LINE_COMMAND = /^([\s\ufeff]*):(?=:)/gmu;
const LEGACY_COMMAND = /#(?=#\[)/g;
/** Terminal and bidi control characters removed; `\r` and other line breaks become `\n`. */
function stripControl(text) {
    return text.replace(OTHER_BREAKS, '\n').replace(CONTROL, '');
}
/** Neither `::name::` at a line's start nor `##[name]` anywhere survives as such. */
function defuseCommands(text) {
    return text.replace(LINE_COMMAND, `$1:${ZWSP}`).replace(LEGACY_COMMAND, `#${ZWSP}`);
}
/** Human text bound for a log the runner reads: scrubbed, without control characters, defused. */
function forRunner(text) {
    return defuseCommands(stripControl((0,_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(text)));
}
/**
 * JSON text (a report printed to stdout) made safe for the runner without changing the value it parses to:
 * `#` is written `\u0023` where it would form `##[` (only inside strings: `#` is not JSON syntax), and
 * JSON puts no raw newline in a string, so no line can start with `::` other than a key or value's own
 * text, which `JSON.stringify` always quotes.
 */
function defuseJson(json) {
    return json.replace(/##\[/g, '#\\u0023[');
}
/** A fresh pair of lines: after `start`, the runner obeys no command until `end`. */
function stopCommands() {
    const token = `aks-${randomBytes(16).toString('hex')}`;
    return { token, start: `::stop-commands::${token}`, end: `::${token}::` };
}
/** Whole-report text for the runner: JSON keeps its exact value (`defuseJson`), other text is defused. */
function forRunnerStream(text) {
    const start = text.trimStart()[0];
    return start === '{' || start === '[' ? defuseJson(text) : forRunner(text);
}
/**
 * A command-line tool's streams, guarded when it runs inside GitHub Actions (GITHUB_ACTIONS=true): whatever
 * a report or an error message holds, the runner reads no command in it. Elsewhere they are left as they are.
 */
function guardStreams(io) {
    if (io.env.GITHUB_ACTIONS !== 'true')
        return io;
    return { ...io, stdout: (text) => io.stdout(forRunnerStream(text)), stderr: (text) => io.stderr(forRunner(text)) };
}
/**
 * One workflow command line of the tool's own (`::warning file=a.txt::message`), its message and properties
 * guarded and escaped as the runner unescapes them, so hostile text inside cannot end it or start another.
 */
function workflowCommand(name, message, properties = {}) {
    const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
    const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(forRunner(String(value)))}`).join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(forRunner(message))}`;
}


/***/ }),

/***/ 8660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KK: () => (/* binding */ holdsCredential),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   nf: () => (/* binding */ stableEncodingsAt),
/* harmony export */   wE: () => (/* binding */ scrubDeep)
/* harmony export */ });
/* unused harmony export stableEncodings */
/* harmony import */ var _kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(736);
/* harmony import */ var _secret_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2559);
/**
 * The one scrubber: every text bound for people or files (reports, logs, annotations, comments, errors, API
 * messages, git's stderr) passes here, so a credential that reached a message leaves as its redacted hint.
 *
 *   scrub(text)          anything shaped like an Anthropic credential (any kind of core/kinds.ts, whole or cut
 *                        to 20+ body characters), its base64 (any alignment), GitHub tokens (ghp_, gho_,
 *                        ghu_, ghs_, ghr_, github_pat_), `x-access-token:` basic auth and Authorization values.
 *   scrub(text, known)   the same, and each known secret (a found key, the admin key, a GitHub token) in any
 *                        form: whole, its body without the `sk-ant-wordNN-` prefix, and its base64 and
 *                        base64url encodings at any alignment (an API that echoes a key encoded or cut).
 *
 * Hints (`sk-ant-api03-R2D...igAA`) are left as they are: they are what reports show.
 */


/** Body characters after `sk-ant-wordNN-` that make a string a credential for the scrubber: a cut key too. */
const MIN_BODY = 20;
/** Anything shaped like an Anthropic credential: the prefix, any word the table's parser reads, two digits. */
const CREDENTIAL_SHAPE = new RegExp(`${_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .PREFIX */ .H3}[a-z]{${_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_WORD */ .s5},${_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_WORD */ .C5}}\\d{2}-[A-Za-z0-9_-]{${MIN_BODY},}`, 'g');
/** The same, anchored nowhere and not global: whether a text holds a whole credential (80+ body characters). */
const WHOLE_CREDENTIAL = new RegExp(`${_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .PREFIX */ .H3}[a-z]{${_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_WORD */ .s5},${_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_WORD */ .C5}}\\d{2}-[A-Za-z0-9_-]{80,}`);
/** GitHub token shapes (classic and fine-grained), for clone errors and the Action's inputs. */
const GITHUB_TOKEN = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g;
/** `x-access-token:TOKEN` (a URL or basic-auth user:password) and Authorization header values. */
const ACCESS_TOKEN = /(x-access-token:)[^\s@/'"]+/gi;
const AUTH_HEADER = /(authorization:\s*(?:basic|bearer|token)\s+)[A-Za-z0-9+/=._~-]+/gi;
const B64_RUN = /[A-Za-z0-9+/_-]{24,}={0,2}/g;
/**
 * The characters of `value`'s base64 (and base64url) that do not depend on the bytes around it, at each of
 * the three alignments within a 3-byte group: whatever text the value was encoded inside, one of these is
 * in the encoding. (detect/base64.ts searches for the prefix's the same way.)
 */
function stableEncodings(value) {
    return [...new Set(stableEncodingsAt(Buffer.from(value, 'utf8')).map((e) => e.stable).filter((s) => s.length >= 4))];
}
/** The stable characters of `bytes` at each alignment and in each alphabet. */
function stableEncodingsAt(bytes) {
    const out = [];
    for (let align = 0; align < 3; align++) {
        const padded = Buffer.concat([Buffer.alloc(align), bytes]);
        const lead = Math.ceil((8 * align) / 6);
        const end = Math.floor((8 * (align + bytes.length)) / 6);
        for (const alphabet of ['base64', 'base64url']) {
            out.push({ stable: padded.toString(alphabet).slice(lead, end), align, lead, alphabet });
        }
    }
    return out;
}
/** The encodings of the bare prefix: a base64 run holding one holds (the start of) a credential. */
const PREFIX_ENCODINGS = stableEncodings(_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .PREFIX */ .H3);
const BODY_OF = new RegExp(`^${_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .PREFIX */ .H3}[a-z]+\\d\\d-(.+)$`);
/** The forms of one known secret to look for, longest first, each with what replaces it. */
function formsOf(known) {
    const value = typeof known === 'string' ? known : known.reveal();
    if (value.length < 8)
        return [];
    const shown = typeof known === 'string' ? '***' : (0,_secret_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(value);
    const forms = [[value, shown]];
    for (const encoded of stableEncodings(value))
        forms.push([encoded, `[base64 of ${shown}]`]);
    const body = BODY_OF.exec(value)?.[1];
    if (body && body.length >= MIN_BODY)
        forms.push([body, `[body of ${shown}]`]);
    return forms;
}
function scrub(text, known = []) {
    let out = text;
    for (const k of known) {
        for (const [form, replacement] of formsOf(k))
            if (out.includes(form))
                out = out.split(form).join(replacement);
    }
    out = out.replace(CREDENTIAL_SHAPE, (m) => (0,_secret_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(m));
    if (PREFIX_ENCODINGS.some((e) => out.includes(e))) {
        out = out.replace(B64_RUN, (run) => (PREFIX_ENCODINGS.some((e) => run.includes(e)) ? '[base64 of a credential]' : run));
    }
    return out.replace(GITHUB_TOKEN, '***').replace(ACCESS_TOKEN, '$1***').replace(AUTH_HEADER, '$1***');
}
/** Whether a text holds what looks like a whole Anthropic credential (reports never do). */
function holdsCredential(text) {
    return WHOLE_CREDENTIAL.test(text);
}
/** `scrub` applied to every string inside a JSON-shaped value. */
function scrubDeep(value, known = []) {
    if (typeof value === 'string')
        return scrub(value, known);
    if (Array.isArray(value))
        return value.map((v) => scrubDeep(v, known));
    if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, known)]));
    }
    return value;
}


/***/ }),

/***/ 2559:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   zh: () => (/* binding */ Secret)
/* harmony export */ });
/* unused harmony export sha256Hex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A found credential, held in memory only.
 *
 * The value is kept in a private field so that nothing that serialises or prints a Secret by accident
 * (JSON.stringify, template strings, console.log, util.inspect, error messages) can reveal it: every
 * one of those paths yields the redacted form. The full value comes out only through `reveal()`, which
 * is called in exactly two places: the auth header of a request to the Anthropic API, and
 * `core.setSecret` (masking).
 */
class Secret {
    #value;
    sha256;
    redacted;
    constructor(value) {
        this.#value = value;
        this.sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value, 'utf8').digest('hex');
        this.redacted = redact(value);
    }
    /** The full secret. Only for an auth header or masking. */
    reveal() {
        return this.#value;
    }
    get length() {
        return this.#value.length;
    }
    toString() {
        return this.redacted;
    }
    toJSON() {
        return this.redacted;
    }
    [node_util__WEBPACK_IMPORTED_MODULE_1__.inspect.custom]() {
        return `Secret(${this.redacted})`;
    }
}
/**
 * The Console's own hint form: the first 16 characters, "...", the last 4 (`sk-ant-api03-R2D...igAA`).
 * Short strings keep only their first 8 characters so a redacted value never reveals most of a secret.
 */
function redact(value) {
    if (value.length <= 24)
        return `${value.slice(0, Math.min(8, Math.floor(value.length / 2)))}...`;
    return `${value.slice(0, 16)}...${value.slice(-4)}`;
}
function sha256Hex(value) {
    return createHash('sha256').update(value, 'utf8').digest('hex');
}


/***/ }),

/***/ 3910:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseSize),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const UNITS = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };
/** A size in bytes from a number or a string such as `25MB`, `512 KiB`, `1g`. `where` prefixes errors. */
function parseSize(value, where) {
    if (typeof value === 'number') {
        if (Number.isFinite(value) && value > 0)
            return Math.floor(value);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${where} must be a positive size`);
    }
    if (typeof value === 'string') {
        const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
        const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
        if (m && unit !== undefined) {
            const bytes = Math.floor(Number(m[1]) * unit);
            if (bytes > 0)
                return bytes;
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${where} must be a size such as 25MB, 512KB or a number of bytes`);
}
/** Bytes for people: `512 B`, `1.5 KiB`, `25.0 MiB`. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(1)} ${units[i]}`;
}


/***/ }),

/***/ 5009:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KW: () => (/* binding */ securitySeverity),
/* harmony export */   QD: () => (/* binding */ STATUS_ORDER),
/* harmony export */   RZ: () => (/* binding */ statusLevel),
/* harmony export */   _P: () => (/* binding */ STATUS_LABEL),
/* harmony export */   _u: () => (/* binding */ STATUS_PRECEDENCE),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   uj: () => (/* binding */ statusMeaning),
/* harmony export */   zM: () => (/* binding */ NEXT_STEP)
/* harmony export */ });
/* unused harmony export isStatus */
/** Order of findings in every report: what needs action now first. */
const STATUS_ORDER = ['live', 'unknown', 'unchecked', 'invalid'];
/** Which status wins when two scans saw the same key (merge): proof of life beats doubt beats proof of death. */
const STATUS_PRECEDENCE = { live: 3, unknown: 2, invalid: 1, unchecked: 0 };
const STATUS_LABEL = { live: 'LIVE', unknown: 'UNKNOWN', unchecked: 'UNCHECKED', invalid: 'INVALID' };
const STATUS_ICON = { live: '🔴', unknown: '🟠', unchecked: '🟡', invalid: '⚪' };
const VERIFY_HINT = { cli: 'run with --verify', action: 'verify: true checks it' };
/** What a status means for the reader, in a few words. */
function statusMeaning(status, hint = 'cli') {
    switch (status) {
        case 'live':
            return 'an incident: the key works. Revoke it now';
        case 'unchecked':
            return `not verified (${VERIFY_HINT[hint]}): treat it as live until checked`;
        case 'invalid':
            return 'clean-up: the key no longer works; remove it from the code';
        case 'unknown':
        default:
            return 'could not be verified: treat it as live and revoke it';
    }
}
/** What follows the deactivation of a leaked key, wherever the tool says so. */
const NEXT_STEP = 'create a new key in the Console and update where it is used';
/** Error for what may be live (live, unknown, unchecked); warning for a key the API said is not valid. */
function statusLevel(status) {
    return status === 'invalid' ? 'warning' : 'error';
}
/**
 * Code scanning's `security-severity` for a finding (9.0+ critical, 7.0+ high, 4.0+ medium, below low):
 * the kind's own severity while the key may work, low once the API has said it does not (clean-up, not an
 * incident), and high rather than critical while nobody checked.
 */
function securitySeverity(status, kindSeverity) {
    if (status === 'invalid')
        return 2.0;
    if (status === 'unchecked')
        return Math.min(kindSeverity, 8.0);
    return kindSeverity;
}
/** A status read from an untrusted report, or undefined when it is none of ours. */
function isStatus(value) {
    return typeof value === 'string' && Object.hasOwn(STATUS_LABEL, value);
}


/***/ }),

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   qH: () => (/* binding */ TOOL_URI),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's identity, in reports and the User-Agent. Kept in step with package.json by a test. */
const TOOL_NAME = 'anthropic-key-scan';
const TOOL_VERSION = '0.1.0';
const TOOL_URI = 'https://github.com/anthropic-key-scan/anthropic-key-scan';


/***/ }),

/***/ 9722:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   Lj: () => (/* binding */ B64_VALUE),
/* harmony export */   hc: () => (/* binding */ KEY_CHAR),
/* harmony export */   u0: () => (/* binding */ B64_CHAR)
/* harmony export */ });
/** Byte classes the detector tests in its inner loops (lookup tables: one load per byte, no branches). */
function table(chars) {
    const t = new Uint8Array(256);
    for (let i = 0; i < chars.length; i++)
        t[chars.charCodeAt(i)] = 1;
    return t;
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** `[A-Za-z0-9_-]`: the characters of a key's body. */
const KEY_CHAR = table(`${ALNUM}_-`);
/** Both base64 alphabets at once: standard (`+/`) and URL-safe (`-_`). Padding `=` is not part of a run. */
const B64_CHAR = table(`${ALNUM}+/-_`);
/** The 6-bit value of a base64 character in either alphabet, -1 for anything else. */
const B64_VALUE = (() => {
    const v = new Int8Array(256).fill(-1);
    for (let i = 0; i < ALNUM.length; i++)
        v[ALNUM.charCodeAt(i)] = i; // ALNUM is in base64 order
    v[0x2b] = v[0x2d] = 62; // '+' and '-'
    v[0x2f] = v[0x5f] = 63; // '/' and '_'
    return v;
})();
const LF = 0x0a;
const CR = 0x0d;


/***/ }),

/***/ 9443:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ PREFIX),
/* harmony export */   ME: () => (/* binding */ findPlain),
/* harmony export */   Wp: () => (/* binding */ parseKeyAt),
/* harmony export */   uf: () => (/* binding */ MAX_KEY_LENGTH)
/* harmony export */ });
/* harmony import */ var _core_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(736);
/* harmony import */ var _chars_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9722);
/* harmony import */ var _plausible_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8180);
/**
 * Keys written out in plain text: a literal prefilter finds each `sk-ant-`, then a hand-written parser reads
 * the key at that offset. Every parse reads at most MAX_KEY_LENGTH + 1 bytes and the search resumes after the prefix, so
 * the whole pass is linear in the input whatever it holds (megabytes of prefixes, endless key characters).
 */



// Module-local bindings: some loaders turn imported bindings into getters, too slow for inner loops.
const KEY_CHAR = _chars_js__WEBPACK_IMPORTED_MODULE_1__/* .KEY_CHAR */ .hc;
/** The literal every credential starts with. */
const PREFIX = _core_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .PREFIX */ .H3;
/**
 * What the prefilter actually searches for: the prefix without its `s`. Buffer.indexOf scans for the
 * needle's first byte and `s` is among the commonest bytes in any text, `k` is far rarer: measured on
 * source code, 'k-ant-' searches ~3.5x faster than 'sk-ant-'. The `s` is checked on each hit.
 */
const NEEDLE = Buffer.from(PREFIX.slice(1), 'latin1');
const S = 0x73;
/** The longest key of any kind (core/kinds.ts): what a parse may read, and the base64 windows' size. */
const MAX_KEY_LENGTH = _core_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_KEY_LENGTH */ .uf;
const DASH = 0x2d;
function isDigit(b) {
    return b !== undefined && b >= 0x30 && b <= 0x39;
}
function isLower(b) {
    return b !== undefined && b >= 0x61 && b <= 0x7a;
}
/**
 * The key that starts at `start` (where `sk-ant-` is), or undefined. The word and version after the prefix
 * pick the kind's row; its run of body characters must fit one of the row's body shapes and end where the
 * key does (a run that goes on past every allowed length is not a key), with one exception: a shape of one
 * length and a fixed tail (93 + `AA`) is read out of a longer run when its first `max` characters end in the
 * tail, in binary content only (`glued`: the buffer holds a NUL byte, as git decides; in text a key that runs on
 * into more key characters is another string). Binary formats put a letter right after a string (a `.pyc`'s next marshal type byte `N`, `Z`, `z`,
 * `r`, `a`; a SQLite record; a `.class` constant pool), and the key's end is where its tail is. The exact
 * length is taken, so `…AAA` reads as the key then `A`. Every plausibility check runs on the body so read.
 * Shapes with a range or no tail never cut a run (core/kinds.ts, delimitsItself: the cut would be a guess).
 */
function parseKeyAt(buf, start, glued = false) {
    const at = start + PREFIX.length;
    // The word and version as one number (letters base 27, then the two digits): no string on the hot path.
    let v = at;
    let code = 0;
    while (v - at <= _core_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_WORD */ .C5 && isLower(buf[v]))
        code = code * 27 + (buf[v++] - 0x60);
    if (!isDigit(buf[v]) || !isDigit(buf[v + 1]) || buf[v + 2] !== DASH)
        return undefined;
    code = code * 100 + (buf[v] - 0x30) * 10 + (buf[v + 1] - 0x30);
    const kind = kindAt(code, buf, at, v);
    if (!kind)
        return undefined;
    const bodyStart = v + 3;
    // Read at most one character more than the longest allowed run: enough to tell "runs on".
    const limit = Math.min(buf.length, bodyStart + longestRun(kind) + 1);
    let end = bodyStart;
    while (end < limit && KEY_CHAR[buf[end]] === 1)
        end++;
    const run = end - bodyStart;
    for (const shape of kind.bodies) {
        let keyEnd = end;
        if (glued && run > shape.max && (0,_core_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .delimitsItself */ .h0)(shape))
            keyEnd = bodyStart + shape.max;
        else if (run < shape.min || run > shape.max)
            continue;
        const tail = shape.tail ?? '';
        if (tail && !endsWith(buf, keyEnd, tail))
            continue;
        const body = buf.toString('latin1', bodyStart, keyEnd - tail.length);
        // A body holding another prefix is two strings run together (`sk-ant-oat01-sk-ant-api03-…`): the outer
        // one is not a key; the search goes on and finds the inner one on its own.
        if (body.includes(PREFIX) || !(0,_plausible_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlausibleBody */ .cH)(body))
            continue;
        return { rule: kind.id, kind, end: keyEnd };
    }
    return undefined;
}
/** Word-and-version codes seen, with their row (null: none): a few distinct ones in any real input. */
const KIND_CACHE = new Map();
const KIND_CACHE_MAX = 4096;
function kindAt(code, buf, at, v) {
    const cached = KIND_CACHE.get(code);
    if (cached !== undefined)
        return cached ?? undefined;
    const kind = (0,_core_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .kindFor */ .QK)(buf.toString('latin1', at, v), buf.toString('latin1', v, v + 2));
    // Bounded: hostile input with endless distinct words falls back to the (still bounded) lookup.
    if (KIND_CACHE.size < KIND_CACHE_MAX)
        KIND_CACHE.set(code, kind ?? null);
    return kind;
}
const LONGEST = new Map();
function longestRun(kind) {
    let n = LONGEST.get(kind);
    if (n === undefined) {
        n = Math.max(...kind.bodies.map((b) => b.max));
        LONGEST.set(kind, n);
    }
    return n;
}
function endsWith(buf, end, tail) {
    for (let i = 0; i < tail.length; i++)
        if (buf[end - tail.length + i] !== tail.charCodeAt(i))
            return false;
    return true;
}
/** Every plain-text key in `buf`, in order. */
function findPlain(buf, glued = false) {
    const out = [];
    let i = buf.indexOf(NEEDLE);
    while (i !== -1) {
        const start = i - 1;
        if (start >= 0 && buf[start] === S) {
            const key = parseKeyAt(buf, start, glued);
            if (key) {
                out.push({ start, end: key.end, rule: key.rule });
                i = buf.indexOf(NEEDLE, key.end);
                continue;
            }
        }
        i = buf.indexOf(NEEDLE, i + NEEDLE.length);
    }
    return out;
}


/***/ }),

/***/ 8180:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cH: () => (/* binding */ isPlausibleBody)
/* harmony export */ });
/* unused harmony exports MIN_ENTROPY, implausibility, entropy */
/**
 * Is a key-shaped string's body plausibly random? Real keys are random base64url; documentation, tests and
 * templates are full of key-shaped strings that are not (`xxxx…`, `abcdef…`, `your-key-here…`).
 *
 * Every check is chosen so that a random body (93 characters over the 64-symbol alphabet) fails it with
 * negligible probability; the odds are worked out beside each threshold and the property tests in
 * __tests__/detect/plausible.test.ts run thousands of random bodies through it.
 */
/**
 * Words that mark a placeholder, matched case-insensitively. Kept short: each word of k letters occurs by
 * chance in a random 93-character body with odds about 93 * (2/64)^k (k >= 5: below 3e-6).
 */
const PLACEHOLDER_WORDS = ['example', 'placeholder', 'yourkey', 'your_key', 'your-key', 'redacted', 'dummy', 'sample', 'insert', 'replace'];
/**
 * Below this Shannon entropy (bits per character) a body is not random. A random 93-character body
 * measures 5.43 on average (standard deviation 0.085; the lowest of 300,000 measured 4.99): 4.5 is 11
 * standard deviations below. A body drawn from 24 symbols or fewer measures under 4.5: hex in both cases
 * (22 symbols), words from a few letters, keyboard mashing.
 */
const MIN_ENTROPY = 4.5;
/** A run of this many identical characters: odds for a random body about 88 * 64^-5 = 8e-8. */
const MAX_SAME_RUN = 6;
/** A run of this many characters each one code above (or below) the last: odds about 2 * 86 * 64^-7 = 4e-11. */
const MAX_STEP_RUN = 8;
/** A period this short or shorter is looked for: `abcabc…`, `12341234…`. */
const MAX_PERIOD = 32;
/**
 * A substring this long that occurs twice: a longer pattern repeated (`ThisIsNotARealKey-UseYourOwn-1234-`
 * twice and more), which the period check does not reach. Odds for a random 93-character body: about
 * 86 * 85 / 2 pairs of windows, each equal with odds 64^-8: 1.3e-11.
 */
const REPEAT_LENGTH = 8;
/** Why a body is not plausible, or undefined when it is. */
function implausibility(body) {
    const lower = body.toLowerCase();
    for (const word of PLACEHOLDER_WORDS)
        if (lower.includes(word))
            return `placeholder word "${word}"`;
    // A random body misses a class with odds (38/64)^93 (no upper or no lower case, ~1e-21) or
    // (54/64)^93 (no digit, ~1.4e-7). Hex strings, words and UPPER_SNAKE templates miss one.
    if (!/[A-Z]/.test(body) || !/[a-z]/.test(body) || !/[0-9]/.test(body))
        return 'missing a character class';
    const stats = symbolStats(body);
    if (stats.entropy < MIN_ENTROPY)
        return 'low entropy';
    const run = body.length > 0 ? hasRun(body) : undefined;
    if (run)
        return run;
    if (shortPeriod(body, stats.distinct) !== undefined || repeatsSubstring(body))
        return 'repeated pattern';
    return undefined;
}
function isPlausibleBody(body) {
    return implausibility(body) === undefined;
}
const COUNTS = new Uint32Array(65536);
/** Shannon entropy in bits per character (over UTF-16 code units; bodies are ASCII). */
function entropy(s) {
    return symbolStats(s).entropy;
}
/** Entropy and the number of distinct characters, in one pass (plus one to reset the counts). */
function symbolStats(s) {
    const n = s.length;
    for (let i = 0; i < n; i++)
        COUNTS[s.charCodeAt(i)]++;
    let h = 0;
    let distinct = 0;
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        const k = COUNTS[c];
        if (k === 0)
            continue; // already counted
        const p = k / n;
        h -= p * Math.log2(p);
        distinct++;
        COUNTS[c] = 0;
    }
    return { entropy: h, distinct };
}
/**
 * Whether a run of MAX_SAME_RUN identical characters, or of MAX_STEP_RUN characters each one code above
 * (or below) the last (`abcdefgh`, `98765432`), occurs. One pass over the character codes.
 */
function hasRun(s) {
    let same = 1;
    let steps = 1;
    let prevDiff = 0;
    let prev = s.charCodeAt(0);
    for (let i = 1; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const d = c - prev;
        same = d === 0 ? same + 1 : 1;
        if (same >= MAX_SAME_RUN)
            return 'repeated character';
        steps = d === 1 || d === -1 ? (d === prevDiff ? steps + 1 : 2) : 1;
        if (steps >= MAX_STEP_RUN)
            return 'alphabet run';
        prevDiff = d;
        prev = c;
    }
    return undefined;
}
/**
 * The smallest period p <= MAX_PERIOD such that at least 80% of the characters equal the one p places
 * before them (a pattern repeated, maybe with a few edits). For a random body each comparison matches with
 * probability 1/64, so 80% of 60+ comparisons matching is beyond any real odds.
 *
 * Such a body has at most p + 20% of (n - p) distinct characters (new ones can only come in the first
 * period or at a mismatch), so periods too short for the distinct characters seen are skipped: a random
 * body (about 49 distinct of 93) usually skips them all.
 */
function shortPeriod(s, distinct) {
    const n = s.length;
    const first = Math.max(1, Math.ceil((distinct - 0.2 * n) / 0.8));
    for (let p = first; p <= MAX_PERIOD && p * 2 <= n; p++) {
        // Give up on p as soon as more than 20% of the comparisons differ (about 20 comparisons when random).
        const allowed = 0.2 * (n - p);
        let differ = 0;
        for (let i = p; i < n && differ <= allowed; i++)
            if (s.charCodeAt(i) !== s.charCodeAt(i - p))
                differ++;
        if (differ <= allowed)
            return p;
    }
    return undefined;
}
/** Four characters' 6-bit values at each index (24 bits): a window is the pair at i and i + 4. */
const QUADS = new Int32Array(256);
/** Open-addressing set of windows: the slot holds the window's index + 1 (0 is empty). */
const SLOTS = new Int32Array(512);
/** Whether some REPEAT_LENGTH-character substring occurs twice (overlapping allowed). Int32 work only. */
function repeatsSubstring(s) {
    const n = s.length;
    if (n > QUADS.length || n - REPEAT_LENGTH + 1 > SLOTS.length / 2)
        return false; // not a key-sized body
    let q = 0;
    for (let i = 0; i < n; i++) {
        q = ((q & 0x3ffff) << 6) | SIX_BITS[s.charCodeAt(i) & 0x7f];
        if (i >= 3)
            QUADS[i - 3] = q;
    }
    SLOTS.fill(0);
    const mask = SLOTS.length - 1;
    for (let i = 0; i + REPEAT_LENGTH <= n; i++) {
        const a = QUADS[i];
        const b = QUADS[i + 4];
        let slot = (Math.imul(a, 0x9e3779b1) ^ b) >>> 23;
        for (;;) {
            const held = SLOTS[slot];
            if (held === 0)
                break;
            if (QUADS[held - 1] === a && QUADS[held + 3] === b)
                return true;
            slot = (slot + 1) & mask;
        }
        SLOTS[slot] = i + 1;
    }
    return false;
}
/** A 6-bit value for each key character. */
const SIX_BITS = (() => {
    const t = new Uint8Array(128);
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < chars.length; i++)
        t[chars.charCodeAt(i)] = i;
    return t;
})();


/***/ }),

/***/ 7545:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ compareLocations),
/* harmony export */   Y: () => (/* binding */ FindingSet)
/* harmony export */ });
class FindingSet {
    #bySha = new Map();
    /** Adds a hit. Returns true when its secret is seen for the first time (the caller masks it then). */
    add(hit) {
        const { match, location } = hit;
        const sha = match.secret.sha256;
        let entry = this.#bySha.get(sha);
        const first = entry === undefined;
        if (!entry) {
            entry = { rule: match.rule, secret: match.secret, sightings: [], seen: new Set() };
            this.#bySha.set(sha, entry);
        }
        if (match.variant && !entry.variant)
            entry.variant = match.variant;
        const key = locationKey(location);
        if (!entry.seen.has(key)) {
            entry.seen.add(key);
            entry.sightings.push(match.allowMarker ? { location, allowMarker: match.allowMarker } : { location });
        }
        return first;
    }
    /** The number of distinct secrets. */
    get size() {
        return this.#bySha.size;
    }
    has(sha256) {
        return this.#bySha.has(sha256);
    }
    /** Every distinct secret with its sorted sightings, ordered by each one's first location. */
    candidates() {
        const out = [...this.#bySha.values()].map(({ rule, secret, variant, sightings }) => ({
            rule,
            secret,
            ...(variant ? { variant } : {}),
            sightings: sortSightings(sightings),
        }));
        return out.sort((a, b) => compareLocations(a.sightings[0].location, b.sightings[0].location));
    }
}
/**
 * What makes two locations the same place: a source reporting it twice (e.g. two refs) yields one. Two members
 * of one archive are two places, even at the same line and column.
 */
function locationKey(l) {
    // NUL cannot occur in a path, a ref, a commit id or an archive member's name, so the fields cannot run into each other.
    return `${l.kind}\0${l.path ?? ''}\0${l.member ?? ''}\0${l.line}\0${l.column}\0${l.commit ?? ''}\0${l.encoding ?? ''}\0${l.repository ?? ''}\0${l.tag ?? ''}`;
}
function sortSightings(sightings) {
    // Dates parsed once (not once per comparison); Array.prototype.sort is stable, so ties keep the order
    // the source found them in.
    const dates = new Map(sightings.map((s) => [s.location, dateOf(s.location)]));
    return [...sightings].sort((a, b) => compareLocations(a.location, b.location, dates));
}
/**
 * Location order: dated ones (history and range) by date ascending, so the introducing commit comes first
 * (ties: 0, leaving discovery order); then undated ones (files, staged) by path, member (the file's own bytes
 * first), line, column.
 * Paths compare by UTF-16 code units, not locale, so the order is the same on every machine.
 */
function compareLocations(a, b, dates) {
    const da = dates ? dates.get(a) : dateOf(a);
    const db = dates ? dates.get(b) : dateOf(b);
    if (da !== undefined || db !== undefined) {
        if (da === undefined)
            return 1;
        if (db === undefined)
            return -1;
        return da - db;
    }
    return (compareStrings(a.repository, b.repository) ||
        compareStrings(a.path, b.path) ||
        compareMembers(a.member, b.member) ||
        a.line - b.line ||
        a.column - b.column ||
        compareStrings(a.tag, b.tag));
}
function dateOf(l) {
    if (l.date === undefined)
        return undefined;
    const t = Date.parse(l.date);
    return Number.isNaN(t) ? undefined : t;
}
/** The file itself before its members. */
function compareMembers(a, b) {
    if (a === b)
        return 0;
    if (a === undefined)
        return -1;
    if (b === undefined)
        return 1;
    return a < b ? -1 : 1;
}
/** undefined sorts after any string. */
function compareStrings(a, b) {
    if (a === b)
        return 0;
    if (a === undefined)
        return 1;
    if (b === undefined)
        return -1;
    return a < b ? -1 : 1;
}


/***/ }),

/***/ 9654:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ exitCodeFor)
/* harmony export */ });
/* unused harmony export mayBeLive */
/** True for the statuses `--fail-on live` fails on: everything not proven dead. */
function mayBeLive(status) {
    return status !== 'invalid';
}
function exitCodeFor(findings, failOn) {
    switch (failOn) {
        case 'never':
            return 0;
        case 'live':
            return findings.some((f) => mayBeLive(f.status)) ? 1 : 0;
        case 'any':
        default:
            return findings.length > 0 ? 1 : 0;
    }
}


/***/ }),

/***/ 6069:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ renderReport)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __nccwpck_require__(2483);
;// CONCATENATED MODULE: ./src/core/report.ts
/**
 * The line a reader is shown: HEAD's line when a range scan found the key still there (where the pull
 * request's reader sees it), else the line in the commit or file that holds it.
 */
function displayLine(location) {
    return location.inHead && location.headLine !== undefined ? location.headLine : location.line;
}

// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __nccwpck_require__(5009);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __nccwpck_require__(3323);
// EXTERNAL MODULE: ./src/core/kinds.ts
var core_kinds = __nccwpck_require__(736);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning (and any other SARIF consumer), rendered from the JsonReport.
 *
 * - One rule per credential kind (core/kinds.ts), with help that says how to rotate the key and a
 *   `security-severity` so code scanning ranks the alerts.
 * - One result per (finding, location): `error` for keys that are or may be live (live, unknown,
 *   unchecked), `warning` for invalid ones. Messages carry the status and the redacted key, never the key.
 * - Code scanning ranks an alert by its rule's `security-severity`, not by the result's level: a key the API
 *   said is dead is reported under its kind's `<id>/invalid` sub-rule (low severity), so clean-up never
 *   shows as a critical alert, and a key still unchecked is at most high.
 * - Every result has a physicalLocation, as code scanning requires (a run with one result without a file
 *   is rejected as a whole). Files: the repo-relative URI (`/` separators, percent-encoded where a URI needs
 *   it). Commit and tag messages are in no file of the tree: they are placed at the virtual path
 *   `MESSAGE_PATH` names (`.git/commit-message/<commit>`, `.git/tag-message/<tag>`), with the line and
 *   column counted in the message, a description that says so and a logicalLocation naming the commit or
 *   tag; the rule help says how to read the message (`git show -s`).
 * - partialFingerprints: `secretSha256/v1` (the key) and `secretLocation/v1` (the key at that path or
 *   message, line-independent), so an alert stays the same alert when lines move.
 * - Suppressed findings are left out: code scanning would show them as open alerts.
 * - At most 25,000 results (GitHub's limit per run), live ones first; the rest is counted in a notification.
 */







const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const MAX_RESULTS = 25_000;
function toSarif(report, opts = {}) {
    const kinds = opts.rules ?? core_kinds/* KINDS */.GW;
    const descriptors = [...kinds.map(toRule), ...kinds.map(toDeadKeyRule)];
    const ruleIndex = new Map(descriptors.map((r, i) => [r.id, i]));
    const all = [];
    for (const finding of report.findings) {
        for (const location of finding.locations)
            all.push(toResult(finding, location, ruleIndex, opts.pathPrefix));
    }
    const results = all.slice(0, MAX_RESULTS);
    const notifications = [];
    if (all.length > results.length) {
        notifications.push({
            level: 'warning',
            message: { text: `${all.length - results.length} more results were left out (code scanning takes ${MAX_RESULTS} per run); the JSON report has them all.` },
        });
    }
    for (const error of report.errors ?? [])
        notifications.push({ level: 'error', message: { text: error } });
    const run = {
        tool: {
            driver: {
                name: report.tool.name,
                version: report.tool.version,
                semanticVersion: report.tool.version,
                informationUri: version/* TOOL_URI */.qH,
                rules: descriptors,
            },
        },
        results,
        columnKind: 'unicodeCodePoints',
        properties: { scope: report.scope.kind, findings: report.findings.length, suppressed: report.suppressed.length },
    };
    if (notifications.length > 0) {
        run.invocations = [{ executionSuccessful: (report.errors ?? []).length === 0, toolExecutionNotifications: notifications }];
    }
    return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}
function toRule(rule) {
    return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.description },
        help: { text: markdownToText(`${rule.help}\n\n${MESSAGE_LOCATION_HELP}`), markdown: `${rule.help}\n\n${MESSAGE_LOCATION_HELP}` },
        helpUri: version/* TOOL_URI */.qH,
        defaultConfiguration: { level: 'error' },
        properties: {
            'security-severity': rule.severity.toFixed(1),
            precision: 'very-high',
            tags: ['security', 'secret', 'credential', 'anthropic', 'external/cwe/cwe-798'],
        },
    };
}
/** How a key found in a commit or tag message is placed, appended to every rule's help. */
const MESSAGE_LOCATION_HELP = '**Keys in commit and tag messages.** A message is in no file of the tree, so its results are placed at a ' +
    'virtual path: `.git/commit-message/<commit>` or `.git/tag-message/<tag>`, with the line and column counted ' +
    'in the message. Read it with `git show -s <commit>` (or `git cat-file tag <tag>`). Only rewriting the ' +
    'history removes it, and the key must be rotated whatever is done to the message.';
/** The sub-rule of a kind for keys the API said are dead: clean-up, ranked low, so no dead key reads as critical. */
function toDeadKeyRule(rule) {
    const base = toRule(rule);
    return {
        ...base,
        id: deadKeyRuleId(rule.id),
        name: `${base.name}Invalid`,
        shortDescription: { text: `${rule.title} (no longer valid)` },
        defaultConfiguration: { level: 'warning' },
        properties: { ...base.properties, 'security-severity': (0,core_status/* securitySeverity */.KW)('invalid', rule.severity).toFixed(1) },
    };
}
function deadKeyRuleId(rule) {
    return `${rule}/invalid`;
}
/** The rule a result is reported under: its kind's, or the kind's dead-key sub-rule. */
function sarifRuleId(rule, status) {
    return status === 'invalid' ? deadKeyRuleId(rule) : rule;
}
function levelFor(status) {
    return (0,core_status/* statusLevel */.RZ)(status);
}
function toResult(finding, location, ruleIndex, pathPrefix) {
    const label = core_status/* STATUS_LABEL */._P[finding.status] ?? core_status/* STATUS_LABEL */._P.unknown;
    const where = location.kind === 'commit-message' ? ` in the message of commit ${location.commit ?? '?'}` : location.kind === 'tag-message' ? ` in the message of tag ${location.tag ?? '?'}` : '';
    const history = location.kind === 'file' && location.commit ? ` (added in commit ${(0,names/* shortCommit */.Ax)(location.commit, names/* LONG_COMMIT */.x6)}${location.inHead === false ? ', no longer in HEAD' : ''})` : '';
    // Line and column count inside an archive's member: the message names it (the region is the member's).
    const member = location.member !== undefined ? ` in archive member ${location.member}` : '';
    const ruleId = sarifRuleId(finding.rule, finding.status);
    const result = {
        ruleId,
        level: levelFor(finding.status),
        message: { text: `${label} ${finding.redacted}${where}${member}${history}: ${(0,report_text/* statusMeaning */.uj)(finding)}.${finding.statusDetail ? ` (${finding.statusDetail})` : ''}` },
        locations: [toLocation(location, pathPrefix)],
        partialFingerprints: {
            'secretSha256/v1': finding.secretSha256,
            'secretLocation/v1': sha256(`${finding.secretSha256}\0${location.repository ?? ''}\0${location.kind}\0${location.path ?? ''}\0${location.commit ?? location.tag ?? ''}${location.member !== undefined ? `\0${location.member}` : ''}`),
        },
        properties: stripUndefined({
            status: finding.status,
            statusDetail: finding.statusDetail,
            redacted: finding.redacted,
            kind: location.kind,
            commit: location.commit,
            tag: location.tag,
            date: location.date,
            encoding: location.encoding,
            inHead: location.inHead,
            repository: location.repository,
            member: location.member,
            revocation: finding.revocation?.outcome,
            revokedKeyId: finding.revocation?.keyId,
        }),
    };
    const index = ruleIndex.get(ruleId);
    if (index !== undefined)
        result.ruleIndex = index;
    return result;
}
/** The virtual, repo-relative path of a commit's or tag's message (see MESSAGE_LOCATION_HELP). */
function messagePath(l) {
    return l.kind === 'tag-message' ? `.git/tag-message/${l.tag ?? l.commit ?? 'unknown'}` : `.git/commit-message/${l.commit ?? 'unknown'}`;
}
function toLocation(l, pathPrefix) {
    if (l.kind !== 'file' || l.path === undefined) {
        const what = l.kind === 'tag-message' ? 'tag' : 'commit';
        const name = l.kind === 'tag-message' ? `tag ${l.tag ?? '?'} message` : `commit ${l.commit ?? '?'} message`;
        return {
            physicalLocation: {
                artifactLocation: {
                    uri: pathToUri(messagePath(l)),
                    uriBaseId: '%SRCROOT%',
                    description: { text: `the message of ${what} ${(l.kind === 'tag-message' ? l.tag : l.commit) ?? '?'}, not a file of the tree` },
                },
                region: { startLine: l.line, startColumn: l.column },
            },
            logicalLocations: [{ name, fullyQualifiedName: `${l.repository ? `${l.repository}/` : ''}${name}`, kind: 'resource' }],
            message: { text: `line ${l.line}, column ${l.column} of the ${what} message` },
        };
    }
    // A range scan knows where the key sits in HEAD's version: that is the line code scanning shows.
    const path = pathPrefix ? `${pathPrefix.replace(/\/+$/, '')}/${l.path}` : l.path;
    return {
        physicalLocation: {
            artifactLocation: { uri: pathToUri(path), uriBaseId: '%SRCROOT%' },
            region: { startLine: displayLine(l), startColumn: l.column },
        },
    };
}
/**
 * A repo-relative path as a relative URI reference: each segment percent-encoded (UTF-8) except for
 * RFC 3986 unreserved characters and the sub-delimiters and `@` that are safe in a path. `:` is encoded so
 * that no first segment reads as a scheme.
 */
function pathToUri(path) {
    return path
        .split('/')
        .map((segment) => Array.from(Buffer.from(segment, 'utf8')).map(encodeByte).join(''))
        .join('/');
}
const SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=@]/;
function encodeByte(byte) {
    const c = String.fromCharCode(byte);
    return byte < 0x80 && SAFE.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function pascalCase(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}
/** The rule help as plain text (SARIF wants both): Markdown emphasis and code ticks dropped. */
function markdownToText(md) {
    return md.replace(/\*\*(.*?)\*\*/g, '$1').replace(/`([^`]*)`/g, '$1');
}
function stripUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/report/format.ts


/** The report as `format`, ending with a newline. */
function renderReport(report, format, opts = {}) {
    switch (format) {
        case 'json':
            return `${JSON.stringify(report, null, 2)}\n`;
        case 'sarif':
            return `${JSON.stringify(toSarif(report, opts.pathPrefix ? { pathPrefix: opts.pathPrefix } : {}), null, 2)}\n`;
        case 'text':
            return (0,report_text/* renderText */.S5)(report, { color: opts.color ?? false, ...(opts.maxLocations !== undefined ? { maxLocations: opts.maxLocations } : {}) });
        default:
            throw new Error(`unknown report format ${String(format)}`);
    }
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ toJsonReport)
/* harmony export */ });
/* unused harmony exports toJsonFinding, sortFindings */
/* harmony import */ var _core_scrub_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8660);
/* harmony import */ var _core_status_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5009);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3323);
/* harmony import */ var _findings_aggregate_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7545);




function toJsonReport(result) {
    const { plan } = result;
    const scope = { ...plan.scope };
    if (plan.repository)
        scope.repository = plan.repository;
    const report = {
        version: 1,
        tool: { name: _core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH, version: _core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr },
        scope: (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubDeep */ .wE)(scope),
        findings: sortFindings(result.findings.map(toJsonFinding)),
        suppressed: sortFindings(result.suppressed.map(toJsonFinding)),
        notes: result.notes.map((note) => toJsonNote(note, plan.repository)),
        errors: result.errors.map((e) => (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(e)),
        ...(result.incomplete ? { incomplete: (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(result.incomplete) } : {}),
        stats: (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubDeep */ .wE)({ ...result.stats }),
    };
    return report;
}
/** A finding in the report's form. Fields are copied one by one: nothing else on the object can leak in. */
function toJsonFinding(finding) {
    const out = {
        rule: finding.rule,
        secretSha256: finding.secret.sha256,
        redacted: finding.secret.redacted,
        status: finding.status,
        locations: finding.locations.map(toJsonLocation),
    };
    if (finding.statusDetail !== undefined)
        out.statusDetail = (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(finding.statusDetail);
    if (finding.organizationId !== undefined)
        out.organizationId = (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(finding.organizationId);
    if (finding.organizationName !== undefined)
        out.organizationName = (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(finding.organizationName);
    if (finding.workspaceId !== undefined)
        out.workspaceId = (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(finding.workspaceId);
    if (finding.variant !== undefined)
        out.variant = finding.variant;
    if (finding.revocation !== undefined)
        out.revocation = toJsonRevocation(finding.revocation);
    if (finding.suppressedBy !== undefined)
        out.suppressedBy = finding.suppressedBy;
    if (finding.suppressionOverridden !== undefined)
        out.suppressionOverridden = finding.suppressionOverridden;
    return out;
}
const LOCATION_FIELDS = ['kind', 'path', 'line', 'column', 'commit', 'author', 'date', 'encoding', 'inHead', 'headLine', 'repository', 'tag', 'member'];
function toJsonLocation(location) {
    const out = {};
    for (const field of LOCATION_FIELDS) {
        const value = location[field];
        if (value !== undefined)
            out[field] = typeof value === 'string' ? (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(value) : value;
    }
    return out;
}
function toJsonRevocation(revocation) {
    const out = { outcome: revocation.outcome };
    if (revocation.keyId !== undefined)
        out.keyId = (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(revocation.keyId);
    if (revocation.keyName !== undefined)
        out.keyName = (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(revocation.keyName);
    if (revocation.reason !== undefined)
        out.reason = (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(revocation.reason);
    for (const field of ['keyWorkspace', 'keyCreatedBy', 'keyExpiresAt', 'keyStatus', 'restoredTo']) {
        const value = revocation[field];
        if (value !== undefined)
            out[field] = (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(value);
    }
    return out;
}
function toJsonNote(note, repository) {
    const out = { reason: note.reason, message: (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(note.message) };
    if (note.path !== undefined)
        out.path = (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(note.path);
    if (repository)
        out.repository = (0,_core_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(repository);
    return out;
}
/** Live first, then unknown, unchecked, invalid; within a status by first location. Stable. */
function sortFindings(findings) {
    const rank = (s) => {
        const i = _core_status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_ORDER */ .QD.indexOf(s);
        return i < 0 ? _core_status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_ORDER */ .QD.length : i;
    };
    return [...findings].sort((a, b) => {
        const byStatus = rank(a.status) - rank(b.status);
        if (byStatus !== 0)
            return byStatus;
        const [la, lb] = [a.locations[0], b.locations[0]];
        if (!la || !lb)
            return la ? -1 : lb ? 1 : 0;
        return (0,_findings_aggregate_js__WEBPACK_IMPORTED_MODULE_3__/* .compareLocations */ .Q)(la, lb);
    });
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   uj: () => (/* binding */ statusMeaning)
/* harmony export */ });
/* unused harmony exports overriddenSuppression, pathWithMember, renderLocation */
/* harmony import */ var _core_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(736);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2483);
/* harmony import */ var _core_status_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5009);
/* harmony import */ var _core_size_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3910);




/** The terminal's colour for each status (labels and meanings are core/status.ts's). */
const STATUS_STYLE = { live: 'red', unknown: 'yellow', unchecked: 'yellow', invalid: 'dim' };
/** What the status means for this finding: a live key that was just deactivated needs follow-up, not revocation. */
function statusMeaning(finding) {
    if (finding.status === 'live' && finding.revocation?.outcome === 'deactivated') {
        return 'an incident: the key was live and has been deactivated; replace it where it is used';
    }
    return (0,_core_status_js__WEBPACK_IMPORTED_MODULE_1__/* .statusMeaning */ .uj)(finding.status);
}
const CODES = { red: '\x1b[1;31m', yellow: '\x1b[1;33m', dim: '\x1b[2m', bold: '\x1b[1m', green: '\x1b[32m' };
const RESET = '\x1b[0m';
function renderText(report, opts) {
    const paint = (style, text) => (opts.color ? `${CODES[style]}${text}${RESET}` : text);
    const max = opts.maxLocations ?? 20;
    const out = [];
    out.push(`${report.tool.name} ${report.tool.version}: ${describeScope(report.scope)}`);
    out.push('');
    if (report.findings.length === 0) {
        out.push(paint('green', 'No Anthropic credentials found.'));
        out.push('');
    }
    for (const finding of report.findings) {
        out.push(...renderFinding(finding, paint, max));
        out.push('');
    }
    if (report.suppressed.length > 0) {
        out.push(`Suppressed: ${report.suppressed.length} (${countBy(report.suppressed, (f) => f.suppressedBy ?? 'unspecified')}); listed in the JSON report`);
    }
    out.push(...renderNotes(report.notes ?? []));
    if (report.errors && report.errors.length > 0) {
        out.push(paint('red', `Errors: ${report.errors.length}`));
        for (const error of report.errors)
            out.push(`  - ${clean(error)}`);
    }
    const scanned = describeStats(report.stats);
    if (scanned)
        out.push(scanned);
    out.push(paint('bold', totals(report.findings)));
    return `${out.join('\n')}\n`;
}
function renderFinding(finding, paint, max) {
    const style = STATUS_STYLE[finding.status] ?? STATUS_STYLE.unknown;
    const title = (0,_core_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleTitle */ .zO)(finding.rule);
    const lines = [`${paint(style, _core_status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_LABEL */ ._P[finding.status] ?? _core_status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_LABEL */ ._P.unknown)}  ${title}  ${clean(finding.redacted)}  ${paint('dim', `(${finding.rule})`)}`];
    lines.push(`  ${paint(style, statusMeaning(finding))}`);
    if (finding.variant)
        lines.push(`  which: ${clean(finding.variant)} (from the words around it)`);
    if (finding.suppressionOverridden)
        lines.push(`  ${paint('red', clean(overriddenSuppression(finding)))}`);
    if (finding.statusDetail)
        lines.push(`  status: ${clean(finding.statusDetail)}`);
    if (finding.organizationId || finding.organizationName) {
        const org = [finding.organizationId, finding.organizationName && `(${finding.organizationName})`].filter(Boolean).join(' ');
        lines.push(`  organization: ${clean(org)}`);
    }
    const shown = finding.locations.slice(0, max);
    for (const location of shown)
        lines.push(`  ${renderLocation(location)}`);
    if (finding.locations.length > shown.length) {
        lines.push(`  ... and ${finding.locations.length - shown.length} more location(s) (all of them are in --format json)`);
    }
    // Merged reports list every distinct outcome when the jobs disagreed; otherwise the one outcome.
    const revocations = finding.revocations && finding.revocations.length > 1 ? finding.revocations : finding.revocation ? [finding.revocation] : [];
    for (const revocation of revocations) {
        lines.push(`  ${renderRevocation(revocation, paint)}`);
        const facts = keyFacts(revocation);
        if (facts)
            lines.push(`    key: ${clean(facts)}`);
    }
    return lines;
}
/** Why a key that something allowed is reported all the same (a live key is never hidden), or '' when nothing allowed it. */
function overriddenSuppression(finding) {
    return finding.suppressionOverridden ? `reported although suppressed (${finding.suppressionOverridden}): the key is live` : '';
}
/** A file's path, and the member inside it when the key is in an archive: `release.zip!lib/app.jar!.env`. */
function pathWithMember(path, member) {
    return member === undefined ? path : `${path}!${member}`;
}
/** `path:line:column` (`path!member:line:column` in an archive), then commit, author, date, encoding, repository; git message locations are named as such. */
function renderLocation(l) {
    const short = l.commit ? (0,_core_names_js__WEBPACK_IMPORTED_MODULE_3__/* .shortCommit */ .Ax)(l.commit, _core_names_js__WEBPACK_IMPORTED_MODULE_3__/* .LONG_COMMIT */ .x6) : undefined;
    let where;
    if (l.kind === 'commit-message')
        where = `commit message of ${short ?? '?'}:${l.line}:${l.column}`;
    else if (l.kind === 'tag-message')
        where = `message of tag ${l.tag ?? '?'}:${l.line}:${l.column}`;
    else
        where = `${pathWithMember(l.path ?? '?', l.member)}:${l.line}:${l.column}`;
    const parts = [where];
    if (short && l.kind === 'file')
        parts.push(`commit ${short}`);
    if (l.author)
        parts.push(l.author);
    if (l.date)
        parts.push(/^\d{4}-\d\d-\d\d/.test(l.date) ? l.date.slice(0, 10) : l.date);
    if (l.encoding)
        parts.push(`[${l.encoding}]`);
    if (l.inHead === true)
        parts.push(l.headLine !== undefined ? `(in HEAD at line ${l.headLine})` : '(in HEAD)');
    if (l.inHead === false)
        parts.push('(no longer in HEAD)');
    if (l.repository)
        parts.push(`in ${l.repository}`);
    return clean(parts.join('  '));
}
/** What the Admin API said of the matched key, on one line (undefined when it said nothing). */
function keyFacts(r) {
    const facts = [
        r.keyWorkspace && (r.keyWorkspace === 'organization' ? 'organization-wide' : `workspace ${r.keyWorkspace}`),
        r.keyCreatedBy && `created by ${r.keyCreatedBy}`,
        r.keyExpiresAt && `expires ${r.keyExpiresAt}`,
        r.keyStatus && `status ${r.keyStatus}`,
        r.restoredTo && `changed, then restored to ${r.restoredTo}`,
    ].filter(Boolean);
    return facts.length > 0 ? facts.join(', ') : undefined;
}
function renderRevocation(r, paint) {
    const key = r.keyId ? clean(`${r.keyId}${r.keyName ? ` ("${r.keyName}")` : ''}`) : undefined;
    const reason = clean(r.reason ?? 'no reason given');
    switch (r.outcome) {
        case 'deactivated':
            return `${paint('green', 'revoked:')} deactivated ${key ?? 'the key'}; next: ${_core_status_js__WEBPACK_IMPORTED_MODULE_1__/* .NEXT_STEP */ .zM}`;
        case 'would-deactivate':
            return `dry run: would deactivate ${key ?? 'the key'}; run without --dry-run to do it${r.reason ? ` (${reason})` : ''}`;
        case 'failed':
            return `${paint('red', 'revocation FAILED:')} ${reason}${key ? ` [${key}]` : ''}; deactivate it in the Console now`;
        case 'refused':
        default:
            return `not revoked: ${reason}${key ? ` [${key}]` : ''}`;
    }
}
/** Skips counted by reason; the message of a rare note (one or two of its kind, e.g. a shallow clone) in full. */
function renderNotes(notes) {
    if (notes.length === 0)
        return [];
    const byReason = new Map();
    for (const note of notes)
        byReason.set(note.reason, [...(byReason.get(note.reason) ?? []), note]);
    const lines = [`Notes: ${notes.length} (${countBy(notes, (n) => n.reason)})`];
    for (const group of byReason.values()) {
        if (group.length <= 2)
            for (const note of group)
                lines.push(`  - ${clean(note.repository ? `${note.repository}: ${note.message}` : note.message)}`);
    }
    return lines;
}
function describeScope(scope) {
    let what;
    switch (scope.kind) {
        case 'files':
            what = `files under ${scope.root ?? '.'}`;
            break;
        case 'staged':
            what = `staged changes in ${scope.root ?? '.'}`;
            break;
        case 'history':
            what = `the whole history of ${scope.root ?? '.'}`;
            break;
        case 'range':
            what = `commits ${scope.base ?? '?'}..${scope.head ?? '?'} in ${scope.root ?? '.'}`;
            break;
        case 'merge': {
            const n = scope.repositories?.length ?? 0;
            what = `merged report of ${n} repositor${n === 1 ? 'y' : 'ies'}`;
            const failed = scope.failedRepositories ?? [];
            if (failed.length > 0)
                what += `; ${failed.length} failed: ${failed.map((f) => `${f.repository} (${f.reason})`).join(', ')}`;
            break;
        }
        default:
            what = String(scope.kind);
    }
    if (scope.repository)
        what += ` (${scope.repository})`;
    return clean(what);
}
const STAT_NAMES = [
    ['filesScanned', 'file'],
    ['commitsScanned', 'commit'],
    ['blobsScanned', 'blob'],
    ['tagsScanned', 'tag'],
];
function describeStats(stats) {
    const parts = [];
    for (const [name, noun] of STAT_NAMES) {
        const n = stats[name];
        if (typeof n === 'number' && n > 0)
            parts.push(`${n} ${noun}${n === 1 ? '' : 's'}`);
    }
    if (parts.length === 0 && typeof stats.filesScanned === 'number')
        parts.push('0 files');
    if (typeof stats.bytesScanned === 'number')
        parts.push((0,_core_size_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z)(stats.bytesScanned));
    if (parts.length === 0)
        return undefined;
    const ms = stats.durationMs;
    const duration = typeof ms === 'number' ? ` in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}` : '';
    return `Scanned ${parts.join(', ')}${duration}`;
}
function totals(findings) {
    const keys = findings.length;
    if (keys === 0)
        return 'Total: no keys reported';
    const byStatus = _core_status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_ORDER */ .QD.map((s) => [s, findings.filter((f) => f.status === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`);
    const locations = findings.reduce((n, f) => n + f.locations.length, 0);
    return `Total: ${keys} key${keys === 1 ? '' : 's'} (${byStatus.join(', ')}) at ${locations} location${locations === 1 ? '' : 's'}`;
}
function countBy(items, key) {
    const counts = new Map();
    for (const item of items)
        counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${clean(k)} ${n}`).join(', ');
}
/**
 * Control characters (C0 including newlines and tabs, DEL, C1) escaped as \xNN, and the bidirectional
 * overrides and isolates as \u{NNNN}: text from the repository (a file name may hold a newline, an escape
 * sequence or a right-to-left override) must keep to its line, not drive the terminal, and not display as
 * another name.
 */
function clean(text) {
    return text.replace(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => {
        const code = c.charCodeAt(0);
        return code > 0xff ? `\\u{${code.toString(16)}}` : `\\x${code.toString(16).padStart(2, '0')}`;
    });
}


/***/ }),

/***/ 7879:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H: () => (/* binding */ runScan)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/anthropic/admin-key.ts
var admin_key = __nccwpck_require__(1777);
// EXTERNAL MODULE: ./src/anthropic/limits.ts
var limits = __nccwpck_require__(3314);
// EXTERNAL MODULE: ./src/core/kinds.ts
var kinds = __nccwpck_require__(736);
// EXTERNAL MODULE: ./src/core/secret.ts
var secret = __nccwpck_require__(2559);
;// CONCATENATED MODULE: ./src/detect/allow.ts
/**
 * Same-line allow markers: ours, and the ones people already write for other scanners, so that a line
 * already allowed for gitleaks, detect-secrets or TruffleHog is allowed here too. A marked match is still
 * returned (with the marker), and the findings stage moves it to `suppressed`: allowed, never silently gone.
 */
/** The markers, case-insensitive; `pragma: allowlist secret` is detect-secrets' inline form. */
const MARKERS = /anthropic-key-scan:allow|gitleaks:allow|pragma:\s?allowlist[ -]secret|trufflehog:ignore/i;
/** The marker on this line, normalised (`gitleaks:allow`, `pragma: allowlist secret`, ...), or undefined. */
function allowMarkerIn(line, extra = []) {
    const m = MARKERS.exec(line);
    if (m) {
        const found = m[0].toLowerCase();
        return found.startsWith('pragma') ? 'pragma: allowlist secret' : found;
    }
    // The config file's own markers (allow.markers), also case-insensitive.
    if (extra.length === 0)
        return undefined;
    const lower = line.toLowerCase();
    return extra.find((marker) => lower.includes(marker.toLowerCase()));
}
/** detect-secrets' marker for the line after it (`# pragma: allowlist nextline secret`). */
const NEXTLINE = /pragma:\s?allowlist[ -]nextline[ -]secret/i;
/** The marker a line carries for the line after it, normalised, or undefined. */
function nextLineMarkerIn(line) {
    return NEXTLINE.test(line) ? 'pragma: allowlist nextline secret' : undefined;
}

// EXTERNAL MODULE: ./src/core/scrub.ts
var scrub = __nccwpck_require__(8660);
// EXTERNAL MODULE: ./src/detect/chars.ts
var chars = __nccwpck_require__(9722);
// EXTERNAL MODULE: ./src/detect/plain.ts
var detect_plain = __nccwpck_require__(9443);
;// CONCATENATED MODULE: ./src/detect/base64.ts
/**
 * Keys hidden in base64 (standard or URL-safe, padded or not): a Kubernetes Secret's `data:` values, a
 * base64'd .env file, a token in a config blob.
 *
 * Prefilter: `sk-ant-` encodes differently at each of the 3 byte alignments within a 3-byte group, but at
 * each alignment a substring of 8-9 characters does not depend on the neighbouring bytes (the "stable"
 * characters). Those are searched for with Buffer.indexOf; on a hit, only a bounded window of base64 around
 * it is decoded and parsed with the plain parser, so the cost stays linear on any input.
 *
 * Wrapped base64 (`base64` and MIME wrap at 76 characters, PEM and openssl at 64) is followed across line
 * breaks when a line's base64 run is exactly one of those widths. A line break can split the stable
 * characters anywhere, so each alignment has two needles placed so that any one break leaves one of them
 * whole (with a single needle, about 1 key in 13 at random places in wrapped base64 went unseen).
 */




// Module-local bindings: some loaders turn imported bindings into getters, too slow for inner loops.
const B64_CHAR = chars/* B64_CHAR */.u0;
const B64_VALUE = chars/* B64_VALUE */.Lj;
const CR = chars.CR;
const LF = chars.LF;
/**
 * What indexOf searches for is a part of the stable characters; the rest is checked on each hit.
 * Buffer.indexOf scans for the needle's first byte, so its speed follows how common that byte is: measured
 * on source code, 4-5 GB/s when it is rare, under 1.5 GB/s for a common lower-case letter; and some needles
 * of 7 bytes or more take a slower algorithm. So the needles are the pair of 4-6 character windows that
 * cover every line break (see chooseNeedles) and start with the rarest characters, by this ranking of
 * base64 characters from rarest to commonest in source text (measured over 100 MB of node_modules).
 */
const RARITY = 'J+KQYXZV87GN59zLUF36O4DHMWjIBCqPRSEA120kTwxv-fb_y/hgdmcuplnaiosrte';
const NEEDLE_MIN = 4;
const NEEDLE_MAX = 6;
const rank = (b) => RARITY.indexOf(String.fromCharCode(b));
/**
 * Two windows of `stable` such that a line break before any of its characters (but the first) leaves one
 * of them whole: a break at j splits the window [a, a + len) when a < j < a + len. Of the pairs that
 * qualify, the one whose first characters are rarest (then the longest, for fewer false hits).
 */
function chooseNeedles(stable) {
    const n = stable.length;
    const windows = [];
    for (let offset = 0; offset + NEEDLE_MIN <= n; offset++) {
        for (let length = NEEDLE_MIN; length <= NEEDLE_MAX && offset + length <= n; length++)
            windows.push({ offset, length });
    }
    const splits = (w, j) => w.offset < j && j < w.offset + w.length;
    let best;
    let bestCost = Infinity;
    for (const u of windows) {
        for (const v of windows) {
            let covers = true;
            for (let j = 1; j < n && covers; j++)
                covers = !(splits(u, j) && splits(v, j));
            if (!covers)
                continue;
            const cost = (rank(stable[u.offset]) + rank(stable[v.offset])) * 100 - u.length - v.length;
            if (cost < bestCost) {
                bestCost = cost;
                best = [u, v];
            }
        }
    }
    if (!best)
        throw new Error('base64: no pair of needles covers every line break');
    return best.map((w) => ({ offset: w.offset, bytes: stable.subarray(w.offset, w.offset + w.length) }));
}
/** The stable substrings, computed from the prefix (never written out: they would themselves look encoded). */
const PATTERNS = (() => {
    const out = [];
    for (const encoding of (0,scrub/* stableEncodingsAt */.nf)(Buffer.from(detect_plain/* PREFIX */.H3, 'latin1'))) {
        const stable = Buffer.from(encoding.stable, 'latin1');
        if (out.some((p) => p.stable.equals(stable)))
            continue;
        out.push({ stable, needles: chooseNeedles(stable), align: encoding.align, lead: encoding.lead });
    }
    return out;
})();
/** Line widths at which base64 tools wrap; a run of exactly this width continues on the next line. */
const WRAP_WIDTHS = new Set([64, 76]);
const MAX_INDENT = 16;
const PREFIX_BYTES = Buffer.from(detect_plain/* PREFIX */.H3, 'latin1');
/** Characters to decode for the header check: alignment, prefix, the longest word (core/kinds.ts), two digits, `-`. */
const HEADER = 4 * Math.ceil((2 + detect_plain/* PREFIX */.H3.length + kinds/* MAX_WORD */.C5 + 3) / 3);
/** Characters to decode from the group start: enough for the alignment, the longest key and one more byte. */
const WINDOW = 4 * Math.ceil((2 + detect_plain/* MAX_KEY_LENGTH */.uf + 1) / 3) + 4;
const SCRATCH = Buffer.alloc((WINDOW * 3) / 4);
/** Every key hidden in base64 in `buf`. */
function findBase64(buf, glued = false) {
    const out = [];
    const seen = new Set();
    for (const pattern of PATTERNS) {
        for (const needle of pattern.needles) {
            const segments = new SegmentCache(buf);
            let h = buf.indexOf(needle.bytes);
            while (h !== -1) {
                const found = keyAtHit(buf, h, needle.offset, pattern, segments, glued);
                if (found && !seen.has(found.group)) {
                    seen.add(found.group);
                    out.push(found.key);
                }
                h = buf.indexOf(needle.bytes, h + 1);
            }
        }
    }
    // In text order; keys of one encoded run share its offset and keep the order of their encodings.
    return out.sort((a, b) => a.offset - b.offset || a.encodedAt - b.encodedAt);
}
/** The key whose encoding holds the needle (at `needleOffset` in the stable characters) found at `h`, if any. */
function keyAtHit(buf, h, needleOffset, pattern, segments, glued) {
    // Step back to the first stable character and check them all; either step may cross a wrapped line.
    const p = back(buf, h, needleOffset);
    if (p === -1 || !stableAt(buf, p, pattern.stable))
        return undefined;
    // Step back to the start of the 4-character group that holds the `s`.
    const g = back(buf, p, pattern.lead);
    if (g === -1)
        return undefined;
    // Decode just enough for the prefix and kind first: most hits on hostile input stop there.
    const at = pattern.align;
    if (!hasHeader(decodeWindow(buf, g, HEADER, SCRATCH), at))
        return undefined;
    const decoded = decodeWindow(buf, g, WINDOW, SCRATCH);
    const key = (0,detect_plain/* parseKeyAt */.Wp)(decoded, at, glued);
    if (!key)
        return undefined;
    const segment = segments.at(g);
    return {
        group: g,
        key: {
            offset: segment.start,
            rule: key.rule,
            key: decoded.toString('latin1', at, key.end),
            encoding: segment.urlSafe ? 'base64url' : 'base64',
            encodedAt: g,
        },
    };
}
/** `sk-ant-` then a lower-case kind, two digits and `-` at `at` (what parseKeyAt needs before the body). */
function hasHeader(decoded, at) {
    if (!startsWith(decoded, at, PREFIX_BYTES))
        return false;
    let i = at + PREFIX_BYTES.length;
    while (i < decoded.length && decoded[i] >= 0x61 && decoded[i] <= 0x7a)
        i++;
    return i + 2 < decoded.length && isDigit(decoded[i]) && isDigit(decoded[i + 1]) && decoded[i + 2] === 0x2d;
}
function isDigit(b) {
    return b >= 0x30 && b <= 0x39;
}
/** The position `n` base64 characters before `pos` in the same encoded text, or -1. */
function back(buf, pos, n) {
    let q = pos;
    for (let i = 0; i < n && q !== -1; i++)
        q = prevChar(buf, q);
    return q;
}
/** Whether the encoded text at `p` reads `stable` (following a wrapped line). */
function stableAt(buf, p, stable) {
    let q = p;
    for (let i = 0; i < stable.length; i++) {
        if (q === -1 || buf[q] !== stable[i])
            return false;
        q = i + 1 < stable.length ? nextChar(buf, q) : q;
    }
    return true;
}
function startsWith(buf, at, s) {
    if (at + s.length > buf.length)
        return false;
    for (let i = 0; i < s.length; i++)
        if (buf[at + i] !== s[i])
            return false;
    return true;
}
/**
 * Decode up to `chars` base64 characters from `g` into `out` (scratch space, reused: the detector is
 * synchronous), following wrapped lines and URL escapes, stopping at anything else (padding included).
 */
function decodeWindow(buf, g, chars, out) {
    let n = 0;
    let acc = 0;
    let bits = 0;
    let pos = g;
    let count = 0;
    while (count < chars && pos !== -1) {
        const v = valueAt(buf, pos);
        if (v < 0)
            break;
        acc = ((acc << 6) | v) & 0xffff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[n++] = acc >> bits;
            acc &= (1 << bits) - 1;
        }
        count++;
        pos = nextChar(buf, pos);
    }
    return out.subarray(0, n);
}
const PERCENT = 0x25;
function isHex(b) {
    return (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66);
}
/**
 * Standard base64 in a URL has its `+` and `/` percent-encoded (`%2B`, `%2F`): 3 bytes for one character.
 * The value of such an escape at `pos`, or -1.
 */
function escapeAt(buf, pos) {
    if (buf[pos] !== PERCENT || buf[pos + 1] !== 0x32)
        return -1;
    const c = buf[pos + 2] | 0x20; // lower case
    return c === 0x62 ? 62 : c === 0x66 ? 63 : -1; // %2B '+', %2F '/'
}
/** The 6-bit value of the base64 character (or escape) at `pos`, or -1. */
function valueAt(buf, pos) {
    const v = B64_VALUE[buf[pos]];
    return v >= 0 ? v : escapeAt(buf, pos);
}
function isCharAt(buf, pos) {
    return pos < buf.length && (B64_CHAR[buf[pos]] === 1 || escapeAt(buf, pos) >= 0);
}
/** Length of the base64 run that ends at `last` (inclusive), counting at most up to `cap`. */
function runEndingAt(buf, last, cap) {
    let n = 0;
    while (last - n >= 0 && n <= cap && B64_CHAR[buf[last - n]] === 1)
        n++;
    return n;
}
const MAX_WRAP = Math.max(...WRAP_WIDTHS);
function isWrapLine(buf, last) {
    return WRAP_WIDTHS.has(runEndingAt(buf, last, MAX_WRAP));
}
/** The base64 character after `pos` in the same encoded text (across a wrap or an escape), or -1. */
function nextChar(buf, pos) {
    const q0 = pos + (buf[pos] === PERCENT ? 3 : 1);
    if (q0 >= buf.length)
        return -1;
    if (isCharAt(buf, q0))
        return q0;
    let q = q0;
    if (buf[q] === CR)
        q++;
    if (buf[q] !== LF || !isWrapLine(buf, pos))
        return -1;
    q++;
    for (let i = 0; i < MAX_INDENT && (buf[q] === 0x20 || buf[q] === 0x09); i++)
        q++;
    return q < buf.length && B64_CHAR[buf[q]] === 1 ? q : -1;
}
/** The base64 character before `pos` in the same encoded text (across a wrap or an escape), or -1. */
function prevChar(buf, pos) {
    if (pos >= 3 && escapeAt(buf, pos - 3) >= 0)
        return pos - 3;
    const q0 = pos - 1;
    if (q0 < 0)
        return -1;
    if (B64_CHAR[buf[q0]] === 1)
        return q0;
    let q = q0;
    for (let i = 0; i < MAX_INDENT && q >= 0 && (buf[q] === 0x20 || buf[q] === 0x09); i++)
        q--;
    if (q < 0 || buf[q] !== LF)
        return -1;
    q--;
    if (q >= 0 && buf[q] === CR)
        q--;
    return q >= 0 && B64_CHAR[buf[q]] === 1 && isWrapLine(buf, q) ? q : -1;
}
/**
 * The maximal run of base64 characters around an offset. Hits come in increasing order and runs do not
 * overlap, so caching the last run makes every byte be scanned at most once per pattern.
 */
class SegmentCache {
    buf;
    #last;
    constructor(buf) {
        this.buf = buf;
    }
    at(pos) {
        const last = this.#last;
        if (last && pos >= last.start && pos < last.end)
            return last;
        const buf = this.buf;
        let start = pos;
        for (;;) {
            if (start > 0 && B64_CHAR[buf[start - 1]] === 1)
                start--;
            else if (start > 0 && escapeAt(buf, start - 1) >= 0)
                start--; // the '%' of an escape whose '2B' we passed
            else
                break;
        }
        // A percent escape that is not base64 (`%3D` in `auth%3D…`): its two hex digits read as base64
        // characters, but the encoded text starts after them.
        if (start > 0 && buf[start - 1] === PERCENT && start + 2 <= pos && isHex(buf[start]) && isHex(buf[start + 1]))
            start += 2;
        let end = start;
        let urlSafe = false;
        while (isCharAt(buf, end)) {
            if (buf[end] === 0x2d || buf[end] === 0x5f)
                urlSafe = true;
            end += buf[end] === PERCENT ? 3 : 1;
        }
        this.#last = { start, end, urlSafe };
        return this.#last;
    }
}

;// CONCATENATED MODULE: ./src/detect/position.ts
/**
 * Line and column of offsets in a buffer, worked out only when there is a match (the clean case never pays)
 * and incrementally: offsets are asked for in increasing order, so each byte is read at most once however
 * many matches there are, even on a megabytes-long minified line.
 */

// Module-local bindings: some loaders turn imported bindings into getters, too slow for inner loops.
const position_LF = chars.LF;
class LineCursor {
    buf;
    #line = 1;
    #lineStart = 0;
    /** Offset up to which the column is known, and the column there (of the current line). */
    #colAt = 0;
    #col = 1;
    /** The first '\n' at or after #colAt (-1: none), once searched for: each newline is searched for once. */
    #nextLf;
    constructor(buf) {
        this.buf = buf;
        // A UTF-8 byte-order mark is not a character of the first line (editors do not show it).
        if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
            this.#colAt = 3;
    }
    /** The position of `offset`; offsets must not decrease from one call to the next. */
    at(offset) {
        if (offset < this.#colAt)
            throw new Error('LineCursor: offsets must not decrease');
        const buf = this.buf;
        let line = this.#line;
        let lineStart = this.#lineStart;
        // Hop from newline to newline with indexOf (native; ~3x a byte loop in JS on ordinary text).
        let lf = this.#nextLf ?? buf.indexOf(position_LF, this.#colAt);
        while (lf !== -1 && lf < offset) {
            line++;
            lineStart = lf + 1;
            lf = buf.indexOf(position_LF, lf + 1);
        }
        this.#nextLf = lf;
        const sameLine = lineStart <= this.#colAt;
        const col = (sameLine ? this.#col : 1) + utf8Chars(buf, sameLine ? this.#colAt : lineStart, offset);
        this.#line = line;
        this.#lineStart = lineStart;
        this.#colAt = offset;
        this.#col = col;
        return { line, column: col, lineStart };
    }
}
/**
 * The number of characters in buf[from, to) decoded as UTF-8, where each well-formed sequence is one
 * character and each byte that is not part of one is one character (as a replacement character).
 */
function utf8Chars(buf, from, to) {
    let n = 0;
    let i = from;
    while (i < to) {
        const b = buf[i];
        n++;
        if (b < 0x80) {
            i++;
            continue;
        }
        const len = sequenceLength(buf, i, to);
        i += len;
    }
    return n;
}
function cont(b) {
    return b !== undefined && (b & 0xc0) === 0x80;
}
/** Length of the well-formed UTF-8 sequence at i (RFC 3629 ranges), or 1 for an invalid byte. */
function sequenceLength(buf, i, to) {
    const b = buf[i];
    const b1 = i + 1 < to ? buf[i + 1] : undefined;
    if (b >= 0xc2 && b <= 0xdf)
        return cont(b1) ? 2 : 1;
    const b2 = i + 2 < to ? buf[i + 2] : undefined;
    if (b >= 0xe0 && b <= 0xef) {
        if (b1 === undefined)
            return 1;
        const ok1 = b === 0xe0 ? b1 >= 0xa0 && b1 <= 0xbf : b === 0xed ? b1 >= 0x80 && b1 <= 0x9f : cont(b1);
        return ok1 && cont(b2) ? 3 : 1;
    }
    if (b >= 0xf0 && b <= 0xf4) {
        if (b1 === undefined)
            return 1;
        const b3 = i + 3 < to ? buf[i + 3] : undefined;
        const ok1 = b === 0xf0 ? b1 >= 0x90 && b1 <= 0xbf : b === 0xf4 ? b1 >= 0x80 && b1 <= 0x8f : cont(b1);
        return ok1 && cont(b2) && cont(b3) ? 4 : 1;
    }
    return 1;
}

;// CONCATENATED MODULE: ./src/detect/utf16.ts
/**
 * UTF-16LE text (Windows tools, PowerShell redirection, some editors): every ASCII character is followed
 * by a NUL byte, so the plain prefilter cannot see a key in it. Cheap test first: only a buffer with a
 * UTF-16LE byte-order mark or a NUL byte near its start is searched for the UTF-16LE form of the prefix.
 */


const HEAD = 4096;
/** The prefix and its base64 forms, as UTF-16LE. */
const NEEDLES = [Buffer.from(detect_plain/* PREFIX */.H3, 'utf16le'), ...PATTERNS.map((p) => Buffer.from(p.stable.toString('latin1'), 'utf16le'))];
/**
 * The buffer's text as UTF-8 when it is UTF-16 text holding the prefix, otherwise undefined.
 * The byte-order mark is dropped (it is not a character of the first line); a buffer without one is read
 * at the parity of the first prefix found. UTF-16BE (rare: a big-endian byte-order mark) holds the same
 * UTF-16LE needles one byte later, and is byte-swapped before decoding so its columns count right.
 */
function utf16leText(data) {
    const bom = data.length >= 2 && data[0] === 0xff && data[1] === 0xfe;
    const bigEndian = data.length >= 2 && data[0] === 0xfe && data[1] === 0xff;
    if (!bom && !bigEndian && data.subarray(0, HEAD).indexOf(0) === -1)
        return undefined;
    let hit = -1;
    for (const needle of NEEDLES) {
        hit = indexOfWide(data, needle);
        if (hit !== -1)
            break;
    }
    if (hit === -1)
        return undefined;
    if (bigEndian) {
        const swapped = Buffer.from(data.subarray(2, data.length - (data.length % 2))).swap16();
        return Buffer.from(swapped.toString('utf16le'), 'utf8');
    }
    const start = bom ? 2 : hit % 2;
    return Buffer.from(data.toString('utf16le', start, data.length - ((data.length - start) % 2)), 'utf8');
}
/** Under V8's Boyer-Moore threshold (7 bytes): a search this short stays a memchr for its first byte. */
const ANCHOR = 6;
/**
 * `data.indexOf(needle)` for a UTF-16 needle, fast on binary data: a long needle full of NULs makes
 * Buffer.indexOf fall back to Boyer-Moore-Horspool, whose shifts shrink to a byte or two over the runs of NUL
 * bytes binaries are made of (15x slower than one pass). The needle's first 6 bytes are found by the linear
 * search instead, and the rest compared at each candidate.
 */
function indexOfWide(data, needle) {
    const anchor = needle.subarray(0, ANCHOR);
    for (let at = data.indexOf(anchor); at !== -1; at = data.indexOf(anchor, at + 1)) {
        if (at + needle.length > data.length)
            return -1;
        if (data.compare(needle, ANCHOR, needle.length, at + ANCHOR, at + needle.length) === 0)
            return at;
    }
    return -1;
}

// EXTERNAL MODULE: ./src/detect/plausible.ts
var plausible = __nccwpck_require__(8180);
;// CONCATENATED MODULE: ./src/detect/index.ts
/**
 * The detector: a pure function from bytes to matches, the same for every source. It is the hot path, so
 * the clean case is a few Buffer.indexOf passes and nothing else; everything after a prefilter hit is
 * bounded work at that offset, so any input scans in linear time.
 *
 *   plain.ts      `sk-ant-` keys written out (any text, any bytes around them)
 *   base64.ts     keys hidden in base64 / base64url, reported at the encoded text
 *   utf16.ts      UTF-16LE text
 *   plausible.ts  key-shaped but not random: placeholders, patterns, low entropy
 *   position.ts   lazy, incremental line and column
 *   allow.ts      same-line allow markers
 * The kinds themselves (prefixes, body shapes, descriptions) are rows of core/kinds.ts.
 */










/** How much of a buffer is looked at for a NUL byte (git's own binary heuristic looks at 8,000 bytes). */
const BINARY_SNIFF = 8192;
/** A detector with the given options; `detect` is the one with none. */
function createDetector(options = {}) {
    const markers = (options.markers ?? []).filter((m) => m.trim() !== '');
    return (data) => {
        // Binary content (a NUL in the first 8 KiB, as git decides) delimits strings by length, not by a separator:
        // there a fixed-length key is read out of a longer run of key characters (plain.ts, parseKeyAt).
        const glued = data.subarray(0, BINARY_SNIFF).indexOf(0) !== -1;
        const matches = detectText(data, markers, glued);
        const wide = utf16leText(data);
        if (wide)
            matches.push(...detectText(wide, markers, glued, 'utf16le'));
        return matches;
    };
}
/** Every Anthropic credential in `data`, in order of position. */
const detect = createDetector();
function detectText(data, markers, glued, textEncoding) {
    const plain = (0,detect_plain/* findPlain */.ME)(data, glued).map((f) => ({
        offset: f.start,
        rule: f.rule,
        key: data.toString('latin1', f.start, f.end),
        encoding: textEncoding,
    }));
    const encoded = findBase64(data, glued).map(({ offset, rule, key, encoding }) => ({ offset, rule, key, encoding }));
    if (plain.length === 0 && encoded.length === 0)
        return [];
    const all = encoded.length === 0 ? plain : [...plain, ...encoded].sort((a, b) => a.offset - b.offset);
    return locate(data, all, markers);
}
/** Lines, columns and allow markers, in one forward pass over the candidates (sorted by offset). */
function locate(data, candidates, markers) {
    const cursor = new LineCursor(data);
    let markerLine = -1;
    let marker;
    return candidates.map((c) => {
        const { line, column, lineStart } = cursor.at(c.offset);
        if (lineStart !== markerLine) {
            markerLine = lineStart;
            const end = data.indexOf(chars.LF, lineStart);
            marker = allowMarkerIn(data.toString('latin1', lineStart, end === -1 ? data.length : end), markers) ?? markerOnLineBefore(data, lineStart);
        }
        const match = { rule: c.rule, secret: new secret/* Secret */.zh(c.key), line, column };
        if (c.encoding)
            match.encoding = c.encoding;
        const variant = variantNear(data, c, lineStart);
        if (variant)
            match.variant = variant;
        if (marker)
            match.allowMarker = marker;
        return match;
    });
}
/** How far around a key its context is read: enough for a variable name or a URL, bounded on any line. */
const CONTEXT_BYTES = 256;
/** The variant the key's line (and the line before) names, for kinds whose prefix is shared (core/kinds.ts). */
function variantNear(data, c, lineStart) {
    const kind = (0,kinds/* kindOf */.I)(c.rule);
    if (!kind.contexts)
        return undefined;
    const from = Math.max(lineStart, c.offset - CONTEXT_BYTES);
    const limit = Math.min(data.length, c.offset + c.key.length + CONTEXT_BYTES);
    const lineEnd = data.subarray(0, limit).indexOf(chars.LF, c.offset);
    const line = data.toString('latin1', from, lineEnd === -1 ? limit : lineEnd);
    const before = lineStart > 0 ? data.toString('latin1', Math.max(0, lineStart - 1 - CONTEXT_BYTES), lineStart - 1) : '';
    return (0,kinds/* variantIn */.R4)(kind, line, before.slice(before.lastIndexOf('\n') + 1));
}
/**
 * The marker the line before `lineStart` sets for its next line. Each line is read at most once as a
 * "line before" (it comes before one line only), so this stays linear.
 */
function markerOnLineBefore(data, lineStart) {
    if (lineStart < 2)
        return undefined; // no line before, or an empty one
    const start = data.lastIndexOf(chars.LF, lineStart - 2) + 1;
    return nextLineMarkerIn(data.toString('latin1', start, lineStart - 1));
}

// EXTERNAL MODULE: ./src/findings/aggregate.ts
var aggregate = __nccwpck_require__(7545);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __nccwpck_require__(2483);
// EXTERNAL MODULE: ./src/core/size.ts
var size = __nccwpck_require__(3910);
;// CONCATENATED MODULE: ./src/core/config.ts
/**
 * The config file, `.anthropic-key-scan.yml` at the scanned root (or a path given explicitly):
 *
 *   exclude:
 *     paths: [ 'test/fixtures/**', '*.snap' ]      # globs, see glob.ts; locations there are suppressed
 *   allow:
 *     secrets: [ '<sha256 hex of a secret>' ]      # the `secretSha256` of a report's finding
 *     markers: [ 'nosecret' ]                      # extra same-line allow markers
 *   max-file-size: 50MB                            # bytes, or a number with K/KB/KiB, M/MB/MiB, G/GB/GiB (all binary);
 *                                                  # the flag's and input's name; `maxFileSize` is read too
 *
 * schemas/config.schema.json describes the same file for editors. Every mistake is a one-line UserError naming the file and the field. A value is never echoed back:
 * someone may have pasted a key where its hash belongs.
 */







const CONFIG_FILE = '.anthropic-key-scan.yml';
/** Also looked for, after CONFIG_FILE. */
const CONFIG_FILE_ALT = '.anthropic-key-scan.yaml';
const EMPTY_CONFIG = Object.freeze({ excludePaths: [], allowSecrets: [], markers: [] });
/**
 * Loads the config: `explicitPath` when given (it must exist), else CONFIG_FILE (or CONFIG_FILE_ALT) under
 * `root` if present, else the empty config.
 */
async function loadConfig(root, explicitPath) {
    if (explicitPath !== undefined) {
        const text = await readText(explicitPath);
        if (text === undefined)
            throw new core_errors/* UserError */.y(`config file not found: ${explicitPath}`);
        return parseConfig(text, explicitPath);
    }
    for (const name of [CONFIG_FILE, CONFIG_FILE_ALT]) {
        const file = (0,external_node_path_.join)(root, name);
        // Found in the scanned tree, not chosen by the user: a FIFO there would block the read forever, and a link
        // to a device never end it. (An explicit --config may be a pipe: --config <(git show main:config.yml).)
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (info && !info.isFile() && !info.isDirectory())
            throw new core_errors/* UserError */.y(`config file is not a regular file: ${file}`);
        const text = await readText(file);
        if (text !== undefined)
            return parseConfig(text, file);
    }
    return { ...EMPTY_CONFIG };
}
async function readText(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        // ENOTDIR: the scanned root is a single file, so there is no config file under it.
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        if (code === 'EISDIR')
            throw new core_errors/* UserError */.y(`config file is a directory: ${file}`);
        throw new core_errors/* UserError */.y(`cannot read config file ${file}: ${code ?? 'error'}`);
    }
}
const TOP_KEYS = ['exclude', 'allow', 'max-file-size', 'maxFileSize'];
const EXCLUDE_KEYS = ['paths'];
const ALLOW_KEYS = ['secrets', 'markers'];
/** Parses and validates the config text; `file` names it in errors. */
function parseConfig(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new core_errors/* UserError */.y(`${file}: invalid YAML: ${firstLine(doc.errors[0].message)}`);
    }
    const data = doc.toJS({ maxAliasCount: 100 });
    const config = { file, excludePaths: [], allowSecrets: [], markers: [] };
    if (data === null || data === undefined)
        return config;
    const top = mapping(data, file, '(top level)');
    checkKeys(top, TOP_KEYS, file, '');
    if (top.exclude !== undefined && top.exclude !== null) {
        const exclude = mapping(top.exclude, file, 'exclude');
        checkKeys(exclude, EXCLUDE_KEYS, file, 'exclude.');
        config.excludePaths = strings(exclude.paths, file, 'exclude.paths');
    }
    if (top.allow !== undefined && top.allow !== null) {
        const allow = mapping(top.allow, file, 'allow');
        checkKeys(allow, ALLOW_KEYS, file, 'allow.');
        const secrets = strings(allow.secrets, file, 'allow.secrets');
        secrets.forEach((s, i) => {
            if (!names/* SHA256_HEX */.Y5.test(s.trim())) {
                throw new core_errors/* UserError */.y(`${file}: allow.secrets[${i}] must be a 64-character SHA-256 hex digest (a report's secretSha256), not the secret itself`);
            }
        });
        config.allowSecrets = secrets.map((s) => s.trim().toLowerCase());
        config.markers = strings(allow.markers, file, 'allow.markers');
    }
    // One name with the flag and the input; the older spelling stays an alias.
    const sizeKey = top['max-file-size'] !== undefined && top['max-file-size'] !== null ? 'max-file-size' : 'maxFileSize';
    if (top[sizeKey] !== undefined && top[sizeKey] !== null) {
        if (sizeKey === 'max-file-size' && top.maxFileSize !== undefined && top.maxFileSize !== null) {
            throw new core_errors/* UserError */.y(`${file}: max-file-size and maxFileSize are one setting: give one of them`);
        }
        config.maxFileSize = (0,size/* parseSize */.D)(top[sizeKey], `${file}: ${sizeKey}`);
    }
    return config;
}
function mapping(value, file, field) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new core_errors/* UserError */.y(`${file}: ${field} must be a mapping`);
    }
    return value;
}
function checkKeys(map, known, file, prefix) {
    for (const key of Object.keys(map)) {
        if (!known.includes(key)) {
            throw new core_errors/* UserError */.y(`${file}: unknown key "${prefix}${safeName(key)}" (expected ${known.map((k) => prefix + k).join(', ')})`);
        }
    }
}
function strings(value, file, field) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new core_errors/* UserError */.y(`${file}: ${field} must be a list of strings`);
    value.forEach((item, i) => {
        if (typeof item !== 'string' || item.trim() === '')
            throw new core_errors/* UserError */.y(`${file}: ${field}[${i}] must be a non-empty string`);
    });
    return value;
}
/** A key as the user wrote it, unless it could be a pasted secret. */
function safeName(key) {
    return key.length > 40 || /sk-ant-/i.test(key) ? (0,secret/* redact */.E$)(key) : key;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/:\s*$/, '');
}

;// CONCATENATED MODULE: ./src/core/paths.ts
/** Where a path lies relative to a folder: the one definition of "inside" (both absolute, symlinks resolved). */

/** `path` relative to `dir` with `/` separators ('' for `dir` itself), or undefined when it lies outside. */
function relativeInside(dir, path) {
    const rel = (0,external_node_path_.relative)(dir, path);
    if (rel === '')
        return '';
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return rel.split(external_node_path_.sep).join('/');
}
function isInside(dir, path) {
    return relativeInside(dir, path) !== undefined;
}

// EXTERNAL MODULE: ./src/sources/git/run.ts + 2 modules
var run = __nccwpck_require__(4654);
;// CONCATENATED MODULE: ./src/sources/git/diff.ts
/**
 * A pull request's diff as GitHub shows it (merge-base of base and head, to head): for each new path, the lines
 * a review comment may sit on. Computed before the scan and handed to the reporters, which run no git.
 */

/**
 * Every file as text (`--text`: a `.gitattributes` marking files `-diff` or `binary` must not hide their added
 * lines), fixed prefixes and paths from the repository's root whatever the config says (`diff.noprefix`,
 * `diff.mnemonicPrefix`, `diff.relative`), and hunks never merged across unchanged lines (`diff.interHunkContext`:
 * those lines are not added). External diffs and textconv are off for every diff (hardening.ts).
 */
const DIFF_ARGS = (/* unused pure expression or super */ null && (['--no-color', '--text', '--no-relative', '--src-prefix=a/', '--dst-prefix=b/', '--find-renames', '-U0', '--inter-hunk-context=0']));
/** Unquote a path as git prints it in a diff header when it holds unusual bytes ("b/t\303\244st"). */
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    const bytes = [];
    const body = path.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = body[++i];
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push({ n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11 }[next] ?? next.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** The added lines of a unified diff (`-U0`), per new path. */
function parseDiffLines(diff) {
    const lines = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            // git ends the name with a tab when it holds a space; a name with a real tab is quoted instead.
            const target = line.slice(4).replace(/\t$/, '');
            if (target === '/dev/null') {
                current = undefined;
                continue;
            }
            const path = unquote(target).replace(/^b\//, '');
            current = lines.get(path) ?? new Set();
            lines.set(path, current);
            continue;
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk && current) {
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            for (let n = start; n < start + count; n++)
                current.add(n);
        }
    }
    return lines;
}
/** The pull request's diff as GitHub shows it (merge-base of base and head, to head), added lines only. */
async function pullDiffLines(at, base, head) {
    const diff = await gitText(at, ['diff', ...DIFF_ARGS, '--end-of-options', `${base}...${head}`, '--']);
    return parseDiffLines(diff);
}
/** The paths among `paths` (from the repository's root) that differ between `base` and `head`. */
async function changedPaths(at, base, head, paths) {
    if (paths.length === 0)
        return [];
    const { stdout } = await (0,run/* git */.$Y)(at, ['--literal-pathspecs', 'diff', '--no-relative', '--name-only', '-z', base, head, '--', ...paths]);
    return stdout.toString('utf8').split('\0').filter(Boolean);
}

;// CONCATENATED MODULE: ./src/sources/git/tree.ts
/** Reading trees and files at a commit: `ls-tree` entries and one file's content, paths kept as bytes. */

/** Parse `git ls-tree -z` output: `MODE TYPE OID\tPATH\0` records. */
function parseLsTree(output) {
    const entries = [];
    let start = 0;
    while (start < output.length) {
        let end = output.indexOf(0, start);
        if (end === -1)
            end = output.length;
        const tab = output.indexOf(0x09, start);
        if (tab !== -1 && tab < end) {
            const [mode, type, oid] = output.toString('latin1', start, tab).split(' ');
            if (mode && type && oid)
                entries.push({ mode, type, oid, path: Buffer.from(output.subarray(tab + 1, end)) });
        }
        start = end + 1;
    }
    return entries;
}
/** Every entry of a tree (or a commit's tree), recursively; `paths` limits it to those literal paths. */
async function lsTree(at, treeish, paths = []) {
    const args = ['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', '--end-of-options', treeish];
    const { stdout } = await (0,run/* git */.$Y)(at, paths.length ? [...args, '--', ...paths] : args);
    return parseLsTree(stdout);
}
/**
 * The content of the file at `path` (from the repository's root, `/`-separated) in `commit`, or undefined when
 * the commit has no regular file there. E.g. a config file as the base side of a pull request holds it.
 */
async function readBlobAt(at, commit, path) {
    const entry = (await lsTree(at, commit, [path])).find((e) => e.type === 'blob' && e.mode.startsWith('100') && e.path.toString('utf8') === path);
    if (!entry)
        return undefined;
    return (await (0,run/* git */.$Y)(at, ['cat-file', 'blob', entry.oid])).stdout;
}

// EXTERNAL MODULE: ./src/core/json.ts
var json = __nccwpck_require__(6153);
;// CONCATENATED MODULE: ./src/findings/baseline.ts
/**
 * Baselines: a JSON report (`--format json`, version 1) from an earlier scan. Every secret it lists, in
 * `findings` or in `suppressed`, is suppressed in later scans with `suppressedBy: 'baseline'`. There is no
 * separate baseline format or writer: `anthropic-key-scan --format json --output .anthropic-key-scan-baseline.json`
 * writes one (and, since reports never hold a secret, it can be committed).
 */



/** The secrets (SHA-256 hex, lower case) of the baseline report at `file`. */
async function loadBaseline(file) {
    const data = await (0,json/* readJsonOrFail */.wW)(file, 'baseline file', 'not a JSON report (not valid JSON); write a baseline with --format json');
    return baselineFromReport(data, file);
}
/** The secrets of a baseline report's text (a baseline read from a commit). `file` names it in errors. */
function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new core_errors/* UserError */.y(`${file}: not a JSON report (not valid JSON); write a baseline with --format json`);
    }
    return baselineFromReport(data, file);
}
/** The secrets listed by a parsed report. `file` names it in errors. */
function baselineFromReport(data, file) {
    if (!(0,json/* isObject */.Gv)(data)) {
        throw new core_errors/* UserError */.y(`${file}: not a JSON report (expected an object); write a baseline with --format json`);
    }
    const report = data;
    if (Array.isArray(report.runs) && typeof report.version === 'string') {
        throw new core_errors/* UserError */.y(`${file}: a SARIF file, not a JSON report; write a baseline with --format json or --write-baseline`);
    }
    if (report.version !== 1) {
        throw new core_errors/* UserError */.y(`${file}: unsupported report version ${JSON.stringify(report.version ?? null)} (expected 1)`);
    }
    const out = new Set();
    for (const field of ['findings', 'suppressed']) {
        const list = report[field];
        if (list === undefined && field === 'suppressed')
            continue;
        if (!Array.isArray(list))
            throw new core_errors/* UserError */.y(`${file}: "${field}" must be a list`);
        list.forEach((finding, i) => {
            const sha = finding?.secretSha256;
            if (typeof sha !== 'string' || !names/* SHA256_HEX */.Y5.test(sha)) {
                throw new core_errors/* UserError */.y(`${file}: ${field}[${i}].secretSha256 must be a 64-character SHA-256 hex digest`);
            }
            out.add(sha.toLowerCase());
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/findings/load-rules.ts
/**
 * The rules a scan is judged by: the config file (exclusions, allowed secrets, extra allow markers, the size
 * limit) and the baseline. For files and staged scans they are read from disk. For a range scan (a pull
 * request, a push) they are read from the base commit, never from the working tree: the head is what is being
 * checked, and a pull request that adds `exclude.paths: ['**']` or a baseline listing its own key must not
 * silence its own check. A range that changes one of them gets a note naming it (its new version applies once
 * merged). A config or baseline outside the repository (the workflow's own file) is read from disk.
 */







async function loadRules(plan, git = {}) {
    const { scope } = plan;
    if (scope.kind !== 'range') {
        return {
            config: await loadConfig(scope.root, plan.configPath),
            ...(plan.baselinePath ? { baseline: await loadBaseline(plan.baselinePath) } : {}),
            notes: [],
        };
    }
    const { root, base, head } = scope;
    const repo = (0,run/* repoAt */.Qz)(root, git);
    const at = `the base commit ${base.slice(0, 12)}`;
    const read = async (path) => {
        try {
            return (await readBlobAt(repo, base, path))?.toString('utf8');
        }
        catch (error) {
            throw new core_errors/* UserError */.y(`cannot read ${path} at ${at}: ${(0,core_errors/* describeError */.U)(error)}`);
        }
    };
    const watched = [];
    let config = { ...EMPTY_CONFIG };
    const configInRepo = plan.configPath === undefined ? undefined : relativeInside(root, plan.configPath) || undefined;
    if (plan.configPath !== undefined && configInRepo === undefined) {
        config = await loadConfig(root, plan.configPath);
    }
    else if (configInRepo !== undefined) {
        watched.push(configInRepo);
        const text = await read(configInRepo);
        // Named explicitly but new in this range: the base has no rules yet, and the range's own do not count.
        if (text !== undefined)
            config = parseConfig(text, `${configInRepo} (at ${at})`);
    }
    else {
        for (const name of [CONFIG_FILE, CONFIG_FILE_ALT]) {
            watched.push(name);
            const text = await read(name);
            if (text !== undefined) {
                config = parseConfig(text, `${name} (at ${at})`);
                break;
            }
        }
    }
    let baseline;
    if (plan.baselinePath !== undefined) {
        const baselineInRepo = relativeInside(root, plan.baselinePath) || undefined;
        if (baselineInRepo === undefined)
            baseline = await loadBaseline(plan.baselinePath);
        else {
            watched.push(baselineInRepo);
            const text = await read(baselineInRepo);
            baseline = text === undefined ? new Set() : parseBaseline(text, `${baselineInRepo} (at ${at})`);
        }
    }
    const notes = [];
    const changed = await changedPaths(repo, base, head, watched).catch(() => []);
    for (const path of changed) {
        notes.push({
            reason: 'rules-changed',
            path,
            message: `this range changes ${path}: the scan used its version at ${at}; the change takes effect once merged`,
        });
    }
    return { config, ...(baseline ? { baseline } : {}), notes };
}

;// CONCATENATED MODULE: ./src/findings/live-suppressed.ts
/** One finding per distinct suppressed secret that is not reported anyway: what must still be verified. */
function suppressedToCheck(findings, suppressed) {
    const reported = new Set(findings.map((f) => f.secret.sha256));
    const out = new Map();
    for (const f of suppressed) {
        const sha = f.secret.sha256;
        if (!reported.has(sha) && !out.has(sha))
            out.set(sha, { rule: f.rule, secret: f.secret, status: 'unchecked', locations: [...f.locations] });
    }
    return [...out.values()];
}
/**
 * Copy each checked status onto the suppressed entries, and move the live ones into the findings: one finding
 * per secret, every suppressed location, the reasons joined in `suppressionOverridden`.
 */
function reportLiveSuppressed(findings, suppressed, checked) {
    const status = new Map();
    for (const f of [...findings, ...checked])
        status.set(f.secret.sha256, f);
    const stillSuppressed = [];
    const surfaced = new Map();
    for (const entry of suppressed) {
        const sha = entry.secret.sha256;
        const result = status.get(sha);
        const withStatus = { ...entry };
        if (result)
            copyVerdict(result, withStatus);
        const isChecked = checked.some((c) => c.secret.sha256 === sha);
        if (withStatus.status !== 'live' || !isChecked) {
            stillSuppressed.push(withStatus);
            continue;
        }
        const reason = entry.suppressedBy ?? 'suppressed';
        const existing = surfaced.get(sha);
        if (existing) {
            existing.locations.push(...entry.locations);
            existing.suppressionOverridden = `${existing.suppressionOverridden}, ${reason}`;
        }
        else {
            const { suppressedBy: _dropped, ...rest } = withStatus;
            surfaced.set(sha, { ...rest, locations: [...entry.locations], suppressionOverridden: reason });
        }
    }
    return { findings: [...findings, ...surfaced.values()], suppressed: stillSuppressed };
}
function copyVerdict(from, to) {
    to.status = from.status;
    if (from.statusDetail !== undefined)
        to.statusDetail = from.statusDetail;
    if (from.organizationId !== undefined)
        to.organizationId = from.organizationId;
    if (from.organizationName !== undefined)
        to.organizationName = from.organizationName;
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
;// CONCATENATED MODULE: ./src/findings/suppress.ts

function suppress(candidates, options = {}) {
    const allowed = new Set([...(options.allowSecrets ?? [])].map((s) => s.toLowerCase()));
    const baseline = new Set([...(options.baseline ?? [])].map((s) => s.toLowerCase()));
    const excluded = (0,glob/* compileGlobs */.t)(options.excludePaths ?? []);
    const findings = [];
    const suppressed = [];
    for (const candidate of candidates) {
        const sha = candidate.secret.sha256;
        const whole = allowed.has(sha) ? 'config:allow-secret' : baseline.has(sha) ? 'baseline' : undefined;
        if (whole) {
            suppressed.push(toFinding(candidate, candidate.sightings, whole));
            continue;
        }
        const byPath = [];
        const byMarker = [];
        const kept = [];
        for (const s of candidate.sightings) {
            if (s.location.path !== undefined && excluded(s.location.path))
                byPath.push(s);
            else if (s.allowMarker)
                byMarker.push(s);
            else
                kept.push(s);
        }
        if (kept.length > 0)
            findings.push(toFinding(candidate, kept));
        if (byPath.length > 0)
            suppressed.push(toFinding(candidate, byPath, 'config:exclude-path'));
        if (byMarker.length > 0)
            suppressed.push(toFinding(candidate, byMarker, 'allow-marker'));
    }
    return { findings, suppressed };
}
function toFinding(candidate, sightings, suppressedBy) {
    const finding = {
        rule: candidate.rule,
        secret: candidate.secret,
        status: 'unchecked',
        locations: sightings.map((s) => s.location),
    };
    if (candidate.variant)
        finding.variant = candidate.variant;
    if (suppressedBy)
        finding.suppressedBy = suppressedBy;
    return finding;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/core/archive-limits.ts
var archive_limits = __nccwpck_require__(6430);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/sources/containers/format.ts
/**
 * What a container format is to the scan: a content test (magic bytes, never the file name alone) and its
 * members, each read on demand within a size allowance. A new format is one module implementing this and
 * one entry in `index.ts`.
 */

/** A member would decompress to more than its allowance. */
class TooLarge extends Error {
    name = 'TooLarge';
}
/** A member name for a compressed stream when its container's name is not known yet (history reads blobs before it knows their paths); `locate` replaces it. */
const UNNAMED_STREAM = '\u0000stream';
/** `app.log.gz` -> `app.log`, `pkg.tgz` -> `pkg.tar`: what gunzip would call the file (it ignores the stored name by default). */
function decompressedName(name) {
    const base = name.slice(name.lastIndexOf('/') + 1);
    const lower = base.toLowerCase();
    if (lower.endsWith('.tgz') || lower.endsWith('.taz'))
        return `${base.slice(0, -4)}.tar`;
    if (lower.endsWith('.svgz'))
        return base.slice(0, -1);
    for (const suffix of ['.gz', '.gzip', '-gz', '.z', '_z']) {
        if (lower.endsWith(suffix) && lower.length > suffix.length)
            return base.slice(0, -suffix.length);
    }
    return base;
}
/**
 * `data` decompressed by one of zlib's sync functions, at most `limit` bytes of it: past that, `TooLarge` (zlib
 * stops at `maxOutputLength` itself, so a bomb never gets further). A sync flush at the end returns what a
 * truncated stream holds instead of failing on it.
 */
function decompressWithin(decompress, data, limit) {
    try {
        return decompress(data, { maxOutputLength: Math.max(1, limit), finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH });
    }
    catch (error) {
        throw error?.code === 'ERR_BUFFER_TOO_LARGE' ? new TooLarge(`over ${limit} bytes`) : error;
    }
}

;// CONCATENATED MODULE: ./src/sources/git/objects.ts
/** Reading commit and tag objects: where the message starts, who wrote it and when. */
const BLANK_LINE = Buffer.from('\n\n');
/** Seconds since the epoch to ISO 8601 UTC without milliseconds. */
function isoFromEpoch(seconds) {
    if (!Number.isFinite(seconds))
        return undefined;
    const date = new Date(seconds * 1000);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}
/** `Name <email> 1704067200 +0000` -> person and date. */
function parseSignature(value) {
    const match = /^(.*>)\s+(-?\d+)\s+[-+]\d{4}\s*$/.exec(value);
    if (!match)
        return { person: value.trim() };
    return { person: match[1].trim(), date: isoFromEpoch(Number(match[2])) };
}
/** Split an object into header lines and message (after the first blank line). */
function splitObject(content) {
    const blank = content.indexOf(BLANK_LINE);
    const headerEnd = blank === -1 ? content.length : blank;
    const headers = new Map();
    for (const line of content.toString('utf8', 0, headerEnd).split('\n')) {
        if (line.startsWith(' '))
            continue; // continuation of a multi-line header (gpgsig, mergetag)
        const space = line.indexOf(' ');
        if (space > 0 && !headers.has(line.slice(0, space)))
            headers.set(line.slice(0, space), line.slice(space + 1));
    }
    return { headers, message: blank === -1 ? Buffer.alloc(0) : content.subarray(blank + 2) };
}
/** Just the message of a commit or tag object (the hot path of a history scan: no header parsing). */
function messageOf(content) {
    const blank = content.indexOf(BLANK_LINE);
    return blank === -1 ? Buffer.alloc(0) : content.subarray(blank + 2);
}
function parseTag(content) {
    const { headers, message } = splitObject(content);
    const tagger = headers.get('tagger');
    return {
        object: headers.get('object'),
        type: headers.get('type'),
        name: headers.get('tag'),
        tagger: tagger === undefined ? undefined : parseSignature(tagger),
        message,
    };
}

;// CONCATENATED MODULE: ./src/sources/containers/gzip.ts
/** gzip (`.gz`, `.tgz`, ...; concatenated members too), inflated by node's zlib with a hard output cap. */


const gzip = {
    name: 'gzip',
    stream: true,
    // ID1 ID2 and CM = 8 (deflate), the only method gzip defines; reserved flag bits clear.
    sniff: (data) => data.length >= 18 && data[0] === 0x1f && data[1] === 0x8b && data[2] === 0x08 && (data[3] & 0xe0) === 0,
    *members(data, ownName) {
        yield {
            name: ownName === undefined ? UNNAMED_STREAM : decompressedName(ownName),
            compressedSize: data.length,
            read: (limit) => decompressWithin(external_node_zlib_.gunzipSync, data, limit),
        };
    },
};

;// CONCATENATED MODULE: ./src/sources/containers/pdf.ts
/**
 * PDF: the Flate-compressed streams (page content, object streams, embedded files) are inflated and scanned,
 * each as a member named after its object (`obj 12`); the rest of the file is plain bytes, scanned as they are.
 * Text drawn with a font's own encoding may still not read as the key: this finds what a PDF stores as text.
 */


const MAGIC = Buffer.from('%PDF-');
const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');
/** How far back from `stream` its dictionary (and the `N G obj` before it) is looked for. */
const DICTIONARY_WINDOW = 1024;
/** `stream` keywords looked at, at most: a file made of millions of them must not cost millions of windows. */
const MAX_KEYWORDS = 100_000;
const pdf = {
    name: 'pdf',
    // At the start, where every PDF writer puts it (readers tolerate junk before it; a sniff on every blob should not search for it).
    sniff: (data) => data.length > 64 && data[0] === 0x25 && data.subarray(0, MAGIC.length).equals(MAGIC),
    members: (data) => streams(data),
};
function* streams(data) {
    let count = 0;
    let keywords = 0;
    for (let at = data.indexOf(STREAM); at !== -1; at = data.indexOf(STREAM, at + STREAM.length)) {
        if (++keywords > MAX_KEYWORDS)
            throw new Error(`more than ${MAX_KEYWORDS} stream keywords`);
        // `endstream` holds `stream` too; a keyword is preceded by the dictionary's `>>` (and blanks).
        if (at >= 3 && data.toString('latin1', at - 3, at) === 'end')
            continue;
        let back = at - 1;
        while (back > 0 && (data[back] === 0x20 || data[back] === 0x0a || data[back] === 0x0d || data[back] === 0x09))
            back--;
        if (back < 1 || data[back] !== 0x3e || data[back - 1] !== 0x3e)
            continue; // not after a dictionary's `>>`
        const before = data.toString('latin1', Math.max(0, at - DICTIONARY_WINDOW), at);
        const open = before.lastIndexOf(' obj');
        const dictionary = before.slice(open === -1 ? 0 : open);
        if (!/\/FlateDecode\b/.test(dictionary) && !/\/Fl\b/.test(dictionary))
            continue;
        let start = at + STREAM.length;
        if (data[start] === 0x0d)
            start++;
        if (data[start] === 0x0a)
            start++;
        const end = data.indexOf(END, start);
        const body = data.subarray(start, end === -1 ? data.length : end);
        const object = /(\d+)\s+(\d+)\s+obj\s*$/.exec(before.slice(0, open === -1 ? 0 : open + 4));
        count++;
        yield {
            name: object ? `obj ${object[1]}` : `stream ${count}`,
            compressedSize: body.length,
            read: (limit) => decompressWithin(external_node_zlib_.inflateSync, body, limit),
        };
        if (end === -1)
            return;
        at = end + END.length - STREAM.length;
    }
}

;// CONCATENATED MODULE: ./src/sources/containers/tar.ts

const BLOCK = 512;
const tar = {
    name: 'tar',
    sniff: (data) => data.length >= BLOCK && (hasUstarMagic(data) || validChecksum(data, 0)),
    members: (data) => entries(data),
};
function hasUstarMagic(data) {
    return data[257] === 0x75 && data.toString('latin1', 257, 262) === 'ustar';
}
/** A header block whose checksum (the sum of its bytes, the checksum field counted as spaces) is right; v7 tars have no magic. */
function validChecksum(data, at) {
    const first = data[at + 148];
    if (first !== 0x20 && (first < 0x30 || first > 0x37))
        return false; // cheap test first: this runs on every file
    const field = data.toString('latin1', at + 148, at + 156);
    if (!/^[0-7 ]*[0-7]+[ \0]*$/.test(field))
        return false;
    let sum = 0;
    for (let i = at; i < at + BLOCK; i++)
        sum += i >= at + 148 && i < at + 156 ? 0x20 : data[i];
    return sum === parseInt(field.trim(), 8) && data[at] !== 0;
}
function cString(data, start, length) {
    const end = data.indexOf(0, start);
    return data.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}
/** An octal number field, or GNU's base-256 form (high bit set) for sizes over 8 GiB. */
function number(data, start, length) {
    if (data[start] & 0x80) {
        let value = 0;
        for (let i = start + 1; i < start + length; i++)
            value = value * 256 + data[i];
        return value;
    }
    const text = data.toString('latin1', start, start + length).replace(/[\0 ]+$/, '').trim();
    if (!/^[0-7]*$/.test(text))
        throw new Error('bad number field in a tar header');
    return text ? parseInt(text, 8) : 0;
}
/** pax extended header records `LEN key=value\n`: only `path` matters here. */
function paxPath(body) {
    let at = 0;
    let path;
    while (at < body.length) {
        const space = body.indexOf(0x20, at);
        if (space === -1)
            break;
        const length = Number(body.toString('latin1', at, space));
        if (!Number.isInteger(length) || length <= 0 || at + length > body.length)
            break;
        const record = body.toString('utf8', space + 1, at + length - 1);
        if (record.startsWith('path='))
            path = record.slice(5);
        at += length;
    }
    return path;
}
function* entries(data) {
    let at = 0;
    let longName;
    while (at + BLOCK <= data.length) {
        if (data[at] === 0 && data.subarray(at, at + BLOCK).every((b) => b === 0))
            return; // end of archive
        if (!validChecksum(data, at))
            throw new Error(`bad tar header at byte ${at}`);
        const size = number(data, at + 124, 12);
        const type = String.fromCharCode(data[at + 156] || 0x30);
        const start = at + BLOCK;
        const end = start + size;
        at = start + Math.ceil(size / BLOCK) * BLOCK;
        const body = data.subarray(start, Math.min(end, data.length));
        if (type === 'L') {
            longName = cString(body, 0, body.length);
            continue;
        }
        if (type === 'x') {
            longName = paxPath(body) ?? longName;
            continue;
        }
        if (type === 'g' || type === 'K')
            continue; // global pax header, GNU long link name
        const prefix = hasUstarMagic(data.subarray(start - BLOCK)) ? cString(data, start - BLOCK + 345, 155) : '';
        const stored = longName ?? (prefix ? `${prefix}/${cString(data, start - BLOCK, 100)}` : cString(data, start - BLOCK, 100));
        // `tar -C dir .` writes `./etc/x`: the member is `etc/x`.
        const name = stored.replace(/^(?:\.\/)+/, '');
        longName = undefined;
        // Regular files only ('0', NUL and '7' contiguous); links, devices and folders hold no bytes of their own.
        if (type !== '0' && type !== '7')
            continue;
        yield {
            name,
            compressedSize: size,
            declaredSize: body.length,
            stored: true,
            read(limit) {
                if (body.length > limit)
                    throw new TooLarge(`over ${limit} bytes`);
                return body;
            },
        };
        // A truncated archive: what it holds of its last member was scanned above; the rest is not there.
        if (end > data.length)
            throw new Error(`truncated: it ends inside ${name}`);
    }
    // No end-of-archive blocks: cut short (a tar writer always ends with them).
    throw new Error('truncated: no end-of-archive marker');
}

;// CONCATENATED MODULE: ./src/sources/containers/zip.ts
/**
 * The zip family: zip, jar, war, ear, whl, nupkg, apk, docx/xlsx/pptx, odt/ods/odp, xpi, ... (all zips by
 * content). Read from the central directory (the archive's own index); when there is none (a truncated
 * download), by walking the local headers from the start. Stored members are slices; deflated ones are inflated
 * by node's zlib with a hard output cap. Encrypted members and other compression methods are reported unreadable,
 * one by one, so the rest of the archive is still scanned.
 */


const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const zip_END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const MAX_COMMENT = 0xffff;
const METHODS = { 1: 'shrink', 6: 'implode', 9: 'deflate64', 12: 'bzip2', 14: 'lzma', 93: 'zstd', 95: 'xz', 98: 'ppmd', 99: 'AES encryption' };
const zip = {
    name: 'zip',
    // A local header first (or the end record of an empty zip); or a script in front of one (Spring Boot's
    // "fully executable" jars, self-extracting shell archives): `#!`, then an end record at the end.
    sniff: (data) => data.length >= 22 &&
        ((data[0] === 0x50 && data[1] === 0x4b && (data.readUInt32LE(0) === LOCAL || data.readUInt32LE(0) === zip_END)) ||
            (data[0] === 0x23 && data[1] === 0x21 && findEnd(data) !== undefined)),
    members: (data) => {
        const end = findEnd(data);
        return end === undefined ? walkLocal(data) : walkCentral(data, end);
    },
};
/** The end-of-central-directory signature as bytes, for a native search. */
const END_BYTES = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/**
 * The last end-of-central-directory record within the 64 KiB comment window. A native `lastIndexOf` over a view:
 * this runs on every blob that starts with `#!` (a launch script before a jar), and git histories hold many
 * shell scripts.
 */
function findEnd(data) {
    if (data.length < 22)
        return undefined;
    const stop = Math.max(0, data.length - 22 - MAX_COMMENT);
    const at = data.subarray(stop, data.length - 18).lastIndexOf(END_BYTES);
    return at === -1 ? undefined : stop + at;
}
function* walkCentral(data, end) {
    let count = data.readUInt16LE(end + 10);
    let size = data.readUInt32LE(end + 12);
    let offset = data.readUInt32LE(end + 16);
    const locator = end - 20;
    if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && locator >= 0 && data.readUInt32LE(locator) === END64_LOCATOR) {
        const record = Number(data.readBigUInt64LE(locator + 8));
        if (record + 56 <= data.length && data.readUInt32LE(record) === END64) {
            count = Number(data.readBigUInt64LE(record + 32));
            size = Number(data.readBigUInt64LE(record + 40));
            offset = Number(data.readBigUInt64LE(record + 48));
        }
    }
    // Data in front of the archive (a self-extracting stub, a script before a jar) shifts every offset.
    const shift = Math.max(0, end - size - offset);
    let at = offset + shift;
    for (let i = 0; i < count; i++) {
        if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL)
            throw new Error(`bad central directory entry ${i + 1} of ${count}`);
        const nameLength = data.readUInt16LE(at + 28);
        const extraLength = data.readUInt16LE(at + 30);
        const commentLength = data.readUInt16LE(at + 32);
        const raw = {
            name: data.toString('utf8', at + 46, at + 46 + nameLength),
            flags: data.readUInt16LE(at + 8),
            method: data.readUInt16LE(at + 10),
            compressedSize: data.readUInt32LE(at + 20),
            size: data.readUInt32LE(at + 24),
            at: data.readUInt32LE(at + 42),
            dataKnown: false,
        };
        zip64Sizes(raw, data.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
        raw.at += shift;
        at += 46 + nameLength + extraLength + commentLength;
        if (!raw.name.endsWith('/'))
            yield entry(data, raw);
    }
}
/** The zip64 extra field holds, in this order, whichever of size, compressed size and offset are 0xFFFFFFFF. */
function zip64Sizes(raw, extra) {
    for (let at = 0; at + 4 <= extra.length;) {
        const id = extra.readUInt16LE(at);
        const length = extra.readUInt16LE(at + 2);
        if (id === 0x0001) {
            let field = at + 4;
            const next = () => (field + 8 <= at + 4 + length && field + 8 <= extra.length ? Number(extra.readBigUInt64LE((field += 8) - 8)) : undefined);
            if (raw.size === 0xffffffff)
                raw.size = next() ?? raw.size;
            if (raw.compressedSize === 0xffffffff)
                raw.compressedSize = next() ?? raw.compressedSize;
            if (raw.at === 0xffffffff)
                raw.at = next() ?? raw.at;
            return;
        }
        at += 4 + length;
    }
}
/** No central directory: the local headers one after another, while their sizes are known. */
function* walkLocal(data) {
    let at = 0;
    while (at + 30 <= data.length && data.readUInt32LE(at) === LOCAL) {
        const flags = data.readUInt16LE(at + 6);
        const nameLength = data.readUInt16LE(at + 26);
        const extraLength = data.readUInt16LE(at + 28);
        const raw = {
            name: data.toString('utf8', at + 30, at + 30 + nameLength),
            flags,
            method: data.readUInt16LE(at + 8),
            compressedSize: data.readUInt32LE(at + 18),
            size: data.readUInt32LE(at + 22),
            at: at + 30 + nameLength + extraLength,
            dataKnown: true,
        };
        zip64Sizes(raw, data.subarray(at + 30 + nameLength, raw.at));
        // Sizes written after the data (bit 3) are unknown here: the walk cannot go past this member.
        const sizesLater = (flags & 0x08) !== 0;
        if (sizesLater)
            raw.compressedSize = Math.max(0, data.length - raw.at);
        if (!raw.name.endsWith('/'))
            yield entry(data, raw);
        if (sizesLater)
            break;
        at = raw.at + raw.compressedSize;
    }
    throw new Error('no central directory (truncated?): members after the last readable one are missing');
}
function entry(data, raw) {
    const base = { name: raw.name, compressedSize: raw.compressedSize, declaredSize: raw.size };
    if (raw.flags & 0x01 || raw.method === 99)
        return { ...base, unreadable: { reason: 'archive-encrypted', why: 'encrypted' }, read: unread };
    if (raw.method !== 0 && raw.method !== 8) {
        return { ...base, unreadable: { reason: 'archive-unsupported', why: `compressed with ${METHODS[raw.method] ?? `method ${raw.method}`}, which is not supported` }, read: unread };
    }
    return {
        ...base,
        stored: raw.method === 0,
        read(limit) {
            const start = raw.dataKnown ? raw.at : dataStart(data, raw.at);
            const body = data.subarray(start, start + raw.compressedSize);
            if (raw.method === 0) {
                if (body.length > limit)
                    throw new TooLarge(`over ${limit} bytes`);
                return body;
            }
            return decompressWithin(external_node_zlib_.inflateRawSync, body, limit);
        },
    };
}
function dataStart(data, header) {
    if (header + 30 > data.length || data.readUInt32LE(header) !== LOCAL)
        throw new Error('bad local header');
    return header + 30 + data.readUInt16LE(header + 26) + data.readUInt16LE(header + 28);
}
function unread() {
    throw new Error('unreadable member');
}

;// CONCATENATED MODULE: ./src/sources/containers/index.ts




const FORMATS = [zip, gzip, tar, pdf];
/** The format `data` is in, by its content; undefined for anything else (text, binaries: scanned as they are). */
function formatOf(data) {
    for (const format of FORMATS)
        if (format.sniff(data))
            return format;
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/containers/unpack.ts
/**
 * Looking inside containers: the detector runs on a file's own bytes and on every member of every archive in
 * it, nested up to the depth limit, within the limits on decompressed bytes (per file and per run), ratio and
 * member count. Each limit hit, each unreadable member and each corrupt archive is a problem reported to the
 * caller (which names the file); nothing here throws for bad input, and what one member held is kept whatever
 * happens to the next.
 */





/** How many notes of one reason a file gets before the rest are only counted (a 100k-member encrypted zip is one line, not 100k). */
const NOTES_PER_REASON = 3;
/** Every match in `data` and, when it is a container, in its members; matches inside members carry `member`. */
function scanWithMembers(data, ctx, report) {
    // The clean case (no container: nearly every file and blob) costs the sniffs and nothing else.
    if (ctx.limits.maxDepth === 0 || formatOf(data) === undefined)
        return ctx.detect(data, report, undefined);
    const file = { left: ctx.limits.maxBytes, noted: new Map() };
    const problem = (reason, detail, member) => {
        const seen = (file.noted.get(reason) ?? 0) + 1;
        file.noted.set(reason, seen);
        if (seen <= NOTES_PER_REASON)
            report(reason, detail, member);
    };
    const matches = scanIn(data, undefined, undefined, 0, file, { ...ctx, problem });
    for (const [reason, seen] of file.noted) {
        if (seen > NOTES_PER_REASON)
            report(reason, `${seen - NOTES_PER_REASON} more member(s) not scanned for the same reason (${reason})`);
    }
    return matches;
}
function join(prefix, name) {
    return prefix === undefined ? name : `${prefix}!${name}`;
}
function tag(matches, member) {
    if (member === undefined)
        return matches;
    return matches.map((match) => ({ ...match, member }));
}
/**
 * `path`: where `data` is (undefined for the file itself); `prefix`: what its members' paths start with (its own
 * path, except for a compressed stream's content, whose members take the stream's place).
 */
function scanIn(data, path, prefix, depth, file, ctx) {
    const format = formatOf(data);
    if (!format)
        return tag(ctx.detect(data, ctx.problem, path), path);
    const { limits } = ctx;
    if (depth >= limits.maxDepth) {
        ctx.problem('archive-limit', `${format.name} archive nested more than ${limits.maxDepth} deep (--max-archive-depth): not opened, its bytes scanned as they are`, path);
        return tag(ctx.detect(data, ctx.problem, path), path);
    }
    if (ctx.run.left <= 0)
        return tag(ctx.detect(data, ctx.problem, path), path);
    ctx.count('archivesScanned');
    const inner = [];
    let members = 0;
    try {
        const ownName = path === undefined ? undefined : path.slice(path.lastIndexOf('!') + 1);
        for (const entry of format.members(data, ownName)) {
            if (++members > limits.maxMembers) {
                ctx.problem('archive-limit', `${format.name} archive has more than ${limits.maxMembers} members (--max-archive-members): the rest were not scanned`, path);
                break;
            }
            const name = join(prefix, entry.name);
            const bytes = readMember(entry, name, file, ctx);
            if (bytes)
                inner.push(...scanIn(bytes, name, format.stream ? prefix : name, depth + 1, file, ctx));
        }
    }
    catch (error) {
        ctx.problem('archive-corrupt', `${format.name} archive cannot be read (${(0,core_errors/* describeError */.U)(error)}); the members before that were scanned`, path);
    }
    // Its own bytes too: a key outside every member (an archive comment, the readable part of a corrupt archive)
    // is found all the same; one already placed in a member is not reported twice.
    const placed = new Set(inner.map((match) => match.secret.sha256));
    const own = tag(ctx.detect(data, ctx.problem, path), path).filter((match) => !placed.has(match.secret.sha256));
    return own.length ? [...own, ...inner] : inner;
}
/**
 * A member's bytes within the limits, or undefined (with a problem reported) when they cannot or may not be read.
 * Stored members are slices of bytes already held, so only what is decompressed counts against the budgets.
 */
function readMember(entry, name, file, ctx) {
    if (entry.unreadable) {
        ctx.problem(entry.unreadable.reason, `not scanned: ${entry.unreadable.why}`, name);
        return undefined;
    }
    const { limits, run } = ctx;
    const ratioCap = Math.max(archive_limits/* RATIO_FLOOR */.V2, limits.maxRatio * entry.compressedSize);
    const limit = entry.stored ? Infinity : Math.min(file.left, run.left, ratioCap);
    const which = limit === run.left && run.left < file.left ? 'total' : limit === file.left ? 'size' : 'ratio';
    if (limit <= 0 || (entry.declaredSize !== undefined && entry.declaredSize > limit)) {
        overLimit(which, name, ctx);
        return undefined;
    }
    let bytes;
    try {
        bytes = entry.read(limit);
    }
    catch (error) {
        if (error instanceof TooLarge)
            overLimit(which, name, ctx);
        else
            ctx.problem('archive-corrupt', `not scanned: cannot be read (${(0,core_errors/* describeError */.U)(error)})`, name);
        return undefined;
    }
    ctx.count('membersScanned');
    if (entry.stored)
        return bytes;
    file.left -= bytes.length;
    run.left -= bytes.length;
    ctx.count('bytesDecompressed', bytes.length);
    return bytes;
}
function overLimit(which, name, ctx) {
    const { limits, run } = ctx;
    if (which === 'total') {
        if (run.spentNoted)
            return;
        run.spentNoted = true;
        ctx.problem('archive-limit', `not scanned: the ${(0,size/* formatBytes */.z)(limits.maxTotalBytes)} of decompressed content allowed per run are used up (--max-archive-total); later archives are scanned as they are, unopened`, name);
    }
    else if (which === 'size') {
        ctx.problem('archive-limit', `not scanned: over the ${(0,size/* formatBytes */.z)(limits.maxBytes)} of decompressed content read per archive (--max-archive-size)`, name);
    }
    else {
        ctx.problem('archive-limit', `not scanned: decompresses to more than ${limits.maxRatio} times its compressed size (--max-archive-ratio; a decompression bomb?)`, name);
    }
}

;// CONCATENATED MODULE: ./src/sources/hits.ts
/**
 * The one step from bytes to hits, shared by every source (files, staged, range, history):
 *   - detection, guarded: a detector failure becomes a note naming the file, never a lost scan;
 *   - containers: archives and compressed files are opened (containers/), each member scanned, within limits;
 *   - counters (bytesScanned; archivesScanned, membersScanned, bytesDecompressed);
 *   - locations, built from an origin (where the bytes came from) and the match: no source writes one by hand.
 */





/** A commit's part of an origin. */
function commitOrigin(commit) {
    return { commit: commit.oid, author: commit.author || undefined, date: isoFromEpoch(commit.time) };
}
/** The location of a match found in bytes from `origin`. */
function hits_locate(match, origin) {
    const { lineOffset, ...where } = origin;
    const location = { ...dropUndefined(where), line: match.line + (lineOffset ?? 0), column: match.column };
    if (match.encoding)
        location.encoding = match.encoding;
    if (match.member !== undefined)
        location.member = memberName(match.member, origin.path);
    return location;
}
/** The hits of matches found in bytes from `origin`. */
function hitsOf(matches, origin) {
    return matches.map((match) => ({ match, location: hits_locate(match, origin) }));
}
/** A compressed stream's content is named after its file (`app.log.gz` -> `app.log`), known only once the file is. */
function memberName(member, path) {
    if (!member.includes(UNNAMED_STREAM))
        return member;
    const base = path === undefined ? '' : decompressedName(path);
    return member.split(UNNAMED_STREAM).join(base || 'content');
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** The scanner of one run: the archive limits' per-run budget is shared by every file it scans. */
function contentScanner(detect, ctx, limits = {}) {
    const resolved = (0,archive_limits/* archiveLimits */.Lp)(limits);
    const run = { left: resolved.maxTotalBytes, spentNoted: false };
    const guarded = (data, problem, member) => {
        try {
            return detect(data);
        }
        catch (error) {
            problem('detector-error', `not scanned: the detector failed (${(0,core_errors/* describeError */.U)(error)})`, member);
            return [];
        }
    };
    // One context for the run (no allocation per file: history calls this for every blob).
    const unpack = { limits: resolved, run, detect: guarded, count: (name, by) => ctx.count(name, by) };
    return {
        content(data, problem) {
            ctx.count('bytesScanned', data.length);
            return scanWithMembers(data, unpack, problem);
        },
        text: (data, problem) => guarded(data, problem),
    };
}
/**
 * Problems as notes on the file they are in: `path: member: detail`. `name` is what the message calls the file
 * when it is not a path yet (history's blobs before it knows where they sit).
 */
function noteProblems(ctx, path, name = path ?? '?') {
    return (reason, detail, member) => {
        const inside = member === undefined ? '' : `${memberName(member, path)}: `;
        ctx.note({ reason, message: `${name}: ${inside}${detail}`, ...(path !== undefined ? { path } : {}) });
    };
}

;// CONCATENATED MODULE: ./src/sources/files.ts
/**
 * The files source: every regular file under a root (dotfiles included, `.git` excluded, symlinks not
 * followed), read whole and handed to the shared bytes-to-hits step (hits.ts): text and binary files alike,
 * archives and compressed files opened. Skips are counted and noted, never silent.
 */






function filesSource(options) {
    return (detect, ctx) => scanFiles(options, detect, ctx);
}
async function* scanFiles(options, detect, ctx) {
    const root = external_node_path_default().resolve(options.root);
    const rootStat = await (0,promises_.stat)(root).catch(() => undefined);
    if (!rootStat)
        throw new core_errors/* UserError */.y(`path not found: ${options.root}`);
    const scanner = contentScanner(detect, ctx, options.archiveLimits);
    // A single file: its location path is its own name.
    if (rootStat.isFile()) {
        yield* scanOne(root, external_node_path_default().basename(root), rootStat, options, scanner, ctx);
        return;
    }
    if (!rootStat.isDirectory())
        throw new core_errors/* UserError */.y(`not a file or directory: ${options.root}`);
    let done = 0;
    let bytes = 0;
    for await (const entry of walk(root, options.root, ctx)) {
        for (const hit of scanOne(entry.absolute, entry.where, entry.stats, options, scanner, ctx))
            yield hit;
        done++;
        bytes += entry.stats.size;
        if (done % 1024 === 0)
            ctx.progress?.(done, undefined, bytes);
    }
}
const SEP = Buffer.from((external_node_path_default()).sep);
const GIT = Buffer.from('.git');
/**
 * Every entry under root but directories, with its lstat. Written here rather than with a glob library:
 * glob matchers turn `**` into a regex whose `.` stops at a newline, so a file or folder with a newline in
 * its name was dropped without a word; and names are kept as bytes, or a Latin-1 name would not be found
 * again. An unreadable directory is noted, not skipped silently.
 */
async function* walk(root, shown, ctx) {
    const pending = [Buffer.from(root)];
    const rootLength = pending[0].length + SEP.length;
    const relative = (absolute) => absolute.subarray(rootLength).toString().split((external_node_path_default()).sep).join('/');
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true, encoding: 'buffer' });
        }
        catch (error) {
            const code = error.code ?? 'error';
            if (dir.length < rootLength)
                throw new core_errors/* UserError */.y(`cannot read directory ${shown} (${code})`);
            const where = relative(dir);
            ctx.count('skippedUnreadable');
            ctx.note({ reason: 'unreadable', message: `${where}: skipped: cannot read directory (${code})`, path: where });
            continue;
        }
        for (const entry of entries) {
            if (entry.name.equals(GIT))
                continue;
            const absolute = Buffer.concat([dir, SEP, entry.name]);
            if (entry.isDirectory()) {
                pending.push(absolute);
                continue;
            }
            let stats;
            try {
                stats = (0,external_node_fs_.lstatSync)(absolute);
            }
            catch {
                continue; // gone since the directory was read
            }
            yield { absolute, where: relative(absolute), stats };
        }
    }
}
/**
 * One file. Read synchronously: for the many small files of a tree, one readFileSync (open, read, close in
 * native code) costs a fraction of the promise-based calls, and the detector runs on the main thread anyway.
 */
function scanOne(file, where, info, options, scanner, ctx) {
    if (info.isSymbolicLink()) {
        ctx.count('skippedSymlinks');
        ctx.note({ reason: 'symlink', message: `${where}: symbolic link not followed`, path: where });
        return [];
    }
    if (!info.isFile()) {
        // A FIFO, socket or device: reading one could block forever or never end.
        ctx.count('skippedSpecial');
        ctx.note({ reason: 'special', message: `${where}: skipped: not a regular file (FIFO, socket or device)`, path: where });
        return [];
    }
    if (info.size > options.maxFileSize) {
        ctx.count('skippedTooLarge');
        ctx.note({
            reason: 'too-large',
            message: `${where}: skipped: ${(0,size/* formatBytes */.z)(info.size)} is over the ${(0,size/* formatBytes */.z)(options.maxFileSize)} limit (--max-file-size)`,
            path: where,
        });
        return [];
    }
    let data;
    try {
        data = (0,external_node_fs_.readFileSync)(file);
    }
    catch (error) {
        ctx.count('skippedUnreadable');
        const code = error.code ?? 'error';
        ctx.note({ reason: 'unreadable', message: `${where}: skipped: cannot read (${code})`, path: where });
        return [];
    }
    ctx.count('filesScanned');
    return hitsOf(scanner.content(data, noteProblems(ctx, where)), { kind: 'file', path: where });
}

// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __nccwpck_require__(5553);
;// CONCATENATED MODULE: ./src/sources/git/attribution.ts
const GITLINK_MODE = '160000';
/** Whether a raw-diff mode is a blob (file or symlink), not a submodule or nothing. */
function isBlobMode(mode) {
    return mode !== GITLINK_MODE && !/^0+$/.test(mode);
}
function introductions(entries, keysOf) {
    const result = [];
    let moved;
    for (const entry of entries) {
        if (!isBlobMode(entry.newMode))
            continue;
        const newKeys = keysOf(entry.newOid);
        if (!newKeys || newKeys.size === 0)
            continue;
        moved ??= movedKeys(entries, keysOf);
        const keys = new Set();
        for (const key of newKeys) {
            if (moved.has(key))
                continue;
            if (entry.oldOids.some((oid, i) => isBlobMode(entry.oldModes[i] ?? '100644') && keysOf(oid)?.has(key)))
                continue;
            keys.add(key);
        }
        if (keys.size)
            result.push({ entry, keys });
    }
    return result;
}
/** Keys that left a path in this commit (held by an old version, not by the new one). */
function movedKeys(entries, keysOf) {
    const moved = new Set();
    for (const entry of entries) {
        const kept = isBlobMode(entry.newMode) ? keysOf(entry.newOid) : undefined;
        entry.oldOids.forEach((oid, i) => {
            if (!isBlobMode(entry.oldModes[i] ?? '100644'))
                return;
            for (const key of keysOf(oid) ?? [])
                if (!kept?.has(key))
                    moved.add(key);
        });
    }
    return moved;
}
/**
 * The first match of each of `keys` in a blob's matches (one hit per key, path, archive member and commit). When
 * that first match is on an allow-marked line, the key's first unmarked match is kept too: a marker allows a
 * line, and the same key written elsewhere in the file without one must still be reported.
 */
function firstMatches(matches, keys) {
    const first = new Map();
    const unmarked = new Set();
    const result = [];
    for (const match of matches) {
        if (!keys.has(match.secret.sha256))
            continue;
        // NUL cannot occur in a hex digest, so a member name cannot run into it.
        const key = match.member === undefined ? match.secret.sha256 : `${match.secret.sha256}\0${match.member}`;
        const earlier = first.get(key);
        if (!earlier) {
            first.set(key, match);
            result.push(match);
            if (!match.allowMarker)
                unmarked.add(key);
        }
        else if (!match.allowMarker && !unmarked.has(key)) {
            unmarked.add(key);
            result.push(match);
        }
    }
    return result;
}
/** The first match of every secret in a list (one hit per key in a message or a blob). */
function firstOfEach(matches) {
    return firstMatches(matches, keySet(matches));
}
/** The SHA-256s of the secrets in a list of matches. */
function keySet(matches) {
    return new Set(matches.map((match) => match.secret.sha256));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/sources/git/cat-file.ts
/**
 * A streaming parser for `git cat-file --batch` output: `<oid> <type> <size>\n<content>\n` per object (or
 * `<name> missing\n`). It assembles one object at a time into a reused buffer, or hands out a view of the
 * chunk itself when the whole object is in it, so memory stays bounded by the largest object it is asked to
 * assemble. Objects it is told to skip (trees, blobs over the size limit) are counted down, never held.
 */


const NEWLINE = 0x0a;
class BatchParser {
    handlers;
    headerParts = [];
    current;
    assembling = false;
    remaining = 0;
    /** Bytes of the current object copied so far into `assembly`. */
    filled = 0;
    assembly = Buffer.allocUnsafe(1 << 20);
    /** The newline that follows every object's content is still to come. */
    trailer = false;
    constructor(handlers) {
        this.handlers = handlers;
    }
    push(chunk) {
        let pos = 0;
        const length = chunk.length;
        while (pos < length) {
            if (this.trailer) {
                if (chunk[pos] !== NEWLINE)
                    throw new Error('git cat-file: unexpected output (no newline after an object)');
                this.trailer = false;
                pos++;
                continue;
            }
            if (this.current) {
                const take = Math.min(this.remaining, length - pos);
                if (this.assembling) {
                    if (this.filled === 0 && take === this.remaining) {
                        // The whole object is in this chunk: no copy.
                        this.finish(chunk.subarray(pos, pos + take));
                    }
                    else {
                        chunk.copy(this.assembly, this.filled, pos, pos + take);
                        this.filled += take;
                        this.remaining -= take;
                        if (this.remaining === 0)
                            this.finish(this.assembly.subarray(0, this.filled));
                    }
                }
                else {
                    this.remaining -= take;
                    if (this.remaining === 0) {
                        const header = this.current;
                        this.current = undefined;
                        this.trailer = true;
                        this.handlers.onSkipped?.(header);
                    }
                }
                pos += take;
                continue;
            }
            const newline = chunk.indexOf(NEWLINE, pos);
            if (newline === -1) {
                this.headerParts.push(chunk.subarray(pos));
                if (this.headerParts.reduce((n, part) => n + part.length, 0) > 4096)
                    throw new Error('git cat-file: unexpected output (header too long)');
                pos = length;
                break;
            }
            let line;
            if (this.headerParts.length) {
                this.headerParts.push(chunk.subarray(pos, newline));
                line = Buffer.concat(this.headerParts).toString('latin1');
                this.headerParts = [];
            }
            else {
                line = chunk.toString('latin1', pos, newline);
            }
            pos = newline + 1;
            this.startObject(line);
        }
    }
    /** Call after the last chunk: complains when git's output stopped in the middle of an object. */
    end() {
        if (this.current || this.headerParts.length)
            throw new Error('git cat-file: output ended in the middle of an object');
    }
    startObject(line) {
        const parts = line.split(' ');
        if (parts.length !== 3) {
            if (parts.length === 2 && (parts[1] === 'missing' || parts[1] === 'ambiguous')) {
                this.handlers.onMissing?.(parts[0]);
                return;
            }
            throw new Error(`git cat-file: unexpected output line ${JSON.stringify(line.slice(0, 100))}`);
        }
        const header = { oid: parts[0], type: parts[1], size: Number(parts[2]) };
        if (!Number.isSafeInteger(header.size) || header.size < 0)
            throw new Error('git cat-file: unexpected object size');
        this.assembling = this.handlers.want(header);
        if (header.size === 0) {
            this.trailer = true;
            if (this.assembling)
                this.handlers.onObject(header, Buffer.alloc(0));
            else
                this.handlers.onSkipped?.(header);
            return;
        }
        this.current = header;
        this.remaining = header.size;
        this.filled = 0;
        if (this.assembling && this.assembly.length < header.size) {
            let size = this.assembly.length;
            while (size < header.size)
                size *= 2;
            this.assembly = Buffer.allocUnsafe(size);
        }
    }
    finish(content) {
        const header = this.current;
        this.current = undefined;
        this.remaining = 0;
        this.filled = 0;
        this.trailer = true;
        this.handlers.onObject(header, content);
    }
}
/** Run `git cat-file <args>` (e.g. `--batch-all-objects --batch --unordered`) and feed every object to handlers. */
async function readObjects(at, args, handlers, options = {}) {
    const parser = new BatchParser(handlers);
    for await (const chunk of (0,run/* streamGit */.t1)(at, ['cat-file', ...args], { input: options.input })) {
        parser.push(chunk);
        options.onChunk?.(chunk.length);
    }
    parser.end();
}
/**
 * Read every object in the store except trees, in pack order: `cat-file --batch-all-objects --batch-check
 * --unordered` lists them (cheap: no content is inflated), and the objects wanted (not trees, not blobs over
 * `maxBlobSize`, which go straight to `onSkipped`) are piped by name into `cat-file --batch --buffer` readers.
 * Trees (a sixth of eslint's bytes, two fifths of git's) are never inflated at all. The list is dealt out in
 * consecutive blocks to `readers` processes: blocks keep git's delta cache as warm as one reader would (same
 * CPU in total), and the readers inflate in parallel while this process scans.
 */
async function readAllObjects(at, handlers, options = {}) {
    const maxBlobSize = options.maxBlobSize ?? Infinity;
    const blockObjects = options.blockObjects ?? BLOCK_OBJECTS;
    const readers = Math.max(1, options.readers ?? defaultReaders());
    const abort = new AbortController();
    // Each block goes to a reader with room (not round-robin), so one slow block never idles the others.
    let waitingForRoom;
    const roomMade = () => {
        const wake = waitingForRoom;
        waitingForRoom = undefined;
        wake?.();
    };
    const channels = Array.from({ length: readers }, () => new Channel(2, roomMade));
    const send = async (block) => {
        for (;;) {
            const open = channels.find((channel) => channel.hasRoom);
            if (open)
                return open.push(block);
            if (channels.every((channel) => channel.isClosed))
                throw new Error('git cat-file: every reader stopped');
            await new Promise((resolve) => (waitingForRoom = resolve));
        }
    };
    const deal = async () => {
        let rest = '';
        let block = '';
        let inBlock = 0;
        const flush = async () => {
            if (!inBlock)
                return;
            await send(block);
            block = '';
            inBlock = 0;
        };
        const listing = (0,run/* streamGit */.t1)(at, ['cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objecttype) %(objectsize)', '--unordered'], { signal: abort.signal });
        for await (const chunk of listing) {
            const text = rest + chunk.toString('latin1');
            let start = 0;
            for (let end = text.indexOf('\n'); end !== -1; start = end + 1, end = text.indexOf('\n', start)) {
                const first = text.indexOf(' ', start);
                const second = text.indexOf(' ', first + 1);
                if (first === -1 || second === -1 || second > end)
                    throw new Error('git cat-file: unexpected listing line');
                const type = text.slice(first + 1, second);
                const size = Number(text.slice(second + 1, end));
                if (type === 'tree' || (type === 'blob' && size > maxBlobSize)) {
                    handlers.onSkipped?.({ oid: text.slice(start, first), type, size });
                }
                else {
                    block += `${text.slice(start, first)}\n`;
                    if (++inBlock === blockObjects)
                        await flush();
                }
            }
            rest = text.slice(start);
        }
        await flush();
    };
    const read = async (channel) => {
        try {
            const parser = new BatchParser(handlers);
            for await (const chunk of (0,run/* streamGit */.t1)(at, ['cat-file', '--batch', '--buffer'], { input: channel, signal: abort.signal })) {
                parser.push(chunk);
                options.onChunk?.(chunk.length);
            }
            parser.end();
        }
        finally {
            channel.close(); // a reader that stopped takes no more blocks (and never leaves the dealer waiting)
        }
    };
    const dealing = deal().finally(() => channels.forEach((channel) => channel.close()));
    const work = [dealing, ...channels.map(read)];
    try {
        await Promise.all(work);
    }
    catch (error) {
        abort.abort();
        await Promise.allSettled(work);
        throw error;
    }
}
/** Readers by default: one per core but one (which scans), at least 2 (git inflates slower than we scan), at most 4. */
function defaultReaders() {
    return Math.min(4, Math.max(2, (0,external_node_os_.availableParallelism)() - 1));
}
/** Objects per block dealt to one reader. */
const BLOCK_OBJECTS = 1024;
/** A bounded queue of blocks for one reader (an async iterable); `onTake` says when room was made. */
class Channel {
    capacity;
    onTake;
    items = [];
    closed = false;
    wakeConsumer;
    constructor(capacity, onTake) {
        this.capacity = capacity;
        this.onTake = onTake;
    }
    get hasRoom() {
        return !this.closed && this.items.length < this.capacity;
    }
    get isClosed() {
        return this.closed;
    }
    push(item) {
        this.items.push(item);
        this.wakeUp();
    }
    close() {
        this.closed = true;
        this.wakeUp();
        this.onTake();
    }
    wakeUp() {
        const wake = this.wakeConsumer;
        this.wakeConsumer = undefined;
        wake?.();
    }
    async *[Symbol.asyncIterator]() {
        for (;;) {
            if (this.items.length) {
                const item = this.items.shift();
                this.onTake();
                yield item;
            }
            else if (this.closed)
                return;
            else
                await new Promise((resolve) => (this.wakeConsumer = resolve));
        }
    }
}
/** Read the named objects (oids) with `git cat-file --batch`, one streaming call for all of them. */
async function readNamedObjects(at, oids, handlers) {
    let input = '';
    for (const oid of oids)
        input += `${oid}\n`;
    if (!input)
        return;
    await readObjects(at, ['--batch'], handlers, { input });
}

;// CONCATENATED MODULE: ./src/sources/git/scan-objects.ts
/** What the scan found per object: the matches of each blob that holds any, and the keys they make up. */






class BlobMatches {
    matches = new Map();
    keys = new Map();
    add(oid, matches) {
        if (!matches.length)
            return;
        this.matches.set(oid, matches);
        this.keys.set(oid, keySet(matches));
    }
    get size() {
        return this.matches.size;
    }
    has(oid) {
        return this.matches.has(oid);
    }
    matchesOf(oid) {
        return this.matches.get(oid) ?? [];
    }
    /** For `introductions()`. */
    keysOf = (oid) => this.keys.get(oid);
    oids() {
        return this.matches.keys();
    }
}
/** Git LFS pointer files: the content lives outside git, so the scan cannot see it. */
const LFS_POINTER = Buffer.from('version https://git-lfs.github.com/spec/v1');
function isLfsPointer(content) {
    return content.length < 1024 && content.subarray(0, LFS_POINTER.length).equals(LFS_POINTER);
}
/**
 * Read and scan the named objects (blobs, and commits' messages) with one `git cat-file --batch` call, through
 * the shared bytes-to-hits step (archives in blobs opened, sources/hits.ts), skipping
 * what was read before. Blobs over `maxBlobSize` and missing objects are skipped with a note.
 */
async function scanNamedObjects(at, oids, scanner, ctx, into, maxBlobSize) {
    const wanted = [];
    for (const oid of oids) {
        if (into.scanned.has(oid))
            continue;
        into.scanned.add(oid);
        wanted.push(oid);
    }
    await readNamedObjects(at, wanted, {
        want: (header) => header.type === 'commit' || (header.type === 'blob' && header.size <= maxBlobSize),
        onObject: (header, content) => {
            if (header.type === 'blob') {
                ctx.count('blobsScanned');
                const path = into.paths?.get(header.oid)?.toString('utf8');
                into.blobs.add(header.oid, scanner.content(content, noteProblems(ctx, path, path ?? `blob ${(0,names/* shortCommit */.Ax)(header.oid, names/* LONG_COMMIT */.x6)}`)));
            }
            else if (header.type === 'commit' && into.messages) {
                const matches = scanner.text(messageOf(content), noteProblems(ctx, undefined, `commit ${(0,names/* shortCommit */.Ax)(header.oid, names/* LONG_COMMIT */.x6)}`));
                if (matches.length)
                    into.messages.set(header.oid, matches);
            }
        },
        onSkipped: (header) => {
            if (header.type === 'blob') {
                const path = into.paths?.get(header.oid)?.toString('utf8');
                const what = path ?? `blob ${(0,names/* shortCommit */.Ax)(header.oid, names/* LONG_COMMIT */.x6)}`;
                ctx.note({ reason: 'too-large', message: `${what}: larger than the ${(0,size/* formatBytes */.z)(maxBlobSize)} limit (--max-file-size); not scanned`, path });
            }
        },
        onMissing: (oid) => ctx.note({ reason: 'missing-object', message: `object ${(0,names/* shortCommit */.Ax)(oid, names/* LONG_COMMIT */.x6)} is not in the repository (partial clone?); skipped` }),
    });
}

;// CONCATENATED MODULE: ./src/sources/git/raw-log.ts
/**
 * A streaming parser for `git log --raw -c --no-renames --no-abbrev -z --format=<LOG_FORMAT>`: one record per
 * commit (oid, parents, author, date) with its raw diff entries. Merges come in git's combined raw format
 * (`::m1 m2 m o1 o2 o OID\0path\0`: one old version per parent), which lists only the paths that differ from
 * every parent, so content merged in unchanged from a branch is not the merge's doing. Paths stay bytes.
 */
/** The --format for log calls this parser reads. Starts each record with \x01 so it cannot be mistaken. */
const LOG_FORMAT = '--format=%x01%H %P%x00%aN <%aE>%x00%at';
/** The arguments that make `git log`/`git diff-tree` emit what this parser reads (the runner adds --no-ext-diff). */
const RAW_LOG_ARGS = ['--raw', '-c', '--no-renames', '--no-abbrev', '-z', '--root', LOG_FORMAT];
/** Parse a raw entry's meta part: `:oldmode newmode oldoid newoid status` or the combined form with n colons. */
function parseRawMeta(meta) {
    let colons = 0;
    while (meta.charCodeAt(colons) === 0x3a)
        colons++;
    if (colons === 0)
        return undefined;
    const fields = meta.slice(colons).split(' ');
    const n = colons + 1;
    if (fields.length < 2 * n + 1)
        return undefined;
    return { modes: fields.slice(0, n), oids: fields.slice(n, 2 * n), status: fields[2 * n] };
}
class RawLogParser {
    onCommit;
    keep;
    carry;
    state = 'record';
    commit;
    pendingMeta;
    constructor(onCommit, keep = () => true) {
        this.onCommit = onCommit;
        this.keep = keep;
    }
    /** Start a record by hand, for output without commit headers (`git diff-index`). */
    begin(commit) {
        this.flush();
        this.commit = commit;
        this.state = 'record';
    }
    push(chunk) {
        let data = chunk;
        if (this.carry) {
            data = Buffer.concat([this.carry, chunk]);
            this.carry = undefined;
        }
        let pos = 0;
        for (;;) {
            const nul = data.indexOf(0, pos);
            if (nul === -1)
                break;
            this.token(data, pos, nul);
            pos = nul + 1;
        }
        if (pos < data.length)
            this.carry = Buffer.from(data.subarray(pos));
    }
    end() {
        if (this.carry && this.carry.length) {
            const rest = this.carry;
            this.carry = undefined;
            this.token(rest, 0, rest.length);
        }
        this.flush();
    }
    flush() {
        if (this.commit)
            this.onCommit(this.commit);
        this.commit = undefined;
    }
    token(data, start, end) {
        switch (this.state) {
            case 'path': {
                this.state = 'record';
                const meta = this.pendingMeta;
                this.pendingMeta = undefined;
                if (meta && this.commit) {
                    const n = meta.oids.length - 1;
                    this.commit.entries.push({
                        path: Buffer.from(data.subarray(start, end)),
                        newOid: meta.oids[n],
                        newMode: meta.modes[n],
                        oldOids: meta.oids.slice(0, n),
                        oldModes: meta.modes.slice(0, n),
                        status: meta.status,
                    });
                }
                return;
            }
            case 'author':
                if (this.commit)
                    this.commit.author = data.toString('utf8', start, end);
                this.state = 'time';
                return;
            case 'time':
                if (this.commit)
                    this.commit.time = Number(data.toString('latin1', start, end));
                this.state = 'record';
                return;
            case 'record': {
                while (start < end && data[start] === 0x0a)
                    start++;
                if (start === end)
                    return;
                if (data[start] === 0x01) {
                    this.flush();
                    const [oid, ...parents] = data.toString('latin1', start + 1, end).split(' ').filter(Boolean);
                    this.commit = { oid, parents, author: '', time: NaN, entries: [] };
                    this.state = 'author';
                    return;
                }
                if (data[start] === 0x3a) {
                    const meta = parseRawMeta(data.toString('latin1', start, end));
                    if (!meta)
                        throw new Error('git log: unexpected raw diff line');
                    const n = meta.oids.length - 1;
                    this.pendingMeta = this.keep(meta.oids[n], meta.oids.slice(0, n)) ? meta : undefined;
                    this.state = 'path';
                    return;
                }
                throw new Error('git log: unexpected output');
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/git/repo.ts
/** What a source needs to know about a repository before it reads it; refs, commits and their ancestry. */





/** Open `at` as a repository (work tree, subdirectory of one, or bare); UserError when it is not one. */
async function openRepository(at) {
    const root = (0,run/* rootOf */.I5)(at);
    let isDirectory;
    try {
        isDirectory = (0,external_node_fs_.statSync)(root).isDirectory();
    }
    catch {
        // reported below
    }
    if (isDirectory === undefined)
        throw new core_errors/* UserError */.y(`no such directory: ${root}`);
    if (!isDirectory)
        throw new core_errors/* UserError */.y(`not a directory (a git repository is): ${root}`);
    const text = await (0,run/* gitText */.q_)(at, ['rev-parse', '--is-bare-repository', '--is-shallow-repository', '--show-object-format']);
    const [bare, shallow, format] = text.split('\n');
    const config = await (0,run/* git */.$Y)(at, ['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$'], { okCodes: [0, 1] });
    return {
        root,
        bare: bare === 'true',
        shallow: shallow === 'true',
        partial: config.stdout.length > 0,
        objectFormat: format === 'sha256' ? 'sha256' : 'sha1',
    };
}
/** Whether `at` is inside a git repository (work tree or bare) at all. */
async function isRepository(at) {
    const probe = await git(at, ['rev-parse', '--git-dir'], { okCodes: [0, 128] }).catch(() => undefined);
    return probe?.code === 0;
}
/** The work tree's top directory, or undefined (bare, or not a repository). */
async function topLevel(at) {
    const result = await git(at, ['rev-parse', '--show-toplevel'], { okCodes: [0, 128] }).catch(() => undefined);
    const top = result?.code === 0 ? result.stdout.toString('utf8').replace(/\n$/, '') : '';
    return top || undefined;
}
async function isShallow(at) {
    return (await gitText(at, ['rev-parse', '--is-shallow-repository'])) === 'true';
}
/** The commit a revision names (a ref, an oid, `HEAD~2`), or undefined when there is none. */
async function resolveRevision(at, revision) {
    if (!revision || revision.startsWith('-'))
        return undefined;
    const result = await (0,run/* git */.$Y)(at, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { okCodes: [0, 1, 128] });
    const oid = result.stdout.toString('latin1').trim();
    return result.code === 0 && oid ? oid : undefined;
}
/** The commit a ref names, or a UserError naming the ref. */
async function resolveCommit(at, ref) {
    const oid = await resolveRevision(at, ref);
    if (oid)
        return oid;
    // The ref is the user's text (an input, a branch name): a key pasted there leaves only as its hint.
    const named = (0,scrub/* scrub */._I)(ref);
    throw new core_errors/* UserError */.y(ref && !ref.startsWith('-') ? `unknown ref: ${named} (no such commit in ${(0,run/* rootOf */.I5)(at)})` : `unknown ref: ${JSON.stringify(named)}`);
}
/** HEAD's commit, or undefined before the first commit. */
async function headCommit(at) {
    return resolveRevision(at, 'HEAD');
}
/** Whether the commit is in the object store. */
async function hasCommit(at, oid) {
    if (!oid || oid.startsWith('-'))
        return false;
    return (await git(at, ['cat-file', '-e', `${oid}^{commit}`], { okCodes: [0, 1, 128] })).code === 0;
}
/** Whether `ancestor` is reachable from `descendant` (`merge-base --is-ancestor`); false when either is unknown. */
async function isAncestor(at, ancestor, descendant) {
    return (await (0,run/* git */.$Y)(at, ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], { okCodes: [0, 1, 128] })).code === 0;
}
/** The best common ancestor of two commits, or undefined (unrelated, or the history is cut short). */
async function mergeBase(at, a, b) {
    const result = await git(at, ['merge-base', '--end-of-options', a, b], { okCodes: [0, 1, 128] });
    return result.code === 0 ? result.stdout.toString('latin1').trim() || undefined : undefined;
}
/** The commits reachable from `head` and not from `base` (git's base..head), newest first. */
async function commitsBetween(at, base, head) {
    const text = await gitText(at, ['rev-list', '--end-of-options', head, `^${base}`]);
    return text.split('\n').filter(Boolean);
}
/** The empty tree's oid in this repository's object format. */
async function emptyTree(at) {
    return (0,run/* gitText */.q_)(at, ['hash-object', '-t', 'tree', '--stdin'], { input: '' });
}
/** Objects in the store (loose + packed), for progress totals. Undefined when git cannot say. */
async function countObjects(at) {
    try {
        const text = await (0,run/* gitText */.q_)(at, ['count-objects', '-v']);
        let total = 0;
        for (const line of text.split('\n')) {
            const [name, value] = line.split(': ');
            if (name === 'count' || name === 'in-pack')
                total += Number(value) || 0;
        }
        return total;
    }
    catch {
        return undefined;
    }
}
/** Every ref with its object and (for tags) its peeled object. */
async function listRefs(at) {
    const text = await (0,run/* gitText */.q_)(at, ['for-each-ref', '--format=%(objectname) %(objecttype) %(*objectname) %(*objecttype) %(refname)']);
    const refs = [];
    for (const line of text.split('\n')) {
        if (!line)
            continue;
        const [oid, type, peeledOid, peeledType, ...rest] = line.split(' ');
        refs.push({ ref: rest.join(' '), oid, type, peeledOid: peeledOid || undefined, peeledType: peeledType || undefined });
    }
    return refs;
}
/** The short name a symbolic ref points at (`origin/main` for refs/remotes/origin/HEAD), or undefined. */
async function symbolicRef(at, ref) {
    const result = await git(at, ['symbolic-ref', '--quiet', '--short', ref], { okCodes: [0, 1, 128] });
    return result.code === 0 ? result.stdout.toString('utf8').trim() || undefined : undefined;
}
/** The commits at a shallow clone's boundary (their parents are not here); empty when not shallow. */
async function shallowBoundary(at) {
    const path = await (0,run/* gitText */.q_)(at, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow']);
    try {
        return new Set((await (0,promises_.readFile)(path, 'latin1')).split('\n').filter(Boolean));
    }
    catch {
        return new Set();
    }
}
/** The all-zeros oid git uses for "no commit" (a push creating or deleting a branch). */
function isNullOid(oid) {
    return /^0+$/.test(oid);
}

;// CONCATENATED MODULE: ./src/sources/history.ts













/** The blob size limit to use: the one given when positive, else the default. */
function blobSizeLimit(value) {
    return value !== undefined && value > 0 ? value : defaults/* DEFAULT_MAX_FILE_SIZE */.Sj;
}
/** How often progress is reported, at most. */
const PROGRESS_INTERVAL_MS = 250;
function historySource(options) {
    return (detect, ctx) => scanHistory(options, detect, ctx);
}
async function* scanHistory(options, detect, ctx) {
    const { root } = options;
    const at = (0,run/* repoAt */.Qz)(root, options.git);
    const maxBlobSize = blobSizeLimit(options.maxBlobSize);
    const repo = await openRepository(at);
    if (repo.shallow) {
        ctx.note({ reason: 'shallow', message: 'shallow repository: history before the shallow boundary is not here; keys in boundary commits are attributed to them' });
    }
    if (repo.partial) {
        ctx.note({ reason: 'partial-clone', message: 'partial clone: objects that were not fetched are not scanned (nothing is downloaded)' });
    }
    // Pass one: every object in the store.
    const blobs = new BlobMatches();
    const messages = new Map();
    const tags = new Map();
    /** Every tag object's target, to follow tag-of-tag chains from refs. */
    const tagTargets = new Map();
    const tooLarge = new Set();
    /** What could not be read inside blobs (archive limits, corrupt members): noted once the blob's path is known. */
    const blobProblems = new Map();
    let blobOid = '';
    const blobProblem = (...problem) => {
        const list = blobProblems.get(blobOid) ?? [];
        blobProblems.set(blobOid, list);
        list.push(problem);
    };
    // Commit and tag messages: one callback for the whole walk; the object's label is built only when a problem is noted.
    let messageWhat = '';
    let messageOid = '';
    const messageProblem = (...problem) => noteProblems(ctx, undefined, `${messageWhat} ${(0,names/* shortCommit */.Ax)(messageOid, names/* LONG_COMMIT */.x6)}`)(...problem);
    const scanner = contentScanner(detect, ctx, options.archiveLimits);
    let lfsPointers = 0;
    const total = await countObjects(at);
    let objects = 0;
    let bytes = 0;
    let lastProgress = Date.now();
    const progress = (force = false) => {
        if (!ctx.progress)
            return;
        const now = Date.now();
        if (force || now - lastProgress >= PROGRESS_INTERVAL_MS) {
            lastProgress = now;
            ctx.progress(objects, total, bytes);
        }
    };
    let blobCount = 0;
    let commitCount = 0;
    let tagCount = 0;
    await readAllObjects(at, {
        want: (header) => header.type === 'commit' || header.type === 'tag' || (header.type === 'blob' && header.size <= maxBlobSize),
        onObject: (header, content) => {
            objects++;
            if (header.type === 'blob') {
                blobCount++;
                bytes += content.length;
                if (isLfsPointer(content))
                    lfsPointers++;
                blobOid = header.oid;
                blobs.add(header.oid, scanner.content(content, blobProblem));
            }
            else if (header.type === 'commit') {
                commitCount++;
                messageWhat = 'commit';
                messageOid = header.oid;
                const matches = scanner.text(messageOf(content), messageProblem);
                if (matches.length)
                    messages.set(header.oid, matches);
            }
            else if (header.type === 'tag') {
                tagCount++;
                const tag = parseTag(content);
                if (tag.object)
                    tagTargets.set(header.oid, tag.object);
                messageWhat = 'tag';
                messageOid = header.oid;
                const matches = scanner.text(tag.message, messageProblem);
                if (matches.length)
                    tags.set(header.oid, { name: tag.name ?? header.oid, tagger: tag.tagger, target: tag.object, matches });
            }
            if ((objects & 1023) === 0)
                progress();
        },
        onSkipped: (header) => {
            objects++;
            if (header.type === 'blob')
                tooLarge.add(header.oid);
            if ((objects & 1023) === 0)
                progress();
        },
    }, { maxBlobSize, readers: options.readers });
    progress(true);
    ctx.count('objectsScanned', objects);
    ctx.count('blobsScanned', blobCount);
    ctx.count('commitsScanned', commitCount);
    ctx.count('tagsScanned', tagCount);
    if (lfsPointers) {
        ctx.note({ reason: 'lfs-pointer', message: `${lfsPointers} Git LFS pointer file(s): their content is stored outside git and was not scanned` });
    }
    /** The problems of a blob, noted at the first path it is seen at (or by its id when no ref reaches it). */
    const noteBlobProblems = (oid, path) => {
        const problem = noteProblems(ctx, path, path ?? `blob ${(0,names/* shortCommit */.Ax)(oid, names/* LONG_COMMIT */.x6)}`);
        for (const args of blobProblems.get(oid) ?? [])
            problem(...args);
        blobProblems.delete(oid);
    };
    const noteUnplacedProblems = () => {
        for (const oid of [...blobProblems.keys()])
            noteBlobProblems(oid, undefined);
    };
    if (blobs.size === 0 && messages.size === 0 && tags.size === 0 && tooLarge.size === 0 && blobProblems.size === 0)
        return;
    // Pass two: refs (annotated tags, refs straight to blobs or trees), then the commit graph.
    const seenBlobs = new Set();
    const seenMessages = new Set();
    const failed = (error) => {
        // A broken graph (a ref to a missing object, a tree a partial clone lacks) must not lose what pass one found.
        ctx.note({ reason: 'attribution-failed', message: `could not walk the refs and commits (${(0,core_errors/* describeError */.U)(error)}); matches not yet attributed are reported without commit and path` });
        return unattributed(blobs, seenBlobs, messages, seenMessages);
    };
    let refs;
    try {
        refs = await listRefs(at);
    }
    catch (error) {
        for (const tag of tags.values())
            yield* tagMessageHits(tag);
        yield* failed(error);
        return noteUnplacedProblems();
    }
    yield* tagHits(refs, tags, tagTargets);
    yield* refHits(at, refs, blobs, seenBlobs);
    if ((blobs.size === 0 && messages.size === 0 && tooLarge.size === 0 && blobProblems.size === 0) || !refs.length)
        return noteUnplacedProblems();
    const notedLarge = new Set();
    const queue = [];
    const onCommit = (commit) => {
        const messageMatches = messages.get(commit.oid);
        if (messageMatches) {
            seenMessages.add(commit.oid);
            queue.push(...hitsOf(firstOfEach(messageMatches), { kind: 'commit-message', ...commitOrigin(commit) }));
        }
        for (const entry of commit.entries) {
            if (blobs.has(entry.newOid))
                seenBlobs.add(entry.newOid);
            if (blobProblems.has(entry.newOid))
                noteBlobProblems(entry.newOid, entry.path.toString('utf8'));
            if (tooLarge.has(entry.newOid) && !notedLarge.has(entry.newOid)) {
                notedLarge.add(entry.newOid);
                const path = entry.path.toString('utf8');
                ctx.note({ reason: 'too-large', message: `${path}: blob ${(0,names/* shortCommit */.Ax)(entry.newOid, names/* LONG_COMMIT */.x6)} is larger than the ${(0,size/* formatBytes */.z)(maxBlobSize)} limit (--max-file-size); not scanned`, path });
            }
        }
        for (const { entry, keys } of introductions(commit.entries, blobs.keysOf)) {
            queue.push(...hitsOf(firstMatches(blobs.matchesOf(entry.newOid), keys), { kind: 'file', path: entry.path.toString('utf8'), ...commitOrigin(commit) }));
        }
    };
    const parser = new RawLogParser(onCommit, (newOid, oldOids) => blobs.has(newOid) || tooLarge.has(newOid) || blobProblems.has(newOid) || oldOids.some((oid) => blobs.has(oid)));
    try {
        for await (const chunk of (0,run/* streamGit */.t1)(at, ['log', '--all', ...RAW_LOG_ARGS])) {
            parser.push(chunk);
            while (queue.length)
                yield queue.shift();
        }
        parser.end();
    }
    catch (error) {
        while (queue.length)
            yield queue.shift();
        yield* failed(error);
        return noteUnplacedProblems();
    }
    while (queue.length)
        yield queue.shift();
    noteUnplacedProblems();
    const unreachable = blobs.size - seenBlobs.size + (messages.size - seenMessages.size);
    if (unreachable > 0) {
        ctx.note({ reason: 'unreachable', message: `${unreachable} object(s) with a match are not reachable from any ref (dangling or unreferenced); not reported` });
    }
}
/** What pass one found that pass two never placed, when pass two failed: reported rather than lost. */
function* unattributed(blobs, seenBlobs, messages, seenMessages) {
    for (const oid of blobs.oids()) {
        if (!seenBlobs.has(oid))
            yield* hitsOf(firstOfEach(blobs.matchesOf(oid)), { kind: 'file' });
    }
    for (const [oid, matches] of messages) {
        if (!seenMessages.has(oid))
            yield* hitsOf(firstOfEach(matches), { kind: 'commit-message', commit: oid });
    }
}
/** Hits in annotated tag messages whose tag objects a ref reaches (directly or through a tag chain). */
function* tagHits(refs, tags, tagTargets) {
    if (!tags.size)
        return;
    const reachable = new Set();
    for (const ref of refs) {
        let oid = ref.type === 'tag' ? ref.oid : undefined;
        while (oid && !reachable.has(oid) && tagTargets.has(oid)) {
            reachable.add(oid);
            oid = tagTargets.get(oid);
        }
    }
    for (const [oid, tag] of tags)
        if (reachable.has(oid))
            yield* tagMessageHits(tag);
}
function* tagMessageHits(tag) {
    yield* hitsOf(firstOfEach(tag.matches), { kind: 'tag-message', tag: tag.name, commit: tag.target, author: tag.tagger?.person, date: tag.tagger?.date });
}
/** Refs that point straight at a blob or a tree (no commit): rare, but reachable all the same. */
async function* refHits(at, refs, blobs, seen) {
    if (!blobs.size)
        return;
    for (const ref of refs) {
        const oid = ref.peeledOid ?? ref.oid;
        const type = ref.peeledType ?? ref.type;
        if (type === 'blob' && blobs.has(oid)) {
            seen.add(oid);
            yield* hitsOf(firstOfEach(blobs.matchesOf(oid)), { kind: 'file', path: ref.ref });
        }
        else if (type === 'tree') {
            for (const entry of await lsTree(at, oid)) {
                if (entry.type !== 'blob' || !blobs.has(entry.oid))
                    continue;
                seen.add(entry.oid);
                const path = `${ref.ref}:${entry.path.toString('utf8')}`;
                yield* hitsOf(firstOfEach(blobs.matchesOf(entry.oid)), { kind: 'file', path });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/range.ts
/**
 * `--range BASE..HEAD`: the commits in `git rev-list BASE..HEAD` (merges included), each one's added keys.
 *
 * One `git log --raw -c` over the range gives every commit's changed blobs (combined diff for merges); each
 * distinct new blob is scanned once. For a blob with a match, the versions it replaced are scanned too, and a key
 * counts as the commit's when none of them held it (attribution.ts): keys that were there before the range and
 * that the range merely kept, moved or renamed are not reported; keys added and removed again inside it are.
 * Each location says whether the key is still in HEAD's version of that path (`inHead`, `headLine`).
 *
 * Archives and compressed files have no added lines: a changed one is scanned whole (every member, hits.ts) and
 * the same rule applies to its keys, so a key the new version holds and no old version did is reported at its
 * member; keys the archive already held before the range are not.
 */










function rangeSource(options) {
    return (detect, ctx) => scanRange(options, detect, ctx);
}
async function* scanRange(options, detect, ctx) {
    const { root, base, head } = options;
    const at = (0,run/* repoAt */.Qz)(root, options.git);
    const maxBlobSize = blobSizeLimit(options.maxBlobSize);
    const scanner = contentScanner(detect, ctx, options.archiveLimits);
    if (isNullOid(base)) {
        throw new core_errors/* UserError */.y(`range base ${base} is all zeros: a new branch has no base commit to compare with; give a base (e.g. the default branch) or scan with --history`);
    }
    const repo = await openRepository(at);
    const baseOid = await resolveCommit(at, base);
    const headOid = await resolveCommit(at, head);
    if (!(await isAncestor(at, baseOid, headOid))) {
        ctx.note({ reason: 'not-ancestor', message: `${base} is not an ancestor of ${head}: scanning the commits reachable from ${head} and not from ${base} (git's ${base}..${head})` });
    }
    const boundary = repo.shallow ? await shallowBoundary(at) : new Set();
    // The range's commits and their raw diffs (a range is a push or a pull request: small enough to hold).
    const commits = [];
    const parser = new RawLogParser((commit) => {
        // A commit at a shallow boundary shows its whole tree as added: what it inherited cannot be told from what
        // it changed, so its files are left out (its message is still scanned) rather than reported wholesale.
        if (boundary.has(commit.oid)) {
            ctx.note({ reason: 'shallow', message: `history is cut at commit ${(0,names/* shortCommit */.Ax)(commit.oid, names/* LONG_COMMIT */.x6)} (shallow clone): its file changes were not scanned; fetch more history (e.g. git fetch --deepen)` });
            commit.entries = [];
        }
        commits.push(commit);
    });
    for await (const chunk of (0,run/* streamGit */.t1)(at, ['log', ...RAW_LOG_ARGS, `${baseOid}..${headOid}`, '--']))
        parser.push(chunk);
    parser.end();
    ctx.count('commitsScanned', commits.length);
    // Each distinct new blob once, and every commit message.
    const found = { blobs: new BlobMatches(), scanned: new Set(), messages: new Map(), paths: new Map() };
    const newOids = new Set();
    let gitlinks = 0;
    for (const commit of commits) {
        for (const entry of commit.entries) {
            if (isBlobMode(entry.newMode)) {
                newOids.add(entry.newOid);
                if (!found.paths?.has(entry.newOid))
                    found.paths?.set(entry.newOid, entry.path);
            }
            else if (entry.newMode === '160000')
                gitlinks++;
        }
    }
    if (gitlinks)
        ctx.note({ reason: 'submodule', message: `${gitlinks} submodule change(s) in the range: submodules are separate repositories and were not scanned` });
    await scanNamedObjects(at, [...newOids, ...commits.map((commit) => commit.oid)], scanner, ctx, found, maxBlobSize);
    // For commits where a new blob matched: the versions it replaced (and the rest of that commit's diff).
    const matched = commits.filter((commit) => commit.entries.some((entry) => found.blobs.has(entry.newOid)));
    const oldOids = new Set();
    for (const commit of matched) {
        for (const entry of commit.entries)
            entry.oldOids.forEach((oid, i) => isBlobMode(entry.oldModes[i]) && oldOids.add(oid));
    }
    await scanNamedObjects(at, oldOids, scanner, ctx, found, maxBlobSize);
    const hits = [];
    const messages = found.messages ?? new Map();
    for (const commit of commits) {
        const messageMatches = messages.get(commit.oid);
        if (messageMatches)
            hits.push(...hitsOf(firstOfEach(messageMatches), { kind: 'commit-message', ...commitOrigin(commit) }));
    }
    const fileHits = [];
    for (const commit of matched) {
        for (const { entry, keys } of introductions(commit.entries, found.blobs.keysOf)) {
            const origin = { kind: 'file', path: entry.path.toString('utf8'), ...commitOrigin(commit) };
            for (const hit of hitsOf(firstMatches(found.blobs.matchesOf(entry.newOid), keys), origin))
                fileHits.push({ path: entry.path, hit });
        }
    }
    // inHead / headLine: HEAD's version of each path with a hit.
    if (fileHits.length) {
        const wanted = new Set(fileHits.map(({ path }) => path.toString('latin1')));
        const headBlobs = await blobsAtPaths(at, headOid, wanted);
        await scanNamedObjects(at, headBlobs.values(), scanner, ctx, found, maxBlobSize);
        for (const { hit, path } of fileHits) {
            const headBlob = headBlobs.get(path.toString('latin1'));
            // In an archive, the same member: a key that moved to another member is not where the comment would point.
            const headMatch = headBlob ? found.blobs.matchesOf(headBlob).find((m) => m.secret.sha256 === hit.match.secret.sha256 && m.member === hit.match.member) : undefined;
            hit.location.inHead = headMatch !== undefined;
            if (headMatch)
                hit.location.headLine = headMatch.line;
            hits.push(hit);
        }
    }
    yield* hits;
}
/** The blob oid at each wanted path (paths as latin1 strings of their bytes) in a commit's tree. */
async function blobsAtPaths(at, commit, wanted) {
    const result = new Map();
    for (const entry of await lsTree(at, commit)) {
        const path = entry.path.toString('latin1');
        if (wanted.has(path) && entry.type === 'blob' && isBlobMode(entry.mode))
            result.set(path, entry.oid);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/sources/staged.ts
/**
 * `--staged`: what is staged against HEAD (or against the empty tree before the first commit), for a pre-commit
 * hook. A key counts when the staged version of a file holds it and HEAD's did not (the same rule as history:
 * attribution.ts), so keys the commit merely keeps, moves or renames are not reported. Paths are relative to the
 * repository root.
 */








function stagedSource(options) {
    return (detect, ctx) => scanStaged(options, detect, ctx);
}
async function* scanStaged(options, detect, ctx) {
    const { root } = options;
    const at = (0,run/* repoAt */.Qz)(root, options.git);
    const maxBlobSize = blobSizeLimit(options.maxBlobSize);
    const repo = await openRepository(at);
    if (repo.bare)
        throw new core_errors/* UserError */.y(`--staged needs a work tree; ${root} is a bare repository`);
    const base = (await headCommit(at)) ?? (await emptyTree(at));
    const scanner = contentScanner(detect, ctx, options.archiveLimits);
    const staged = { oid: '', parents: [], author: '', time: NaN, entries: [] };
    const parser = new RawLogParser(() => undefined);
    parser.begin(staged);
    for await (const chunk of (0,run/* streamGit */.t1)(at, ['diff-index', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev', base, '--'])) {
        parser.push(chunk);
    }
    parser.end();
    // A merge conflict's file has no staged version yet (git commit refuses until it is resolved and added).
    for (const entry of staged.entries.filter((e) => e.status === 'U')) {
        const path = entry.path.toString('utf8');
        ctx.count('skippedUnmerged');
        ctx.note({ reason: 'unmerged', message: `${path}: unmerged (a merge conflict): not scanned until it is resolved and staged`, path });
    }
    const found = { blobs: new BlobMatches(), scanned: new Set(), paths: new Map() };
    const newEntries = staged.entries.filter((entry) => isBlobMode(entry.newMode));
    for (const entry of newEntries)
        found.paths?.set(entry.newOid, entry.path);
    const newOids = newEntries.map((entry) => entry.newOid);
    await scanNamedObjects(at, newOids, scanner, ctx, found, maxBlobSize);
    ctx.count('filesScanned', newOids.length);
    if (!newOids.some((oid) => found.blobs.has(oid)))
        return;
    const oldOids = staged.entries.flatMap((entry) => entry.oldOids.filter((_oid, i) => isBlobMode(entry.oldModes[i])));
    await scanNamedObjects(at, oldOids, scanner, ctx, found, maxBlobSize);
    for (const { entry, keys } of introductions(staged.entries, found.blobs.keysOf)) {
        yield* hitsOf(firstMatches(found.blobs.matchesOf(entry.newOid), keys), { kind: 'file', path: entry.path.toString('utf8') });
    }
}

;// CONCATENATED MODULE: ./src/scan.ts
/**
 * The pipeline, shared by both entry points: plan -> source -> detector -> findings -> verify/revoke.
 * Entry points turn their world into a Plan and render the ScanResult; nothing here prints.
 */












async function runScan(plan, hooks = {}) {
    const adminProblem = plan.revoke && hooks.adminKey ? (0,admin_key/* adminKeyProblem */.U)(hooks.adminKey) : undefined;
    if (adminProblem)
        throw new core_errors/* UserError */.y(adminProblem);
    const rules = await loadRules(plan, hooks.git);
    const { config, baseline } = rules;
    const maxFileSize = config.maxFileSize ?? plan.maxFileSize;
    const notes = [];
    const errors = [];
    const stats = {};
    const ctx = {
        note(note) {
            notes.push(note);
            hooks.onNote?.(note);
        },
        count(name, by = 1) {
            stats[name] = (stats[name] ?? 0) + by;
        },
        ...(hooks.onProgress ? { progress: hooks.onProgress } : {}),
    };
    for (const note of rules.notes)
        ctx.note(note);
    const started = Date.now();
    const set = new aggregate/* FindingSet */.Y();
    let hits = 0;
    let incomplete;
    try {
        const detect = createDetector({ markers: config.markers });
        for await (const hit of sourceFor(plan, maxFileSize, hooks.git ?? {})(detect, ctx)) {
            if (plan.repository)
                hit.location.repository = plan.repository;
            hits++;
            if (set.add(hit))
                hooks.onSecret?.(hit.match.secret);
        }
    }
    catch (error) {
        // A bad argument before anything was found is the user's to fix (exit 2). A failure part-way keeps
        // what was already found: it is reported along with the error, and the run fails.
        if (hits === 0)
            throw error;
        incomplete = `the scan stopped early: ${(0,core_errors/* describeError */.U)(error)}`;
        errors.push(incomplete);
    }
    stats.durationMs = Date.now() - started;
    const suppression = suppress(set.candidates(), {
        allowSecrets: config.allowSecrets,
        excludePaths: config.excludePaths,
        ...(baseline ? { baseline } : {}),
    });
    let { findings, suppressed } = suppression;
    // The Anthropic SDK is loaded only when a key is to be checked: most scans find nothing.
    if ((plan.verify || plan.revoke) && findings.length + suppressed.length > 0) {
        const { verifyAndRevoke } = await Promise.all(/* import() */[__nccwpck_require__.e(945), __nccwpck_require__.e(988)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9988));
        const act = {
            verify: plan.verify,
            revoke: plan.revoke,
            dryRun: plan.dryRun,
            revokeStatus: plan.revokeStatus,
            ...(hooks.adminKey ? { adminKey: hooks.adminKey } : {}),
            ...(hooks.anthropicBaseURL ? { baseURL: hooks.anthropicBaseURL } : {}),
            note: ctx.note,
        };
        const cap = plan.maxVerify ?? limits/* DEFAULT_MAX_VERIFY */.L;
        errors.push(...(await verifyAndRevoke(findings, { ...act, maxVerify: cap })));
        // Suppressed keys are checked too (never revoked: someone chose to allow them), within what is left of the
        // run's verification cap: a live one is reported.
        const toCheck = suppressedToCheck(findings, suppressed);
        const left = cap - Math.min(cap, findings.length);
        if (toCheck.length > 0 && left > 0)
            errors.push(...(await verifyAndRevoke(toCheck, { ...act, revoke: false, maxVerify: left })));
        ({ findings, suppressed } = reportLiveSuppressed(findings, suppressed, toCheck));
    }
    stats.findings = findings.length;
    stats.suppressed = suppressed.length;
    return { plan, findings, suppressed, notes, stats, errors, ...(incomplete ? { incomplete } : {}) };
}
function sourceFor(plan, maxFileSize, git) {
    const { scope } = plan;
    const archiveLimits = plan.archiveLimits ?? {};
    switch (scope.kind) {
        case 'files':
            return filesSource({ root: scope.root, maxFileSize, archiveLimits });
        case 'staged':
            return stagedSource({ root: scope.root, maxBlobSize: maxFileSize, archiveLimits, git });
        case 'history':
            return historySource({ root: scope.root, maxBlobSize: maxFileSize, archiveLimits, git });
        case 'range':
            return rangeSource({ root: scope.root, base: scope.base, head: scope.head, maxBlobSize: maxFileSize, archiveLimits, git });
        default:
            throw new core_errors/* UserError */.y(`unknown scope ${scope.kind}`);
    }
}


/***/ }),

/***/ 4654:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iR: () => (/* binding */ GitCommandError),
  qR: () => (/* binding */ GitStoppedError),
  $Y: () => (/* binding */ git),
  q_: () => (/* binding */ gitText),
  Qz: () => (/* binding */ repoAt),
  I5: () => (/* binding */ rootOf),
  t1: () => (/* binding */ streamGit)
});

// UNUSED EXPORTS: gitFailure, stderrLine

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/scrub.ts
var scrub = __nccwpck_require__(8660);
;// CONCATENATED MODULE: ./src/sources/git/auth.ts
/**
 * A token for git's HTTP requests, never in argv, a URL, a config file or an error message: it rides in an
 * `http.<origin>/.extraheader` set through git's environment config (GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n /
 * GIT_CONFIG_VALUE_n), scoped to the one server it is for (the form actions/checkout uses).
 */
/** The basic-auth value GitHub accepts for a token (any user name, the token as password). Mask it too. */
function basicCredentials(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
/** `https://host[:port]/` of an http(s) URL; undefined for any other (file://, ssh): no header is sent there. */
function httpOrigin(url) {
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? `${parsed.protocol}//${parsed.host}/` : undefined;
    }
    catch {
        return undefined;
    }
}
/** The GIT_CONFIG_* variables carrying the auth header (empty when the URL is not http(s) or there is no token). */
function authConfigEnv(auth) {
    const origin = auth?.token ? httpOrigin(auth.url) : undefined;
    if (!auth || !origin)
        return {};
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${origin}.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basicCredentials(auth.token)}`,
    };
}

;// CONCATENATED MODULE: ./src/sources/git/hardening.ts
/**
 * The defences every git call carries, so that no call can forget them: git runs no program that the scanned
 * repository (its `.git/config`, anything that config includes, its `.gitattributes`, its hooks) or a stray
 * `GIT_*` variable names, and talks only over the protocols this tool uses.
 *
 * Settings given with `-c` are git's "command" scope: read after the system, global, repository and worktree
 * files (and after whatever those include through `include.path`/`includeIf`), so they win over all of them.
 * Keys that name a program, and how each is neutralised:
 * - `core.fsmonitor` (a hook run whenever the index is read: `--staged`)      -> false
 * - `core.hooksPath` and `.git/hooks/*` (e.g. `reference-transaction` on fetch) -> a directory with no hooks
 * - `core.pager`, `pager.<cmd>`                                               -> `--no-pager`, GIT_PAGER=cat
 * - `diff.external`, `diff.<driver>.command`, `diff.<driver>.textconv`         -> `--no-ext-diff --no-textconv`
 *   on every diff-family command (attributes select the driver; the flags switch drivers off whatever it is)
 * - `core.askPass` (and GIT_ASKPASS, SSH_ASKPASS)                              -> empty: no prompt program
 * - `credential.helper`, `credential.<url>.helper` (a list; the empty value resets it) -> empty
 * - `core.sshCommand` (and GIT_SSH, GIT_SSH_COMMAND)                           -> plain `ssh`
 * - `core.gitProxy` (git://), `ext::` URLs, remote helpers (`<vcs>::`)         -> only https, http, file, ssh
 * - `remote.origin.uploadpack`/`receivepack` (run through the shell for local and ssh remotes) -> git's own
 * - `core.alternateRefsCommand` (run on fetch when the store has alternates)   -> empty: none is run
 * - `http.saveCookies` (writes a file the config names)                        -> false
 * - `gc.auto`, `maintenance.auto` (a fetch starting gc or maintenance), bundle URIs -> off
 * - `extensions.partialClone` (a lazy fetch of a missing object)                -> GIT_NO_LAZY_FETCH=1
 * Never reached by the commands this tool runs (documented so nobody adds one that reaches them): `filter.*`
 * clean/smudge (no work-tree reads or checkouts: the index, trees and blobs only; `cat-file` without
 * `--filters`/`--textconv`; clones are bare), `gpg.program` (no signature is shown or verified;
 * `log.showSignature=false`), editors (nothing is edited), merge drivers (nothing is merged),
 * `uploadpack.packObjectsHook` (git honours it from protected config only). `safe.directory` is likewise honoured
 * from protected config only: a repository cannot trust itself; the caller names trusted directories explicitly.
 */
/** Settings that would change the output this code parses, whatever the user's config says. */
const OUTPUT_CONFIG = [
    'core.quotepath=off',
    'color.ui=never',
    'log.showSignature=false',
    'diff.noprefix=false',
    'log.showRoot=true',
    // Names and messages as UTF-8 whatever the repository says: UTF-16 output would put NULs inside `-z` records.
    'i18n.logOutputEncoding=UTF-8',
];
/** Settings that stop git from running a program or reaching a host the repository's config names. */
const NO_PROGRAM_CONFIG = [
    'core.fsmonitor=false',
    'core.hooksPath=/dev/null',
    'core.pager=cat',
    'core.askPass=',
    'credential.helper=',
    'core.sshCommand=ssh',
    'core.alternateRefsCommand=',
    'remote.origin.uploadpack=git-upload-pack',
    'remote.origin.receivepack=git-receive-pack',
    'protocol.allow=never',
    'protocol.https.allow=always',
    'protocol.http.allow=always',
    'protocol.file.allow=always',
    'protocol.ssh.allow=always',
    'http.saveCookies=false',
    'submodule.recurse=false',
    'fetch.recurseSubmodules=false',
    // No background work after a fetch (gc and maintenance run more git, and the pre-auto-gc hook), no bundles
    // downloaded from a URL the server or config advertises.
    'gc.auto=0',
    'maintenance.auto=false',
    'transfer.bundleURI=false',
];
/** Commands that compute diffs, and so would run an external diff or a textconv filter. */
const DIFF_COMMANDS = new Set(['diff', 'log', 'show', 'diff-tree', 'diff-index', 'diff-files', 'whatchanged', 'format-patch']);
const NO_DIFF_PROGRAMS = ['--no-ext-diff', '--no-textconv'];
/**
 * git's argv: global options (`--no-pager`, `-C root`, every `-c`), the command, then for diff-family commands
 * the flags that switch off external diff and textconv drivers, then the caller's arguments.
 */
function hardenedArgv(root, args, trusted = []) {
    const [command, ...rest] = args;
    const config = [...OUTPUT_CONFIG, ...NO_PROGRAM_CONFIG, ...[...new Set(trusted.filter(Boolean))].map((path) => `safe.directory=${path}`)];
    return [
        '--no-pager',
        ...(root === undefined ? [] : ['-C', root]),
        ...config.flatMap((setting) => ['-c', setting]),
        ...(command === undefined ? [] : [command]),
        ...(command !== undefined && DIFF_COMMANDS.has(command) ? NO_DIFF_PROGRAMS : []),
        ...rest,
    ];
}
/**
 * `GIT_*` variables kept from the inherited environment: which config files the user trusts (system, global)
 * and the index a pre-commit hook is given (`git commit -a` or `git commit PATH` stage into a temporary index).
 * Every other `GIT_*` variable is dropped: GIT_DIR/GIT_WORK_TREE/GIT_OBJECT_DIRECTORY would point git at another
 * repository than the one scanned, GIT_CONFIG_PARAMETERS/GIT_CONFIG_COUNT carry config, GIT_EXTERNAL_DIFF,
 * GIT_SSH(_COMMAND), GIT_ASKPASS, GIT_PROXY_COMMAND, GIT_EDITOR and GIT_EXEC_PATH name programs, GIT_TRACE*
 * and GIT_CURL_VERBOSE would print headers, GIT_SSL_NO_VERIFY turns off TLS checks.
 */
const KEPT_GIT_VARIABLES = new Set(['GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'GIT_CONFIG_NOSYSTEM', 'GIT_INDEX_FILE']);
/** Other variables that name a program git (or ssh) would run. */
const DROPPED_VARIABLES = new Set(['SSH_ASKPASS', 'SSH_ASKPASS_REQUIRE']);
/** The environment git runs with: the inherited one without its program-naming variables, plus fixed settings. */
function hardenedEnv(inherited, extra = {}) {
    const env = {};
    for (const [name, value] of Object.entries(inherited)) {
        if (name.startsWith('GIT_') ? !KEPT_GIT_VARIABLES.has(name) : DROPPED_VARIABLES.has(name))
            continue;
        env[name] = value;
    }
    return {
        ...env,
        LC_ALL: 'C',
        LANG: 'C',
        GIT_TERMINAL_PROMPT: '0',
        GCM_INTERACTIVE: 'never',
        GIT_NO_LAZY_FETCH: '1',
        // The objects as stored: replace refs would make `cat-file <oid>` answer with another object's content,
        // and a repository's (deprecated) info/grafts would give commits other parents, hiding commits from a range.
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_GRAFT_FILE: '/dev/null',
        GIT_OPTIONAL_LOCKS: '0',
        GIT_PAGER: 'cat',
        ...extra,
    };
}

;// CONCATENATED MODULE: ./src/sources/git/run.ts
/**
 * Spawning git: the one place that knows how (nothing else in src/ starts a process). Every call runs
 * `git --no-pager -C ROOT -c ... COMMAND ...` with the defences of hardening.ts (no program the repository
 * names is ever run), settings that keep output byte-exact and machine-readable (callers ask for `-z` wherever
 * paths appear), a C locale and no prompts. The environment and any auth are explicit per call: nothing here
 * reads or changes process.env except as the default environment to inherit. Output is streamed: a history is
 * never read into memory whole.
 */





function rootOf(at) {
    return typeof at === 'string' ? at : at.root;
}
/** `at` with `setup` (the form sources pass down from their options). */
function repoAt(root, setup = {}) {
    return { root, ...setup };
}
function setupOf(at) {
    return typeof at === 'string' ? {} : at;
}
/** git's own line about a failure: its `fatal:`/`error:` line when there is one, else the first non-empty line. */
function failureLine(stderr) {
    const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
    return lines.find((line) => /^(fatal|error):/.test(line)) ?? lines[0] ?? '';
}
/** git's stderr as one line, without its `fatal:`/`error:` prefix. */
function stderrLine(stderr) {
    return failureLine(stderr).replace(/^(fatal|error):\s*/, '');
}
/** A git command that failed; `reason` is git's own line without, `line` with its `fatal:` prefix (both scrubbed). */
class GitCommandError extends Error {
    command;
    reason;
    line;
    name = 'GitCommandError';
    constructor(command, reason, line) {
        super(`git ${command} failed: ${reason}`);
        this.command = command;
        this.reason = reason;
        this.line = line;
    }
}
/** A git command stopped by its caller (abort signal or time limit). */
class GitStoppedError extends Error {
    name = 'GitStoppedError';
}
/** Commands whose failure says nothing about the directory they ran in. */
const REMOTE_COMMANDS = new Set(['clone', 'fetch', 'ls-remote']);
/** Turn a failed git call into an error: UserError for what the user can fix (not a repository, unknown ref). */
function gitFailure(args, code, stderr, root, token) {
    // git's text is bound for people: no credential (a key used as a ref name, the fetch token) leaves in it.
    const line = (0,scrub/* scrub */._I)(failureLine(stderr), token ? [token] : []) || `exit code ${code ?? 'signal'}`;
    const reason = line.replace(/^(fatal|error):\s*/, '') || line;
    const command = args[0] ?? '';
    if (!REMOTE_COMMANDS.has(command)) {
        if (/not a git repository/i.test(reason))
            return new errors/* UserError */.y(`not a git repository: ${root}`);
        if (/dubious ownership/i.test(reason)) {
            return new errors/* UserError */.y(`git refuses the repository at ${root} (dubious ownership): run git config --global --add safe.directory ${root}`);
        }
        if (/cannot change to|No such file or directory/i.test(reason) && !/^(cat-file|log)$/.test(command)) {
            return new errors/* UserError */.y(`no such directory: ${root}`);
        }
    }
    return new GitCommandError(command, reason, line);
}
function spawnError(error) {
    if (error.name === 'AbortError')
        return new GitStoppedError('git was stopped');
    if (error.code === 'ENOENT')
        return new errors/* UserError */.y('git is not installed (or not on PATH)');
    return new Error(`could not run git: ${error.message.split('\n')[0]}`);
}
function spawnGit(at, args, options) {
    const setup = setupOf(at);
    return (0,external_node_child_process_.spawn)('git', hardenedArgv(rootOf(at), args, setup.trusted), {
        env: hardenedEnv(setup.env ?? process.env, authConfigEnv(options.auth)),
        stdio: ['pipe', 'pipe', 'pipe'],
        ...(options.signal ? { signal: options.signal } : {}),
    });
}
/** Keep the first 64 KiB of a stream's text (git's stderr: enough for its reason, bounded whatever it prints). */
function collectText(stream) {
    let text = '';
    stream.on('data', (chunk) => {
        if (text.length < 65536)
            text += chunk.toString('utf8');
    });
    return () => text;
}
/** Wait until a writable can take more (or is gone). */
function drained(stream) {
    return new Promise((resolve) => {
        const done = () => {
            stream.removeListener('drain', done);
            stream.removeListener('close', done);
            resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
    });
}
/** Run git for a small answer (collected in memory). Throws on an exit code not in okCodes (default [0]). */
function git(at, args, options = {}) {
    const okCodes = options.okCodes ?? [0];
    return new Promise((resolve, reject) => {
        const child = spawnGit(at, args, options);
        const out = [];
        const stderr = collectText(child.stderr);
        let failure;
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.on('error', (error) => {
            failure = spawnError(error);
            reject(failure);
        });
        child.on('close', (code) => {
            if (failure)
                return;
            if (code !== null && okCodes.includes(code))
                resolve({ stdout: Buffer.concat(out), code, stderr: stderr() });
            else
                reject(gitFailure(args, code, stderr(), rootOf(at), options.auth?.token));
        });
        child.stdin.on('error', () => undefined); // git may exit before reading all input; the exit code tells
        child.stdin.end(options.input);
    });
}
/** Run git and return stdout as text without the trailing newline. */
async function gitText(at, args, options = {}) {
    const { stdout } = await git(at, args, options);
    return stdout.toString('utf8').replace(/\n$/, '');
}
/**
 * Stream git's stdout chunk by chunk. Throws (after the last chunk) when git fails. Breaking out of the loop
 * kills git. `input` is written to git's stdin (e.g. a list of object names for `cat-file --batch`).
 */
async function* streamGit(at, args, options = {}) {
    const child = spawnGit(at, args, options);
    const stderr = collectText(child.stderr);
    let failure;
    const exit = new Promise((resolve) => {
        child.on('error', (error) => {
            failure = spawnError(error);
            resolve(null);
        });
        child.on('close', (code) => resolve(code));
    });
    child.stdin.on('error', () => undefined);
    const input = options.input;
    let inputFailure;
    if (input === undefined || typeof input === 'string' || Buffer.isBuffer(input))
        child.stdin.end(input);
    else {
        // Feed stdin from another stream with backpressure; a failure there stops git and is what we report.
        void (async () => {
            try {
                for await (const piece of input) {
                    if (child.exitCode !== null)
                        break;
                    if (!child.stdin.write(piece))
                        await drained(child.stdin);
                }
            }
            catch (error) {
                inputFailure = error;
                child.kill();
            }
            finally {
                child.stdin.end();
            }
        })();
    }
    let finished = false;
    try {
        for await (const chunk of child.stdout)
            yield chunk;
        const code = await exit;
        finished = true;
        if (inputFailure)
            throw inputFailure;
        if (failure)
            throw failure;
        if (code !== 0)
            throw gitFailure(args, code, stderr(), rootOf(at));
    }
    finally {
        if (!finished && child.exitCode === null)
            child.kill();
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(91);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
