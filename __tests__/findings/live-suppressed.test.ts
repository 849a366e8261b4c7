import { describe, expect, it } from '@jest/globals';
import { reportLiveSuppressed, suppressedToCheck } from '../../src/findings/live-suppressed.js';
import { Secret } from '../../src/core/secret.js';
import type { Finding, Status } from '../../src/core/types.js';
import { fakeKey } from '../helpers/keys.js';

const live = new Secret(fakeKey('api03', 'ls-live'));
const dead = new Secret(fakeKey('api03', 'ls-dead'));
const both = new Secret(fakeKey('api03', 'ls-both'));

function finding(secret: Secret, path: string, suppressedBy?: string, status: Status = 'unchecked'): Finding {
  return { rule: 'anthropic-api-key', secret, status, locations: [{ kind: 'file', path, line: 1, column: 1 }], ...(suppressedBy ? { suppressedBy } : {}) };
}

describe('live suppressed keys', () => {
  const findings = [finding(both, 'reported.txt', undefined, 'live')];
  const suppressed = [
    finding(live, 'a.txt', 'allow-marker'),
    finding(live, 'b.txt', 'config:exclude-path'),
    finding(dead, 'c.txt', 'baseline'),
    finding(both, 'd.txt', 'allow-marker'),
  ];

  it('checks each distinct suppressed secret once, not those reported anyway', () => {
    expect(suppressedToCheck(findings, suppressed).map((f) => f.secret.sha256)).toEqual([live.sha256, dead.sha256]);
  });

  it('moves a live one into the findings with every suppression named; keeps the rest with their status', () => {
    const checked = suppressedToCheck(findings, suppressed);
    checked[0]!.status = 'live';
    checked[0]!.organizationId = 'org-1';
    checked[1]!.status = 'invalid';
    const out = reportLiveSuppressed(findings, suppressed, checked);
    expect(out.findings.map((f) => [f.secret.sha256, f.status, f.suppressionOverridden, f.suppressedBy, f.locations.map((l) => l.path)])).toEqual([
      [both.sha256, 'live', undefined, undefined, ['reported.txt']],
      [live.sha256, 'live', 'allow-marker, config:exclude-path', undefined, ['a.txt', 'b.txt']],
    ]);
    expect(out.findings[1]!.organizationId).toBe('org-1');
    // The key reported elsewhere keeps its allowed place suppressed: it is not hidden, it is already reported.
    expect(out.suppressed.map((f) => [f.secret.sha256, f.status, f.suppressedBy])).toEqual([
      [dead.sha256, 'invalid', 'baseline'],
      [both.sha256, 'live', 'allow-marker'],
    ]);
  });

  it('an unknown or unchecked status stays suppressed (only a key proven live is surfaced)', () => {
    const checked = suppressedToCheck([], [finding(live, 'a.txt', 'allow-marker')]);
    checked[0]!.status = 'unknown';
    expect(reportLiveSuppressed([], [finding(live, 'a.txt', 'allow-marker')], checked).findings).toEqual([]);
  });
});
