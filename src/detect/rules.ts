/**
 * One rule per credential kind: how its key is shaped (for the parser) and how it is described (for the
 * reports: SARIF `rules[]`, the text and JSON renderers).
 */
import type { RuleId } from '../core/types.js';

export interface RuleInfo {
  id: RuleId;
  /** Short name, e.g. for SARIF `shortDescription` and the text report. */
  title: string;
  /** One sentence: what the credential is and what a leak allows. */
  description: string;
  /** Markdown: how to rotate the credential (SARIF `help.markdown`). */
  help: string;
  /** SARIF `properties["security-severity"]` (0.0-10.0; 9.0 and above is critical). */
  severity: number;
  /** Whether a read-only liveness check exists for this kind (refresh tokens must never be exercised). */
  verifiable: boolean;
  /** The key's prefix as written, with `NN` for the two-digit version (documentation only). */
  shape: string;
}

const COMMON_AFTER = [
  'Then find where the key was used (the Console\'s usage and logs pages) during the exposure window.',
  'Removing the key from the repository or rewriting history does not un-leak it: clones, forks, caches and CI logs keep a copy. Rotation is the fix.',
].join('\n\n');

export const RULES: readonly RuleInfo[] = [
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    description: 'An Anthropic API key (sk-ant-apiNN-…): anyone holding it can call the Anthropic API on the owner\'s account and bill.',
    help: [
      '**Rotate this Anthropic API key now.**',
      '1. In the Anthropic Console (console.anthropic.com → Settings → API keys) create a replacement key and put it in your secret store (e.g. a GitHub Actions secret), never in the repository.',
      '2. Deploy the replacement everywhere the old key was used.',
      '3. Disable, then delete, the leaked key in the Console (or run this tool with `--revoke` and an admin key to deactivate it through the Admin API).',
      COMMON_AFTER,
    ].join('\n\n'),
    severity: 9.0,
    verifiable: true,
    shape: 'sk-ant-apiNN- + 93 characters + AA (108 characters)',
  },
  {
    id: 'anthropic-admin-key',
    title: 'Anthropic Admin API key',
    description: 'An Anthropic Admin API key (sk-ant-adminNN-…): it manages the whole organization (members, workspaces, API keys).',
    help: [
      '**Delete this Anthropic Admin API key now: it controls your whole organization.**',
      '1. An organization admin deletes the leaked key in the Anthropic Console (Settings → Admin keys). The Admin API cannot deactivate admin keys, so this step is manual.',
      '2. If the key is still needed, create a new one and keep it in a secret store only.',
      '3. Review the organization for changes made with the key: new members, new or re-enabled API keys, workspace changes.',
      COMMON_AFTER,
    ].join('\n\n'),
    severity: 10.0,
    verifiable: true,
    shape: 'sk-ant-adminNN- + 93 characters + AA (110 characters)',
  },
  {
    id: 'anthropic-oauth-access-token',
    title: 'Claude OAuth access token',
    description: 'A Claude Code OAuth access token (sk-ant-oatNN-…): it acts as the signed-in Claude user until it expires.',
    help: [
      '**Revoke this Claude OAuth access token.**',
      '1. Sign out of Claude Code on the machine it came from (`claude /logout`) and revoke the session from your Claude account settings; then sign in again (`claude /login`).',
      '2. If the token was set for automation (`CLAUDE_CODE_OAUTH_TOKEN`), generate a new one with `claude setup-token` and store it as a secret.',
      COMMON_AFTER,
    ].join('\n\n'),
    severity: 8.5,
    verifiable: false,
    shape: 'sk-ant-oatNN- + key characters ending in AA (90-110 after the prefix)',
  },
  {
    id: 'anthropic-oauth-refresh-token',
    title: 'Claude OAuth refresh token',
    description: 'A Claude Code OAuth refresh token (sk-ant-ortNN-…): it mints new access tokens for the Claude user until revoked.',
    help: [
      '**Revoke this Claude OAuth refresh token.**',
      '1. Sign out of Claude Code where it came from (`claude /logout`) and revoke the session from your Claude account settings, which invalidates the refresh token; then sign in again.',
      '2. Never exercise a leaked refresh token to test it: refreshing rotates the token and signs the real user out.',
      COMMON_AFTER,
    ].join('\n\n'),
    severity: 9.0,
    verifiable: false,
    shape: 'sk-ant-ortNN- + key characters ending in AA (90-110 after the prefix)',
  },
];

const BY_ID = new Map<RuleId, RuleInfo>(RULES.map((r) => [r.id, r]));

/** The rule's description row. */
export function ruleInfo(id: RuleId): RuleInfo {
  const info = BY_ID.get(id);
  if (!info) throw new Error(`unknown rule ${id}`);
  return info;
}
