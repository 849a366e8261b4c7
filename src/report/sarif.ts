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
 * - No result leaves %SRCROOT%: a path that is not a name a work tree can hold (`..`, `.git`, empty segments,
 *   backslashes, `:`; a downloaded history can hold them) is placed at a virtual path named by its SHA-256, with
 *   the name in the location's message, and no real path can pass for a virtual one (isPlaceable).
 * - partialFingerprints: `secretSha256/v1` (the key) and `secretLocation/v1` (the key at that path or
 *   message, line-independent), so an alert stays the same alert when lines move.
 * - Suppressed findings are left out: code scanning would show them as open alerts.
 * - At most 25,000 results (GitHub's limit per run), live ones first; the rest is counted in a notification.
 * - Keys on GitHub's surfaces (issues, comments, discussions, releases, the wiki, run logs: issue 18) are left out
 *   of `results`, counted in a notification that points at the JSON report and the job summary. Code scanning
 *   takes a result only with a physical location in the repository (a run with one result without one is rejected
 *   whole), and an alert on a made-up path would send readers to code that does not hold the key; its alerts are
 *   also closed by a later analysis that no longer reports them, which a conversation's key is not a reason for.
 */
import { isSurfaceKind } from '../core/surface-place.js';
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import { LONG_COMMIT, shortCommit } from '../core/names.js';
import { displayLine, type JsonFinding, type JsonLocation, type JsonReport } from '../core/report.js';
import { securitySeverity, STATUS_LABEL, statusLevel } from '../core/status.js';
import type { RuleId, Status } from '../core/types.js';
import { TOOL_URI } from '../core/version.js';
import { KINDS, type Kind } from '../core/kinds.js';
import { adviceFor, nextStep, type AdviceContext, type Surface } from '../core/next-step.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const MAX_RESULTS = 25_000;

export interface SarifOptions {
  /** Prepended to file paths, for when the scanned PATH is a folder inside the repository (e.g. `services/api`). */
  pathPrefix?: string;
  /** Rules to describe (default: every kind of core/kinds.ts). */
  rules?: readonly Kind[];
  /** Where the reader runs the tool, for the next steps' wording (default cli). */
  surface?: Surface;
}

export function toSarif(report: JsonReport, opts: SarifOptions = {}): Sarif.Log {
  const kinds = opts.rules ?? KINDS;
  const descriptors = [...kinds.map(toRule), ...kinds.map(toDeadKeyRule)];
  const ruleIndex = new Map<string, number>(descriptors.map((r, i) => [r.id, i]));
  const all: Sarif.Result[] = [];
  const advice = adviceFor(report, opts.surface ?? 'cli');
  let outside = 0;
  for (const finding of report.findings) {
    for (const location of finding.locations) {
      if (isSurfaceKind(location.kind)) outside++;
      else all.push(toResult(finding, location, ruleIndex, advice, opts.pathPrefix));
    }
  }
  const results = all.slice(0, MAX_RESULTS);
  const notifications: Sarif.Notification[] = [];
  if (outside > 0) {
    notifications.push({
      level: 'warning',
      message: { text: `${outside} location(s) outside the repository's files (issues, comments, discussions, releases, wiki, run logs) are not results here: code scanning places results in files only. The JSON report and the job summary list them with their links.` },
    });
  }
  if (all.length > results.length) {
    notifications.push({
      level: 'warning',
      message: { text: `${all.length - results.length} more results were left out (code scanning takes ${MAX_RESULTS} per run); the JSON report has them all.` },
    });
  }
  for (const error of report.errors ?? []) notifications.push({ level: 'error', message: { text: error } });

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: TOOL_URI,
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

function toRule(rule: Kind): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: markdownToText(`${rule.help}\n\n${MESSAGE_LOCATION_HELP}`), markdown: `${rule.help}\n\n${MESSAGE_LOCATION_HELP}` },
    helpUri: TOOL_URI,
    defaultConfiguration: { level: 'error' },
    properties: {
      'security-severity': rule.severity.toFixed(1),
      precision: 'very-high',
      tags: ['security', 'secret', 'credential', 'anthropic', 'external/cwe/cwe-798'],
    },
  };
}

/** How a key found in a commit or tag message is placed, appended to every rule's help. */
export const MESSAGE_LOCATION_HELP =
  '**Keys in commit and tag messages.** A message is in no file of the tree, so its results are placed at a ' +
  'virtual path: `.git/commit-message/<commit>` or `.git/tag-message/<tag>`, with the line and column counted ' +
  'in the message. Read it with `git show -s <commit>` (or `git cat-file tag <tag>`). Only rewriting the ' +
  'history removes it, and the key must be rotated whatever is done to the message.';

/** The sub-rule of a kind for keys the API said are dead: clean-up, ranked low, so no dead key reads as critical. */
function toDeadKeyRule(rule: Kind): Sarif.ReportingDescriptor {
  const base = toRule(rule);
  return {
    ...base,
    id: deadKeyRuleId(rule.id),
    name: `${base.name}Invalid`,
    shortDescription: { text: `${rule.title} (no longer valid)` },
    defaultConfiguration: { level: 'warning' },
    properties: { ...base.properties, 'security-severity': securitySeverity('invalid', rule.severity).toFixed(1) },
  };
}

function deadKeyRuleId(rule: RuleId): string {
  return `${rule}/invalid`;
}

/** The rule a result is reported under: its kind's, or the kind's dead-key sub-rule. */
export function sarifRuleId(rule: RuleId, status: Status): string {
  return status === 'invalid' ? deadKeyRuleId(rule) : rule;
}

export function levelFor(status: Status): Sarif.Result.level {
  return statusLevel(status);
}

function toResult(finding: JsonFinding, location: JsonLocation, ruleIndex: Map<string, number>, advice: AdviceContext, pathPrefix?: string): Sarif.Result {
  const label = STATUS_LABEL[finding.status] ?? STATUS_LABEL.unknown;
  const where = location.kind === 'commit-message' ? ` in the message of commit ${location.commit ?? '?'}` : location.kind === 'tag-message' ? ` in the message of tag ${location.tag ?? '?'}` : '';
  const history = location.kind === 'file' && location.commit ? ` (added in commit ${shortCommit(location.commit, LONG_COMMIT)}${location.inHead === false ? ', no longer in HEAD' : ''})` : '';
  // Line and column count inside an archive's member: the message names it (the region is the member's).
  const member = location.member !== undefined ? ` in archive member ${location.member}` : '';
  const ruleId = sarifRuleId(finding.rule, finding.status);
  const result: Sarif.Result = {
    ruleId,
    level: levelFor(finding.status),
    message: { text: `${label} ${finding.redacted}${where}${member}${history}: ${nextStep(finding, advice)}.${finding.statusDetail ? ` (${finding.statusDetail})` : ''}` },
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
  if (index !== undefined) result.ruleIndex = index;
  return result;
}

/**
 * The virtual, repo-relative path of a commit's or tag's message (see MESSAGE_LOCATION_HELP). A tag name or
 * commit id that could not be a path of its own (a hostile ref) is named by its SHA-256 instead.
 */
export function messagePath(l: Pick<JsonLocation, 'kind' | 'commit' | 'tag'>): string {
  if (l.kind === 'tag-message') {
    const tag = l.tag ?? l.commit ?? 'unknown';
    return `.git/tag-message/${isPlaceable(tag) ? tag : sha256(tag)}`;
  }
  const commit = l.commit ?? 'unknown';
  return `.git/commit-message/${/^[0-9a-f]{7,64}$/.test(commit) ? commit : sha256(commit)}`;
}

/**
 * Whether a path can be given to code scanning as it is: a name a work tree can hold. Not when a segment (split
 * at `/` and at `\\`, which Windows tools read as a separator) is empty, only dots and spaces (`.`, `..`, and
 * `.. ` or `...`, which Windows trims to `..`) or `.git` in any case (git checks out no such path, and it is where
 * the virtual message paths live, so none can be forged), nor when it holds `:` (a drive, a scheme) or NUL. A
 * history downloaded from anyone can hold such names (`git mktree` makes them): their results are placed at
 * `UNPLACEABLE_DIR` instead, named there by the path's SHA-256, the path itself in the message.
 */
export function isPlaceable(path: string): boolean {
  if (/[:\0]/.test(path)) return false;
  return path.split(/[/\\]/).every((segment) => !/^[.\s]*$/.test(segment) && !/^\.git[.\s]*$/i.test(segment));
}

/** Where results of paths that are not placeable go (virtual, like the message paths; see isPlaceable). */
export const UNPLACEABLE_DIR = '.git/unplaceable-path';

function toLocation(l: JsonLocation, pathPrefix?: string): Sarif.Location {
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
  if (!isPlaceable(path)) {
    const name = JSON.stringify(l.path);
    return {
      physicalLocation: {
        artifactLocation: {
          uri: `${UNPLACEABLE_DIR}/${sha256(path)}`,
          uriBaseId: '%SRCROOT%',
          description: { text: `the file named ${name}, a name no work tree can hold (the history holds it as such)` },
        },
        region: { startLine: displayLine(l), startColumn: l.column },
      },
      logicalLocations: [{ name: `file ${name}`, fullyQualifiedName: `${l.repository ? `${l.repository}/` : ''}file ${name}`, kind: 'resource' }],
      message: { text: `line ${displayLine(l)}, column ${l.column} of the file named ${name}` },
    };
  }
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
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((segment) => Array.from(Buffer.from(segment, 'utf8')).map(encodeByte).join(''))
    .join('/');
}

const SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=@]/;

function encodeByte(byte: number): string {
  const c = String.fromCharCode(byte);
  return byte < 0x80 && SAFE.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/** The rule help as plain text (SARIF wants both): Markdown emphasis and code ticks dropped. */
function markdownToText(md: string): string {
  return md.replace(/\*\*(.*?)\*\*/g, '$1').replace(/`([^`]*)`/g, '$1');
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
