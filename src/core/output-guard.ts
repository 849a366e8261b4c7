/**
 * What the Actions runner must never read as a command, and what a terminal must never obey.
 *
 * The runner reads every line a step prints (stdout and stderr): a line is a workflow command when, after
 * leading whitespace, it starts `::name …::`, or when it holds the legacy form `##[name …]` anywhere; and it
 * splits lines at `\r` as well as `\n`. Text from the scanned repository, the pull request or the network
 * (paths, authors, messages, branch names, API answers) therefore passes `forRunner` before it is printed:
 * the credential scrubber, then control characters out, then both command forms broken with a zero-width
 * space (the text still reads the same). `stopCommands` gives a fresh random token to wrap such output as a
 * second guard; the step's own commands are printed outside it.
 *
 * A terminal obeys escape sequences (ESC, and the C1 controls some terminals read as ESC [), returns to the
 * line's start at `\r`, rings at BEL, and reorders text at bidi overrides: outside Actions, every line the CLI
 * prints passes `forTerminal` all the same. The only escapes that survive are the text report's own colours, on
 * stdout; stderr (errors, notes) keeps none, so an API's answer quoted in an error cannot colour or move anything.
 */
import { randomBytes } from 'node:crypto';
import { scrub } from './scrub.js';

/**
 * C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates
 * (text that reads differently from what it is). `\r` goes too: the runner would start a new line at it.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Line breaks other than `\n` that some readers honour: made plain newlines, so each line is defused. */
const OTHER_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
const ZWSP = '\u200b';
/** `::` at the start of a line, after any whitespace (the runner's TrimStart, and more). */
const LINE_COMMAND = /^([\s\ufeff]*):(?=:)/gmu;
const LEGACY_COMMAND = /#(?=#\[)/g;

/** Terminal and bidi control characters removed; `\r` and other line breaks become `\n`. */
export function stripControl(text: string): string {
  return text.replace(OTHER_BREAKS, '\n').replace(CONTROL, '');
}

/** The text report's colours (report/text.ts paints with them): the one escape sequence kept, and only on stdout. */
export const COLOURS = { red: '\x1b[1;31m', yellow: '\x1b[1;33m', dim: '\x1b[2m', bold: '\x1b[1m', green: '\x1b[32m' } as const;
export const RESET = '\x1b[0m';
const OWN_COLOUR = [...Object.values(COLOURS), RESET].map((code) => code.replace(/[[\]]/g, '\\$&')).join('|');
const COLOUR_OR_CONTROL = new RegExp(`(${OWN_COLOUR})|${CONTROL.source}`, 'g');

/** Text bound for a terminal: scrubbed, control characters out (the report's own colours kept when `colours`). */
export function forTerminal(text: string, { colours = false }: { colours?: boolean } = {}): string {
  const plain = scrub(text).replace(OTHER_BREAKS, '\n');
  return colours ? plain.replace(COLOUR_OR_CONTROL, (_match, colour: string | undefined) => colour ?? '') : plain.replace(CONTROL, '');
}

/**
 * Characters JSON.stringify leaves raw inside strings that a terminal or a log reader would obey (DEL, C1, bidi,
 * the Unicode line breaks), written as `\uXXXX` escapes: they occur only inside strings, so the JSON parses to
 * the same value.
 */
const JSON_RAW_CONTROL = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whole-report text for a terminal: JSON keeps its exact value, other text keeps its own colours only. */
export function forTerminalStream(text: string): string {
  return isJson(text) ? escapeJsonControls(text) : forTerminal(text, { colours: true });
}

function isJson(text: string): boolean {
  const start = text.trimStart()[0];
  return start === '{' || start === '[';
}

/** Neither `::name::` at a line's start nor `##[name]` anywhere survives as such. */
export function defuseCommands(text: string): string {
  return text.replace(LINE_COMMAND, `$1:${ZWSP}`).replace(LEGACY_COMMAND, `#${ZWSP}`);
}

/** Human text bound for a log the runner reads: scrubbed, without control characters, defused. */
export function forRunner(text: string): string {
  return defuseCommands(stripControl(scrub(text)));
}

/**
 * JSON text (a report printed to stdout) made safe for the runner without changing the value it parses to:
 * `#` is written `\u0023` where it would form `##[` (only inside strings: `#` is not JSON syntax), and
 * JSON puts no raw newline in a string, so no line can start with `::` other than a key or value's own
 * text, which `JSON.stringify` always quotes.
 */
export function defuseJson(json: string): string {
  return json.replace(/##\[/g, '#\\u0023[');
}

/** A fresh pair of lines: after `start`, the runner obeys no command until `end`. */
export function stopCommands(): { token: string; start: string; end: string } {
  const token = `aks-${randomBytes(16).toString('hex')}`;
  return { token, start: `::stop-commands::${token}`, end: `::${token}::` };
}

/** Whole-report text for the runner: JSON keeps its exact value (`defuseJson`), other text is defused. */
export function forRunnerStream(text: string): string {
  return isJson(text) ? defuseJson(escapeJsonControls(text)) : forRunner(text);
}

/**
 * A command-line tool's streams, guarded: inside GitHub Actions (GITHUB_ACTIONS=true), whatever a report or an
 * error message holds, the runner reads no command in it; everywhere, no control character reaches the
 * terminal but the text report's own colours.
 */
export function guardStreams<T extends { stdout(text: string): void; stderr(text: string): void; env: NodeJS.ProcessEnv }>(io: T): T {
  if (io.env.GITHUB_ACTIONS !== 'true') {
    return { ...io, stdout: (text: string) => io.stdout(forTerminalStream(text)), stderr: (text: string) => io.stderr(forTerminal(text)) };
  }
  return { ...io, stdout: (text: string) => io.stdout(forRunnerStream(text)), stderr: (text: string) => io.stderr(forRunner(text)) };
}

/**
 * One workflow command line of the tool's own (`::warning file=a.txt::message`), its message and properties
 * guarded and escaped as the runner unescapes them, so hostile text inside cannot end it or start another.
 */
export function workflowCommand(name: string, message: string, properties: Record<string, string | number> = {}): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(forRunner(String(value)))}`).join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(forRunner(message))}`;
}
