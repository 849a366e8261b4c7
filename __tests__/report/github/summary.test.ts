import { describe, expect, it } from '@jest/globals';
import { findingsTable, renderSummary, type SummaryContext } from '../../../src/report/github/summary.js';
import { text } from '../../../src/report/github/markdown.js';
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

  it('stays under the budget, counting what did not fit', () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding(`k${i}`, 'live', [{ path: `${'d/'.repeat(60)}f${i}.txt`, line: i + 1, commit: C1 }]));
    const table = findingsTable(many, ctx, 100_000);
    expect(Buffer.byteLength(table.markdown)).toBeLessThanOrEqual(100_000);
    expect(table.omitted).toBeGreaterThan(0);
    const md = renderSummary(reportOf(many), ctx);
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/…and \d+ more finding\(s\) that do not fit in a job summary/);
  });

  it('escapes what came from the repository', () => {
    expect(text('a|b<script>\n[x](y)')).toBe('a\\|b&lt;script&gt; \\[x\\]\\(y\\)');
    const md = renderSummary(reportOf([finding('esc', 'live', [{ path: 'evil|<img src=x>.txt' }])]), ctx);
    expect(md).not.toContain('<img');
    expect(md).toContain('evil\\|&lt;img src=x&gt;.txt');
  });
});
