import { createHash } from 'node:crypto';
import { inspect } from 'node:util';

/**
 * A found credential, held in memory only.
 *
 * The value is kept in a private field so that nothing that serialises or prints a Secret by accident
 * (JSON.stringify, template strings, console.log, util.inspect, error messages) can reveal it: every
 * one of those paths yields the redacted form. The full value comes out only through `reveal()`, which
 * is called in exactly two places: the auth header of a request to the Anthropic API, and
 * `core.setSecret` (masking).
 */
export class Secret {
  readonly #value: string;
  readonly sha256: string;
  readonly redacted: string;

  constructor(value: string) {
    this.#value = value;
    this.sha256 = createHash('sha256').update(value, 'utf8').digest('hex');
    this.redacted = redact(value);
  }

  /** The full secret. Only for an auth header or masking. */
  reveal(): string {
    return this.#value;
  }

  get length(): number {
    return this.#value.length;
  }

  toString(): string {
    return this.redacted;
  }

  toJSON(): string {
    return this.redacted;
  }

  [inspect.custom](): string {
    return `Secret(${this.redacted})`;
  }
}

/**
 * The Console's own hint form: the first 16 characters, "...", the last 4 (`sk-ant-api03-R2D...igAA`).
 * Short strings keep only their first 8 characters so a redacted value never reveals most of a secret.
 */
export function redact(value: string): string {
  if (value.length <= 24) return `${value.slice(0, Math.min(8, Math.floor(value.length / 2)))}...`;
  return `${value.slice(0, 16)}...${value.slice(-4)}`;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
