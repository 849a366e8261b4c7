/**
 * Limits of the Anthropic side that entries read before a scan (no SDK loaded here: a plain scan stays fast).
 */

/** How many distinct keys one run checks by default (`--max-verify`, the `max-verify` input, action.yml). */
export const DEFAULT_MAX_VERIFY = 200;
