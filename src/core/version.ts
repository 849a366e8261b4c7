/** The tool's identity, in reports and the User-Agent. Kept in step with package.json by a test. */
export const TOOL_NAME = 'anthropic-key-scan';
export const TOOL_VERSION = '1.0.0';
export const TOOL_URI = 'https://github.com/anthropic-key-scan/anthropic-key-scan';
