/**
 * PDF: the Flate-compressed streams (page content, object streams, embedded files) are inflated and scanned,
 * each as a member named after its object (`obj 12`); the rest of the file is plain bytes, scanned as they are.
 * Text drawn with a font's own encoding may still not read as the key: this finds what a PDF stores as text.
 */
import { inflateSync } from 'node:zlib';
import { decompressWithin, type ContainerFormat, type MemberEntry } from './format.js';

const MAGIC = Buffer.from('%PDF-');
const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');
/** How far back from `stream` its dictionary (and the `N G obj` before it) is looked for. */
const DICTIONARY_WINDOW = 1024;
/** `stream` keywords looked at, at most: a file made of millions of them must not cost millions of windows. */
const MAX_KEYWORDS = 100_000;

export const pdf: ContainerFormat = {
  name: 'pdf',
  // At the start, where every PDF writer puts it (readers tolerate junk before it; a sniff on every blob should not search for it).
  sniff: (data) => data.length > 64 && data[0] === 0x25 && data.subarray(0, MAGIC.length).equals(MAGIC),
  members: (data) => streams(data),
  takesAppended: true,
};

function* streams(data: Buffer): Generator<MemberEntry> {
  let count = 0;
  let keywords = 0;
  for (let at = data.indexOf(STREAM); at !== -1; at = data.indexOf(STREAM, at + STREAM.length)) {
    if (++keywords > MAX_KEYWORDS) throw new Error(`more than ${MAX_KEYWORDS} stream keywords`);
    // `endstream` holds `stream` too; a keyword is preceded by the dictionary's `>>` (and blanks).
    if (at >= 3 && data.toString('latin1', at - 3, at) === 'end') continue;
    let back = at - 1;
    while (back > 0 && (data[back] === 0x20 || data[back] === 0x0a || data[back] === 0x0d || data[back] === 0x09)) back--;
    if (back < 1 || data[back] !== 0x3e || data[back - 1] !== 0x3e) continue; // not after a dictionary's `>>`
    const before = data.toString('latin1', Math.max(0, at - DICTIONARY_WINDOW), at);
    const open = before.lastIndexOf(' obj');
    const dictionary = before.slice(open === -1 ? 0 : open);
    if (!/\/FlateDecode\b/.test(dictionary) && !/\/Fl\b/.test(dictionary)) continue;
    let start = at + STREAM.length;
    if (data[start] === 0x0d) start++;
    if (data[start] === 0x0a) start++;
    const end = data.indexOf(END, start);
    const body = data.subarray(start, end === -1 ? data.length : end);
    const object = /(\d+)\s+(\d+)\s+obj\s*$/.exec(before.slice(0, open === -1 ? 0 : open + 4));
    count++;
    yield {
      name: object ? `obj ${object[1]}` : `stream ${count}`,
      compressedSize: body.length,
      read: (limit) => decompressWithin(inflateSync, body, limit),
    };
    if (end === -1) return;
    at = end + END.length - STREAM.length;
  }
}
