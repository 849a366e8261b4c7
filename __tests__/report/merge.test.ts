import { describe, it, expect } from '@jest/globals';
import { mergeReports } from '../../src/report/merge.js';
import { fakeKey } from '../helpers/keys.js';
import { findingFor, repoReport } from '../audit/reports.js';

describe('mergeReports', () => {
  it('makes one finding per key across repositories, each location keeping its repository', () => {
    const shared = (repo: string, status: 'live' | 'invalid' | 'unknown' | 'unchecked') => findingFor('shared', status, repo, `${repo}.env`);
    const { report, problems } = mergeReports([
      { name: 'a.json', report: repoReport('acme/a', [shared('acme/a', 'invalid'), findingFor('only-a', 'invalid', 'acme/a')]) },
      { name: 'b.json', report: repoReport('acme/b', [shared('acme/b', 'live')]) },
      { name: 'c.json', report: repoReport('acme/c', [shared('acme/c', 'unknown')]) },
      { name: 'd.json', report: repoReport('acme/d', []) },
    ]);
    expect(problems).toEqual([]);
    expect(report.scope).toMatchObject({ kind: 'merge', repositories: ['acme/a', 'acme/b', 'acme/c', 'acme/d'], failedRepositories: [] });
    expect(report.findings).toHaveLength(2);
    const [first, second] = report.findings;
    expect(first.status).toBe('live');
    expect(first.locations.map((l) => l.repository)).toEqual(['acme/a', 'acme/b', 'acme/c']);
    expect(second.status).toBe('invalid');
    expect(report.stats).toMatchObject({ blobsScanned: 40, bytesScanned: 4000, findings: 2, live: 1, repositories: 4, reports: 4 });
  });

  it('ranks statuses live > unknown > invalid > unchecked', () => {
    const status = (...s: ('live' | 'invalid' | 'unknown' | 'unchecked')[]) =>
      mergeReports(s.map((x, i) => ({ name: `${i}`, report: repoReport(`o/r${i}`, [findingFor('k', x, `o/r${i}`)]) }))).report.findings[0].status;
    expect(status('invalid', 'unknown')).toBe('unknown');
    expect(status('unknown', 'invalid')).toBe('unknown');
    expect(status('unchecked', 'invalid')).toBe('invalid');
    expect(status('invalid', 'unchecked')).toBe('invalid');
    expect(status('unchecked', 'unchecked')).toBe('unchecked');
    expect(status('unchecked', 'unknown', 'live', 'invalid')).toBe('live');
  });

  it('keeps every distinct revocation outcome, the most consequential one as revocation', () => {
    const { report } = mergeReports([
      { name: '1', report: repoReport('o/a', [findingFor('k', 'live', 'o/a', 'x', { revocation: { outcome: 'refused', reason: 'not in the organization' } })]) },
      { name: '2', report: repoReport('o/b', [findingFor('k', 'live', 'o/b', 'x', { revocation: { outcome: 'deactivated', keyId: 'apikey_1' } })]) },
      { name: '3', report: repoReport('o/c', [findingFor('k', 'live', 'o/c', 'x', { revocation: { outcome: 'deactivated', keyId: 'apikey_1' } })]) },
    ]);
    const [f] = report.findings;
    expect(f.revocation).toEqual({ outcome: 'deactivated', keyId: 'apikey_1' });
    expect(f.revocations).toEqual([{ outcome: 'deactivated', keyId: 'apikey_1' }, { outcome: 'refused', reason: 'not in the organization' }]);
  });

  it('names malformed and missing reports and malformed findings without failing', () => {
    const good = repoReport('o/good', [findingFor('k', 'live', 'o/good')]);
    const badFinding = repoReport('o/half', [findingFor('j', 'live', 'o/half'), { secretSha256: 'nope' } as never]);
    const { report, problems } = mergeReports([
      { name: 'good.json', report: good },
      { name: 'missing.json', report: undefined },
      { name: 'array.json', report: [] },
      { name: 'v2.json', report: { ...good, version: 2 } },
      { name: 'half.json', report: badFinding },
      { name: 'leaky.json', report: { ...good, findings: [{ ...good.findings[0], redacted: fakeKey('api03', 'leak') }] } },
    ]);
    expect(problems).toEqual([
      'missing.json: missing',
      'array.json: not a JSON object',
      'v2.json: not a version 1 report (version 2)',
      'half.json: finding 2 left out: no valid secretSha256',
      'leaky.json: it holds what looks like a full credential; refusing to copy it',
    ]);
    expect(report.findings).toHaveLength(2);
    expect(report.scope.repositories).toEqual(['o/good', 'o/half']);
    expect(report.stats).toMatchObject({ reports: 2, reportsRejected: 4 });
    expect(JSON.stringify(report)).not.toContain(fakeKey('api03', 'leak'));
  });

  it('lists failed repositories, unless another report scanned them', () => {
    const failed = (repo: string) => repoReport(repo, [], { scope: { kind: 'history', repository: repo, failedRepositories: [{ repository: repo, reason: 'clone failed' }] } });
    const { report } = mergeReports([
      { name: '1', report: failed('o/broken') },
      { name: '2', report: failed('o/flaky') },
      { name: '3', report: repoReport('o/flaky', []) },
    ]);
    expect(report.scope.failedRepositories).toEqual([{ repository: 'o/broken', reason: 'clone failed' }]);
    expect(report.scope.repositories).toEqual(['o/flaky']);
  });

  it('is idempotent on duplicates and associative over merged reports', () => {
    const a = repoReport('o/a', [findingFor('k', 'invalid', 'o/a'), findingFor('s', 'unchecked', 'o/a')]);
    const b = repoReport('o/b', [findingFor('k', 'live', 'o/b')], { suppressed: [findingFor('t', 'unchecked', 'o/b', 'x', { suppressedBy: 'baseline' })] });
    const c = repoReport('o/c', [findingFor('s', 'unknown', 'o/c')]);
    const flat = mergeReports([{ name: 'a', report: a }, { name: 'b', report: b }, { name: 'c', report: c }]).report;
    const ab = mergeReports([{ name: 'a', report: a }, { name: 'b', report: b }, { name: 'a again', report: a }]).report;
    const nested = mergeReports([{ name: 'ab', report: ab }, { name: 'c', report: c }]).report;
    expect(nested.findings).toEqual(flat.findings);
    expect(nested.suppressed).toEqual(flat.suppressed);
    expect(nested.scope.repositories).toEqual(flat.scope.repositories);
    expect(flat.suppressed[0].suppressedBy).toBe('baseline');
  });

  it('tags locations with the report\'s repository when they lack one', () => {
    const f = findingFor('k', 'live', 'x');
    delete f.locations[0].repository;
    const { report } = mergeReports([{ name: '1', report: repoReport('o/a', [f], { notes: [{ reason: 'binary', message: 'skipped' }], errors: ['boom'] }) }]);
    expect(report.findings[0].locations[0].repository).toBe('o/a');
    expect(report.notes).toEqual([{ reason: 'binary', message: 'skipped', repository: 'o/a' }]);
    expect(report.errors).toEqual(['o/a: boom']);
  });
});
