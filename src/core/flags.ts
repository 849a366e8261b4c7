/**
 * Command-line flag parsing shared by the scan command and the audit subcommands: node's parseArgs, with
 * every mistake turned into a one-line UserError (exit 2) that names the command and the flag.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './errors.js';

export function parseFlags<T extends ParseArgsConfig>(command: string | undefined, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>(config);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError(`${command ? `${command}: ` : ''}${reason} (see --help)`);
  }
}

/** A flag's value, one of `allowed`. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`${flag}: expected one of ${allowed.join(', ')}, got "${value}"`);
}

/** A flag's value as a positive whole number; `fallback` when the flag is absent. */
export function positiveInteger(value: string | undefined, flag: string): number | undefined;
export function positiveInteger(value: string | undefined, flag: string, fallback: number): number;
export function positiveInteger(value: string | undefined, flag: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(value)) throw new UserError(`${flag} must be a positive whole number, not "${value}"`);
  return Number(value);
}
