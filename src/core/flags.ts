/**
 * Command-line flags from a table: each command declares its options once (type, short form, placeholder,
 * help line, aliases) and the same table gives node's parseArgs its config, the help text and the
 * "did you mean" of an unknown flag. Every mistake is a one-line UserError (exit 2) naming the command.
 */
import { parseArgs } from 'node:util';
import { UserError } from './errors.js';

export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  /** Repeatable: the values are collected in order. */
  multiple?: boolean;
  /** The value's placeholder in the help (`FILE`, `N`, `text|json|sarif`). */
  value?: string;
  /** One help line; with `hidden`, none is shown. */
  help: string;
  /** The heading this option is listed under in the help. */
  group?: string;
  /** Another name for `aliasOf`: its values are merged into that option's. */
  aliasOf?: string;
  hidden?: boolean;
}

export type OptionTable = Record<string, OptionSpec>;

/** The parsed values of a table: booleans, strings, or string lists for repeatable options. */
export type OptionValues<T extends OptionTable> = {
  [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : T[K]['multiple'] extends true ? string[] : string;
};

export interface Parsed<T extends OptionTable> {
  values: OptionValues<T>;
  positionals: string[];
}

/**
 * argv by `table`. `command` prefixes errors (undefined for the scan command). Aliases are folded into the
 * option they stand for, so the caller reads one name.
 */
export function parseOptions<T extends OptionTable>(command: string | undefined, table: T, argv: string[], allowPositionals = true): Parsed<T> {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(table)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  const prefix = command ? `${command}: ` : '';
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv, table), options, allowPositionals, strict: true });
  } catch (error) {
    throw new UserError(`${prefix}${describeParseError(error, table)} (see --help)`);
  }
  const values = { ...parsed.values } as Record<string, unknown>;
  for (const [name, value] of Object.entries(values)) {
    // `--max-file-size=` (a variable that expanded to nothing) would otherwise fall back to the default unseen.
    const empty = Array.isArray(value) ? value.some((v) => String(v).trim() === '') : typeof value === 'string' && value.trim() === '';
    if (empty) throw new UserError(`${prefix}--${name} needs a value (${table[name]?.value ?? 'a value'}), got an empty one`);
  }
  for (const [name, spec] of Object.entries(table)) {
    if (!spec.aliasOf || values[name] === undefined) continue;
    const target = spec.aliasOf;
    const value = values[name];
    delete values[name];
    if (Array.isArray(value)) values[target] = [...((values[target] as string[] | undefined) ?? []), ...value];
    else if (values[target] === undefined) values[target] = value;
    else throw new UserError(`${prefix}--${name} is another name for --${target}: give one of them`);
  }
  return { values: values as OptionValues<T>, positionals: parsed.positionals };
}

/**
 * `--max-verify -3` as `--max-verify=-3`: node's parser calls a value that starts with `-` ambiguous and says no
 * more; read as the value, a negative number gets the flag's own message (what it accepts).
 */
function joinNegativeValues(argv: readonly string[], table: OptionTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const next = argv[i + 1];
    const spec = arg.startsWith('--') && !arg.includes('=') ? table[arg.slice(2)] : undefined;
    if (spec?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function describeParseError(error: unknown, table: OptionTable): string {
  // Read as a shape, not by instanceof: an error from another realm (a test VM) is no `Error` here.
  const raw = (error as { message?: unknown } | null)?.message;
  const message = (typeof raw === 'string' ? raw : String(error)).split('\n')[0];
  const code = (error as { code?: string }).code;
  const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const flag = unknown[1];
    const guess = closest(flag.replace(/^-+/, '').split('=')[0], Object.keys(table));
    return `Unknown option '${flag}'${guess ? `; did you mean --${guess}?` : ''}`;
  }
  // node names the option `--name`, `-n` or `-n, --name`: the long name is the one the help lists.
  const named = /^Option '([^']*)' argument (is ambiguous|missing)/.exec(message);
  if (named) {
    const long = /--([\w-]+)/.exec(named[1]!)?.[1];
    const short = /^-(\w)$/.exec(named[1]!)?.[1];
    const name = long ?? Object.entries(table).find(([, spec]) => spec.short === short)?.[0] ?? named[1]!;
    const needs = `--${name} needs a value (${table[name]?.value ?? 'a value'})`;
    return named[2] === 'missing' ? needs : `${needs} before the next option; to give one that starts with -, write --${name}=VALUE`;
  }
  return message;
}

/** The name nearest to `typed` (edit distance at most 2, or a third of its length; or the one name it begins). */
export function closest(typed: string, names: readonly string[]): string | undefined {
  if (!typed) return undefined;
  const prefixed = names.filter((n) => n.startsWith(typed));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(typed.length / 3));
  for (const name of names) {
    const d = editDistance(typed, name);
    if (d <= bestDistance) {
      if (d < bestDistance || best === undefined) best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance with transpositions counted as one edit (`--histroy`). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/** The help lines of a table, under its groups in the order they first appear; aliases and hidden options left out. */
export function describeOptions(table: OptionTable): string {
  const groups = new Map<string, string[]>();
  const width = 28;
  for (const [name, spec] of Object.entries(table)) {
    if (spec.hidden || spec.aliasOf) continue;
    const aliases = Object.entries(table).filter(([, s]) => s.aliasOf === name).map(([n]) => `--${n}`);
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    const help = aliases.length > 0 ? `${spec.help} (also ${aliases.join(', ')})` : spec.help;
    const line = flag.length + 2 < width ? `  ${flag.padEnd(width - 2)}${help}` : `  ${flag}  ${help}`;
    const group = spec.group ?? '';
    groups.set(group, [...(groups.get(group) ?? []), line]);
  }
  return [...groups]
    .map(([group, lines]) => `${group ? `${group}:\n` : ''}${lines.join('\n')}`)
    .join('\n\n');
}

/** A flag's value, one of `allowed`; `flag` names it in the error (`--format`, `input fail-on`). */
export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`${flag}: expected one of ${allowed.join(', ')}, got "${value}"`);
}

/** A flag's value as a positive whole number; `fallback` when the flag is absent. */
export function positiveInteger(value: string | undefined, flag: string): number | undefined;
export function positiveInteger(value: string | undefined, flag: string, fallback: number): number;
export function positiveInteger(value: string | undefined, flag: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (!isPositiveInteger(value)) throw new UserError(`${flag} must be a positive whole number, not "${value}"`);
  return Number(value);
}

/** `1`, `25`, not `0`, `01`, `-3`, `1.5`. */
export function isPositiveInteger(text: string): boolean {
  return /^[1-9]\d*$/.test(text);
}
