/**
 * SARIF 2.1.0 for GitHub code scanning (and any other SARIF consumer), rendered from the JsonReport.
 *
 * - One rule per credential kind (core/kinds.ts), with help that says how to rotate the key and a
 *   `security-severity` so code scanning ranks the alerts.
 * - One result per (finding, location): `error` for keys that are or may be live (live, unknown,
 *   unchecked), `warning` for invalid ones. Messages carry the status and the redacted key, never the key.
 * - File locations get a physicalLocation (repo-relative URI, `/` separators, percent-encoded where a URI
 *   needs it). Commit and tag messages have no file: they get a logicalLocation naming the commit or tag,
 *   never a made-up path. (Code scanning may show such results without a file link.)
 * - partialFingerprints: `secretSha256/v1` (the key) and `secretLocation/v1` (the key at that path or
 *   message, line-independent), so an alert stays the same alert when lines move.
 * - Suppressed findings are left out: code scanning would show them as open alerts.
 * - At most 25,000 results (GitHub's limit per run), live ones first; the rest is counted in a notification.
 */
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { JsonFinding, JsonLocation, JsonReport } from '../core/report.js';
import type { RuleId, Status } from '../core/types.js';
import { TOOL_URI } from '../core/version.js';
import { KINDS, type Kind } from '../core/kinds.js';
import { STATUS_TEXT, statusMeaning } from './text.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const MAX_RESULTS = 25_000;

export interface SarifOptions {
  /** Prepended to file paths, for when the scanned PATH is a folder inside the repository (e.g. `services/api`). */
  pathPrefix?: string;
  /** Rules to describe (default: every kind of core/kinds.ts). */
  rules?: readonly Kind[];
}

export function toSarif(report: JsonReport, opts: SarifOptions = {}): Sarif.Log {
  const rules = opts.rules ?? KINDS;
  const ruleIndex = new Map<RuleId, number>(rules.map((r, i) => [r.id, i]));
  const all: Sarif.Result[] = [];
  for (const finding of report.findings) {
    for (const location of finding.locations) all.push(toResult(finding, location, ruleIndex, opts.pathPrefix));
  }
  const results = all.slice(0, MAX_RESULTS);
  const notifications: Sarif.Notification[] = [];
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
        rules: rules.map(toRule),
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
    help: { text: markdownToText(rule.help), markdown: rule.help },
    helpUri: TOOL_URI,
    defaultConfiguration: { level: 'error' },
    properties: {
      'security-severity': rule.severity.toFixed(1),
      precision: 'very-high',
      tags: ['security', 'secret', 'credential', 'anthropic', 'external/cwe/cwe-798'],
    },
  };
}

export function levelFor(status: Status): Sarif.Result.level {
  return status === 'invalid' ? 'warning' : 'error';
}

function toResult(finding: JsonFinding, location: JsonLocation, ruleIndex: Map<RuleId, number>, pathPrefix?: string): Sarif.Result {
  const status = STATUS_TEXT[finding.status] ?? STATUS_TEXT.unknown;
  const where = location.kind === 'commit-message' ? ` in the message of commit ${location.commit ?? '?'}` : location.kind === 'tag-message' ? ` in the message of tag ${location.tag ?? '?'}` : '';
  const history = location.kind === 'file' && location.commit ? ` (added in commit ${location.commit.slice(0, 12)}${location.inHead === false ? ', no longer in HEAD' : ''})` : '';
  // Line and column count inside an archive's member: the message names it (the region is the member's).
  const member = location.member !== undefined ? ` in archive member ${location.member}` : '';
  const result: Sarif.Result = {
    ruleId: finding.rule,
    level: levelFor(finding.status),
    message: { text: `${status.label} ${finding.redacted}${where}${member}${history}: ${statusMeaning(finding)}.${finding.statusDetail ? ` (${finding.statusDetail})` : ''}` },
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
  const index = ruleIndex.get(finding.rule);
  if (index !== undefined) result.ruleIndex = index;
  return result;
}

function toLocation(l: JsonLocation, pathPrefix?: string): Sarif.Location {
  if (l.kind !== 'file' || l.path === undefined) {
    const name = l.kind === 'tag-message' ? `tag ${l.tag ?? '?'} message` : `commit ${l.commit ?? '?'} message`;
    return {
      logicalLocations: [{ name, fullyQualifiedName: `${l.repository ? `${l.repository}/` : ''}${name}`, kind: 'resource' }],
      message: { text: `line ${l.line}, column ${l.column} of the ${l.kind === 'tag-message' ? 'tag' : 'commit'} message` },
    };
  }
  // A range scan knows where the key sits in HEAD's version: that is the line code scanning shows.
  const line = l.inHead && l.headLine !== undefined ? l.headLine : l.line;
  const path = pathPrefix ? `${pathPrefix.replace(/\/+$/, '')}/${l.path}` : l.path;
  return {
    physicalLocation: {
      artifactLocation: { uri: pathToUri(path), uriBaseId: '%SRCROOT%' },
      region: { startLine: line, startColumn: l.column },
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
