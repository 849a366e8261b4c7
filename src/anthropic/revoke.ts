/**
 * Revocation: deactivate leaked live keys of the admin key's own organization through the Admin API.
 *
 * Cutting off the wrong key would take a production system down, so a write happens only for a key that
 * verification found live, whose verification answer named the admin key's organization, and that matches
 * exactly one active key of that organization by its `partial_key_hint`. Anything less is refused with the
 * reason. One write per key, no retries of a write; then the leaked key is checked again and reported
 * `deactivated` only when the API now refuses it.
 */
import type { Anthropic } from '@anthropic-ai/sdk/index.js';
import type { Secret } from '../core/secret.js';
import { kindOf } from '../core/kinds.js';
import { scrub, scrubDeep } from '../core/scrub.js';
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

/** An organization's API key as the Admin API describes it (only what matching and reports use). */
export interface ApiKey {
  id: string;
  name: string;
  /** `partial_key_hint`: null for some keys, which then cannot be matched to a found key. */
  hint: string | null;
  status: string;
  /** `scope.workspace_id` (or the deprecated `workspace_id`); null for an organization-wide key. */
  workspace: string | null;
  /** `created_by.id`; null or absent for legacy, federated and system-created keys. */
  createdBy?: string;
  /** `principal`: the user or service account the key acts as ('service account svac_…', 'user user_…'). */
  principal?: string;
  expiresAt?: string;
}

/** What a revocation says of the key it matched: the Admin API's data, scrubbed. */
function describedKey(key: ApiKey): Pick<Revocation, 'keyId' | 'keyName' | 'keyWorkspace' | 'keyCreatedBy' | 'keyPrincipal' | 'keyExpiresAt' | 'keyStatus'> {
  return {
    keyId: key.id,
    keyName: key.name,
    keyWorkspace: key.workspace ?? 'organization',
    ...(key.createdBy ? { keyCreatedBy: key.createdBy } : {}),
    ...(key.principal ? { keyPrincipal: key.principal } : {}),
    ...(key.expiresAt ? { keyExpiresAt: key.expiresAt } : {}),
    keyStatus: key.status,
  };
}

/** One revocation's context: the organization's keys, where to write, and how. */
interface RevokeContext {
  keys: ApiKey[];
  /** The organization's expired keys, listed on first need (a key with no active match may have expired). */
  expired: () => Promise<ApiKey[]>;
  orgLabel: string;
  admin: Anthropic;
  targetStatus: 'inactive' | 'archived';
  settings: ApiSettings;
  opts: RevokeOptions;
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
  if (candidates.length === 0) return { errors };
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
    (c, signal) => c.organization.retrieve({ signal }).asResponse(),
    parseOrganization,
  );
  if (!me.ok) {
    const error = adminKeyError(me.failure);
    errors.push(error);
    for (const finding of candidates) finding.revocation = { outcome: 'refused', reason: `not attempted: ${error}` };
    return { errors };
  }
  const organization = { id: scrub(me.data.id, [opts.adminKey]), name: scrub(me.data.name ?? me.data.id, [opts.adminKey]) };
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

  const listed = await listKeys(admin, opts.adminKey, settings, 'active');
  if (!listed.ok) {
    const error = `could not list the API keys of ${orgLabel}: ${listed.message}; nothing was deactivated`;
    errors.push(error);
    for (const finding of own) finding.revocation = { outcome: 'refused', reason: `not attempted: ${error}` };
    return { errors, organization };
  }

  let expiredKeys: Promise<ApiKey[]> | undefined;
  const expired = (): Promise<ApiKey[]> =>
    (expiredKeys ??= listKeys(admin, opts.adminKey, settings, 'expired').then((r) => (r.ok ? r.keys : [])));

  // Findings are distinct per key; should one key come twice, it is still written once.
  const done = new Map<string, Revocation>();
  for (const finding of own) {
    const earlier = done.get(finding.secret.sha256);
    if (earlier) {
      finding.revocation = { ...earlier };
      continue;
    }
    try {
      // What the Admin API says (key names, messages) may echo a key: scrubbed with both secrets known.
      finding.revocation = scrubDeep(await revokeOne(finding, { keys: listed.keys, expired, orgLabel, admin, targetStatus, settings, opts }), [finding.secret, opts.adminKey]);
      done.set(finding.secret.sha256, finding.revocation);
    } catch (error) {
      // Not expected (calls resolve), but one key's surprise must not stop the others.
      finding.revocation = { outcome: 'failed', reason: `unexpected error: ${error instanceof Error ? error.name : 'error'}` };
    }
  }
  return { errors, organization };
}

function refusalFromFinding(finding: Finding): string | undefined {
  const { revoke } = kindOf(finding.rule);
  if (revoke.via === 'manual') return revoke.how;
  switch (finding.status) {
    case 'live':
      break;
    case 'invalid':
      return 'the key is not live (the API refuses it already: deactivated, deleted or expired): nothing to deactivate; remove it from where it was found';
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

async function revokeOne(finding: Finding, ctx: RevokeContext): Promise<Revocation> {
  const { keys, orgLabel, admin, targetStatus, settings, opts } = ctx;
  const hint = finding.secret.redacted;
  const inWorkspace = narrow(finding, keys);
  const where = finding.workspaceId ? ` in workspace ${finding.workspaceId}` : '';
  const matches = inWorkspace.filter((k) => k.status === 'active');
  const expired = matches.length === 0 ? narrow(finding, await ctx.expired()) : [];
  if (expired.length === 1) {
    const [key] = expired;
    return {
      outcome: 'refused',
      ...describedKey(key),
      reason:
        `${key.id} (${key.name}) expired${key.expiresAt ? ` at ${key.expiresAt}` : ''}: an expired key no longer works and ` +
        'cannot be deactivated, so it needs no revocation (it was not deactivated); remove it from where it was found',
    };
  }
  if (matches.length === 0) {
    const unhinted = keys.filter((k) => k.status === 'active' && k.hint === null).length;
    return {
      outcome: 'refused',
      reason:
        `no active key of ${orgLabel}${where} has the hint ${hint} (already deactivated, or out of the admin key's view)` +
        (unhinted > 0 ? `; ${unhinted} active key(s) have no hint (partial_key_hint is null) and cannot be matched, so the leaked key may be one of them` : '') +
        `: check ${CONSOLE_KEYS}`,
    };
  }
  if (matches.length > 1) {
    return {
      outcome: 'refused',
      reason:
        `${matches.length} active keys of ${orgLabel}${where} share the hint ${hint} (${matches.map((k) => k.id).join(', ')}): ` +
        `the leaked one cannot be told apart; deactivate it in ${CONSOLE_KEYS} and ${NEXT_STEP}`,
    };
  }
  const [key] = matches;
  const described = describedKey(key);
  if (opts.dryRun) {
    return {
      outcome: 'would-deactivate',
      ...described,
      reason: `dry run: would set ${key.id} (${key.name}) to ${targetStatus}; nothing was changed`,
    };
  }

  // The write: once, never retried (a retry could land twice; the outcome is checked below instead).
  const write = await setStatus(admin, opts.adminKey, settings, key.id, targetStatus);
  if (!write.ok) {
    const { failure } = write;
    // No answer: the write may have happened all the same. Only the key's own refusal tells.
    const lost = failure.kind === 'timeout' || failure.kind === 'connection';
    const again = lost ? await recheck(finding.secret, settings, opts) : undefined;
    if (again !== true) {
      const what = failure.kind === 'budget' ? 'the write was not sent: the time allowed ran out' : `the write failed: ${failure.message}`;
      // Only when the leaked key is known to still work is the (maybe) written key put back.
      const restored = again === STILL_WORKS ? await restore(ctx, key) : undefined;
      return {
        outcome: 'failed',
        ...described,
        ...(restored?.ok ? { restoredTo: key.status } : {}),
        reason: `${what}; the key may still be live: deactivate it in ${CONSOLE_KEYS} and ${NEXT_STEP}${restored ? `. ${restored.message}` : ''}`,
      };
    }
  }

  const refused = write.ok ? await recheck(finding.secret, settings, opts) : true;
  if (refused === true) {
    return {
      outcome: 'deactivated',
      ...described,
      reason:
        `set to ${targetStatus}; the API now refuses the key. Next: ${NEXT_STEP}` +
        (targetStatus === 'inactive' ? ' (the key can be reactivated in the Console if this was a mistake)' : ''),
    };
  }
  // The leaked key still works after the write: the key written may be an innocent one that shares the hint.
  // Put it back as it was, and say so.
  const restored = refused === STILL_WORKS ? await restore(ctx, key) : undefined;
  return {
    outcome: 'failed',
    ...described,
    ...(restored?.ok ? { restoredTo: key.status } : {}),
    reason:
      `the API accepted the write (status ${targetStatus}) but ${refused}` +
      (restored ? `. ${restored.message}` : '') +
      `: deactivate the leaked key in ${CONSOLE_KEYS} and ${NEXT_STEP}`,
  };
}

const STILL_WORKS = 'the key still works';

/**
 * The keys that can be the finding's: the same hint, and, when the verification answer named the key's
 * workspace (`anthropic-workspace-id`), in that workspace only.
 */
function narrow(finding: Finding, keys: readonly ApiKey[]): ApiKey[] {
  const sameHint = keys.filter((k) => k.hint === finding.secret.redacted);
  return finding.workspaceId ? sameHint.filter((k) => k.workspace === finding.workspaceId) : sameHint;
}

/** `POST /v1/organizations/api_keys/{id}` with `{status}`, once (never retried). */
function setStatus(admin: Anthropic, adminKey: Secret, settings: ApiSettings, id: string, status: 'active' | 'inactive' | 'archived') {
  return call(
    admin,
    adminKey,
    settings,
    (c, signal) => c.organization.apiKeys.update(id, { status }, { signal }).asResponse(),
    (body) => (isObject(body) && body['id'] === id ? body : undefined),
    { tries: 1 },
  );
}

/** Sets a written key back to the status it had; says plainly which key was changed and whether it is back. */
async function restore(ctx: RevokeContext, key: ApiKey): Promise<{ ok: boolean; message: string }> {
  const previous = key.status === 'inactive' || key.status === 'archived' ? key.status : 'active';
  const back = await setStatus(ctx.admin, ctx.opts.adminKey, ctx.settings, key.id, previous);
  return back.ok
    ? { ok: true, message: `${key.id} (${key.name}) was set to ${ctx.targetStatus} and then restored to ${previous}, because the leaked key kept working (the key written may not be the leaked one)` }
    : { ok: false, message: `${key.id} (${key.name}) was set to ${ctx.targetStatus} and could NOT be restored to ${previous} (${back.failure.message}): reactivate it in ${CONSOLE_KEYS}` };
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
    last = check.status === 'live' ? STILL_WORKS : `the key could not be checked again (${check.statusDetail})`;
    if (check.status !== 'live') break;
  }
  return last;
}

/**
 * Every key of the organization with a status (active: once per run; expired: only to explain a miss), or of
 * every status when none is given (usage: a key deactivated earlier still has usage to report), all pages.
 */
export async function listKeys(
  admin: Anthropic,
  adminKey: Secret,
  settings: ApiSettings,
  status?: 'active' | 'expired',
): Promise<{ ok: true; keys: ApiKey[] } | { ok: false; message: string }> {
  const keys: ApiKey[] = [];
  let afterId: string | undefined;
  for (let page = 0; page < 10_000; page++) {
    const result = await call(
      admin,
      adminKey,
      settings,
      (c, signal) =>
        c.organization.apiKeys
          .list({ limit: 1000, ...(status ? { status } : {}), ...(afterId ? { after_id: afterId } : {}) }, { signal })
          .asResponse(),
      parseKeysPage,
    );
    if (!result.ok) return { ok: false, message: result.failure.message };
    // Only keys of the status asked for, whatever the server did with the filter.
    keys.push(...result.data.keys.filter((k) => status === undefined || k.status === status));
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
    const scope = isObject(item['scope']) ? item['scope'] : undefined;
    const workspace =
      scope && typeof scope['workspace_id'] === 'string' ? scope['workspace_id'] : typeof item['workspace_id'] === 'string' ? item['workspace_id'] : null;
    const createdBy = isObject(item['created_by']) && typeof item['created_by']['id'] === 'string' ? item['created_by']['id'] : undefined;
    const principal = principalOf(item['principal']);
    keys.push({
      id: item['id'],
      name: typeof item['name'] === 'string' ? item['name'] : '',
      hint: typeof item['partial_key_hint'] === 'string' ? item['partial_key_hint'] : null,
      status: typeof item['status'] === 'string' ? item['status'] : '',
      workspace,
      ...(createdBy ? { createdBy } : {}),
      ...(principal ? { principal } : {}),
      ...(typeof item['expires_at'] === 'string' ? { expiresAt: item['expires_at'] } : {}),
    });
  }
  return {
    keys,
    hasMore: body['has_more'] === true,
    lastId: typeof body['last_id'] === 'string' ? body['last_id'] : null,
  };
}


/** `principal` in words: 'service account svac_…', 'user user_…', or undefined (null: bound to no principal). */
function principalOf(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value['service_account_id'] === 'string') return `service account ${value['service_account_id']}`;
  if (typeof value['user_id'] === 'string') return `user ${value['user_id']}`;
  return typeof value['type'] === 'string' ? value['type'] : undefined;
}
