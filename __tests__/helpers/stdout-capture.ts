/**
 * What a library prints to this process's stdout while a test runs it in process (@actions/artifact logs
 * `::debug::` workflow commands and progress lines through @actions/core): kept here for the test to check,
 * instead of reaching the terminal of whoever runs the tests. Jest reports results over its own channel, so
 * failures still show.
 *
 *   const captured = captureStdout();   // in beforeEach
 *   ...; expect(captured.text()).not.toContain(key);
 *   captured.restore();                 // in afterEach
 */
export interface StdoutCapture {
  text(): string;
  restore(): void;
}

export function captureStdout(): StdoutCapture {
  const original = process.stdout.write;
  let text = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof process.stdout.write;
  return {
    text: () => text,
    restore: () => {
      process.stdout.write = original;
    },
  };
}
