// JavaScript source made pure ASCII: each other character written as its \u escape.
//
// Why: V8 keeps a script that is all ASCII as one byte per character; a single `…` or `→` anywhere (a comment, a
// message) makes it decode the whole file into two bytes per character and scan and lazily compile it so. For the
// CLI's bundle that cost ~40 ms of every start (`--version` 290 ms against 248 ms, 21 alternating runs) and ~10 % of
// a files scan's CPU (bench/README.md).
//
// An escape means the same character in a string, a template's cooked text, a regular expression (with or without
// the u flag: a surrogate pair of escapes is one code point there), an identifier (BMP letters) and a comment. Two
// places differ, and are handled: a character already escaped by a backslash (`"\…"`: the backslash goes, the
// escape replaces both) and a tagged template's raw text (`String.raw`...`` would see the six characters): the
// build refuses that, naming the place, rather than change a program.
import ts from 'typescript';

const NON_ASCII = /(\\*)([^\x00-\x7f])/gu;

/** `code` with every non-ASCII character escaped; `name` names the file in an error. */
export function asciiOnly(code, name) {
  if (!/[^\x00-\x7f]/.test(code)) return code;
  const raw = taggedTemplates(code, name);
  return code.replace(NON_ASCII, (match, slashes, char, offset) => {
    const at = offset + slashes.length;
    if (raw.some(([start, end]) => at >= start && at < end)) {
      throw new Error(`${name}: a tagged template holds a non-ASCII character at offset ${at}: its raw text cannot be escaped`);
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

/** Where the tagged templates are ([start, end) offsets), found by parsing: the one place an escape changes a value. */
function taggedTemplates(code, name) {
  const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const ranges = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) ranges.push([node.template.getStart(file), node.template.end]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}
