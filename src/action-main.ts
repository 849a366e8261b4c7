/** The bundle's entry (ncc -> dist/index.js): run the Action. `run` never throws; failures set the exit code. */
import { run } from './action.js';
import { runnerLog } from './action/runner-log.js';
import { describeError } from './core/errors.js';

const log = runnerLog();
// Whatever escapes (an error in a library's callback) fails the step in one guarded line, never as a raw stack
// trace on stderr, which could carry hostile text (a path, an API message) to the runner unguarded.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    log.debug(error instanceof Error && error.stack ? error.stack : String(error));
    log.fail(describeError(error));
  });
}
// Done means done: a request or upload still hanging after its deadline must not hold the step open (the
// summary, outputs and failure are written by now; process.exitCode carries the verdict).
void run(process.env, log).then(() => process.exit());
