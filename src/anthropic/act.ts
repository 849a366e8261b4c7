/**
 * What a scan asks of the Anthropic API once its findings are known: verify them (revocation needs proof
 * that a key is live, so it implies verification), then revoke. Shared by a single scan and by an
 * organization audit's batch, which passes the findings of all its repositories at once so that each
 * distinct key is checked and written once.
 */
import type { Secret } from '../core/secret.js';
import type { Finding, Note } from '../core/types.js';
import { baseURLNotice, resolveSettings } from './api.js';
import { revokeFindings } from './revoke.js';
import { readUsage } from './usage.js';
import { verifyFindings } from './verify.js';

export interface ActOptions {
  verify: boolean;
  revoke: boolean;
  dryRun: boolean;
  revokeStatus: 'inactive' | 'archived';
  /** Needed for revoke (its absence is reported, not thrown); when given, usage since exposure is read too. */
  adminKey?: Secret;
  /** Read usage since exposure with the admin key (default true; suppressed keys' checks turn it off). */
  usage?: boolean;
  /** ANTHROPIC_BASE_URL; defaults from the environment. */
  baseURL?: string;
  /** At most this many distinct keys checked (default DEFAULT_MAX_VERIFY). */
  maxVerify?: number;
  /** Told of what the user must know about where keys go (a base URL that is not the Anthropic API's). */
  note?: (note: Note) => void;
}

/** Verifies and revokes in place; returns the errors that did not stop anything (one line each). */
export async function verifyAndRevoke(findings: Finding[], options: ActOptions): Promise<string[]> {
  const errors: string[] = [];
  if (findings.length === 0) return errors;
  const base = options.baseURL ? { baseURL: options.baseURL } : {};
  const notice = baseURLNotice(resolveSettings(base).baseURL);
  if (notice) options.note?.({ reason: 'base-url', message: notice });
  const maxKeys = options.maxVerify !== undefined ? { maxKeys: options.maxVerify } : {};
  if (options.verify || options.revoke) await verifyFindings(findings, { ...base, ...maxKeys });
  if (options.revoke) await revoke(findings, options, base, errors);
  // Read-only: also in a dry run and without revocation, after it (a deactivated key's id is then known).
  // What it could not read is each finding's `unknown` usage and a note, never a failed run.
  if (options.adminKey && options.usage !== false && (options.verify || options.revoke)) {
    for (const message of await readUsage(findings, { adminKey: options.adminKey, ...base })) options.note?.({ reason: 'usage', message });
  }
  return errors;
}

async function revoke(findings: Finding[], options: ActOptions, base: { baseURL?: string }, errors: string[]): Promise<void> {
  if (!options.adminKey) {
    errors.push('revocation needs an Admin API key (ANTHROPIC_ADMIN_KEY, or the admin-key input); nothing was revoked');
    return;
  }
  const outcome = await revokeFindings(findings, {
    adminKey: options.adminKey,
    dryRun: options.dryRun,
    status: options.revokeStatus,
    ...base,
  });
  errors.push(...outcome.errors);
}
