export const id = 365;
export const ids = [365,988];
export const modules = {

/***/ 9988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyAndRevoke: () => (/* binding */ verifyAndRevoke)
/* harmony export */ });
/* harmony import */ var _revoke_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4540);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3947);


/** Verifies and revokes in place; returns the errors that did not stop anything (one line each). */
async function verifyAndRevoke(findings, options) {
    const errors = [];
    if (findings.length === 0)
        return errors;
    const base = options.baseURL ? { baseURL: options.baseURL } : {};
    if (options.verify || options.revoke)
        await (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyFindings */ .qJ)(findings, base);
    if (!options.revoke)
        return errors;
    if (!options.adminKey) {
        errors.push('revocation needs an Admin API key (ANTHROPIC_ADMIN_KEY, or the admin-key input); nothing was revoked');
        return errors;
    }
    const outcome = await (0,_revoke_js__WEBPACK_IMPORTED_MODULE_0__/* .revokeFindings */ .v)(findings, {
        adminKey: options.adminKey,
        dryRun: options.dryRun,
        status: options.revokeStatus,
        ...base,
    });
    errors.push(...outcome.errors);
    return errors;
}


/***/ }),

/***/ 1365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BATCH_USAGE: () => (/* binding */ BATCH_USAGE),
  batchCommand: () => (/* binding */ batchCommand),
  parseRepositoryList: () => (/* binding */ parseRepositoryList)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/flags.ts
var flags = __webpack_require__(2336);
// EXTERNAL MODULE: ./src/core/secret.ts
var secret = __webpack_require__(2559);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/anthropic/verify.ts
var verify = __webpack_require__(3947);
// EXTERNAL MODULE: ./src/anthropic/revoke.ts
var revoke = __webpack_require__(4540);
// EXTERNAL MODULE: ./src/anthropic/api.ts + 196 modules
var api = __webpack_require__(9237);
// EXTERNAL MODULE: ./src/anthropic/act.ts
var act = __webpack_require__(9988);
;// CONCATENATED MODULE: ./src/anthropic/index.ts
/** The anthropic/ stage: verification (is a found key live?) and revocation (deactivate it via the Admin API). */





// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/scan.ts + 23 modules
var scan = __webpack_require__(5907);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/audit/clone.ts
/**
 * Bare clones with the whole history, authenticated without the token ever being in argv, a URL, a config
 * file or an error message: it rides in an `http.<origin>/.extraheader` set through git's environment
 * config (GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n), scoped to the server it is for.
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
/**
 * git's environment for a clone: no prompt, and, for an http(s) URL with a token, the auth header scoped
 * to that origin (appended after any GIT_CONFIG_COUNT entries already in the environment).
 */
function cloneEnv(url, token, env) {
    const out = { ...env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
    let origin;
    try {
        const u = new URL(url);
        if (u.protocol === 'https:' || u.protocol === 'http:')
            origin = `${u.protocol}//${u.host}/`;
    }
    catch {
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
/** Replace the token (and its basic-auth form) wherever it might appear in text meant for people. */
function scrubToken(text, token) {
    if (!token)
        return text;
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    return text.split(token).join('***').split(basic).join('***');
}
class CloneError extends Error {
    name = 'CloneError';
}
/** The line of git's stderr that says what went wrong (`fatal: ...`), else its last line. */
function gitReason(stderr) {
    const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.find((l) => l.startsWith('fatal:')) ?? lines.at(-1) ?? 'no message';
}
/** `git clone --bare` of the repository; resolves when done, rejects with a one-line CloneError. */
function cloneBare(options) {
    const url = cloneUrl(options.urlTemplate, options.repository, options.env.GITHUB_SERVER_URL || undefined);
    const env = cloneEnv(url, options.token, options.env);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', ['clone', '--bare', '--quiet', '--no-hardlinks', '--', url, options.directory], {
            env,
            stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (d) => {
            if (stderr.length < 64 * 1024)
                stderr += d.toString('utf8');
        });
        const timer = options.timeoutMs !== undefined ? setTimeout(() => child.kill('SIGTERM'), options.timeoutMs).unref() : undefined;
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            reject(new CloneError(`git could not be started: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (code === 0)
                resolve();
            else if (signal)
                reject(new CloneError(`clone stopped (${signal})${options.timeoutMs ? ` after ${options.timeoutMs / 1000} s` : ''}`));
            else
                reject(new CloneError(`clone failed: ${scrubToken(gitReason(stderr), options.token)}`));
        });
    });
}

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
        failOn: 'never',
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
            await cloneBare({
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

;// CONCATENATED MODULE: ./src/audit/batch-command.ts
/**
 * `anthropic-key-scan batch --repositories OWNER/A,OWNER/B [--verify] [--revoke [--dry-run]]
 *  [--output-dir DIR] [--clone-url-template URL] [--parallel N] [--clone-timeout SECONDS]`
 *
 * One matrix job of an organization audit: clone, scan, verify/revoke once per key, and write one JSON
 * report per repository (OWNER__NAME.json) into DIR. Token: GITHUB_TOKEN (sent only to the clone URL's
 * origin, never in argv or a URL). Admin key: ANTHROPIC_ADMIN_KEY. Exit 0 when reports were written
 * (failed repositories are in them), 2 when no repository could be scanned or the arguments are wrong.
 */










const BATCH_USAGE = `Usage: anthropic-key-scan batch --repositories OWNER/A,OWNER/B [options]

Clone each repository (bare, whole history), scan it, verify each distinct key once for the whole batch,
and write one JSON report per repository (OWNER__NAME.json). GITHUB_TOKEN authenticates the clones.

  --repositories LIST         comma-separated OWNER/NAME (repeatable; a JSON array is accepted too)
  --verify                    check each distinct key against the Anthropic API (ANTHROPIC_BASE_URL)
  --revoke                    deactivate live keys of the admin key's organization (ANTHROPIC_ADMIN_KEY); implies --verify
  --dry-run                   with --revoke: every read, no write
  --revoke-status STATUS      inactive (default) or archived
  --output-dir DIR            where the reports go (default: reports)
  --clone-url-template URL    default ${DEFAULT_CLONE_URL_TEMPLATE}, {server} = GITHUB_SERVER_URL or https://github.com
  --parallel N                repositories cloned and scanned at once (default 2)
  --clone-timeout SECONDS     give up on a clone after this long (default: no limit)
`;
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
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
        if (!REPOSITORY.test(name) || name.endsWith('.git') || name.split('/')[1] === '.' || name.split('/')[1] === '..') {
            throw new core_errors/* UserError */.y(`--repositories: "${name}" is not OWNER/NAME`);
        }
    }
    return [...new Set(names)];
}
async function batchCommand(argv, io) {
    const parsed = (0,flags/* parseFlags */.bQ)('batch', {
        args: argv,
        allowPositionals: false,
        strict: true,
        options: {
            repositories: { type: 'string', multiple: true, default: [] },
            verify: { type: 'boolean', default: false },
            revoke: { type: 'boolean', default: false },
            'dry-run': { type: 'boolean', default: false },
            'revoke-status': { type: 'string', default: 'inactive' },
            'output-dir': { type: 'string', default: 'reports' },
            'clone-url-template': { type: 'string' },
            parallel: { type: 'string' },
            'clone-timeout': { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
        },
    });
    const { values } = parsed;
    if (values.help) {
        io.stdout(BATCH_USAGE);
        return 0;
    }
    const repositories = parseRepositoryList(values.repositories);
    if (repositories.length === 0)
        throw new core_errors/* UserError */.y('batch needs --repositories OWNER/NAME[,OWNER/NAME...]');
    const revokeStatus = values['revoke-status'];
    if (revokeStatus !== 'inactive' && revokeStatus !== 'archived') {
        throw new core_errors/* UserError */.y(`--revoke-status must be inactive or archived, not "${revokeStatus}"`);
    }
    if (values['dry-run'] && !values.revoke)
        throw new core_errors/* UserError */.y('--dry-run only applies to --revoke');
    const template = values['clone-url-template'] ?? DEFAULT_CLONE_URL_TEMPLATE;
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
    // In Actions, every found key is masked before anything else is logged (the workflow command is the
    // one place besides an auth header where a secret's value is written).
    // Once per distinct key: the scans of a batch's repositories each report the keys they find.
    const masked = new Set();
    const onSecret = inActions
        ? (secret) => {
            if (masked.has(secret.sha256))
                return;
            masked.add(secret.sha256);
            io.stdout(`::add-mask::${secret.reveal()}\n`);
        }
        : undefined;
    if (inActions && adminKey)
        onSecret?.(adminKey);
    const outputDir = values['output-dir'];
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const log = (line) => io.stderr(`${version/* TOOL_NAME */.lH}: ${line}\n`);
    const { outcomes, errors } = await scanBatch({
        repositories,
        verify: values.verify || values.revoke,
        revoke: values.revoke,
        dryRun: values['dry-run'],
        revokeStatus,
        urlTemplate: template,
        token: io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined,
        adminKey,
        anthropicBaseURL: io.env.ANTHROPIC_BASE_URL || undefined,
        workDir: io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        parallel,
        cloneTimeoutMs: cloneTimeout ? cloneTimeout * 1000 : undefined,
        maxFileSize: args/* DEFAULT_MAX_FILE_SIZE */.Sj,
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
            io.stderr(`::warning::${f.repository}: ${f.reason}\n`);
    const findings = new Set(outcomes.flatMap((o) => (o.ok ? o.result.findings.map((f) => f.secret.sha256) : [])));
    const live = new Set(outcomes.flatMap((o) => (o.ok ? o.result.findings.filter((f) => f.status === 'live').map((f) => f.secret.sha256) : [])));
    log(`${outcomes.length - failed.length} of ${outcomes.length} repositories scanned` +
        `${failed.length > 0 ? ` (${failed.length} failed)` : ''}; ${findings.size} distinct key(s)` +
        `${values.verify || values.revoke ? `, ${live.size} live` : ''}; reports in ${outputDir}`);
    return failed.length === outcomes.length ? 2 : 0;
}


/***/ })

};
