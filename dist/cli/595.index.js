export const id = 595;
export const ids = [595];
export const modules = {

/***/ 5595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MERGE_USAGE: () => (/* binding */ MERGE_USAGE),
  mergeCommand: () => (/* binding */ mergeCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var out = __webpack_require__(5648);
var out_default = /*#__PURE__*/__webpack_require__.n(out);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/flags.ts
var flags = __webpack_require__(2336);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/findings/policy.ts
var policy = __webpack_require__(9654);
// EXTERNAL MODULE: ./src/report/format.ts + 1 modules
var report_format = __webpack_require__(6970);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
;// CONCATENATED MODULE: ./src/report/merge.ts


/** Higher is more severe. */
const STATUS_SEVERITY = { live: 3, unknown: 2, invalid: 1, unchecked: 0 };
const REVOCATION_WEIGHT = {
    deactivated: 3,
    failed: 2,
    'would-deactivate': 1,
    refused: 0,
};
const STATUSES = new Set(Object.keys(STATUS_SEVERITY));
const OUTCOMES = new Set(Object.keys(REVOCATION_WEIGHT));
const LOCATION_KINDS = new Set(['file', 'commit-message', 'tag-message']);
/**
 * A whole credential of any Anthropic kind. Reports never hold one; a report that does was not written by
 * this tool (or was tampered with) and is refused rather than copied into the merged report.
 */
const FULL_CREDENTIAL = /sk-ant-[a-z]{3,5}\d{2}-[A-Za-z0-9_-]{80,}/;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Why a finding is malformed, or undefined when it is well-formed. */
function findingProblem(f) {
    if (!isObject(f))
        return 'not an object';
    if (typeof f.secretSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.secretSha256))
        return 'no valid secretSha256';
    if (typeof f.rule !== 'string')
        return 'no rule';
    if (typeof f.redacted !== 'string')
        return 'no redacted form';
    if (typeof f.status !== 'string' || !STATUSES.has(f.status))
        return `unknown status ${JSON.stringify(f.status)}`;
    if (!Array.isArray(f.locations))
        return 'no locations';
    for (const l of f.locations) {
        if (!isObject(l) || typeof l.kind !== 'string' || !LOCATION_KINDS.has(l.kind))
            return 'a malformed location';
    }
    if (f.revocation !== undefined && !isRevocation(f.revocation))
        return 'a malformed revocation';
    if (f.revocations !== undefined && !(Array.isArray(f.revocations) && f.revocations.every(isRevocation))) {
        return 'malformed revocations';
    }
    return undefined;
}
function isRevocation(r) {
    return isObject(r) && typeof r.outcome === 'string' && OUTCOMES.has(r.outcome);
}
/** Why a report is malformed, or undefined. */
function reportProblem(r) {
    if (r === undefined)
        return 'missing';
    if (!isObject(r))
        return 'not a JSON object';
    if (r.version !== 1)
        return `not a version 1 report (version ${JSON.stringify(r.version)})`;
    if (!isObject(r.scope) || typeof r.scope.kind !== 'string')
        return 'no scope';
    if (!Array.isArray(r.findings))
        return 'no findings array';
    if (r.suppressed !== undefined && !Array.isArray(r.suppressed))
        return 'suppressed is not an array';
    if (FULL_CREDENTIAL.test(JSON.stringify(r)))
        return 'it holds what looks like a full credential; refusing to copy it';
    return undefined;
}
class FindingMerger {
    #byKey = new Map();
    add(f, repository) {
        const locations = f.locations.map((l) => (repository && !l.repository ? { ...l, repository } : l));
        let acc = this.#byKey.get(f.secretSha256);
        if (!acc) {
            const { revocation: _r, revocations: _rs, locations: _l, ...rest } = f;
            acc = { finding: { ...rest, locations: [] }, locationKeys: new Set(), revocations: new Map() };
            this.#byKey.set(f.secretSha256, acc);
        }
        else if (STATUS_SEVERITY[f.status] > STATUS_SEVERITY[acc.finding.status]) {
            acc.finding.status = f.status;
            if (f.statusDetail !== undefined)
                acc.finding.statusDetail = f.statusDetail;
            else
                delete acc.finding.statusDetail;
        }
        const target = acc.finding;
        target.organizationId ??= f.organizationId;
        target.organizationName ??= f.organizationName;
        if (target.organizationId === undefined)
            delete target.organizationId;
        if (target.organizationName === undefined)
            delete target.organizationName;
        for (const location of locations) {
            // The same report merged twice (a re-run job's artifact next to the first one) adds nothing.
            const key = JSON.stringify(location);
            if (acc.locationKeys.has(key))
                continue;
            acc.locationKeys.add(key);
            target.locations.push(location);
        }
        for (const r of [...(f.revocations ?? []), ...(f.revocation ? [f.revocation] : [])]) {
            acc.revocations.set(JSON.stringify([r.outcome, r.keyId, r.keyName, r.reason]), r);
        }
    }
    findings() {
        const out = [];
        for (const { finding, revocations } of this.#byKey.values()) {
            const all = [...revocations.values()].sort((a, b) => REVOCATION_WEIGHT[b.outcome] - REVOCATION_WEIGHT[a.outcome]);
            if (all.length > 0)
                finding.revocation = all[0];
            if (all.length > 1)
                finding.revocations = all;
            out.push(finding);
        }
        // Decorated sort: counting a finding's repositories once, not in every comparison.
        const counts = new Map(out.map((f) => [f, repositoriesOf(f).length]));
        return out.sort((a, b) => compareFindings(a, b, counts));
    }
}
/** In the order of every report (what needs action first), then the key in most repositories, then by hash. */
function compareFindings(a, b, repositoryCounts) {
    const count = (f) => repositoryCounts?.get(f) ?? repositoriesOf(f).length;
    return (json/* STATUS_ORDER */.QD.indexOf(a.status) - json/* STATUS_ORDER */.QD.indexOf(b.status) ||
        count(b) - count(a) ||
        (a.secretSha256 < b.secretSha256 ? -1 : a.secretSha256 > b.secretSha256 ? 1 : 0));
}
/** The distinct repositories a finding's locations name, in order of first appearance. */
function repositoriesOf(f) {
    return [...new Set(f.locations.map((l) => l.repository).filter((r) => typeof r === 'string'))];
}
function stringList(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
const NO_REPORT_REASON = 'no report: its scan job failed, was cancelled or timed out';
function mergeReports(reports, options = {}) {
    const merger = new ReportMerger();
    for (const { name, report } of reports)
        merger.add(name, report);
    return merger.finish(options);
}
/**
 * The merge, one report at a time: a caller that reads reports from disk adds each and drops it, so memory
 * holds the merged result, not every input at once.
 */
class ReportMerger {
    #problems = [];
    #findings = new FindingMerger();
    #suppressed = new FindingMerger();
    #repositories = new Set();
    #failed = new Map();
    #notes = [];
    #errors = [];
    #stats = {};
    #merged = 0;
    #seen = 0;
    /** Add one report; a malformed one is named in the problems and left out. */
    add(name, report) {
        this.#seen++;
        const problem = reportProblem(report);
        if (problem) {
            this.#problems.push(`${name}: ${problem}`);
            return;
        }
        const r = report;
        this.#merged++;
        const repository = typeof r.scope.repository === 'string' ? r.scope.repository : undefined;
        const failedHere = Array.isArray(r.scope.failedRepositories) ? r.scope.failedRepositories.filter(isObject) : [];
        for (const f of failedHere) {
            if (typeof f.repository === 'string')
                this.#failed.set(f.repository, typeof f.reason === 'string' ? f.reason : 'failed');
        }
        const failedNames = new Set(failedHere.map((f) => f.repository));
        if (repository && !failedNames.has(repository))
            this.#repositories.add(repository);
        for (const other of stringList(r.scope.repositories))
            this.#repositories.add(other);
        for (const [list, merger] of [
            [r.findings, this.#findings],
            [r.suppressed ?? [], this.#suppressed],
        ]) {
            list.forEach((f, i) => {
                const why = findingProblem(f);
                if (why)
                    this.#problems.push(`${name}: finding ${i + 1} left out: ${why}`);
                else
                    merger.add(f, repository);
            });
        }
        for (const n of Array.isArray(r.notes) ? r.notes : []) {
            if (isObject(n) && typeof n.reason === 'string' && typeof n.message === 'string') {
                this.#notes.push(repository && !n.repository ? { ...n, repository } : n);
            }
        }
        for (const e of stringList(r.errors))
            this.#errors.push(repository && !e.startsWith(`${repository}:`) ? `${repository}: ${e}` : e);
        if (isObject(r.stats)) {
            for (const [key, value] of Object.entries(r.stats)) {
                if (typeof value === 'number' && Number.isFinite(value))
                    this.#stats[key] = (this.#stats[key] ?? 0) + value;
            }
        }
    }
    /** Name a report that could not even be read (missing file, not JSON). */
    problem(line) {
        this.#problems.push(line);
    }
    get merged() {
        return this.#merged;
    }
    finish(options = {}) {
        const repositories = this.#repositories;
        const failed = new Map(this.#failed);
        for (const name of options.expectedRepositories ?? []) {
            if (!repositories.has(name) && !failed.has(name))
                failed.set(name, NO_REPORT_REASON);
        }
        // A repository that failed in one job but was scanned by another (a re-run) counts as scanned.
        for (const name of repositories)
            failed.delete(name);
        const findings = this.#findings.findings();
        const report = {
            version: 1,
            tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr },
            scope: {
                kind: 'merge',
                repositories: [...repositories].sort(),
                failedRepositories: [...failed]
                    .map(([repository, reason]) => ({ repository, reason }))
                    .sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0)),
                reports: this.#merged,
            },
            findings,
            suppressed: this.#suppressed.findings(),
            ...(this.#notes.length > 0 ? { notes: this.#notes } : {}),
            ...(this.#errors.length > 0 ? { errors: this.#errors } : {}),
            stats: {
                ...this.#stats,
                reports: this.#merged,
                reportsRejected: this.#seen - this.#merged,
                repositories: repositories.size,
                failedRepositories: failed.size,
                findings: findings.length,
                live: findings.filter((f) => f.status === 'live').length,
            },
        };
        return { report, problems: [...this.#problems] };
    }
}
/**
 * One repository's view of a merged report: the keys found in it, with only its locations, but each key's
 * organization-wide status and revocation (so a per-repository SARIF for code scanning says "live" when
 * another repository's job proved it live).
 */
function forRepository(report, repository) {
    const only = (list) => list
        .map((f) => ({ ...f, locations: f.locations.filter((l) => l.repository === repository) }))
        .filter((f) => f.locations.length > 0);
    const findings = only(report.findings);
    return {
        ...report,
        scope: { ...report.scope, repository, repositories: [repository], failedRepositories: (report.scope.failedRepositories ?? []).filter((f) => f.repository === repository) },
        findings,
        suppressed: only(report.suppressed),
        ...(report.notes ? { notes: report.notes.filter((n) => n.repository === repository) } : {}),
        ...(report.errors ? { errors: report.errors.filter((e) => e.startsWith(`${repository}: `)) } : {}),
        stats: { ...report.stats, findings: findings.length, live: findings.filter((f) => f.status === 'live').length },
    };
}

;// CONCATENATED MODULE: ./src/audit/summary.ts

const STATUS_LABEL = {
    live: '🔴 **live**',
    unknown: '🟠 unknown',
    unchecked: '⚪ unchecked',
    invalid: '🟢 invalid',
};
const RULE_LABEL = {
    'anthropic-api-key': 'API key',
    'anthropic-admin-key': 'Admin API key',
    'anthropic-oauth-access-token': 'Claude Code OAuth access token',
    'anthropic-oauth-refresh-token': 'Claude Code OAuth refresh token',
};
/** Text safe inside a Markdown table cell: no pipes, no line breaks, no HTML. */
function cell(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Inline code that survives any content (backticks in a file name). */
function code(text) {
    const t = cell(text);
    const fence = t.includes('`') ? '``' : '`';
    return `${fence}${fence === '``' ? ' ' : ''}${t}${fence === '``' ? ' ' : ''}${fence}`;
}
function plural(n, word, words = `${word}s`) {
    return `${n} ${n === 1 ? word : words}`;
}
function where(l, serverUrl) {
    const commit = l.commit ? l.commit.slice(0, 7) : undefined;
    const place = l.kind === 'file'
        ? `${code(`${l.path ?? '?'}:${l.line}`)}${commit ? ` @ ${commit}` : ''}`
        : l.kind === 'tag-message'
            ? `message of tag ${code(l.tag ?? commit ?? '?')}`
            : `message of commit ${commit ?? '?'}`;
    const link = serverUrl && l.repository && l.commit && l.kind === 'file' && l.path
        ? `${serverUrl.replace(/\/+$/, '')}/${l.repository}/blob/${l.commit}/${l.path.split('/').map(encodeURIComponent).join('/')}#L${l.line}`
        : undefined;
    return `${l.repository ? `${cell(l.repository)}: ` : ''}${link ? `[${place}](${link})` : place}`;
}
function revocationCell(f) {
    const all = f.revocations ?? (f.revocation ? [f.revocation] : []);
    return all
        .map((r) => `${r.outcome}${r.keyId ? ` ${code(r.keyId)}` : ''}${r.outcome !== 'deactivated' && r.reason ? `: ${cell(r.reason)}` : ''}`)
        .join('<br>');
}
function repositoriesCell(f, max) {
    const counts = new Map();
    for (const l of f.locations)
        if (l.repository)
            counts.set(l.repository, (counts.get(l.repository) ?? 0) + 1);
    const names = repositoriesOf(f);
    const shown = names.slice(0, max).map((r) => `${cell(r)}${(counts.get(r) ?? 0) > 1 ? ` (${counts.get(r)})` : ''}`);
    if (names.length > max)
        shown.push(`and ${names.length - max} more`);
    return shown.join(', ') || '—';
}
function renderOrgSummary(report, options = {}) {
    const maxRows = options.maxRows ?? 300;
    const maxRepos = options.maxRepositoriesPerRow ?? 15;
    const findings = report.findings;
    const scanned = report.scope.repositories ?? [];
    const failed = report.scope.failedRepositories ?? [];
    const count = (s) => findings.filter((f) => f.status === s).length;
    const live = findings.filter((f) => f.status === 'live');
    const liveRepos = new Set(live.flatMap(repositoriesOf));
    const deactivated = findings.filter((f) => (f.revocations ?? (f.revocation ? [f.revocation] : [])).some((r) => r.outcome === 'deactivated'));
    const lines = ['## Anthropic key audit', ''];
    const headline = live.length > 0
        ? `**${plural(live.length, 'live key')}** in ${plural(liveRepos.size, 'repository', 'repositories')}`
        : findings.length > 0
            ? 'No live key'
            : 'No Anthropic credential found';
    const breakdown = ['live', 'unknown', 'invalid', 'unchecked']
        .filter((s) => count(s) > 0)
        .map((s) => `${count(s)} ${s}`)
        .join(', ');
    lines.push(`${headline}. ${plural(scanned.length, 'repository', 'repositories')} scanned` +
        `${failed.length > 0 ? `, **${failed.length} could not be**` : ''}; ` +
        `${plural(findings.length, 'distinct key')}${breakdown ? ` (${breakdown})` : ''}` +
        `${deactivated.length > 0 ? `; ${deactivated.length} deactivated` : ''}` +
        `${report.suppressed.length > 0 ? `; ${report.suppressed.length} allowed or baselined` : ''}.`, '');
    if (findings.length > 0) {
        lines.push('| Status | Key | Kind | Repositories | First seen | Revocation |', '| --- | --- | --- | --- | --- | --- |');
        for (const f of findings.slice(0, maxRows)) {
            const status = `${STATUS_LABEL[f.status]}${f.statusDetail && f.status !== 'live' ? `<br><sub>${cell(f.statusDetail)}</sub>` : ''}`;
            const first = f.locations[0] ? where(f.locations[0], options.serverUrl) : '—';
            lines.push(`| ${status} | ${code(f.redacted)} | ${RULE_LABEL[f.rule] ?? cell(f.rule)} | ${repositoriesCell(f, maxRepos)} | ${first} | ${revocationCell(f) || '—'} |`);
        }
        if (findings.length > maxRows)
            lines.push('', `…and ${findings.length - maxRows} more keys: see the merged JSON report.`);
        lines.push('');
    }
    if (failed.length > 0) {
        lines.push('### Repositories that could not be scanned', '', '| Repository | Reason |', '| --- | --- |');
        for (const f of failed.slice(0, maxRows))
            lines.push(`| ${cell(f.repository)} | ${cell(f.reason)} |`);
        if (failed.length > maxRows)
            lines.push('', `…and ${failed.length - maxRows} more: see the merged JSON report.`);
        lines.push('');
    }
    if (live.length > 0) {
        lines.push('> A live key must be deactivated in the Anthropic Console (or with `--revoke` and an Admin API key) and replaced;', '> removing it from the code does not remove it from history or from the clones and forks that have it.', '');
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/audit/merge-command.ts
/**
 * `anthropic-key-scan merge REPORT... [--format text|json|sarif] [--output FILE] [--summary FILE]
 *  [--matrix FILE] [--fail-on any|live|never]`
 *
 * Combines the scan jobs' JSON reports (files, or directories searched for *.json) into one report with
 * one finding per key across repositories. A missing or malformed report is named on stderr, not fatal.
 */










const MERGE_USAGE = `Usage: anthropic-key-scan merge REPORT... [options]

Merge JSON reports (files, or directories holding *.json) into one: one finding per key across
repositories, with the most severe status any job saw (live > unknown > invalid > unchecked).

  --format text|json|sarif  (default text)
  --output FILE             write the merged report to FILE instead of stdout
  --summary FILE            append the organization-wide Markdown table to FILE (e.g. $GITHUB_STEP_SUMMARY)
  --matrix FILE             the repos command's matrix: each repository in it without a report is listed as failed
  --repository OWNER/NAME   output only this repository's keys and locations (with organization-wide statuses),
                            e.g. for a SARIF to upload to that repository's code scanning
  --fail-on any|live|never  exit 1 on any finding (default), on keys not proven dead, or never
`;
const FORMATS = ['text', 'json', 'sarif'];
const FAIL_ON = ['any', 'live', 'never'];
/** Every *.json under `dir`, sorted, so the merged order does not depend on the file system. */
async function jsonFilesUnder(dir) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await jsonFilesUnder(path)));
        else if (entry.isFile() && entry.name.endsWith('.json'))
            out.push(path);
    }
    return out.sort();
}
/**
 * Read each named report (a file, or every *.json under a directory) into the merger, one at a time so only
 * the merged result stays in memory; what cannot be read is named as a problem.
 */
async function addReports(paths, merger) {
    for (const path of paths) {
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (!info && /[*?[{]/.test(path)) {
            // A pattern the shell did not expand (quoted, or no shell at all): expand it here.
            const matches = (await out_default()(path, { onlyFiles: true, dot: true })).sort();
            if (matches.length === 0)
                merger.problem(`${path}: no report matches`);
            for (const file of matches)
                await addReports([file], merger);
            continue;
        }
        if (!info) {
            merger.problem(`${path}: missing`);
            continue;
        }
        const files = info.isDirectory() ? await jsonFilesUnder(path) : [path];
        if (info.isDirectory() && files.length === 0)
            merger.problem(`${path}: no *.json report in this directory`);
        for (const file of files) {
            let text;
            try {
                text = await (0,promises_.readFile)(file, 'utf8');
            }
            catch (error) {
                merger.problem(`${file}: unreadable (${error.code ?? 'error'})`);
                continue;
            }
            let report;
            try {
                report = JSON.parse(text);
            }
            catch {
                merger.problem(`${file}: not JSON`);
                continue;
            }
            merger.add(file, report);
        }
    }
}
async function readMatrix(path) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        throw new errors/* UserError */.y(`--matrix ${path}: not a readable JSON matrix`);
    }
    const include = parsed.include;
    if (!Array.isArray(include))
        throw new errors/* UserError */.y(`--matrix ${path}: no "include" list (expected the repos command's output)`);
    return include.flatMap((b) => Array.isArray(b?.repositories) ? b.repositories.filter((r) => typeof r === 'string') : []);
}
async function mergeCommand(argv, io) {
    const parsed = (0,flags/* parseFlags */.bQ)('merge', {
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string', default: 'text' },
            output: { type: 'string' },
            summary: { type: 'string' },
            matrix: { type: 'string' },
            repository: { type: 'string' },
            'fail-on': { type: 'string', default: 'any' },
            help: { type: 'boolean', short: 'h', default: false },
        },
    });
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(MERGE_USAGE);
        return 0;
    }
    const format = (0,flags/* oneOf */.yL)(values.format, FORMATS, '--format');
    const failOn = (0,flags/* oneOf */.yL)(values['fail-on'], FAIL_ON, '--fail-on');
    if (positionals.length === 0)
        throw new errors/* UserError */.y('merge needs at least one REPORT (a JSON report, or a directory of them)');
    const expected = values.matrix ? await readMatrix(values.matrix) : undefined;
    const merger = new ReportMerger();
    await addReports(positionals, merger);
    const { report, problems } = merger.finish(expected ? { expectedRepositories: expected } : {});
    const warn = (line) => io.stderr(io.env.GITHUB_ACTIONS === 'true' ? `::warning::${line.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n` : `${version/* TOOL_NAME */.lH}: warning: ${line}\n`);
    for (const line of problems)
        warn(line);
    if (merger.merged === 0)
        throw new errors/* UserError */.y(`no report to merge: ${problems.length} named, none readable`);
    const output = values.repository ? forRepository(report, values.repository) : report;
    const rendered = (0,report_format/* renderReport */.B)(output, format, { color: false });
    if (values.output)
        await (0,promises_.writeFile)(values.output, rendered);
    else
        io.stdout(rendered);
    if (values.summary) {
        const serverUrl = io.env.GITHUB_SERVER_URL || undefined;
        await (0,promises_.appendFile)(values.summary, renderOrgSummary(report, serverUrl ? { serverUrl } : {}));
    }
    const failed = report.scope.failedRepositories ?? [];
    io.stderr(`${version/* TOOL_NAME */.lH}: merged ${report.stats.reports} report(s) over ${report.scope.repositories?.length ?? 0} repositories` +
        `${failed.length > 0 ? ` (${failed.length} failed)` : ''}: ${report.findings.length} distinct key(s), ${report.stats.live} live` +
        `${values.output ? `; written to ${values.output}` : ''}\n`);
    return (0,policy/* exitCodeFor */.R)(report.findings, failOn);
}


/***/ })

};
