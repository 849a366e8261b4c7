/** `anthropic-key-scan version` (and `--version`). */
import { UserError } from '../core/errors.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import type { CliIO } from './io.js';

export async function versionCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.length > 0) throw new UserError('version takes no arguments');
  io.stdout(`${TOOL_NAME} ${TOOL_VERSION}\n`);
  return 0;
}
