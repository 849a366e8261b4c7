/**
 * GitHub surfaces' places in every report format: text, the Markdown of the job summary and audit issue, the
 * annotations, notify, SARIF (left out of results, with a notification) and fingerprints; hostile author names
 * and paths stay text in each.
 */
import { describe, expect, it } from '@jest/globals';
import { fingerprintMatches, fingerprintOf, parseFingerprint } from '../../src/core/fingerprint.js';
import type { JsonFinding, JsonLocation, JsonReport } from '../../src/core/report.js';
import { describeSurfacePlace } from '../../src/core/surface-place.js';
import { planAnnotations } from '../../src/report/github/annotations.js';
import { locationCell } from '../../src/report/github/summary.js';
import { AT_ROOT, describeWhere, treeOnly } from '../../src/report/github/where.js';
import { whereText } from '../../src/report/notify.js';
import { toSarif } from '../../src/report/sarif.js';
import { renderLocation } from '../../src/report/text.js';

const HOSTILE = 'm](https://evil.example) <b>\n::warning::x\u001b[1m|`';

const comment: JsonLocation = {
  kind: 'comment', line: 2, column: 5, number: 12, author: HOSTILE, url: 'https://github.com/acme/app/issues/12#issuecomment-9', revision: 'previous',
};

function finding(locations: JsonLocation[]): JsonFinding {
  return { rule: 'anthropic-api-key', secretSha256: 'a'.repeat(64), redacted: 'sk-ant-api03-AAA...AAAA', status: 'unchecked', locations };
}

describe('describeSurfacePlace', () => {
  it.each<[JsonLocation, string]>([
    [{ kind: 'issue', line: 1, column: 1, number: 3 }, 'issue #3'],
    [{ kind: 'pull-request', line: 1, column: 1, number: 4, author: 'octo' }, 'pull request #4 by @octo'],
    [{ kind: 'review-comment', line: 1, column: 1, number: 5 }, 'review comment on pull request #5'],
    [{ kind: 'discussion-comment', line: 1, column: 1, number: 6 }, 'comment on discussion #6'],
    [{ kind: 'wiki', line: 1, column: 1, path: 'Home.md' }, 'wiki page Home.md'],
    [{ kind: 'release', line: 1, column: 1, tag: 'v1' }, 'release v1 notes'],
    [{ kind: 'release-asset', line: 1, column: 1, tag: 'v1', path: 'a.zip' }, 'release v1 asset a.zip'],
    [{ kind: 'run-log', line: 1, column: 1, job: 'build', step: 'test' }, 'run log of job build, step test'],
    [{ kind: 'artifact', line: 1, column: 1, path: 'dist' }, 'artifact dist'],
  ])('%j -> %s', (location, text) => {
    expect(describeSurfacePlace(location)).toBe(text);
  });

  it('is undefined for the tree', () => {
    expect(describeSurfacePlace({ kind: 'file', line: 1, column: 1, path: 'a' })).toBeUndefined();
  });
});

describe('every format', () => {
  it('text: the place, its link, line and column on one line; control characters escaped', () => {
    const line = renderLocation(comment);
    expect(line).toBe('comment on #12 by @m](https://evil.example) <b>\\x0a::warning::x\\x1b[1m|` (the text before an edit, kept in its edit history): https://github.com/acme/app/issues/12#issuecomment-9:2:5');
  });

  it('Markdown: the label escaped, the link the item itself', () => {
    const cell = locationCell(comment, { placement: AT_ROOT, serverUrl: 'https://github.com', repository: 'acme/app', sha: 'b'.repeat(40) });
    expect(cell.endsWith('](https://github.com/acme/app/issues/12#issuecomment-9)')).toBe(true);
    expect(cell).not.toContain('](https://evil.example)');
    expect(cell).not.toContain('<b>');
    expect(cell).not.toContain('\n');
    expect(cell).not.toContain('|`');
    expect(describeWhere(comment, AT_ROOT)).toContain('line 2');
  });

  it('annotations: no file, the link in the message', () => {
    const report = { findings: [finding([comment])] } as unknown as JsonReport;
    const [annotation] = planAnnotations({ ...report, version: 1, tool: { name: 't', version: '1' }, scope: { kind: 'surfaces' }, suppressed: [], stats: {} }, AT_ROOT, { elsewhere: 'the job summary' });
    expect(annotation!.properties.file).toBeUndefined();
    expect(annotation!.message).toContain('(https://github.com/acme/app/issues/12#issuecomment-9)');
  });

  it('notify: one plain line with the link', () => {
    const text = whereText(comment);
    expect(text).toContain('https://github.com/acme/app/issues/12#issuecomment-9:2');
    expect(text).not.toMatch(/[\n\u001b]/);
  });

  it('SARIF: surface locations are no results; a notification counts them; file locations stay', () => {
    const report: JsonReport = {
      version: 1, tool: { name: 't', version: '1' }, scope: { kind: 'history', surfaces: ['conversations'] }, suppressed: [], stats: {},
      findings: [finding([comment, { kind: 'file', path: 'a.env', line: 1, column: 1 }])],
    };
    const run = toSarif(report).runs[0]!;
    expect(run.results).toHaveLength(1);
    expect(run.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('a.env');
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toMatch(/^1 location\(s\) outside the repository's files/);
  });

  it('treeOnly keeps what may go to a pull request: the tree\'s locations', () => {
    const report = { findings: [finding([comment]), finding([comment, { kind: 'file', path: 'a', line: 1, column: 1 }])] };
    expect(treeOnly(report).findings.map((f) => f.locations.map((l) => l.kind))).toEqual([['file']]);
  });
});

describe('fingerprints of surface places', () => {
  it('URL:RULE:LINE (COMMIT: first for the wiki), read back and matched', () => {
    const fp = fingerprintOf('anthropic-api-key', comment);
    expect(fp).toBe('https://github.com/acme/app/issues/12#issuecomment-9:anthropic-api-key:2');
    const parsed = parseFingerprint(fp)!;
    expect(parsed).toEqual({ path: 'https://github.com/acme/app/issues/12#issuecomment-9', rule: 'anthropic-api-key', line: 2 });
    expect(fingerprintMatches(parsed, 'anthropic-api-key', comment)).toBe(true);
    expect(fingerprintMatches(parsed, 'anthropic-api-key', { ...comment, url: 'https://github.com/acme/app/issues/13' })).toBe(false);
    const wiki = { kind: 'wiki' as const, path: 'Home.md', url: 'https://github.com/acme/app/wiki/Home', commit: 'c'.repeat(40), line: 3, column: 1 };
    const wikiFp = fingerprintOf('anthropic-api-key', wiki);
    expect(wikiFp).toBe(`${'c'.repeat(40)}:https://github.com/acme/app/wiki/Home:anthropic-api-key:3`);
    expect(fingerprintMatches(parseFingerprint(wikiFp)!, 'anthropic-api-key', wiki)).toBe(true);
  });
});
