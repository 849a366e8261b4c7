/** JsonReports for the github/ renderers' tests: built from fake keys' hashes and hints, never a full key in a file. */
import { redact, sha256Hex } from '../../../src/core/secret.js';
import type { JsonFinding, JsonLocation, JsonReport } from '../../../src/core/report.js';
import type { Status } from '../../../src/core/types.js';
import { fakeKey } from '../../helpers/keys.js';

export function finding(seed: string, status: Status, locations: Partial<JsonLocation>[], extra: Partial<JsonFinding> = {}): JsonFinding {
  const key = fakeKey('api03', seed);
  return {
    rule: 'anthropic-api-key',
    secretSha256: sha256Hex(key),
    redacted: redact(key),
    status,
    locations: locations.map((l) => ({ kind: 'file', line: 1, column: 1, ...l }) as JsonLocation),
    ...extra,
  };
}

export function reportOf(findings: JsonFinding[], scope: JsonReport['scope'] = { kind: 'range', root: '/r', base: 'a'.repeat(40), head: 'b'.repeat(40) }): JsonReport {
  return { version: 1, tool: { name: 'anthropic-key-scan', version: '0.1.0' }, scope, findings, suppressed: [], notes: [], errors: [], stats: {} };
}

export const C1 = '1'.repeat(40);
export const C2 = '2'.repeat(40);
