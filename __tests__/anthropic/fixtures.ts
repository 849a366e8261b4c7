/** Findings and assertions shared by the verification and revocation tests. */
import { expect } from '@jest/globals';
import { Secret } from '../../src/core/secret.js';
import type { Finding, RuleId } from '../../src/core/types.js';
import { verifyFindings } from '../../src/anthropic/index.js';
import type { AnthropicServer, BehaviourSpec } from '../helpers/anthropic-server.js';
import { fakeKey } from '../helpers/keys.js';

export function finding(key: string, rule: RuleId = 'anthropic-api-key', extra: Partial<Finding> = {}): Finding {
  return {
    rule,
    secret: new Secret(key),
    status: 'unchecked',
    locations: [{ kind: 'file', path: 'config/.env', line: 1, column: 1 }],
    ...extra,
  };
}

/** Tiny waits so the retry paths run in milliseconds. */
export const FAST = { backoffMs: 1, maxBackoffMs: 5, timeoutMs: 2_000, totalBudgetMs: 20_000 } as const;

/** No credential in any URL or body the server received, and none in what we would report. */
export function expectNoKeyLeaked(server: AnthropicServer, keys: string[], reported: unknown): void {
  for (const request of server.requests) {
    for (const key of keys) {
      expect(request.url.includes(key)).toBe(false);
      expect(request.body.includes(key)).toBe(false);
    }
  }
  const text = JSON.stringify(reported);
  for (const key of keys) expect(text.includes(key)).toBe(false);
}

let seed = 0;
/** A live API key of `org` with the given behaviour, registered on the server. */
export function registerApiKey(server: AnthropicServer, behaviour?: BehaviourSpec, org = 'org-a', workspace: string | null = null): string {
  const key = fakeKey('api03', `verify-${++seed}`);
  server.addKey({ key, kind: 'api', org, behaviour, workspace });
  return key;
}

/** Verifies one key against the server; the finding and the requests that carried the key. */
export async function verifyOneOn(server: AnthropicServer, key: string, opts: Parameters<typeof verifyFindings>[1] = {}) {
  const f = finding(key);
  await verifyFindings([f], { baseURL: server.url, ...FAST, ...opts });
  return { finding: f, requests: server.requestsFor(key) };
}
