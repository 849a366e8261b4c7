/**
 * A judge of Markdown built from hostile names: what GitHub's renderer would make of it. Tables are split as
 * cmark-gfm splits them (a backslash escapes the next character, code spans do not protect a `|`); the rest is
 * rendered with markdown-it (HTML and bare-URL linking on, as GitHub does) and the HTML is read for anything a
 * name made: an element we never write, a link to a host we never link to, a live mention or issue reference.
 */
import MarkdownIt from 'markdown-it';

/** Names as an attacker would pick them: each tries one way out of a code span, a table cell or plain text. */
export const HOSTILE_NAMES: readonly string[] = [
  'tick`s.env',
  'three```ticks`.env',
  '`leading and trailing`',
  'pipe|in|name.env',
  'back\\|slash-pipe.env',
  'two\\\\|slashes.env',
  'html<img src=x onerror=alert(1)>.env',
  '</code></td></tr></table><script>alert(1)</script>',
  '[click me](https://evil.example/phish).env',
  '![img](https://evil.example/pixel.png)',
  'new\nline | --- |\n| forged | row |.env',
  'carriage\rreturn.env',
  '@everyone @acme/security ping.env',
  'refs #1 and acme/app#2.env',
  'https://evil.example/bare-url.env',
  'www.evil.example.env',
  '&lt;entity&gt; &amp; &#124;.env',
  '**bold** _em_ ~~strike~~ $x^2$.env',
  '<!-- comment --> <details open>.env',
  '- list item.env',
  '# heading.env',
  '> quote.env',
  '1. ordered.env',
  '\u001b[31mred\u001b[0m\u0007.env',
  'line\u2028separator.env',
];

/** The cells of one table row, split as GitHub does. */
export function gfmCells(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && i + 1 < body.length) {
      current += c + body[i + 1];
      i++;
    } else if (c === '|') {
      cells.push(current);
      current = '';
    } else current += c;
  }
  if (current.trim() !== '') cells.push(current);
  return cells;
}

/** Rows whose cell count differs from their table's header (a name that split a row or ended the table). */
function tableProblems(markdown: string): string[] {
  const problems: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\|( *:?-+:? *\|)+ *$/.test(lines[i + 1]!.trim())) continue;
    const width = gfmCells(lines[i]!).length;
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++) {
      const n = gfmCells(lines[j]!).length;
      if (n !== width) problems.push(`row of ${n} cells in a table of ${width}: ${lines[j]}`);
    }
  }
  return problems;
}

const ALLOWED_TAGS = new Set([
  'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'strong', 'em', 'a', 'br', 'ul', 'ol', 'li', 'h2', 'h3', 'h4',
  'details', 'summary', 'sub', 'blockquote', 'hr', 'pre',
]);

const md = new MarkdownIt({ html: true, linkify: true });

const oneLine = (name: string): string =>
  name.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

/**
 * What went wrong when `markdown` holds hostile names: [] when nothing. `linkHosts` are the hosts our own
 * links point at; `mentions` are the handles we meant to mention.
 */
export function markdownProblems(markdown: string, options: { linkHosts?: string[]; mentions?: string[]; names?: string[] } = {}): string[] {
  const problems = tableProblems(markdown);
  const html = md.render(markdown);
  // Each name must read as itself (one line, controls as ?): a name that became formatting, a list or a
  // heading is no longer there. A `\` before a `|` may show doubled (see markdown.ts's code()).
  const shown = decode(html.replace(/<[^>]+>/g, '')).replace(/\u200b/g, '').replace(/\\+\|/g, '|');
  for (const name of options.names ?? []) {
    const expected = oneLine(name).replace(/\\+\|/g, '|');
    if (!shown.includes(expected)) problems.push(`the name ${JSON.stringify(name)} does not read as itself`);
  }
  for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) {
    if (!ALLOWED_TAGS.has(tag!.toLowerCase())) problems.push(`element <${tag}> in the HTML`);
  }
  if (/<!--(?! anthropic-key-scan)/.test(html)) problems.push('an HTML comment from a name');
  if (/<[a-z][^>]*\son[a-z]+=/i.test(html)) problems.push('an event handler attribute');
  // Ours: links to the repository, and the kinds table's help (the Console, claude.ai).
  const hosts = options.linkHosts ?? ['github.com', 'console.anthropic.com', 'claude.ai'];
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
    let host = '';
    try {
      host = new URL(href!).host;
    } catch {
      problems.push(`a link that is not a URL: ${href}`);
      continue;
    }
    if (!hosts.includes(host)) problems.push(`a link to ${host}`);
  }
  if (/<img/i.test(html)) problems.push('an image');
  // Outside code, GitHub turns @name into a mention and #1 into a reference after rendering.
  const prose = html.replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]+>/g, ' ');
  for (const [handle] of prose.matchAll(/@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?/g)) {
    if (!(options.mentions ?? []).includes(handle)) problems.push(`a live mention ${handle}`);
  }
  for (const [ref] of prose.matchAll(/(?:[\w.-]+\/[\w.-]+)?#\d+/g)) problems.push(`a live reference ${ref}`);
  if (/[\u0000-\u0008\u000b-\u001f\u007f\u2028]/.test(markdown)) problems.push('a control character');
  return problems;
}

/**
 * The redacted keys (`sk-ant-api03-R2D...igAA`) that have no table row of their own once rendered: each must be
 * the code of a cell in some `<tr>`, as a reader would see it.
 */
export function keysWithoutRow(markdown: string, redacted: readonly string[]): string[] {
  const html = md.render(markdown);
  const inRows = new Set<string>();
  for (const [, cells] of html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
    for (const [, code] of cells!.matchAll(/<td><code>([^<]*)<\/code><\/td>/g)) inRows.add(decode(code!));
  }
  return redacted.filter((key) => !inRows.has(key));
}

/** A member path of `length` characters made of what Markdown escaping expands most: pipes, backticks, `&`, `@`, `<`, multi-byte characters. */
export function expandingName(length: number, seed = ''): string {
  const prefix = Array.from(`${seed}/`);
  return prefix.join('') + expandingBody(Math.max(0, length - prefix.length));
}

const bodies = new Map<number, string>();
function expandingBody(length: number): string {
  let body = bodies.get(length);
  if (body === undefined) {
    const unit = Array.from('|`&@<🔑é\\_*');
    body = Array.from({ length }, (_, i) => unit[i % unit.length]).join('');
    bodies.set(length, body);
  }
  return body;
}
