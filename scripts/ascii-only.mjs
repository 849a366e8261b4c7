// JavaScript source made pure ASCII: each other character written as its \u escape.
//
// Why: V8 keeps a script that is all ASCII as one byte per character; a single `…` or `→` anywhere (a comment, a
// message) makes it decode the whole file into two bytes per character and scan and lazily compile it so
// (`--version` of the CLI: 213 ms against 220 ms, 41 alternating runs; bench/README.md).
//
// An escape means the same character in a string, a template's cooked text, a regular expression (with or without
// the u flag: a surrogate pair of escapes is one code point there), an identifier (BMP letters) and a comment.
// Elsewhere it differs, and is handled: a character already escaped by a backslash (`"\…"`: the backslash goes, the
// escape replaces both); white space between tokens (a no-break space is a space there; its escape is no token),
// which becomes a space; a line or paragraph separator outside literals (it ends a line, or a `//` comment), which
// becomes a newline; and a tagged template's raw text (`String.raw` would see the six characters): the build refuses
// that, naming the place, rather than change a program.
import ts from 'typescript';

const NON_ASCII = /(\\*)([^\x00-\x7f])/gu;
const LINE_BREAK = /[\u2028\u2029]/u;
const SPACE = /\s/u;

/** `code` with every non-ASCII character escaped (white space outside literals made ASCII); `name` names it in an error. */
export function asciiOnly(code, name) {
  if (!/[^\x00-\x7f]/.test(code)) return code;
  const { literals, tagged } = literalRanges(code, name);
  return code.replace(NON_ASCII, (match, slashes, char, offset) => {
    const at = offset + slashes.length;
    if (tagged.some(([start, end]) => at >= start && at < end)) throw new Error(`${name}: a tagged template holds a non-ASCII character at offset ${at}: its raw text cannot be escaped`);
    if (!within(literals, at)) {
      if (LINE_BREAK.test(char)) return `${slashes}\n`;
      if (SPACE.test(char)) return `${slashes} `;
    }
    // An odd run of backslashes escapes the character itself: that escape is replaced, not escaped again.
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return kept + escape(char);
  });
}

/** `\uXXXX`, or a surrogate pair of them for a character beyond the BMP. */
function escape(char) {
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** Whether `at` is in one of `ranges` ([start, end) pairs, sorted by start, none inside another: tokens). */
function within(ranges, at) {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo][0] <= at;
}

/**
 * Where the literals are (strings, template texts, regular expressions: [start, end) offsets, in order) and the
 * tagged templates (the one place an escape would change a value), found by parsing.
 */
function literalRanges(code, name) {
  const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const literals = [];
  const tagged = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) tagged.push([node.template.getStart(file), node.template.end]);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node)) {
      literals.push([node.getStart(file), node.end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { literals: literals.sort((a, b) => a[0] - b[0]), tagged };
}
