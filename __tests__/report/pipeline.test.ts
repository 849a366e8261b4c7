/** From hits to rendered reports: aggregation, suppression, the JSON report and every format, with real keys. */
import { describe, it, expect } from '@jest/globals';
import { FindingSet } from '../../src/findings/aggregate.js';
import { suppress } from '../../src/findings/suppress.js';
import { exitCodeFor } from '../../src/findings/policy.js';
import { toJsonReport } from '../../src/report/json.js';
import { REPORT_FORMATS } from '../../src/core/defaults.js';
import { renderReport } from '../../src/report/format.js';
import { Secret } from '../../src/core/secret.js';
import type { Hit } from '../../src/core/types.js';
import { fakeKey } from '../helpers/keys.js';
import { plan } from './fixtures.js';

describe('hits to reports', () => {
  it('reports each key once with all its places, suppressed ones apart, and never a key', () => {
    const raw = [fakeKey('api03', 'p1'), fakeKey('api03', 'p2'), fakeKey('admin01', 'p3')];
    const hits: Hit[] = [
      { match: { rule: 'anthropic-api-key', secret: new Secret(raw[0]), line: 3, column: 7 }, location: { kind: 'file', path: 'src/b.ts', line: 3, column: 7 } },
      { match: { rule: 'anthropic-api-key', secret: new Secret(raw[0]), line: 1, column: 1 }, location: { kind: 'file', path: 'src/a.ts', line: 1, column: 1 } },
      { match: { rule: 'anthropic-api-key', secret: new Secret(raw[0]), line: 1, column: 1 }, location: { kind: 'file', path: 'src/a.ts', line: 1, column: 1 } },
      { match: { rule: 'anthropic-api-key', secret: new Secret(raw[1]), line: 2, column: 1, allowMarker: 'gitleaks:allow' }, location: { kind: 'file', path: 'test/x.ts', line: 2, column: 1 } },
      { match: { rule: 'anthropic-admin-key', secret: new Secret(raw[2]), line: 1, column: 9 }, location: { kind: 'file', path: 'fixtures/k.env', line: 1, column: 9 } },
    ];
    const set = new FindingSet();
    const masked = hits.filter((h) => set.add(h)).map((h) => h.match.secret.sha256);
    expect(masked).toHaveLength(3);
    const { findings, suppressed } = suppress(set.candidates(), { excludePaths: ['fixtures/'] });
    const report = toJsonReport({ plan, findings, suppressed, notes: [], stats: { filesScanned: 4 }, errors: [] });

    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].locations.map((l) => `${l.path}:${l.line}`)).toEqual(['src/a.ts:1', 'src/b.ts:3']);
    expect(report.suppressed.map((f) => [f.rule, f.suppressedBy])).toEqual([
      ['anthropic-admin-key', 'config:exclude-path'],
      ['anthropic-api-key', 'allow-marker'],
    ]);
    expect(exitCodeFor(report.findings, 'any')).toBe(1);
    for (const format of REPORT_FORMATS) {
      const out = renderReport(report, format, { color: true });
      for (const key of raw) expect(out).not.toContain(key);
    }
  });
});
