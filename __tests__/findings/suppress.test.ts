import { describe, it, expect } from '@jest/globals';
import { FindingSet } from '../../src/findings/aggregate.js';
import { suppress } from '../../src/findings/suppress.js';
import { Secret } from '../../src/core/secret.js';
import type { Location } from '../../src/core/types.js';
import { fakeKey } from '../helpers/keys.js';

const keyA = new Secret(fakeKey('api03', 'sa'));
const keyB = new Secret(fakeKey('api03', 'sb'));

function candidates(entries: [Secret, Partial<Location>, string?][]) {
  const set = new FindingSet();
  for (const [secret, location, allowMarker] of entries) {
    set.add({
      match: { rule: 'anthropic-api-key', secret, line: 1, column: 1, ...(allowMarker ? { allowMarker } : {}) },
      location: { kind: 'file', line: 1, column: 1, ...location },
    });
  }
  return set.candidates();
}

const paths = (locations: Location[]) => locations.map((l) => l.path ?? l.kind);

describe('suppress', () => {
  it('reports everything as unchecked when nothing is allowed', () => {
    const { findings, suppressed } = suppress(candidates([[keyA, { path: 'a' }], [keyB, { path: 'b' }]]));
    expect(findings.map((f) => [f.secret.sha256, f.status, f.suppressedBy])).toEqual([
      [keyA.sha256, 'unchecked', undefined],
      [keyB.sha256, 'unchecked', undefined],
    ]);
    expect(suppressed).toEqual([]);
  });

  it('suppresses a finding whose every location is marker-allowed', () => {
    const { findings, suppressed } = suppress(candidates([[keyA, { path: 'a' }, 'gitleaks:allow'], [keyA, { path: 'b' }, 'anthropic-key-scan:allow']]));
    expect(findings).toEqual([]);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressedBy).toBe('allow-marker');
    expect(paths(suppressed[0].locations)).toEqual(['a', 'b']);
  });

  it('reports a partly marker-allowed secret at its unmarked places, the marked ones suppressed', () => {
    const { findings, suppressed } = suppress(candidates([[keyA, { path: 'a' }, 'gitleaks:allow'], [keyA, { path: 'b' }]]));
    expect(findings).toHaveLength(1);
    expect(paths(findings[0].locations)).toEqual(['b']);
    expect(suppressed.map((f) => [f.secret.sha256, f.suppressedBy, paths(f.locations)])).toEqual([[keyA.sha256, 'allow-marker', ['a']]]);
  });

  it('allows secrets by hash, case-insensitively, keeping all their locations', () => {
    const { findings, suppressed } = suppress(candidates([[keyA, { path: 'a' }], [keyA, { path: 'b' }, 'x'], [keyB, { path: 'c' }]]), {
      allowSecrets: [keyA.sha256.toUpperCase()],
    });
    expect(findings.map((f) => f.secret.sha256)).toEqual([keyB.sha256]);
    expect(suppressed.map((f) => [f.suppressedBy, paths(f.locations)])).toEqual([['config:allow-secret', ['a', 'b']]]);
  });

  it('drops locations under excluded paths; a finding with none left is suppressed', () => {
    const { findings, suppressed } = suppress(
      candidates([
        [keyA, { path: 'test/fixtures/a.txt' }],
        [keyA, { path: 'src/app.ts' }],
        [keyB, { path: 'docs/x.md' }],
        [keyB, { kind: 'commit-message', commit: 'c1' }],
        [keyB, { path: 'vendor/y.js' }, 'gitleaks:allow'],
      ]),
      { excludePaths: ['test/fixtures/**', '*.md', 'vendor'] },
    );
    expect(findings.map((f) => [f.secret.sha256, paths(f.locations)])).toEqual([
      [keyB.sha256, ['commit-message']],
      [keyA.sha256, ['src/app.ts']],
    ]);
    expect(suppressed.map((f) => [f.secret.sha256, f.suppressedBy, paths(f.locations)])).toEqual(
      expect.arrayContaining([
        [keyA.sha256, 'config:exclude-path', ['test/fixtures/a.txt']],
        [keyB.sha256, 'config:exclude-path', ['docs/x.md', 'vendor/y.js']],
      ]),
    );
    expect(suppressed).toHaveLength(2);
  });

  it('suppresses baselined secrets whole; an allow-secret entry takes precedence', () => {
    const { findings, suppressed } = suppress(candidates([[keyA, { path: 'a' }], [keyB, { path: 'b' }]]), {
      baseline: new Set([keyA.sha256, keyB.sha256]),
      allowSecrets: [keyB.sha256],
    });
    expect(findings).toEqual([]);
    expect(Object.fromEntries(suppressed.map((f) => [f.secret.sha256, f.suppressedBy]))).toEqual({
      [keyA.sha256]: 'baseline',
      [keyB.sha256]: 'config:allow-secret',
    });
  });
});
