/**
 * Verification: is each found key live? Read-only endpoints, one check per distinct key, and a status that
 * is never wrong: `invalid` only on the API's own 401 authentication_error, `unknown` (with the reason) for
 * anything else that is not a clean 200 from the API.
 */
import pLimit from 'p-limit';
import { kindOf } from '../core/kinds.js';
import type { Finding, RuleId, Status } from '../core/types.js';
import type { Secret } from '../core/secret.js';
import {
  baseURLProblem,
  call,
  clientFor,
  displayBase,
  isObject,
  parseOrganization,
  resolveSettings,
  type ApiOptions,
  type ApiSettings,
  type Failure,
  ServiceHealth,
  SPEND_LIMIT,
} from './api.js';
import { scrub } from '../core/scrub.js';
import { DEFAULT_MAX_VERIFY } from './limits.js';

export interface VerifyOptions extends ApiOptions {
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  /** After this many requests in a row get no usable answer (no connection, timeouts, 5xx, 529), the API is
   *  taken to be down: no more retries, and the keys not yet checked are `unknown` without a request.
   *  Default 6 (two rounds of tries at the default concurrency). */
  outageThreshold?: number;
  /** Called after each distinct key is settled. */
  onProgress?: (done: number, total: number) => void;
  /** At most this many distinct keys are checked in one run; the rest are `unchecked`, saying why. Default 200. */
  maxKeys?: number;
}


/** What one check found out. */
export interface Check {
  status: Status;
  statusDetail: string;
  organizationId?: string;
  organizationName?: string;
  workspaceId?: string;
}

/** Why an OAuth token is not checked (its row's reason, core/kinds.ts). */
export const OAUTH_DETAIL = uncheckedReason('anthropic-oauth-access-token');

function uncheckedReason(rule: RuleId): string {
  const { check } = kindOf(rule);
  return check.method === 'none' ? check.reason : '';
}

/**
 * Sets `status`, `statusDetail`, `organizationId` (and `organizationName` for admin keys) on each finding,
 * in place. Never rejects; never puts a key anywhere but the auth header of a request to the base URL.
 */
export async function verifyFindings(findings: Finding[], opts: VerifyOptions = {}): Promise<void> {
  const settings = resolveSettings(opts);
  const groups = groupBySecret(findings);
  const maxKeys = Math.max(0, Math.floor(opts.maxKeys ?? DEFAULT_MAX_VERIFY));
  const badBase = baseURLProblem(settings.baseURL);
  const limit = pLimit(Math.max(1, Math.floor(opts.concurrency ?? 4)));
  const health = new ServiceHealth(Math.max(1, opts.outageThreshold ?? 6), displayBase(settings.baseURL));
  let done = 0;

  const settle = (group: Finding[], check: Check): void => {
    for (const finding of group) apply(finding, check);
    opts.onProgress?.(++done, groups.length);
  };

  // Keys of kinds that are never checked do not count against the cap; past it, nothing is sent.
  let sent = 0;
  const overCap: Check = {
    status: 'unchecked',
    statusDetail:
      `not checked: this run checks at most ${maxKeys} distinct keys (--max-verify, or the max-verify input, ` +
      'changes it); treat it as live until checked',
  };
  await Promise.all(
    groups.map((group) => {
      const first = group[0];
      const { check } = kindOf(first.rule);
      if (check.method === 'none') return settle(group, { status: 'unchecked', statusDetail: check.reason });
      if (sent >= maxKeys) return settle(group, overCap);
      sent++;
      return limit(async () => {
        if (badBase) return settle(group, { status: 'unknown', statusDetail: `not checked: ${badBase}` });
        settle(group, await checkSecret(first.secret, check.method === 'organization', settings, health));
      });
    }),
  );
}

function apply(finding: Finding, check: Check): void {
  finding.status = check.status;
  finding.statusDetail = check.statusDetail;
  if (check.organizationId !== undefined) finding.organizationId = check.organizationId;
  if (check.organizationName !== undefined) finding.organizationName = check.organizationName;
  if (check.workspaceId !== undefined) finding.workspaceId = check.workspaceId;
}

/** Findings are distinct per key already; grouping by hash keeps "each key once" true regardless. */
function groupBySecret(findings: Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.secret.sha256);
    if (group) group.push(finding);
    else groups.set(finding.secret.sha256, [finding]);
  }
  return [...groups.values()];
}

const parseModels = (body: unknown): true | undefined =>
  isObject(body) && Array.isArray(body['data']) ? true : undefined;

/**
 * Checks one key: an API key with `GET /v1/models`, an admin key with `GET /v1/organizations/me` (the SDK's
 * GA `client.organization`). Read-only, no tokens spent. `health`, shared by a run's checks, stops the
 * calls once the service is found down.
 */
export async function checkSecret(
  secret: Secret,
  admin: boolean,
  settings: ApiSettings,
  health?: ServiceHealth,
): Promise<Check> {
  const client = clientFor(secret, settings);
  if (admin) {
    const result = await call(
      client,
      secret,
      settings,
      (c, signal) => c.organization.retrieve({ signal }).asResponse(),
      parseOrganization,
      { health },
    );
    if (result.ok) {
      const name = result.data.name === undefined ? undefined : scrub(result.data.name, [secret]);
      return {
        status: 'live',
        statusDetail: `the Admin API accepted the key (organization ${name ?? result.data.id})`,
        organizationId: result.data.id,
        organizationName: name,
      };
    }
    return fromFailure(result.failure, result.tries, 'GET /v1/organizations/me');
  }
  const result = await call(
    client,
    secret,
    settings,
    (c, signal) => c.models.list(undefined, { signal }).asResponse(),
    parseModels,
    { health },
  );
  if (result.ok) {
    const { organizationId, workspaceId } = idsFrom(result.headers, secret);
    return {
      status: 'live',
      statusDetail: `the API accepted the key${organizationId ? ` (organization ${organizationId})` : ''}`,
      ...(organizationId ? { organizationId } : {}),
      ...(workspaceId ? { workspaceId } : {}),
    };
  }
  return fromFailure(result.failure, result.tries, 'GET /v1/models');
}

/** The organization and workspace the answer names (`anthropic-organization-id`, `anthropic-workspace-id`). */
function idsFrom(headers: Headers | undefined, secret: Secret): { organizationId?: string; workspaceId?: string } {
  const read = (name: string): string | undefined => {
    const value = headers?.get(name)?.trim();
    return value ? scrub(value, [secret]).slice(0, 200) : undefined;
  };
  const organizationId = read('anthropic-organization-id');
  const workspaceId = read('anthropic-workspace-id');
  return { ...(organizationId ? { organizationId } : {}), ...(workspaceId ? { workspaceId } : {}) };
}

/**
 * Answers that prove the key authenticated although the call failed (REFERENCE.md): why, or undefined.
 * Each is the API's own error body (`failure.kind === 'api-error'`), never a proxy's.
 */
export function authenticatedDespite(failure: Failure): string | undefined {
  if (failure.kind !== 'api-error') return undefined;
  const { status, errorType, errorCode, apiMessage = '' } = failure;
  if (status === 400 && errorType === 'invalid_request_error' && /anthropic-workspace-id is required/i.test(apiMessage)) {
    return 'the key authenticated: it is an identity-linked key, usable with an anthropic-workspace-id header';
  }
  if (status === 429 && errorCode === SPEND_LIMIT) {
    return 'the key authenticated: its organization reached its spend limit (not retried: a spend cap does not lift by waiting)';
  }
  if (status === 402 && errorType === 'billing_error') return 'the key authenticated: the organization has a billing problem';
  if (status === 403 && errorType === 'permission_error') return 'the key authenticated but lacks permission for this endpoint';
  return undefined;
}

/** A 401 about the request's origin, not the key: it proves nothing about the key. */
function isCorsRefusal(failure: Failure): boolean {
  return /^CORS requests are not allowed/i.test(failure.apiMessage ?? '');
}

function fromFailure(failure: Failure, tries: number, endpoint: string): Check {
  const authenticated = authenticatedDespite(failure);
  if (authenticated) return { status: 'live', statusDetail: `${endpoint}: ${authenticated}; ${failure.message}` };
  if (failure.kind === 'api-error' && failure.status === 401 && failure.errorType === 'authentication_error' && !isCorsRefusal(failure)) {
    return { status: 'invalid', statusDetail: failure.message };
  }
  if (tries === 0) return { status: 'unknown', statusDetail: failure.message };
  const after = tries > 1 ? ` after ${tries} tries` : '';
  const hint = unknownHint(failure);
  return { status: 'unknown', statusDetail: `${endpoint}: ${failure.message}${after}${hint ? `; ${hint}` : ''}` };
}

/** What an `unknown` means for the owner, where there is something useful to say. */
function unknownHint(failure: Failure): string {
  if (failure.status === 401 && isCorsRefusal(failure)) return 'the refusal is about the request\'s origin, not the key';
  if (failure.status === 404) return 'is ANTHROPIC_BASE_URL right?';
  return '';
}
