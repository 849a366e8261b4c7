/** The anthropic/ stage: verification (is a found key live?) and revocation (deactivate it via the Admin API). */
export { verifyFindings, checkSecret, OAUTH_DETAIL, type VerifyOptions, type Check } from './verify.js';
export { revokeFindings, type RevokeOptions, type RevokeResult } from './revoke.js';
export { DEFAULT_BASE_URL, ANTHROPIC_VERSION, USER_AGENT, type ApiOptions } from './api.js';
export { verifyAndRevoke, type ActOptions } from './act.js';
