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
} from './api.js';

export interface VerifyOptions extends ApiOptions {
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  /** After this many requests in a row get no usable answer (no connection, timeouts, 5xx, 529), the API is
   *  taken to be down: no more retries, and the keys not yet checked are `unknown` without a request.
   *  Default 6 (two rounds of tries at the default concurrency). */
  outageThreshold?: number;
  /** Called after each distinct key is settled. */
  onProgress?: (done: number, total: number) => void;
}

/** What one check found out. */
export interface Check {
  status: Status;
  statusDetail: string;
  organizationId?: string;
  organizationName?: string;
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
  const badBase = baseURLProblem(settings.baseURL);
  const limit = pLimit(Math.max(1, Math.floor(opts.concurrency ?? 4)));
  const health = new ServiceHealth(Math.max(1, opts.outageThreshold ?? 6), displayBase(settings.baseURL));
  let done = 0;

  const settle = (group: Finding[], check: Check): void => {
    for (const finding of group) apply(finding, check);
    opts.onProgress?.(++done, groups.length);
  };

  await Promise.all(
    groups.map((group) =>
      limit(async () => {
        const first = group[0];
        const { check } = kindOf(first.rule);
        if (check.method === 'none') return settle(group, { status: 'unchecked', statusDetail: check.reason });
        if (badBase) return settle(group, { status: 'unknown', statusDetail: `not checked: ${badBase}` });
        settle(group, await checkSecret(first.secret, check.method === 'organization', settings, health));
      }),
    ),
  );
}

function apply(finding: Finding, check: Check): void {
  finding.status = check.status;
  finding.statusDetail = check.statusDetail;
  if (check.organizationId !== undefined) finding.organizationId = check.organizationId;
  if (check.organizationName !== undefined) finding.organizationName = check.organizationName;
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
 * Checks one key: an API key with `GET /v1/models`, an admin key with `GET /v1/organizations/me`.
 * `health`, shared by a run's checks, stops the calls once the service is found down.
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
      (c, signal) => c.beta.organization.retrieve({ signal }).asResponse(),
      parseOrganization,
      { health },
    );
    if (result.ok) {
      return {
        status: 'live',
        statusDetail: `the Admin API accepted the key (organization ${result.data.name ?? result.data.id})`,
        organizationId: result.data.id,
        organizationName: result.data.name,
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
    const organizationId = result.headers.get('anthropic-organization-id') ?? undefined;
    return {
      status: 'live',
      statusDetail: `the API accepted the key${organizationId ? ` (organization ${organizationId})` : ''}`,
      organizationId,
    };
  }
  return fromFailure(result.failure, result.tries, 'GET /v1/models');
}

function fromFailure(failure: Failure, tries: number, endpoint: string): Check {
  if (failure.kind === 'api-error' && failure.status === 401 && failure.errorType === 'authentication_error') {
    return { status: 'invalid', statusDetail: failure.message };
  }
  if (tries === 0) return { status: 'unknown', statusDetail: failure.message };
  const after = tries > 1 ? ` after ${tries} tries` : '';
  const hint = unknownHint(failure);
  return { status: 'unknown', statusDetail: `${endpoint}: ${failure.message}${after}${hint ? `; ${hint}` : ''}` };
}

/** What an `unknown` means for the owner, where there is something useful to say. */
function unknownHint(failure: Failure): string {
  if (failure.status === 403) return 'the key may be live but restricted: treat it as live';
  if (failure.status === 404) return 'is ANTHROPIC_BASE_URL right?';
  return '';
}
