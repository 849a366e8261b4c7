/**
 * The one way text from outside (file names, members, tags, repository names, author names, reasons, API
 * messages) enters GitHub Markdown: the job summary, pull-request comments, check-run text, the audit issue and
 * the organization summary all build their Markdown from these helpers, so nothing they embed can open a link,
 * an image, HTML, a mention, an issue reference, or leave its code span or table cell.
 *
 * GitHub's renderer (cmark-gfm) splits a table row at every `|` not escaped by a backslash *before* inline
 * parsing, code spans included, and counts `\\` as one escaped character; mentions (`@user`), issue references
 * (`#1`, `owner/repo#1`) and bare URLs are linked after rendering, in text but never in code.
 */

/** C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
const ZERO_WIDTH_SPACE = '\u200b';

/** One line: line breaks become spaces, other control characters `?`. */
export function oneLine(text: string): string {
  return text.replace(BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROL, '?');
}

/**
 * Plain text for Markdown prose and table cells: HTML entities for `& < > "`; a backslash before each character
 * that can open inline Markdown (`` \ ` * _ [ ] ( ) ! # + | ~ { } $ ``) and before a leading list or quote marker;
 * and a zero-width space after `@` and `#` and inside `://` and `www.`, so GitHub links no user, team, issue or
 * URL from it. Every `\` is doubled and every `|` escaped, so a table row never splits on it.
 */
export function text(value: string): string {
  return oneLine(value)
    .replace(/[\\`*_[\]()!#+|~{}$]/g, '\\$&')
    .replace(/^(\s*)([-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
    .replace(/([@#])/g, `$1${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`);
}

/**
 * Inline code that holds any name: fenced by a backtick run longer than any inside, padded with a space when
 * the content starts or ends with a backtick or a space (CommonMark strips one from each side). In a table cell
 * every `|` is escaped, and a run of backslashes before it is made even first, so the row never splits (the
 * cell then shows one backslash more than the name has: the one case GFM cannot show exactly).
 */
export function code(value: string, where: 'inline' | 'cell' = 'inline'): string {
  let content = oneLine(value);
  if (content === '') return '` `';
  if (where === 'cell') content = content.replace(/(\\*)\|/g, (_, slashes: string) => `${slashes}${slashes.length % 2 ? '\\' : ''}\\|`);
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A URL made safe as a Markdown link destination and inside a table cell: only http(s), and every character
 * that could end the destination or the cell (space, `(`, `)`, `<`, `>`, `|`, backslash, quotes, backtick)
 * percent-encoded. Anything else gives undefined: the caller shows the text without a link.
 */
export function safeUrl(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  return oneLine(url).replace(/[\s()<>|\\"'`[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[markdown](url)`: `label` is Markdown already made safe (from `text` or `code`); no link when the URL is not http(s). */
export function link(label: string, url: string): string {
  const safe = safeUrl(url);
  return safe ? `[${label}](${safe})` : label;
}

/** One table row from cells that are already safe (built with `text`, `code(…, 'cell')` or our own words). */
export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A table's header and delimiter rows. */
export function tableHead(headers: readonly string[]): string[] {
  return [row(headers), row(headers.map(() => '---'))];
}
