import { describe, expect, it } from '@jest/globals';
import { findingsTable, renderSummary, SUMMARY_MAX_ROWS, type SummaryContext } from '../../../src/report/github/summary.js';
import { characters, text } from '../../../src/report/github/markdown.js';
import { expandingName, keysWithoutRow, markdownProblems } from '../../helpers/markdown.js';
import { AT_ROOT } from '../../../src/report/github/where.js';
import { C1, C2, finding, reportOf } from './fixtures.js';

const ctx: SummaryContext = { placement: AT_ROOT, serverUrl: 'https://github.com', repository: 'acme/app', sha: C2, scanned: 'pull request #1' };

describe('renderSummary', () => {
  it('a table with status, kind, redacted key and linked locations; revocations; next steps', () => {
    const live = finding('live', 'live', [{ path: 'src/a b.ts', line: 5, commit: C1, inHead: true, headLine: 7 }], {
      revocation: { outcome: 'deactivated', keyId: 'apikey_01', keyName: 'ci' },
    });
    const report = reportOf([live, finding('files', 'invalid', [{ path: 'x.txt', line: 2 }])]);
    const md = renderSummary(report, { ...ctx, reportFile: '/tmp/r.json', notices: ['could not create a check run: the token lacks `checks: write`'] });
    expect(md).toContain('**2 keys found (1 live, 1 invalid)** in pull request \\#\u200b1.');
    expect(md).toContain(`| 🔴 **LIVE** | Anthropic API key | \`${live.redacted}\` | [src/a b.ts:7 \\(added in 1111111\\)](https://github.com/acme/app/blob/${C1}/src/a%20b.ts#L5) |`);
    // A files finding links to the checked-out commit.
    expect(md).toContain(`(https://github.com/acme/app/blob/${C2}/x.txt#L2)`);
    expect(md).toMatch(/### Revocation[\s\S]*✅ deactivated \| `apikey_01` \(ci\)/);
    expect(md).toMatch(/### What to do next[\s\S]*Rotate every key that may be live[\s\S]*Invalid keys/);
    expect(md).toContain('checks: write');
    expect(md).toContain('JSON report: `/tmp/r.json`');
  });

  it('how to fix each kind that may be live, from the kinds table; none for a dead key', () => {
    const oauth = finding('oauth', 'unchecked', [{ path: '.env', line: 1 }], { rule: 'anthropic-oauth-access-token' });
    const dead = finding('dead', 'invalid', [{ path: 'x', line: 1 }], { rule: 'anthropic-admin-key' });
    const md = renderSummary(reportOf([oauth, dead]), ctx);
    expect(md).toContain('<details><summary>How to fix: Claude OAuth access token</summary>');
    expect(md).toContain('https://claude.ai/settings/claude-code');
    expect(md).not.toContain('How to fix: Anthropic Admin API key');
  });

  it('no findings: says so', () => {
    expect(renderSummary(reportOf([]), ctx)).toContain('✅ **No Anthropic credentials found** in pull request \\#\u200b1.');
  });

  it('every key gets its row within 1 MiB, down to 5,000 rows; past that the rest are counted and pointed at', () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding(`k${i}`, 'live', [{ path: `${'d/'.repeat(60)}f${i}.txt`, line: i + 1, commit: C1 }]));
    const table = findingsTable(many, ctx, 100_000);
    expect(Buffer.byteLength(table.markdown)).toBeLessThanOrEqual(100_000);
    expect(table.omitted).toBeGreaterThan(0);
    const md = renderSummary(reportOf(many), ctx);
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(keysWithoutRow(md, many.map((f) => f.redacted))).toEqual([]);

    const more = Array.from({ length: SUMMARY_MAX_ROWS + 7 }, (_, i) => finding(`m${i}`, 'unknown', [{ path: `f${i}.txt`, line: 1 }]));
    const capped = renderSummary(reportOf(more), { ...ctx, artifact: { name: 'reports', url: 'https://github.com/acme/app/actions/runs/9/artifacts/3' } });
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(1024 * 1024);
    expect(keysWithoutRow(capped, more.slice(0, SUMMARY_MAX_ROWS).map((f) => f.redacted))).toEqual([]);
    expect(capped).toContain('…and 7 more findings: see the report file ([reports artifact](https://github.com/acme/app/actions/runs/9/artifacts/3)).');
  });

  it('5,000 keys at 10,000-character names full of what escaping expands: under 1 MiB, each key its row, each name cut in the middle', () => {
    const findings = Array.from({ length: 5000 }, (_, i) => finding(`n${i}`, 'live', [
      { path: expandingName(10_000, `p${i}`), member: expandingName(10_000, `m${i}`), line: 3, commit: C1, inHead: false },
      { path: `also/${i}.env`, line: 1, commit: C1 },
    ]));
    const md = renderSummary(reportOf(findings, { kind: 'history', root: '/r' }), ctx);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1024 * 1024);
    expect(keysWithoutRow(md, findings.map((f) => f.redacted))).toEqual([]);
    expect(markdownProblems(md)).toEqual([]);
    expect(md.split('\n').find((line) => line.includes(findings[0]!.redacted))).toMatch(/…/);
    // 300 of them leave room to read both ends of each name.
    const some = renderSummary(reportOf(findings.slice(0, 300), { kind: 'history', root: '/r' }), ctx);
    expect(keysWithoutRow(some, findings.slice(0, 300).map((f) => f.redacted))).toEqual([]);
    expect(some.split('\n').find((line) => line.includes(findings[0]!.redacted))).toMatch(/p0\/\\\|.*…/);
  });

  it('one long name cannot push another key out of a small budget', () => {
    const long = finding('long', 'live', [{ path: expandingName(10_000), line: 1, commit: C1 }]);
    const short = finding('short', 'live', [{ path: 'a.env', line: 2, commit: C1 }]);
    const table = findingsTable([long, short], ctx, { budget: 1200, measure: characters });
    expect(table.omitted).toBe(0);
    expect(table.markdown.length).toBeLessThanOrEqual(1200);
    expect(keysWithoutRow(table.markdown, [long.redacted, short.redacted])).toEqual([]);
    expect(table.markdown).toContain('a.env:2');
  });

  it('notes are capped with a count and each cut, after the findings', () => {
    const report = { ...reportOf([finding('n', 'live', [{ path: 'a', line: 1 }])]), notes: Array.from({ length: 432 }, (_, i) => ({ reason: 'too-large', message: `${expandingName(20_000, String(i))}: skipped` })) };
    const md = renderSummary(report, { ...ctx, notices: Array.from({ length: 30 }, (_, i) => `notice ${i} ${'x'.repeat(5000)}`) });
    expect(md).toContain('- …and 442 more notes in the report file');
    expect(md).toContain('<summary>Notes (462)</summary>');
    expect(md.indexOf('| --- |')).toBeLessThan(md.indexOf('Notes ('));
    expect(Math.max(...md.split('\n').filter((l) => l.startsWith('- notice')).map((l) => l.length))).toBeLessThan(600);
    expect(markdownProblems(md)).toEqual([]);
  });

  it('escapes what came from the repository', () => {
    expect(text('a|b<script>\n[x](y)')).toBe('a\\|b&lt;script&gt; \\[x\\]\\(y\\)');
    const md = renderSummary(reportOf([finding('esc', 'live', [{ path: 'evil|<img src=x>.txt' }])]), ctx);
    expect(md).not.toContain('<img');
    expect(md).toContain('evil\\|&lt;img src=x&gt;.txt');
  });
});
