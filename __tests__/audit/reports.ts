/** Builders of JSON reports for the audit's tests: what a scan job writes for one repository. */
import type { JsonFinding, JsonReport } from '../../src/core/report.js';
import type { Status } from '../../src/core/types.js';
import { Secret } from '../../src/core/secret.js';
import { fakeKey } from '../helpers/keys.js';

export function findingFor(seed: string, status: Status, repository: string, path = 'config.env', extra: Partial<JsonFinding> = {}): JsonFinding {
  const secret = new Secret(fakeKey('api03', seed));
  return {
    rule: 'anthropic-api-key',
    secretSha256: secret.sha256,
    redacted: secret.redacted,
    status,
    locations: [{ kind: 'file', path, line: 1, column: 5, commit: 'a'.repeat(40), repository }],
    ...extra,
  };
}

export function repoReport(repository: string, findings: JsonFinding[], extra: Partial<JsonReport> = {}): JsonReport {
  return {
    version: 1,
    tool: { name: 'anthropic-key-scan', version: '0.1.0' },
    scope: { kind: 'history', root: '/tmp/x', repository },
    findings,
    suppressed: [],
    stats: { blobsScanned: 10, bytesScanned: 1000, findings: findings.length },
    ...extra,
  };
}
