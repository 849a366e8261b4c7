/**
 * The one way the Action prints. Everything passes the output guard (core/output-guard.ts): scrubbed, no
 * control characters, no workflow command that hostile text could form. Free text (the report, the scope's
 * description, API and git messages) is printed inside `::stop-commands::` with a fresh token, so the runner
 * obeys nothing in it; the step's own commands (masks, annotations, the failure line) are printed outside it,
 * so they always arrive whatever the text held.
 */
import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import { forRunner, stopCommands } from '../core/output-guard.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface RunnerLog {
  /** Free text, any number of lines; the runner reads none of it as a command. */
  info(text: string): void;
  /** Shown when the run has debug logging on. */
  debug(text: string): void;
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  /** The step's failure line (an error annotation) and a failing exit code. */
  fail(message: string): void;
  /** Hide a value in every later line of the log. Never inside a stop-commands block (the runner would skip it). */
  mask(value: string): void;
}

/** Annotation properties as the runner receives them: the same guard on every text value. */
function guardProperties(properties: AnnotationProperties | undefined): AnnotationProperties | undefined {
  if (!properties) return undefined;
  const out: AnnotationProperties = { ...properties };
  if (out.title !== undefined) out.title = forRunner(out.title);
  if (out.file !== undefined) out.file = forRunner(out.file);
  return out;
}

/** A RunnerLog writing to the step's stdout through @actions/core. `write` is the raw line writer. */
export function runnerLog(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): RunnerLog {
  return {
    info(text) {
      const guard = stopCommands();
      write(guard.start);
      write(forRunner(text));
      write(guard.end);
    },
    debug: (text) => core.debug(forRunner(text)),
    error: (message, properties) => core.error(forRunner(message), guardProperties(properties)),
    warning: (message, properties) => core.warning(forRunner(message), guardProperties(properties)),
    notice: (message, properties) => core.notice(forRunner(message), guardProperties(properties)),
    fail: (message) => core.setFailed(forRunner(message)),
    mask: (value) => {
      if (value && !/[\r\n]/.test(value)) core.setSecret(value);
    },
  };
}
