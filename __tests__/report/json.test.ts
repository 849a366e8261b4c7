import { describe, it, expect } from '@jest/globals';
import { scrub } from '../../src/core/scrub.js';
import { sortFindings, toJsonReport } from '../../src/report/json.js';
import { TOOL_NAME, TOOL_VERSION } from '../../src/core/version.js';
import { Secret } from '../../src/core/secret.js';
import { expectNoSecret, keys, scanResult } from './fixtures.js';

describe('toJsonReport', () => {
  const report = toJsonReport(scanResult());

  it('has the contract header, scope with repository, notes, errors and stats', () => {
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: TOOL_NAME, version: TOOL_VERSION });
    expect(report.scope).toEqual({ kind: 'history', root: '/work/repo', repository: 'acme/app' });
    expect(report.notes).toHaveLength(4);
    expect(report.notes?.[0]).toEqual({ reason: 'binary', message: 'skipped a binary file', path: 'img.png', repository: 'acme/app' });
    expect(report.errors).toEqual(['could not list API keys: 403 permission_error']);
    expect(report.stats.commitsScanned).toBe(12);
  });

  it('turns each secret into its SHA-256 and redacted form', () => {
    const live = report.findings[0];
    const secret = new Secret(keys.live);
    expect(live.secretSha256).toBe(secret.sha256);
    expect(live.redacted).toBe(`${keys.live.slice(0, 16)}...${keys.live.slice(-4)}`);
    expect(live).toEqual({
      rule: 'anthropic-api-key',
      secretSha256: secret.sha256,
      redacted: secret.redacted,
      status: 'live',
      organizationId: 'org-123',
      locations: expect.any(Array),
      revocation: { outcome: 'deactivated', keyId: 'apikey_01abc', keyName: 'ci key' },
    });
    expect(Object.keys(live.locations[1])).toEqual(['kind', 'path', 'line', 'column', 'commit', 'author', 'date', 'encoding', 'repository', 'fingerprint']);
  });

  it('orders findings live, unknown, unchecked, invalid', () => {
    expect(report.findings.map((f) => f.status)).toEqual(['live', 'unknown', 'unchecked', 'invalid']);
    expect(report.suppressed.map((f) => f.suppressedBy)).toEqual(['allow-marker']);
  });

  it('never holds a full key, even one quoted in a status detail', () => {
    const text = JSON.stringify(report);
    expectNoSecret(text);
    expect(report.findings[1].statusDetail).toContain(`${keys.unknown.slice(0, 16)}...${keys.unknown.slice(-4)}`);
  });

  it('keeps scope kinds and range bounds', () => {
    const result = scanResult();
    result.plan = { ...result.plan, scope: { kind: 'range', root: '.', base: 'abc', head: 'def' } };
    delete result.plan.repository;
    expect(toJsonReport(result).scope).toEqual({ kind: 'range', root: '.', base: 'abc', head: 'def' });
  });
});

describe('sortFindings', () => {
  it('breaks status ties by first location', () => {
    const f = (path: string) => ({ status: 'live' as const, locations: [{ kind: 'file' as const, path, line: 1, column: 1 }] });
    expect(sortFindings([f('b'), f('a'), { status: 'live' as const, locations: [] }]).map((x) => x.locations[0]?.path)).toEqual(['a', 'b', undefined]);
  });
});

describe('scrub', () => {
  it('redacts anything shaped like a whole key and leaves hints alone', () => {
    const hint = `${keys.live.slice(0, 16)}...${keys.live.slice(-4)}`;
    expect(scrub(`x ${keys.live} y`)).toBe(`x ${hint} y`);
    expect(scrub(`hint ${hint}`)).toBe(`hint ${hint}`);
    expect(scrub('nothing here')).toBe('nothing here');
  });
});
