import { describe, it, expect } from '@jest/globals';
import { renderOrgSummary } from '../../src/audit/summary.js';
import { mergeReports } from '../../src/report/merge.js';
import { markdownProblems } from '../helpers/markdown.js';
import { findingFor, repoReport } from './reports.js';

describe('renderOrgSummary', () => {
  const merged = () =>
    mergeReports([
      { name: 'a', report: repoReport('acme/a', [findingFor('dead', 'invalid', 'acme/a'), findingFor('shared', 'live', 'acme/a', 'a|b.env')]) },
      { name: 'b', report: repoReport('acme/b', [findingFor('shared', 'live', 'acme/b', 'x.ts', { revocation: { outcome: 'deactivated', keyId: 'apikey_9' } })]) },
      { name: 'b2', report: repoReport('acme/b', [findingFor('shared', 'live', 'acme/b', 'y.ts')]) },
      { name: 'c', report: repoReport('acme/c', [findingFor('maybe', 'unknown', 'acme/c', 'z', { statusDetail: 'the API answered 529' })]) },
      { name: 'd', report: repoReport('acme/d', [], { scope: { kind: 'history', repository: 'acme/d', failedRepositories: [{ repository: 'acme/d', reason: 'clone failed: fatal: <boom>' }] } }) },
    ]).report;

  it('puts live keys on top, each with every repository it is in', () => {
    const md = renderOrgSummary(merged(), { serverUrl: 'https://github.com' });
    expect(md).toContain('**1 live key** in 2 repositories. 3 repositories scanned, **1 could not be**; 3 distinct keys (1 live, 1 unknown, 1 invalid); 1 deactivated.');
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Status') && !l.startsWith('| ---'));
    expect(rows[0]).toMatch(/^\| 🔴 \*\*LIVE\*\* \| `sk-ant-api03-.{3}\.\.\..{4}` \| Anthropic API key \| acme\/a, acme\/b \(2\) \|/);
    expect(rows[0]).toContain('[`a\\|b.env:1` @ aaaaaaa](https://github.com/acme/a/blob/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/a%7Cb.env#L1)');
    expect(rows[0]).toContain('deactivated `apikey_9`');
    expect(rows[1]).toContain('🟠 **UNKNOWN**<br><sub>the API answered 529</sub>');
    expect(rows[2]).toContain('⚪ **INVALID**');
    expect(md).toContain('### Repositories that could not be scanned');
    expect(md).toContain('| acme/d | clone failed: fatal: &lt;boom&gt; |');
  });

  it('mentions the people named when a key may be live, nobody otherwise', () => {
    expect(renderOrgSummary(merged(), { mentions: ['@acme/security'] })).toContain('\n@acme/security: 2 keys may be live and need rotating.\n');
    const dead = mergeReports([{ name: 'a', report: repoReport('acme/a', [findingFor('dead', 'invalid', 'acme/a')]) }]).report;
    expect(renderOrgSummary(dead, { mentions: ['@acme/security'] })).not.toContain('@acme');
  });

  it('caps rows and repositories per row', () => {
    const many = mergeReports(
      Array.from({ length: 30 }, (_, i) => ({
        name: `${i}`,
        report: repoReport(`acme/r${i}`, [findingFor('everywhere', 'live', `acme/r${i}`), findingFor(`k${i}`, 'unchecked', `acme/r${i}`)]),
      })),
    ).report;
    const md = renderOrgSummary(many, { maxRows: 5, maxRepositoriesPerRow: 3 });
    expect(md).toContain('acme/r0, acme/r1, acme/r2, and 27 more');
    expect(md).toContain('…and 26 more keys: see the merged JSON report.');
  });

  it('says so when nothing was found', () => {
    const md = renderOrgSummary(mergeReports([{ name: 'a', report: repoReport('acme/a', []) }]).report);
    expect(md).toContain('No Anthropic credential found. 1 repository scanned; 0 distinct keys.');
    expect(md).not.toContain('| Status');
  });

  it('says which repositories were carried from the last audit and marks their keys, names inert', () => {
    const hostile = 'acme/x|<b>*y*</b>';
    const carried = repoReport('acme/q', [findingFor('old', 'live', 'acme/q', 'a.env', { carried: true })], {
      scope: { kind: 'merge', repositories: ['acme/q', hostile], carriedRepositories: ['acme/q', hostile, 'acme/not-listed'] },
    });
    const report = mergeReports([{ name: 'c', report: carried }, { name: 'a', report: repoReport('acme/a', []) }]).report;
    const md = renderOrgSummary(report);
    expect(md).toContain('1 repository scanned, 3 carried from the last audit (not pushed since)');
    expect(md).toContain('<br><sub>carried from the last audit</sub>');
    expect(md).toContain('<details><summary>3 repositories carried from the last audit</summary>');
    expect(md).not.toContain('<b>');
    expect(markdownProblems(md, { names: [hostile] })).toEqual([]);
  });
});
