import { describe, it, expect } from '@jest/globals';
import { REPORT_FORMATS } from '../../src/core/defaults.js';
import { renderReport } from '../../src/report/format.js';
import { toJsonReport } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';
import { toSarif } from '../../src/report/sarif.js';
import { baselineFromReport } from '../../src/findings/baseline.js';
import { exitCodeFor } from '../../src/findings/policy.js';
import { expectNoSecret, scanResult } from './fixtures.js';

const report = toJsonReport(scanResult());

describe('renderReport', () => {
  it('renders JSON that reads back as the same report, and as a baseline', () => {
    const text = renderReport(report, 'json');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(report);
    const baseline = baselineFromReport(JSON.parse(text), 'report.json');
    expect(baseline.size).toBe(5);
    for (const f of [...report.findings, ...report.suppressed]) expect(baseline.has(f.secretSha256)).toBe(true);
  });

  it('renders SARIF and text as their own modules do', () => {
    expect(JSON.parse(renderReport(report, 'sarif'))).toEqual(toSarif(report));
    expect(renderReport(report, 'sarif', { pathPrefix: 'sub' })).toContain('"uri": "sub/src/config.ts"');
    expect(renderReport(report, 'text')).toBe(renderText(report, { color: false }));
    expect(renderReport(report, 'text', { color: true })).toBe(renderText(report, { color: true }));
  });

  it.each(REPORT_FORMATS)('%s never contains a full key', (format) => {
    expectNoSecret(renderReport(report, format, { color: true }));
  });

  it('rejects an unknown format', () => {
    expect(() => renderReport(report, 'xml' as 'json')).toThrow('unknown report format xml');
  });

  it('gives the exit code from the report as well as from findings', () => {
    expect(exitCodeFor(report.findings, 'live')).toBe(1);
    expect(exitCodeFor(report.findings.filter((f) => f.status === 'invalid'), 'live')).toBe(0);
  });
});
