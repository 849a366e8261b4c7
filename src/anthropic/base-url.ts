/**
 * ANTHROPIC_BASE_URL is checked before anything is scanned whenever keys would go to it (verify, revoke): a URL
 * that may not receive them is the user's to fix (exit 2, the step fails), not a note after a whole scan with
 * every key left unchecked. No SDK is loaded here.
 */
import { endpointProblem } from '../core/endpoint.js';

/**
 * Why the base URL cannot be used, or undefined when it can: found keys travel to it, so it must be https://,
 * or plain http:// to a literal loopback address (a local gateway, a test server), and hold no user or password
 * (core/endpoint.ts, the one rule for every URL a secret goes to).
 */
export function baseURLProblem(baseURL: string): string | undefined {
  return endpointProblem(baseURL, 'ANTHROPIC_BASE_URL');
}

/** The one-line reason a run that would send keys to `baseURL` must not start (undefined: unset, or fine). */
export function baseURLRefusal(baseURL: string | undefined): string | undefined {
  const problem = baseURL ? baseURLProblem(baseURL) : undefined;
  return problem && `${problem}; nothing was scanned`;
}
