/**
 * Revocation: deactivate leaked live keys of the admin key's own organization through the Admin API.
 *
 * Cutting off the wrong key would take a production system down, so a write happens only for a key that
 * verification found live, whose verification answer named the admin key's organization, and that matches
 * exactly one active key of that organization by its `partial_key_hint`. Anything less is refused with the
 * reason. One write per key, no retries of a write; then the leaked key is checked again and reported
 * `deactivated` only when the API now refuses it.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { Secret } from '../core/secret.js';
import { NEXT_STEP } from '../core/status.js';
import type { Finding, Revocation } from '../core/types.js';
import {
  baseURLProblem,
  call,
  clientFor,
  isObject,
  parseOrganization,
  resolveSettings,
  type ApiOptions,
  type ApiSettings,
  type Failure,
} from './api.js';
import { checkSecret } from './verify.js';

export interface RevokeOptions extends ApiOptions {
  adminKey: Secret;
  /** Every read, no write: report `would-deactivate`. */
  dryRun: boolean;
  /** The status to set: 'inactive' (default; reversible in the Console) or 'archived'. */
  status?: 'inactive' | 'archived';
  /** After the write, how many times to check that the key is refused, and the pause between checks
   *  (the change may take a moment to reach every API server). Default 3 checks, 1 000 ms apart. */
  recheckAttempts?: number;
  recheckDelayMs?: number;
}

export interface RevokeResult {
  /** One line each; no secret. E.g. the admin key is invalid or lacks permission. */
  errors: string[];
  /** The admin key's organization, when it could be read. */
  organization?: { id: string; name: string };
}

const CONSOLE_KEYS = 'the Console (Settings > API keys)';

interface ApiKey {
  id: string;
  name: string;
  hint: string | null;
  status: string;
}

interface KeysPage {
  keys: ApiKey[];
  hasMore: boolean;
  lastId: string | null;
}

/**
 * Sets `finding.revocation` on every finding. Never rejects; one key's failure does not stop the others.
 * Findings must have been verified (status, organizationId) first.
 */
export async function revokeFindings(findings: Finding[], opts: RevokeOptions): Promise<RevokeResult> {
  const errors: string[] = [];
  const settings = resolveSettings(opts);
  const targetStatus = opts.status ?? 'inactive';

  // First what can be refused from the finding alone: no request is made for these.
  const candidates: Finding[] = [];
  for (const finding of findings) {
    const reason = refusalFromFinding(finding);
    if (reason) finding.revocation = { outcome: 'refused', reason };
    else candidates.push(finding);
  }
  if (findings.length === 0) return { errors };
  const badBase = baseURLProblem(settings.baseURL);
  if (badBase) {
    const error = `${badBase}; nothing was revoked`;
    for (const finding of candidates) finding.revocation = { outcome: 'refused', reason: `not attempted: ${error}` };
    return { errors: [error] };
  }

  const admin = clientFor(opts.adminKey, settings);
  const me = await call(
    admin,
    opts.adminKey,
    settings,
    (c, signal) => c.beta.organization.retrieve({ signal }).asResponse(),
    parseOrganization,
  );
  if (!me.ok) {
    const error = adminKeyError(me.failure);
    errors.push(error);
    for (const finding of candidates) finding.revocation = { outcome: 'refused', reason: `not attempted: ${error}` };
    return { errors };
  }
  const organization = { id: me.data.id, name: me.data.name ?? me.data.id };
  const orgLabel = `${organization.name} (${organization.id})`;

  const own: Finding[] = [];
  for (const finding of candidates) {
    if (finding.organizationId === organization.id) own.push(finding);
    else
      finding.revocation = {
        outcome: 'refused',
        reason:
          `the key belongs to another organization (${finding.organizationId}), not the admin key's ${orgLabel}: ` +
          `tell that organization's owner to deactivate it in ${CONSOLE_KEYS} and ${NEXT_STEP}`,
      };
  }
  if (own.length === 0) return { errors, organization };

  const listed = await listActiveKeys(admin, opts.adminKey, settings);
  if (!listed.ok) {
    const error = `could not list the API keys of ${orgLabel}: ${listed.message}; nothing was deactivated`;
    errors.push(error);
    for (const finding of own) finding.revocation = { outcome: 'refused', reason: `not attempted: ${error}` };
    return { errors, organization };
  }

  // Findings are distinct per key; should one key come twice, it is still written once.
  const done = new Map<string, Revocation>();
  for (const finding of own) {
    const earlier = done.get(finding.secret.sha256);
    if (earlier) {
      finding.revocation = { ...earlier };
      continue;
    }
    try {
      finding.revocation = await revokeOne(finding, listed.keys, orgLabel, admin, targetStatus, settings, opts);
      done.set(finding.secret.sha256, finding.revocation);
    } catch (error) {
      // Not expected (calls resolve), but one key's surprise must not stop the others.
      finding.revocation = { outcome: 'failed', reason: `unexpected error: ${error instanceof Error ? error.name : 'error'}` };
    }
  }
  return { errors, organization };
}

function refusalFromFinding(finding: Finding): string | undefined {
  switch (finding.rule) {
    case 'anthropic-admin-key':
      return (
        'admin keys cannot be deactivated through the Admin API: an organization admin must delete it in ' +
        'the Console (Settings > Admin keys), then create a new admin key where one is needed'
      );
    case 'anthropic-oauth-access-token':
    case 'anthropic-oauth-refresh-token':
      return (
        'Claude Code OAuth tokens cannot be deactivated through the Admin API: sign out of Claude Code ' +
        'where it was used (/logout) and revoke its sessions in the account settings'
      );
    default:
      break;
  }
  switch (finding.status) {
    case 'live':
      break;
    case 'invalid':
      return 'the key is not live (the API refuses it already): nothing to deactivate; remove it from where it was found';
    case 'unknown':
      return `the key could not be proven live (${finding.statusDetail ?? 'verification failed'}): deactivate it in ${CONSOLE_KEYS} if it is yours`;
    default:
      return 'the key was not verified: revocation needs verification (--verify) to prove it live';
  }
  if (!finding.organizationId) {
    return `the API did not say which organization the key belongs to, so it cannot be proven to be yours: check it in ${CONSOLE_KEYS}`;
  }
  return undefined;
}

function adminKeyError(failure: Failure): string {
  if (failure.status === 401 && failure.errorType === 'authentication_error') {
    return 'the admin key (ANTHROPIC_ADMIN_KEY) is not valid: the API refused it (401); nothing was revoked';
  }
  if (failure.status === 403) {
    return 'the admin key (ANTHROPIC_ADMIN_KEY) lacks permission for the Admin API (403); nothing was revoked';
  }
  return `the admin key (ANTHROPIC_ADMIN_KEY) could not be checked: ${failure.message}; nothing was revoked`;
}

async function revokeOne(
  finding: Finding,
  keys: ApiKey[],
  orgLabel: string,
  admin: Anthropic,
  targetStatus: 'inactive' | 'archived',
  settings: ApiSettings,
  opts: RevokeOptions,
): Promise<Revocation> {
  const hint = finding.secret.redacted;
  const matches = keys.filter((k) => k.hint === hint);
  if (matches.length === 0) {
    return {
      outcome: 'refused',
      reason:
        `no active key of ${orgLabel} has the hint ${hint} (already deactivated, or out of the admin key's view): ` +
        `check ${CONSOLE_KEYS}`,
    };
  }
  if (matches.length > 1) {
    return {
      outcome: 'refused',
      reason:
        `${matches.length} active keys of ${orgLabel} share the hint ${hint} (${matches.map((k) => k.id).join(', ')}): ` +
        `the leaked one cannot be told apart; deactivate it in ${CONSOLE_KEYS} and ${NEXT_STEP}`,
    };
  }
  const [key] = matches;
  if (opts.dryRun) {
    return {
      outcome: 'would-deactivate',
      keyId: key.id,
      keyName: key.name,
      reason: `dry run: would set ${key.id} (${key.name}) to ${targetStatus}; nothing was changed`,
    };
  }

  // The write: once, never retried (a retry could land twice; the outcome is checked below instead).
  const write = await call(
    admin,
    opts.adminKey,
    settings,
    (c, signal) => c.beta.organization.apiKeys.update(key.id, { status: targetStatus }, { signal }).asResponse(),
    (body) => (isObject(body) && body['id'] === key.id ? body : undefined),
    { tries: 1 },
  );
  if (!write.ok) {
    const { failure } = write;
    // No answer: the write may have happened all the same. Only the key's own refusal tells.
    const lost = failure.kind === 'timeout' || failure.kind === 'connection';
    if (!lost || (await recheck(finding.secret, settings, opts)) !== true) {
      const what = failure.kind === 'budget' ? 'the write was not sent: the time allowed ran out' : `the write failed: ${failure.message}`;
      return {
        outcome: 'failed',
        keyId: key.id,
        keyName: key.name,
        reason: `${what}; the key may still be live: deactivate it in ${CONSOLE_KEYS} and ${NEXT_STEP}`,
      };
    }
  }

  const refused = write.ok ? await recheck(finding.secret, settings, opts) : true;
  if (refused === true) {
    return {
      outcome: 'deactivated',
      keyId: key.id,
      keyName: key.name,
      reason:
        `set to ${targetStatus}; the API now refuses the key. Next: ${NEXT_STEP}` +
        (targetStatus === 'inactive' ? ' (the key can be reactivated in the Console if this was a mistake)' : ''),
    };
  }
  return {
    outcome: 'failed',
    keyId: key.id,
    keyName: key.name,
    reason:
      `the API accepted the write (status ${targetStatus}) but ${refused}: ` +
      `deactivate it in ${CONSOLE_KEYS} and ${NEXT_STEP}`,
  };
}

/** True when the leaked key is now refused (401); else why not, as a phrase. */
async function recheck(secret: Secret, settings: ApiSettings, opts: RevokeOptions): Promise<true | string> {
  const attempts = Math.max(1, opts.recheckAttempts ?? 3);
  const delay = Math.max(0, opts.recheckDelayMs ?? 1_000);
  let last = '';
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const check = await checkSecret(secret, false, settings);
    if (check.status === 'invalid') return true;
    last =
      check.status === 'live'
        ? 'the key still works'
        : `the key could not be checked again (${check.statusDetail})`;
    if (check.status !== 'live') break;
  }
  return last;
}

/** Every active key of the organization, all pages (limit 1000), once per run. */
async function listActiveKeys(
  admin: Anthropic,
  adminKey: Secret,
  settings: ApiSettings,
): Promise<{ ok: true; keys: ApiKey[] } | { ok: false; message: string }> {
  const keys: ApiKey[] = [];
  let afterId: string | undefined;
  for (let page = 0; page < 10_000; page++) {
    const result = await call(
      admin,
      adminKey,
      settings,
      (c, signal) =>
        c.beta.organization.apiKeys
          .list({ limit: 1000, status: 'active', ...(afterId ? { after_id: afterId } : {}) }, { signal })
          .asResponse(),
      parseKeysPage,
    );
    if (!result.ok) return { ok: false, message: result.failure.message };
    keys.push(...result.data.keys);
    if (!result.data.hasMore) return { ok: true, keys };
    const next = result.data.lastId ?? result.data.keys[result.data.keys.length - 1]?.id;
    if (!next || next === afterId) return { ok: false, message: 'the listing said it had more pages but gave no cursor' };
    afterId = next;
  }
  return { ok: false, message: 'too many pages of keys' };
}

function parseKeysPage(body: unknown): KeysPage | undefined {
  if (!isObject(body) || !Array.isArray(body['data'])) return undefined;
  const keys: ApiKey[] = [];
  for (const item of body['data']) {
    if (!isObject(item) || typeof item['id'] !== 'string') return undefined;
    keys.push({
      id: item['id'],
      name: typeof item['name'] === 'string' ? item['name'] : '',
      hint: typeof item['partial_key_hint'] === 'string' ? item['partial_key_hint'] : null,
      status: typeof item['status'] === 'string' ? item['status'] : '',
    });
  }
  return {
    // Only active keys are candidates, whatever the server did with the filter.
    keys: keys.filter((k) => k.status === 'active'),
    hasMore: body['has_more'] === true,
    lastId: typeof body['last_id'] === 'string' ? body['last_id'] : null,
  };
}

