/** `anthropic-key-scan help [COMMAND]` (and `--help`): the usage of the scan or of one command. */
import { UserError } from '../core/errors.js';
import { closest } from '../core/flags.js';
import type { CliIO } from './io.js';
import { usageOf } from './usage.js';

const TOPICS = ['scan', 'surfaces', 'repos', 'batch', 'merge', 'help', 'version'];

export async function helpCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.length > 1) throw new UserError('help takes at most one COMMAND (see --help)');
  const topic = argv[0];
  const usage = usageOf(topic);
  if (usage === undefined) {
    const guess = closest(topic ?? '', TOPICS);
    throw new UserError(`help: no command "${topic}"${guess ? `; did you mean ${guess}?` : ''} (commands: ${TOPICS.join(', ')})`);
  }
  io.stdout(usage);
  return 0;
}
