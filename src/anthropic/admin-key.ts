/**
 * The admin key is checked before anything is scanned: a key that is not admin-shaped (an API key pasted
 * into ANTHROPIC_ADMIN_KEY or the admin-key input, a truncated value) would only fail after a whole scan, and
 * would be sent to the Admin API for nothing. No SDK is loaded here.
 */
import { ruleTitle } from '../core/kinds.js';
import type { Secret } from '../core/secret.js';
import { parseKeyAt } from '../detect/plain.js';

/** Why the admin key cannot be used (one line, no secret), or undefined when it is admin-shaped. */
export function adminKeyProblem(adminKey: Secret): string | undefined {
  const value = adminKey.reveal();
  const key = parseKeyAt(Buffer.from(value, 'latin1'), 0);
  const whole = key !== undefined && key.end === Buffer.byteLength(value, 'latin1');
  if (whole && key.rule === 'anthropic-admin-key') return undefined;
  const shape = whole ? `it is shaped like a ${ruleTitle(key.rule)}` : `it is not shaped like any Anthropic key (${value.length} characters)`;
  return `the admin key (ANTHROPIC_ADMIN_KEY, or the admin-key input) is not an Anthropic Admin API key (sk-ant-adminNN-…): ${shape}; nothing was scanned`;
}
