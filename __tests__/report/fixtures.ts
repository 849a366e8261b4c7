/** A ScanResult with findings in every status and location kind, its keys built at run time. */
import { Secret } from '../../src/core/secret.js';
import type { Finding, Plan, ScanResult } from '../../src/core/types.js';
import { fakeKey } from '../helpers/keys.js';

export const keys = {
  live: fakeKey('api03', 'report-live'),
  invalid: fakeKey('api03', 'report-invalid'),
  unknown: fakeKey('admin01', 'report-unknown'),
  unchecked: fakeKey('oat01', 'report-unchecked'),
  suppressed: fakeKey('api03', 'report-suppressed'),
};

export const allKeys = Object.values(keys);

export const plan: Plan = {
  scope: { kind: 'history', root: '/work/repo' },
  repository: 'acme/app',
  verify: true,
  revoke: true,
  dryRun: false,
  revokeStatus: 'inactive',
  maxFileSize: 25 * 1024 * 1024,
  quiet: false,
};

export function scanResult(): ScanResult {
  const invalid: Finding = {
    rule: 'anthropic-api-key',
    secret: new Secret(keys.invalid),
    status: 'invalid',
    statusDetail: 'the API answered 401 authentication_error',
    locations: [{ kind: 'file', path: 'a/old.env', line: 1, column: 15, commit: 'a'.repeat(40), author: 'Test Author', date: '2024-01-01T00:00:00Z', inHead: false, repository: 'acme/app' }],
  };
  const live: Finding = {
    rule: 'anthropic-api-key',
    secret: new Secret(keys.live),
    status: 'live',
    organizationId: 'org-123',
    locations: [
      { kind: 'file', path: 'src/config.ts', line: 12, column: 18, commit: 'b'.repeat(40), author: 'Test Author', date: '2024-01-02T00:00:00Z', repository: 'acme/app' },
      { kind: 'file', path: 'k8s/secret.yaml', line: 7, column: 9, commit: 'c'.repeat(40), author: 'Other', date: '2024-01-03T00:00:00Z', encoding: 'base64', repository: 'acme/app' },
      { kind: 'commit-message', line: 3, column: 5, commit: 'd'.repeat(40), author: 'Other', date: '2024-01-04T00:00:00Z', repository: 'acme/app' },
    ],
    revocation: { outcome: 'deactivated', keyId: 'apikey_01abc', keyName: 'ci key' },
  };
  const unknown: Finding = {
    rule: 'anthropic-admin-key',
    secret: new Secret(keys.unknown),
    status: 'unknown',
    statusDetail: `429 rate_limit_error after 3 tries (the key ${keys.unknown} was quoted by mistake)`,
    locations: [{ kind: 'tag-message', tag: 'v1.0', line: 2, column: 1, commit: 'e'.repeat(40), date: '2024-01-05T00:00:00Z' }],
    revocation: { outcome: 'refused', reason: 'admin keys cannot be deactivated through the Admin API; delete it in the Console' },
  };
  const unchecked: Finding = {
    rule: 'anthropic-oauth-access-token',
    secret: new Secret(keys.unchecked),
    status: 'unchecked',
    statusDetail: 'OAuth tokens are not verified',
    locations: [{ kind: 'file', path: 'dir with space/naïve #1?.txt', line: 4, column: 2, commit: 'f'.repeat(40), date: '2024-01-06T00:00:00Z' }],
  };
  const suppressed: Finding = {
    rule: 'anthropic-api-key',
    secret: new Secret(keys.suppressed),
    status: 'unchecked',
    suppressedBy: 'allow-marker',
    locations: [{ kind: 'file', path: 'test/fixture.txt', line: 1, column: 1 }],
  };
  return {
    plan,
    // Deliberately out of order: the report sorts.
    findings: [invalid, unchecked, live, unknown],
    suppressed: [suppressed],
    notes: [
      { reason: 'binary', message: 'skipped a binary file', path: 'img.png' },
      { reason: 'binary', message: 'skipped a binary file', path: 'img2.png' },
      { reason: 'binary', message: 'skipped a binary file', path: 'img3.png' },
      { reason: 'shallow', message: 'the clone is shallow: history before 1234abc was not scanned' },
    ],
    stats: { filesScanned: 0, commitsScanned: 12, blobsScanned: 40, bytesScanned: 3 * 1024 * 1024, durationMs: 1234 },
    errors: ['could not list API keys: 403 permission_error'],
  };
}

/** Fails with the offending key's kind when `text` holds any whole key or a long run of one's body. */
export function expectNoSecret(text: string): void {
  for (const key of allKeys) {
    if (text.includes(key)) throw new Error(`a full key (${key.slice(0, 16)}...) is in the output`);
    const body = key.slice(-60, -10);
    if (text.includes(body)) throw new Error(`a long piece of a key (${key.slice(0, 16)}...) is in the output`);
  }
}
