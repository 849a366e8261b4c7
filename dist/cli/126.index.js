export const id = 126;
export const ids = [126];
export const modules = {

/***/ 126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeCommand: () => (/* binding */ mergeCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var out = __webpack_require__(5648);
var out_default = /*#__PURE__*/__webpack_require__.n(out);
// EXTERNAL MODULE: ./src/core/kinds.ts
var kinds = __webpack_require__(736);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(2483);
// EXTERNAL MODULE: ./src/core/status.ts
var core_status = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/report/github/where.ts
/**
 * Where a finding sits, in GitHub's terms. A report's paths are relative to the scanned PATH (files) or to the
 * repository's root (git sources); GitHub wants paths relative to the repository (reviews, check runs, links)
 * or to the workspace (workflow-command annotations). And a range finding has two lines: where its commit put
 * the key, and where it is in HEAD's version of the file, which is what a reader of the pull request sees.
 */







const AT_ROOT = { repoPrefix: '', workspacePrefix: '' };
function join(prefix, path) {
    return prefix ? posix.join(prefix, path) : path;
}
/** Path from the repository's root (undefined for commit and tag messages). */
function where_repoPath(location, placement) {
    if (location.kind !== 'file' || location.path === undefined)
        return undefined;
    return join(placement.repoPrefix, location.path);
}
/** Path from the workspace, for workflow-command annotations. */
function workspacePath(location, placement) {
    const path = where_repoPath(location, placement);
    return path === undefined ? undefined : join(placement.workspacePrefix, path);
}
/** Whether the line shown is the one in HEAD (so an annotation or comment sits on the current code). */
function shownAtHead(location) {
    return location.commit === undefined || (location.inHead === true && location.headLine !== undefined);
}
/** The kind's title (core/kinds.ts), for labels. */

function statusLabel(status) {
    return core_status/* STATUS_LABEL */._P[status] ?? core_status/* STATUS_LABEL */._P.unknown;
}
function statusMeaning(status) {
    return meaningOf(status, 'action');
}
/** Error for what may be live (live, unknown, unchecked); warning for a key the API said is not valid. */
const severity = (/* unused pure expression or super */ null && (statusLevel));
const where_short = (sha) => shortCommit(sha);
/** A finding's tag in the hidden markers of our comments and issues: the first 16 hex digits of its key's SHA-256. */
const keyTag = (finding) => finding.secretSha256.slice(0, 16);
/** A short phrase for where the key is: `src/a.ts:3`, `src/a.ts:3 (added in abc1234, removed since)`, `the message of commit abc1234`. */
function where_describeWhere(location, placement) {
    if (location.kind === 'commit-message')
        return `the message of commit ${where_short(location.commit)} (line ${location.line})`;
    if (location.kind === 'tag-message')
        return `the message of tag ${location.tag ?? '?'} (line ${location.line})`;
    const path = pathWithMember(where_repoPath(location, placement) ?? '?', location.member);
    const repo = location.repository ? `${location.repository}: ` : '';
    if (!location.commit)
        return `${repo}${path}:${location.line}`;
    if (location.inHead === true)
        return `${repo}${path}:${displayLine(location)} (added in ${where_short(location.commit)})`;
    if (location.inHead === false)
        return `${repo}${path}:${location.line} in commit ${where_short(location.commit)} (removed since, still in the history)`;
    return `${repo}${path}:${location.line} in commit ${where_short(location.commit)}`;
}
/** One-line description of a finding for annotations and comments: kind, redacted key, status. */
function describeFinding(finding) {
    // A live key is never hidden: what would have suppressed it is said, so nobody wonders why it shows.
    const overridden = overriddenSuppression(finding);
    return `${ruleTitle(finding.rule)} ${finding.redacted} (${statusLabel(finding.status)}${overridden ? `; ${overridden}` : ''})`;
}
/** `https://github.com/o/r/blob/<commit>/<path>#L<line>`, each path segment percent-encoded. */
function where_blobLink(serverUrl, repository, commit, path, line) {
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/blob/${commit}/${encoded}#L${line}`;
}
function where_commitLink(serverUrl, repository, commit) {
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/commit/${commit}`;
}

;// CONCATENATED MODULE: ./src/report/github/markdown.ts
/**
 * The one way text from outside (file names, members, tags, repository names, author names, reasons, API
 * messages) enters GitHub Markdown: the job summary, pull-request comments, check-run text, the audit issue and
 * the organization summary all build their Markdown from these helpers, so nothing they embed can open a link,
 * an image, HTML, a mention, an issue reference, or leave its code span or table cell.
 *
 * GitHub's renderer (cmark-gfm) splits a table row at every `|` not escaped by a backslash *before* inline
 * parsing, code spans included, and counts `\\` as one escaped character; mentions (`@user`), issue references
 * (`#1`, `owner/repo#1`) and bare URLs are linked after rendering, in text but never in code.
 */
/** C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
const ZERO_WIDTH_SPACE = '\u200b';
/** One line: line breaks become spaces, other control characters `?`. */
function oneLine(text) {
    return text.replace(BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROL, '?');
}
/**
 * Plain text for Markdown prose and table cells: HTML entities for `& < > "`; a backslash before each character
 * that can open inline Markdown (`` \ ` * _ [ ] ( ) ! # + | ~ { } $ ``) and before a leading list or quote marker;
 * and a zero-width space after `@` and `#` and inside `://` and `www.`, so GitHub links no user, team, issue or
 * URL from it. Every `\` is doubled and every `|` escaped, so a table row never splits on it.
 */
function markdown_text(value) {
    return oneLine(value)
        .replace(/[\\`*_[\]()!#+|~{}$]/g, '\\$&')
        .replace(/^(\s*)([-=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2')
        .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
        .replace(/([@#])/g, `$1${ZERO_WIDTH_SPACE}`)
        .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
        .replace(/(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`);
}
/**
 * Inline code that holds any name: fenced by a backtick run longer than any inside, padded with a space when
 * the content starts or ends with a backtick or a space (CommonMark strips one from each side). In a table cell
 * every `|` is escaped, and a run of backslashes before it is made even first, so the row never splits (the
 * cell then shows one backslash more than the name has: the one case GFM cannot show exactly).
 */
function markdown_code(value, where = 'inline') {
    let content = oneLine(value);
    if (content === '')
        return '` `';
    if (where === 'cell')
        content = content.replace(/(\\*)\|/g, (_, slashes) => `${slashes}${slashes.length % 2 ? '\\' : ''}\\|`);
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * A URL made safe as a Markdown link destination and inside a table cell: only http(s), and every character
 * that could end the destination or the cell (space, `(`, `)`, `<`, `>`, `|`, backslash, quotes, backtick)
 * percent-encoded. Anything else gives undefined: the caller shows the text without a link.
 */
function safeUrl(url) {
    if (!/^https?:\/\//i.test(url))
        return undefined;
    return oneLine(url).replace(/[\s()<>|\\"'`[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** `[markdown](url)`: `label` is Markdown already made safe (from `text` or `code`); no link when the URL is not http(s). */
function markdown_link(label, url) {
    const safe = safeUrl(url);
    return safe ? `[${label}](${safe})` : label;
}
/** One table row from cells that are already safe (built with `text`, `code(…, 'cell')` or our own words). */
function markdown_row(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** A table's header and delimiter rows. */
function markdown_tableHead(headers) {
    return [markdown_row(headers), markdown_row(headers.map(() => '---'))];
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/report/github/mentions.ts
/**
 * People and teams to mention when a key may be live (live, unknown or unchecked: a key nobody could prove dead):
 * the `mention` input and the merge command's `--mention`. Only GitHub handles are accepted, `@user` or
 * `@org/team`, so the value can never carry other Markdown into the audit issue or a comment.
 */

const USER = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';
const TEAM = '[A-Za-z0-9][A-Za-z0-9_.-]{0,99}';
const HANDLE = new RegExp(`^@${USER}(?:/${TEAM})?$`);
/** `@alice, @acme/security` (commas, spaces or new lines between) -> the handles, each once. `what` names the input. */
function parseMentions(value, what = 'input mention') {
    const handles = [];
    for (const word of value.split(/[\s,]+/).filter(Boolean)) {
        if (!HANDLE.test(word)) {
            throw new errors/* UserError */.y(`${what}: "${word.slice(0, 80)}" is not a GitHub handle (expected @user or @org/team)`);
        }
        if (!handles.some((h) => h.toLowerCase() === word.toLowerCase()))
            handles.push(word);
    }
    return handles;
}
/** Statuses that call for people: every key not proven dead. */
function mentions_needsAttention(status) {
    return status !== 'invalid';
}
/** The line that mentions them, or undefined when no key calls for it (or nobody is named). */
function mentionLine(statuses, mentions) {
    if (mentions.length === 0)
        return undefined;
    const n = statuses.filter(mentions_needsAttention).length;
    if (n === 0)
        return undefined;
    return `${mentions.join(' ')}: ${n} key${n === 1 ? '' : 's'} may be live and need${n === 1 ? 's' : ''} rotating.`;
}

;// CONCATENATED MODULE: ./src/report/github/summary.ts





/** GitHub's limit is 1 MiB per step; leave room for what follows the table. */
const SUMMARY_BUDGET = (/* unused pure expression or super */ null && (1024 * 1024 - 64 * 1024));
const LOCATIONS_PER_ROW = 5;
/**
 * Notes the Action expects and has dealt with: a pull request's base is rarely an ancestor of its head, and a
 * shallow checkout was deepened until the range was whole (fetch-history.ts says so itself when it could not).
 */
const EXPECTED_NOTES = new Set(['not-ancestor', 'shallow', 'nothing-to-scan']);
const MAX_REVOCATION_ROWS = 200;
const ICON = core_status/* STATUS_ICON */.tW;
/** A finding's status as every Markdown view shows it (job summary, comments, audit issue, organization summary). */
function statusCell(finding) {
    return `${ICON[finding.status] ?? ''} **${statusLabel(finding.status)}**`;
}
/** One location as Markdown, linked to its line at its commit (or at the checked-out commit for files). */
function locationCell(location, ctx) {
    const repository = location.repository ?? ctx.repository;
    const label = text(describeWhere(location, ctx.placement));
    if (!repository)
        return label;
    const path = repoPath(location, ctx.placement);
    const commit = location.commit ?? ctx.sha;
    if (path !== undefined && commit) {
        // A key still in HEAD links to the commit that added it, at that commit's line: the line a reviewer can trust.
        return link(label, blobLink(ctx.serverUrl, repository, commit, path, location.commit ? location.line : displayLine(location)));
    }
    if (location.commit)
        return link(label, commitLink(ctx.serverUrl, repository, location.commit));
    return label;
}
function whereCell(finding, ctx) {
    const shown = finding.locations.slice(0, LOCATIONS_PER_ROW).map((l) => locationCell(l, ctx));
    const more = finding.locations.length - shown.length;
    if (more > 0)
        shown.push(`…and ${more} more (see the report file)`);
    return shown.join('<br>');
}
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/** The findings table, up to `budget` bytes (UTF-8); returns how many findings did not fit. */
function findingsTable(findings, ctx, budget = SUMMARY_BUDGET) {
    const lines = tableHead(['Status', 'Kind', 'Key', 'Where']);
    let size = bytes(lines.join('\n'));
    let shown = 0;
    for (const finding of findings) {
        const line = row([statusCell(finding), text(ruleTitle(finding.rule)), code(finding.redacted, 'cell'), whereCell(finding, ctx)]);
        if (size + bytes(line) + 1 > budget)
            break;
        lines.push(line);
        size += bytes(line) + 1;
        shown++;
    }
    return { markdown: lines.join('\n'), omitted: findings.length - shown };
}
function countsLine(findings) {
    const n = (status) => findings.filter((f) => f.status === status).length;
    const parts = ['live', 'unknown', 'unchecked', 'invalid'].filter((s) => n(s) > 0).map((s) => `${n(s)} ${s}`);
    return `${findings.length} key${findings.length === 1 ? '' : 's'} found (${parts.join(', ')})`;
}
function revocationRow(finding, revocation) {
    const key = revocation.keyId ? `${code(revocation.keyId, 'cell')}${revocation.keyName ? ` (${text(revocation.keyName)})` : ''}` : '';
    const outcome = {
        deactivated: '✅ deactivated',
        'would-deactivate': '🧪 would deactivate (dry run)',
        refused: '⏭️ not revoked',
        failed: '❌ failed',
    };
    return row([code(finding.redacted, 'cell'), outcome[revocation.outcome] ?? text(revocation.outcome), key, text(revocation.reason ?? '')]);
}
/** What to do next, for the statuses present. */
function nextSteps(report) {
    const steps = [];
    const has = (...statuses) => report.findings.some((f) => statuses.includes(f.status));
    if (has('live', 'unknown', 'unchecked')) {
        steps.push('**Rotate every key that may be live** (live, unknown, unchecked): how depends on the kind (see *How to fix* ' +
            'below). With `revoke: true` and an `admin-key` secret, this Action deactivates live API keys of your ' +
            'organization itself.');
    }
    if (report.findings.some((f) => f.locations.some((l) => l.commit && l.inHead === false))) {
        steps.push('Keys that were **added and removed again** are still in the git history (and in every clone and fork): removing the line does not un-leak them. Rotate them.');
    }
    if (has('invalid'))
        steps.push('**Invalid keys** no longer work: remove them from the code as clean-up.');
    if (report.findings.length > 0) {
        steps.push('Keep keys in a secret store (for Actions: `secrets.*`), never in the repository. A false positive? Add `anthropic-key-scan:allow` in a comment on its line, or list it in a baseline.');
    }
    return steps;
}
/**
 * How to fix each kind that may be live, from the kinds table (its help is our own Markdown), folded: the
 * steps above cannot say it for every kind (an OAuth token is revoked in claude.ai, an admin key by hand).
 */
function kindHelp(report) {
    const rules = [...new Set(report.findings.filter((f) => needsAttention(f.status)).map((f) => f.rule))];
    return rules.map((rule) => {
        const kind = kindOf(rule);
        return `<details><summary>How to fix: ${text(kind.title)}</summary>\n\n${kind.help}\n\n</details>`;
    });
}
function renderSummary(report, ctx) {
    const out = ['## 🔑 Anthropic key scan', ''];
    if (report.findings.length === 0)
        out.push(`✅ **No Anthropic credentials found** in ${text(ctx.scanned)}.`);
    else
        out.push(`**${countsLine(report.findings)}** in ${text(ctx.scanned)}.`);
    if (ctx.failure)
        out.push('', `❌ ${text(ctx.failure)}`);
    out.push('');
    const tail = [];
    const revocations = report.findings.filter((f) => f.revocation);
    if (revocations.length > 0) {
        tail.push('### Revocation', '', ...tableHead(['Key', 'Outcome', 'Key id', 'Details']));
        for (const f of revocations.slice(0, MAX_REVOCATION_ROWS))
            tail.push(revocationRow(f, f.revocation));
        if (revocations.length > MAX_REVOCATION_ROWS)
            tail.push('', `…and ${revocations.length - MAX_REVOCATION_ROWS} more in the report file.`);
        tail.push('');
    }
    const steps = nextSteps(report);
    if (steps.length > 0)
        tail.push('### What to do next', '', ...steps.map((s) => `- ${s}`), '', ...kindHelp(report).flatMap((h) => [h, '']));
    if (report.suppressed.length > 0)
        tail.push(`${report.suppressed.length} finding(s) suppressed (allow markers, config or baseline): listed in the report file.`, '');
    const reportNotes = (report.notes ?? []).filter((n) => !EXPECTED_NOTES.has(n.reason));
    const notes = [...(ctx.notices ?? []), ...reportNotes.slice(0, 20).map((n) => n.message), ...(report.errors ?? [])];
    const moreNotes = reportNotes.length - Math.min(20, reportNotes.length);
    if (notes.length > 0) {
        tail.push(`<details><summary>Notes (${notes.length + moreNotes})</summary>`, '');
        tail.push(...notes.map((n) => `- ${text(n)}`));
        if (moreNotes > 0)
            tail.push(`- …and ${moreNotes} more in the report file`);
        tail.push('', '</details>', '');
    }
    const files = [ctx.reportFile && `JSON report: ${code(ctx.reportFile)}`, ctx.sarifFile && `SARIF: ${code(ctx.sarifFile)}`].filter(Boolean);
    if (ctx.artifact)
        files.push(`Artifact: ${ctx.artifact.url ? link(code(ctx.artifact.name), ctx.artifact.url) : code(ctx.artifact.name)}`);
    if (ctx.auditIssue) {
        const label = `audit issue #${ctx.auditIssue.number} (${ctx.auditIssue.action})`;
        files.push(ctx.auditIssue.url ? link(label, ctx.auditIssue.url) : label);
    }
    if (files.length > 0)
        tail.push(files.join(' · '), '');
    if (report.findings.length > 0) {
        const head = out.join('\n');
        const rest = tail.join('\n');
        const table = findingsTable(report.findings, ctx, SUMMARY_BUDGET - bytes(head) - bytes(rest));
        out.push(table.markdown);
        if (table.omitted > 0)
            out.push('', `…and ${table.omitted} more finding(s) that do not fit in a job summary: see the report file.`);
        out.push('');
    }
    return [...out, ...tail].join('\n');
}

// EXTERNAL MODULE: ./src/core/scrub.ts
var scrub = __webpack_require__(8660);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(6153);
;// CONCATENATED MODULE: ./src/report/merge.ts





const REVOCATION_WEIGHT = {
    deactivated: 3,
    failed: 2,
    'would-deactivate': 1,
    refused: 0,
};
const STATUSES = new Set(Object.keys(core_status/* STATUS_PRECEDENCE */._u));
const OUTCOMES = new Set(Object.keys(REVOCATION_WEIGHT));
const LOCATION_KINDS = new Set(['file', 'commit-message', 'tag-message']);
/** Why a finding is malformed, or undefined when it is well-formed. */
function findingProblem(f) {
    if (!(0,json/* isObject */.Gv)(f))
        return 'not an object';
    if (typeof f.secretSha256 !== 'string' || !names/* SHA256_HEX */.Y5.test(f.secretSha256) || f.secretSha256 !== f.secretSha256.toLowerCase())
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
        if (!(0,json/* isObject */.Gv)(l) || typeof l.kind !== 'string' || !LOCATION_KINDS.has(l.kind))
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
    return (0,json/* isObject */.Gv)(r) && typeof r.outcome === 'string' && OUTCOMES.has(r.outcome);
}
/** Why a report is malformed, or undefined. */
function reportProblem(r) {
    if (r === undefined)
        return 'missing';
    if (!(0,json/* isObject */.Gv)(r))
        return 'not a JSON object';
    if (r.version !== 1)
        return `not a version 1 report (version ${JSON.stringify(r.version)})`;
    if (!(0,json/* isObject */.Gv)(r.scope) || typeof r.scope.kind !== 'string')
        return 'no scope';
    if (!Array.isArray(r.findings))
        return 'no findings array';
    if (r.suppressed !== undefined && !Array.isArray(r.suppressed))
        return 'suppressed is not an array';
    // Reports never hold a whole credential: one that does was not written by this tool (or was tampered with).
    if ((0,scrub/* holdsCredential */.KK)(JSON.stringify(r)))
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
        else if (core_status/* STATUS_PRECEDENCE */._u[f.status] > core_status/* STATUS_PRECEDENCE */._u[acc.finding.status]) {
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
    return (core_status/* STATUS_ORDER */.QD.indexOf(a.status) - core_status/* STATUS_ORDER */.QD.indexOf(b.status) ||
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
        const failedHere = Array.isArray(r.scope.failedRepositories) ? r.scope.failedRepositories.filter(json/* isObject */.Gv) : [];
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
            if ((0,json/* isObject */.Gv)(n) && typeof n.reason === 'string' && typeof n.message === 'string') {
                this.#notes.push(repository && !n.repository ? { ...n, repository } : n);
            }
        }
        for (const e of stringList(r.errors))
            this.#errors.push(repository && !e.startsWith(`${repository}:`) ? `${repository}: ${e}` : e);
        if ((0,json/* isObject */.Gv)(r.stats)) {
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







/** Names in this summary sit in table cells. */
const cell = markdown_text;
const summary_code = (value) => markdown_code(value, 'cell');
function plural(n, word, words = `${word}s`) {
    return `${n} ${n === 1 ? word : words}`;
}
function where(l, serverUrl) {
    const commit = l.commit ? (0,names/* shortCommit */.Ax)(l.commit) : undefined;
    const place = l.kind === 'file'
        ? `${summary_code(`${l.path ?? '?'}:${l.line}`)}${commit ? ` @ ${cell(commit)}` : ''}`
        : l.kind === 'tag-message'
            ? `message of tag ${summary_code(l.tag ?? commit ?? '?')}`
            : `message of commit ${cell(commit ?? '?')}`;
    const url = serverUrl && l.repository && l.commit && l.kind === 'file' && l.path
        ? where_blobLink(serverUrl, l.repository, l.commit, l.path, l.line)
        : undefined;
    return `${l.repository ? `${cell(l.repository)}: ` : ''}${url ? markdown_link(place, url) : place}`;
}
function revocationCell(f) {
    const all = f.revocations ?? (f.revocation ? [f.revocation] : []);
    return all
        .map((r) => `${cell(r.outcome)}${r.keyId ? ` ${summary_code(r.keyId)}` : ''}${r.outcome !== 'deactivated' && r.reason ? `: ${cell(r.reason)}` : ''}`)
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
    const cc = mentionLine(findings.map((f) => f.status), options.mentions ?? []);
    if (cc)
        lines.push(cc, '');
    if (findings.length > 0) {
        lines.push(...markdown_tableHead(['Status', 'Key', 'Kind', 'Repositories', 'First seen', 'Revocation']));
        for (const f of findings.slice(0, maxRows)) {
            const status = `${statusCell(f)}${f.statusDetail && f.status !== 'live' ? `<br><sub>${cell(f.statusDetail)}</sub>` : ''}`;
            const first = f.locations[0] ? where(f.locations[0], options.serverUrl) : '—';
            lines.push(markdown_row([status, summary_code(f.redacted), cell((0,kinds/* ruleTitle */.zO)(f.rule)), repositoriesCell(f, maxRepos), first, revocationCell(f) || '—']));
        }
        if (findings.length > maxRows)
            lines.push('', `…and ${findings.length - maxRows} more keys: see the merged JSON report.`);
        lines.push('');
    }
    if (failed.length > 0) {
        lines.push('### Repositories that could not be scanned', '', ...markdown_tableHead(['Repository', 'Reason']));
        for (const f of failed.slice(0, maxRows))
            lines.push(markdown_row([cell(f.repository), cell(f.reason)]));
        if (failed.length > maxRows)
            lines.push('', `…and ${failed.length - maxRows} more: see the merged JSON report.`);
        lines.push('');
    }
    if (live.length > 0) {
        lines.push('> A live key must be deactivated in the Anthropic Console (or with `--revoke` and an Admin API key) and replaced;', '> removing it from the code does not remove it from history or from the clones and forks that have it.', '');
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(5553);
// EXTERNAL MODULE: ./src/core/flags.ts
var flags = __webpack_require__(2336);
// EXTERNAL MODULE: ./src/findings/policy.ts
var policy = __webpack_require__(9654);
// EXTERNAL MODULE: ./src/report/format.ts + 2 modules
var report_format = __webpack_require__(6069);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
// EXTERNAL MODULE: ./src/core/output-guard.ts
var output_guard = __webpack_require__(6078);
;// CONCATENATED MODULE: ./src/cli/merge.ts
/**
 * `anthropic-key-scan merge REPORT... [--format text|json|sarif] [--output FILE] [--summary FILE]
 *  [--matrix FILE] [--fail-on any|live|never]`
 *
 * Combines the scan jobs' JSON reports (files, or directories searched for *.json) into one report with
 * one finding per key across repositories. A missing or malformed report is named on stderr, not fatal.
 */
















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
            const read = await (0,json/* readJsonFile */.JE)(file);
            if (!read.ok) {
                merger.problem(read.problem === 'not-json' ? `${file}: not JSON` : `${file}: unreadable (${read.code ?? 'error'})`);
                continue;
            }
            const report = read.value;
            merger.add(file, report);
        }
    }
}
async function readMatrix(path) {
    const read = await (0,json/* readJsonFile */.JE)(path);
    if (!read.ok)
        throw new errors/* UserError */.y(`--matrix ${path}: not a readable JSON matrix`);
    const include = (0,json/* isObject */.Gv)(read.value) ? read.value.include : undefined;
    if (!Array.isArray(include))
        throw new errors/* UserError */.y(`--matrix ${path}: no "include" list (expected the repos command's output)`);
    return include.flatMap((b) => (0,json/* isObject */.Gv)(b) && Array.isArray(b.repositories) ? b.repositories.filter((r) => typeof r === 'string') : []);
}
async function mergeCommand(argv, io) {
    const { values, positionals } = (0,flags/* parseOptions */.Ac)('merge', args/* MERGE_OPTIONS */.WZ, argv);
    if (values.help) {
        io.stdout(usage/* MERGE_USAGE */.t$);
        return 0;
    }
    const format = (0,flags/* oneOf */.yL)(values.format ?? 'text', defaults/* REPORT_FORMATS */.EL, '--format');
    const failOn = (0,flags/* oneOf */.yL)(values['fail-on'] ?? defaults/* DEFAULT_FAIL_ON */.VQ, defaults/* FAIL_ON_VALUES */.Qm, '--fail-on');
    const repository = values.repository === undefined ? undefined : (0,args/* repositoryOption */.cx)(values.repository, '--repository');
    const mentions = parseMentions(values.mention ?? '', '--mention');
    if (positionals.length === 0)
        throw new errors/* UserError */.y('merge needs at least one REPORT (a JSON report, or a directory of them)');
    const expected = values.matrix ? await readMatrix(values.matrix) : undefined;
    const merger = new ReportMerger();
    await addReports(positionals, merger);
    const { report, problems } = merger.finish(expected ? { expectedRepositories: expected } : {});
    const warn = (line) => io.env.GITHUB_ACTIONS === 'true' ? (io.command ?? io.stderr)(`${(0,output_guard/* workflowCommand */.NA)('warning', line)}\n`) : io.stderr(`${version/* TOOL_NAME */.lH}: warning: ${line}\n`);
    for (const line of problems)
        warn(line);
    if (merger.merged === 0)
        throw new errors/* UserError */.y(`no report to merge: ${problems.length} named, none readable`);
    const output = repository ? forRepository(report, repository) : report;
    const rendered = (0,report_format/* renderReport */.B)(output, format, { color: false });
    if (values.output)
        await (0,promises_.writeFile)(values.output, rendered);
    else
        io.stdout(rendered);
    if (values.summary) {
        const serverUrl = io.env.GITHUB_SERVER_URL || undefined;
        await (0,promises_.appendFile)(values.summary, renderOrgSummary(report, { ...(serverUrl ? { serverUrl } : {}), mentions }));
    }
    const failed = report.scope.failedRepositories ?? [];
    io.stderr(`${version/* TOOL_NAME */.lH}: merged ${report.stats.reports} report(s) over ${report.scope.repositories?.length ?? 0} repositories` +
        `${failed.length > 0 ? ` (${failed.length} failed)` : ''}: ${report.findings.length} distinct key(s), ${report.stats.live} live` +
        `${values.output ? `; written to ${values.output}` : ''}\n`);
    return (0,policy/* exitCodeFor */.R)(report.findings, failOn);
}


/***/ })

};
