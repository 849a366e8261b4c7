/**
 * The Actions runner's reading of a step's output, modelled as REFERENCE.md describes it, to assert on what
 * the runner would see rather than on what was printed:
 * - lines end at `\n`, `\r\n` or `\r`;
 * - a line is a command when, after leading whitespace, it starts `::name` (then ` properties` and `::message`),
 *   or when it holds the legacy form `##[name properties]message` anywhere;
 * - `::stop-commands::TOKEN` makes every later line plain text until a line `::TOKEN::`;
 * - `::add-mask::VALUE` masks VALUE in every later line (the runner consumes the command itself).
 * Property values and messages are unescaped (%25 %0D %0A %3A %2C) as the runner does.
 */
export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface RunnerView {
  commands: RunnerCommand[];
  /** The lines the log shows (not commands), masks applied. */
  lines: string[];
  /** Whether the output left the runner in a stopped state (commands ignored to the end). */
  stopped: boolean;
}

const unescape = (s: string): string =>
  s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');

function properties(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) out[pair.slice(0, eq).trim()] = unescape(pair.slice(eq + 1));
  }
  return out;
}

/** `::name props::message` after leading whitespace (what .NET's TrimStart removes, and more). */
function parseV2(line: string): RunnerCommand | undefined {
  const trimmed = line.replace(/^[\s\ufeff]+/u, '');
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return undefined;
  const head = trimmed.slice(2, end);
  const space = head.indexOf(' ');
  const command = space < 0 ? head : head.slice(0, space);
  if (!command) return undefined;
  return { command, properties: space < 0 ? {} : properties(head.slice(space + 1)), message: unescape(trimmed.slice(end + 2)) };
}

/** `##[name props]message` anywhere in the line. */
function parseLegacy(line: string): RunnerCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const close = line.indexOf(']', start);
  if (close < 0) return undefined;
  const head = line.slice(start + 3, close);
  const space = head.indexOf(' ');
  const command = space < 0 ? head : head.slice(0, space);
  if (!command) return undefined;
  return { command, properties: space < 0 ? {} : properties(head.slice(space + 1).replace(/;/g, ',')), message: line.slice(close + 1) };
}

export function readAsRunner(output: string): RunnerView {
  const view: RunnerView = { commands: [], lines: [], stopped: false };
  let stopToken: string | undefined;
  const masks: string[] = [];
  for (const raw of output.split(/\r\n|\r|\n/)) {
    if (stopToken !== undefined) {
      const v2 = parseV2(raw);
      if (v2 && v2.command.toLowerCase() === stopToken.toLowerCase()) stopToken = undefined;
      else view.lines.push(raw);
      continue;
    }
    const command = parseV2(raw) ?? parseLegacy(raw);
    if (!command) {
      view.lines.push(masks.reduce((line, mask) => line.split(mask).join('***'), raw));
      continue;
    }
    if (command.command === 'stop-commands') {
      stopToken = command.message;
      continue;
    }
    if (command.command === 'add-mask') {
      if (command.message) masks.push(command.message);
      continue;
    }
    view.commands.push(command);
  }
  view.stopped = stopToken !== undefined;
  return view;
}
