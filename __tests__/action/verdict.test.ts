import { describe, expect, it } from '@jest/globals';
import type { JsonReport } from '../../src/core/report.js';
import { failureOf, unwrittenFiles } from '../../src/action/verdict.js';

function reportOf(extra: Partial<JsonReport> = {}): JsonReport {
  return { version: 1, tool: { name: 'anthropic-key-scan', version: '0' }, scope: { kind: 'range' }, findings: [], suppressed: [], stats: {}, ...extra };
}

const finding = {
  rule: 'anthropic-api-key' as const, secretSha256: 'a'.repeat(64), redacted: 'sk-ant-api03-AAA...AAAA', status: 'invalid' as const,
  locations: [{ kind: 'file' as const, path: 'a.txt', line: 3, column: 1 }],
};

describe('failureOf', () => {
  it('passes a complete scan with nothing to report', () => {
    expect(failureOf(reportOf(), 'any')).toBeUndefined();
  });

  it('fails a scan that stopped part-way, even with nothing found, unless fail-on is never', () => {
    const report = reportOf({ incomplete: 'the scan stopped early: git log failed' });
    expect(failureOf(report, 'any')).toMatch(/did not complete \(the scan stopped early: git log failed\)/);
    expect(failureOf(report, 'live')).toMatch(/did not complete/);
    expect(failureOf(report, 'never')).toBeUndefined();
  });

  it('names both reasons when findings and an incomplete scan fail it', () => {
    const message = failureOf(reportOf({ findings: [finding], incomplete: 'the scan stopped early: x' }), 'any')!;
    expect(message).toMatch(/^anthropic-key-scan: 1 .*a\.txt:3\); fail-on: any; the scan did not complete/);
  });

  it('names a surface place by its link, or by its number when the payload gave no usable link (a javascript: html_url)', () => {
    const at = (location: Record<string, unknown>) => failureOf(reportOf({ findings: [{ ...finding, locations: [{ kind: 'comment', line: 2, column: 1, ...location }] as never }] }), 'any')!;
    expect(at({ url: 'https://github.com/acme/app/issues/3#issuecomment-5', number: 3 })).toContain('at comment https://github.com/acme/app/issues/3#issuecomment-5:2)');
    expect(at({ number: 3 })).toContain('at comment on #3, line 2)');
    expect(at({})).toContain('at comment on an issue, line 2)');
  });

  it('fail-on live passes an invalid key of a complete scan', () => {
    expect(failureOf(reportOf({ findings: [finding] }), 'live')).toBeUndefined();
  });
});

describe('unwrittenFiles', () => {
  it('names each report file that could not be written, and nothing for other outputs', () => {
    expect(unwrittenFiles([{ output: 'review', state: 'failed' }, { output: 'sarif-file', state: 'done' }])).toBeUndefined();
    expect(unwrittenFiles([{ output: 'report-file', state: 'failed', detail: 'x is a symbolic link' }])).toMatch(/report-file \(x is a symbolic link\)/);
  });
});
