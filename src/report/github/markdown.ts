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

/** How long a piece of Markdown is where it goes: characters for issue and comment bodies, bytes for a job summary. */
export type Measure = (markdown: string) => number;
export const characters: Measure = (markdown) => markdown.length;
export const utf8Bytes: Measure = (markdown) => Buffer.byteLength(markdown, 'utf8');

const ELLIPSIS = '…';

/**
 * `value` cut in the middle to `keep` characters (code points, never half a pair) around an ellipsis: the start
 * and the end of a long name (its folder and its file) both stay readable.
 */
export function middleCut(value: string, keep: number): string {
  const wanted = Math.max(0, keep);
  // Only the ends are split into code points: a 10,000-character name is cut in a few hundred steps.
  if (value.length <= wanted || (value.length <= 2 * wanted + 2 && Array.from(value).length <= wanted)) return value;
  const head = Math.ceil(wanted / 2);
  const tail = wanted - head;
  const start = Array.from(value.slice(0, 2 * head + 2)).slice(0, head).join('');
  const end = tail > 0 ? Array.from(value.slice(-(2 * tail + 2))).slice(-tail).join('') : '';
  return `${start}${ELLIPSIS}${end}`;
}

/**
 * The longest middle cut of the raw `value` whose Markdown (`render`, e.g. `text`) measures at most `budget`.
 * The cut is made before escaping, so no escape sequence, entity or fence is ever cut in half. When not even
 * an ellipsis fits, the ellipsis alone.
 */
export function fitted(value: string, budget: number, render: (raw: string) => string = text, measure: Measure = characters): string {
  const whole = render(value);
  if (measure(whole) <= budget) return whole;
  return largestFitting(Math.min(value.length, budget), (keep) => render(middleCut(value, keep)), budget, measure);
}

/** `render(keep)` for the largest `keep` in 0..max that measures at most `budget` (sizes grow with `keep`); `render(0)` when none does. */
export function largestFitting(max: number, render: (keep: number) => string, budget: number, measure: Measure): string {
  let best = render(0);
  let low = 1;
  let high = max;
  while (low <= high) {
    const keep = Math.floor((low + high) / 2);
    const candidate = render(keep);
    if (measure(candidate) <= budget) {
      best = candidate;
      low = keep + 1;
    } else high = keep - 1;
  }
  return best;
}
