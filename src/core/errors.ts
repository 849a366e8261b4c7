/**
 * An error the user can act on: bad arguments, a missing path, an unknown ref, a malformed event.
 * Entry points print its message as one line (no stack trace) and exit 2.
 * The message must never hold a secret.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** The one-line reason for any error, for the user; stack traces stay out of it. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] || error.name;
  return String(error).split('\n')[0];
}
