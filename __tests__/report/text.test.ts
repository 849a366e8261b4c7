import { describe, it, expect } from '@jest/globals';
import { clean, renderLocation, renderText } from '../../src/report/text.js';
import { formatBytes } from '../../src/core/size.js';
import { toJsonReport } from '../../src/report/json.js';
import type { JsonReport } from '../../src/core/report.js';
import { TOOL_VERSION } from '../../src/core/version.js';
import { expectNoSecret, keys, scanResult } from './fixtures.js';

const ESC = '\x1b';
const report = toJsonReport(scanResult());

function emptyReport(): JsonReport {
  return { version: 1, tool: { name: 'anthropic-key-scan', version: '0.1.0' }, scope: { kind: 'files', root: '.' }, findings: [], suppressed: [], stats: {} };
}

describe('renderText', () => {
  const plain = renderText(report, { color: false });
  const lines = plain.split('\n');

  it('puts the status first on each finding, in report order', () => {
    const headers = lines.filter((l) => /^[A-Z]+ {2}/.test(l));
    expect(headers.map((h) => h.split(' ')[0])).toEqual(['LIVE', 'UNKNOWN', 'UNCHECKED', 'INVALID']);
    expect(headers[0]).toBe(`LIVE  Anthropic API key  ${keys.live.slice(0, 16)}...${keys.live.slice(-4)}  (anthropic-api-key)`);
    expect(plain).toContain('an incident: the key was live and has been deactivated; replace it where it is used');
    const r = toJsonReport(scanResult());
    delete r.findings[0].revocation;
    expect(renderText(r, { color: false })).toContain('  an incident: the key works; deactivate it in the Console (Settings > API keys) and replace it now\n');
    expect(plain).toContain('clean-up: the key no longer works; remove it from the code');
    expect(plain).toContain('  cannot be checked (no safe check exists for this kind): treat it as live and revoke it in claude.ai (Settings > Claude Code)\n');
  });

  it('says a finding an incremental audit carried from the last one', () => {
    const r = toJsonReport(scanResult());
    r.findings[1].carried = true;
    const text = renderText(r, { color: false });
    expect(text.split('\n').filter((l) => l === '  carried: found by an earlier audit (--state), reported again')).toHaveLength(1);
    expect(plain).not.toContain('carried:');
  });

  it('lists one line per location with commit, author, date, encoding and repository', () => {
    expect(lines).toContain(`  src/config.ts:12:18  commit ${'b'.repeat(12)}  Test Author  2024-01-02  in acme/app`);
    expect(lines).toContain(`  k8s/secret.yaml:7:9  commit ${'c'.repeat(12)}  Other  2024-01-03  [base64]  in acme/app`);
    expect(lines).toContain(`  commit message of ${'d'.repeat(12)}:3:5  Other  2024-01-04  in acme/app`);
    expect(lines).toContain('  message of tag v1.0:2:1  2024-01-05');
    expect(lines).toContain(`  a/old.env:1:15  commit ${'a'.repeat(12)}  Test Author  2024-01-01  (no longer in HEAD)  in acme/app`);
    expect(lines).toContain('  organization: org-123');
  });

  it('shows revocation outcomes with the key id and the next step', () => {
    expect(lines).toContain('  revoked: deactivated apikey_01abc ("ci key"); next: create a new key in the Console and update where it is used');
    expect(lines).toContain('  not revoked: admin keys cannot be deactivated through the Admin API; delete it in the Console');
  });

  it('summarises suppressed findings, notes by reason, errors, what was scanned and totals', () => {
    expect(lines).toContain('Suppressed: 1 (allow-marker 1); listed in the JSON report');
    expect(lines).toContain('Notes: 4 (binary 3, shallow 1)');
    expect(lines).toContain('  - acme/app: the clone is shallow: history before 1234abc was not scanned');
    expect(plain).not.toContain('skipped a binary file');
    expect(lines).toContain('Errors: 1');
    expect(lines).toContain('Scanned 12 commits, 40 blobs, 3.0 MiB in 1.2 s');
    expect(lines).toContain('Total: 4 keys (1 live, 1 unknown, 1 unchecked, 1 invalid) at 6 locations');
    expect(lines[0]).toBe(`anthropic-key-scan ${TOOL_VERSION}: the whole history of /work/repo (acme/app)`);
  });

  it('has no colour unless asked, and colours LIVE red and bold when asked', () => {
    expect(plain).not.toContain(ESC);
    const coloured = renderText(report, { color: true });
    expect(coloured).toContain(`${ESC}[1;31mLIVE${ESC}[0m`);
    expect(coloured).toContain(`${ESC}[2mINVALID${ESC}[0m`);
  });

  it('never holds a full key', () => {
    expectNoSecret(plain);
    expectNoSecret(renderText(report, { color: true }));
  });

  it('escapes control characters from the repository, so a file name cannot drive the terminal', () => {
    const r = toJsonReport(scanResult());
    r.findings[0].locations[0].path = `evil${ESC}[2J\nname\t.txt`;
    r.findings[0].locations[0].author = `A${ESC}]0;title\x07`;
    const text = renderText(r, { color: false });
    expect(text).not.toContain(ESC);
    expect(text).toContain('evil\\x1b[2J\\x0aname\\x09.txt:12:18');
    expect(text.split('\n').filter((l) => l.includes('evil'))).toHaveLength(1);
  });

  it('counts only the statuses present, and short durations in ms', () => {
    const r = toJsonReport(scanResult());
    r.findings = r.findings.filter((f) => f.status === 'unchecked');
    r.stats = { filesScanned: 3, bytesScanned: 100, durationMs: 42 };
    const text = renderText(r, { color: false });
    expect(text).toContain('\nScanned 3 files, 100 B in 42 ms\nTotal: 1 key (1 unchecked) at 1 location\n');
  });

  it('caps the locations listed per finding', () => {
    const r = toJsonReport(scanResult());
    r.findings[0].locations = Array.from({ length: 30 }, (_, i) => ({ kind: 'file' as const, path: `f${i}.txt`, line: 1, column: 1 }));
    const text = renderText(r, { color: false, maxLocations: 5 });
    expect(text).toContain('  f4.txt:1:1');
    expect(text).not.toContain('  f5.txt:1:1');
    expect(text).toContain('  ... and 25 more location(s) (all of them are in --format json)');
  });

  it('says so when nothing was found, and describes other scopes', () => {
    const r = emptyReport();
    expect(renderText(r, { color: false })).toBe(
      'anthropic-key-scan 0.1.0: files under .\n\nNo Anthropic credentials found.\n\nTotal: no keys reported\n',
    );
    r.scope = { kind: 'merge', repositories: ['a/b', 'c/d'], failedRepositories: [{ repository: 'e/f', reason: 'clone failed' }] };
    expect(renderText(r, { color: false }).split('\n')[0]).toBe('anthropic-key-scan 0.1.0: merged report of 2 repositories; 1 failed: e/f (clone failed)');
    r.scope = { kind: 'range', root: '.', base: 'abc', head: 'def' };
    expect(renderText(r, { color: false })).toContain('commits abc..def in .');
  });

  it('lists every revocation outcome of a merged report when the jobs disagreed', () => {
    const r = toJsonReport(scanResult());
    r.findings[0].revocations = [
      { outcome: 'deactivated', keyId: 'apikey_1' },
      { outcome: 'failed', reason: 'HTTP 500' },
    ];
    const text = renderText(r, { color: false });
    expect(text).toContain('  revoked: deactivated apikey_1; next:');
    expect(text).toContain('  revocation FAILED: HTTP 500; deactivate it in the Console now');
    expect(text).not.toContain('apikey_01abc');
  });

  it('shows dry runs and failures', () => {
    const r = toJsonReport(scanResult());
    r.findings[0].revocation = { outcome: 'would-deactivate', keyId: 'apikey_9', keyName: 'n' };
    expect(renderText(r, { color: false })).toContain('  dry run: would deactivate apikey_9 ("n"); run without --dry-run to do it');
    r.findings[0].revocation = { outcome: 'failed', keyId: 'apikey_9', reason: 'the key still works after the write' };
    expect(renderText(r, { color: false })).toContain('  revocation FAILED: the key still works after the write [apikey_9]; deactivate it in the Console now');
  });
});

describe('helpers', () => {
  it('renderLocation marks range locations still in HEAD', () => {
    expect(renderLocation({ kind: 'file', path: 'a', line: 2, column: 3, inHead: true, headLine: 9 })).toBe('a:2:3  (in HEAD at line 9)');
  });
  it('formatBytes', () => {
    expect([0, 1023, 1024, 1536, 5 * 1024 ** 3].map(formatBytes)).toEqual(['0 B', '1023 B', '1.0 KiB', '1.5 KiB', '5.0 GiB']);
  });
  it('clean keeps printable text, including non-ASCII', () => {
    expect(clean('naïve 名前 ok')).toBe('naïve 名前 ok');
    expect(clean('\x7f\x9b')).toBe('\\x7f\\x9b');
  });
  it('clean shows Unicode line and paragraph separators: a name cannot print a line of its own (the terminal guard makes them newlines)', () => {
    expect(clean('x\u2028Total: no keys reported')).toBe('x\\u{2028}Total: no keys reported');
    expect(clean('a\u2029b\u0085c\u200ed')).toBe('a\\u{2029}b\\x85c\\u{200e}d');
  });

  it('clean shows bidirectional overrides instead of letting them reorder a name', () => {
    expect(clean('invoice\u202etxt.exe')).toBe('invoice\\u{202e}txt.exe');
    expect(clean('a\u2066b\u2069')).toBe('a\\u{2066}b\\u{2069}');
  });
});

describe('a live key that something allowed', () => {
  it('is shown with what would have suppressed it, in the text report and in every GitHub description', async () => {
    const { describeFinding } = await import('../../src/report/github/where.js');
    const report = toJsonReport(scanResult());
    const live = report.findings.find((f) => f.status === 'live');
    if (!live) throw new Error('the fixture has a live key');
    live.suppressionOverridden = 'allow-marker:gitleaks:allow';
    expect(renderText(report, { color: false })).toContain('reported although suppressed (allow-marker:gitleaks:allow): the key is live');
    expect(describeFinding(live)).toMatch(/; reported although suppressed \(allow-marker:gitleaks:allow\): the key is live\)$/);
  });
});
