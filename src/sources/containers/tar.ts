/**
 * tar (v7, POSIX ustar, pax, GNU; plain, or inside gzip through the gzip format), read as GNU tar and Python's
 * tarfile read it: a member of a type they do not know is extracted as a regular file, so it is scanned as one;
 * pax `size=` and `path=` override the header; sizes may be base-256; checksums may be summed over signed bytes;
 * old GNU sparse members keep their data after extension blocks; a bad header is skipped to the next good one
 * (GNU tar's "Skipping to next header"). Members are slices of the archive: nothing is copied or decompressed.
 */
import { sliceWithin, type ContainerFormat, type MemberEntry } from './format.js';

const BLOCK = 512;

export const tar: ContainerFormat = {
  name: 'tar',
  sniff: (data) => data.length >= BLOCK && (hasUstarMagic(data) || validChecksum(data, 0)),
  members: (data) => entries(data),
};

function hasUstarMagic(data: Buffer): boolean {
  return data[257] === 0x75 && data.toString('latin1', 257, 262) === 'ustar';
}

/** POSIX ustar ("ustar\\0"): its prefix field extends the name. Old GNU ("ustar  \\0") keeps other things there. */
function isPosixUstar(data: Buffer, at: number): boolean {
  return data[at + 262] === 0 && data.toString('latin1', at + 257, at + 262) === 'ustar';
}

/**
 * A header block whose checksum (the sum of its bytes, the checksum field counted as spaces) is right, summed
 * over unsigned bytes or, as some old tars did, signed ones (both tools accept either); v7 tars have no magic.
 */
function validChecksum(data: Buffer, at: number): boolean {
  if (at + BLOCK > data.length) return false;
  const first = data[at + 148];
  if (first !== 0x20 && (first < 0x30 || first > 0x37)) return false; // cheap test first: this runs on every file
  const field = data.toString('latin1', at + 148, at + 156);
  if (!/^[0-7 ]*[0-7]+[ \0]*/.test(field) || data[at] === 0) return false;
  const want = parseInt(field.trim(), 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = at; i < at + BLOCK; i++) {
    const byte = i >= at + 148 && i < at + 156 ? 0x20 : data[i];
    unsigned += byte;
    signed += byte > 0x7f ? byte - 0x100 : byte;
  }
  return want === unsigned || want === signed;
}

function cString(data: Buffer, start: number, length: number): string {
  const end = data.indexOf(0, start);
  return data.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}

/** An octal number field (read to its first NUL, blanks around it allowed), or GNU's base-256 form (high bit set) for sizes over 8 GiB. */
function number(data: Buffer, start: number, length: number): number {
  if (data[start] & 0x80) {
    let value = data[start] & 0x3f; // the bit below the marker is the sign: a negative size is nonsense anyway
    for (let i = start + 1; i < start + length; i++) value = value * 256 + data[i];
    return value;
  }
  const nul = data.indexOf(0, start);
  const text = data.toString('latin1', start, nul === -1 || nul > start + length ? start + length : nul).trim();
  if (!/^[0-7]*$/.test(text)) throw new Error('bad number field in a tar header');
  return text ? parseInt(text, 8) : 0;
}

interface Pax {
  path?: string;
  size?: number;
}

/** pax extended header records `LEN key=value\n`: the name (`path`, or a GNU sparse file's real name) and the `size`, which overrides the header's. */
function paxRecords(body: Buffer): Pax {
  let at = 0;
  const pax: Pax = {};
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number(body.toString('latin1', at, space));
    if (!Number.isInteger(length) || length <= 0 || at + length > body.length) break;
    const record = body.toString('utf8', space + 1, at + length - 1);
    const equals = record.indexOf('=');
    const [key, value] = [record.slice(0, equals), record.slice(equals + 1)];
    if (key === 'path' || key === 'GNU.sparse.name') pax.path = value;
    else if (key === 'size' && /^\d+$/.test(value)) pax.size = Number(value);
    at += length;
  }
  return pax;
}

/** Types that hold no bytes of their own (links, devices, folders, fifos, volume labels); any other type is extracted as a regular file. */
const NOT_FILES = new Set(['1', '2', '3', '4', '5', '6', 'V']);
/** Old GNU sparse: the sparse map may go on in extension blocks, each flagged in the block before; the data follow them. */
const SPARSE = 'S';

function* entries(data: Buffer): Generator<MemberEntry> {
  let at = 0;
  let longName: string | undefined;
  let pax: Pax = {};
  while (at + BLOCK <= data.length) {
    if (data[at] === 0 && data.subarray(at, at + BLOCK).every((b) => b === 0)) return; // end of archive
    if (!validChecksum(data, at)) {
      if (at === 0) throw new Error('bad tar header at byte 0');
      const next = nextHeader(data, at);
      yield { name: `(bad header at byte ${at})`, compressedSize: 0, unreadable: { reason: 'archive-corrupt', why: next === undefined ? 'not a tar header; no good header after it' : `not a tar header; skipped to the next good one, at byte ${next}` }, read: unread };
      if (next === undefined) return;
      at = next;
      continue;
    }
    const type = String.fromCharCode(data[at + 156] || 0x30);
    const size = pax.size ?? number(data, at + 124, 12);
    let start = at + BLOCK;
    if (type === SPARSE && data[at + 482] !== 0) {
      while (start + BLOCK <= data.length && data[start + 504] !== 0) start += BLOCK;
      start += BLOCK;
    }
    const end = start + size;
    const header = at;
    at = start + Math.ceil(size / BLOCK) * BLOCK;
    const body = data.subarray(Math.min(start, data.length), Math.min(end, data.length));
    if (type === 'L') {
      longName = cString(body, 0, body.length);
      continue;
    }
    if (type === 'x' || type === 'X') {
      pax = { ...pax, ...paxRecords(body) };
      continue;
    }
    if (type === 'g' || type === 'K') continue; // global pax header, GNU long link name
    const prefix = isPosixUstar(data, header) ? cString(data, header + 345, 155) : '';
    const stored = pax.path ?? longName ?? (prefix ? `${prefix}/${cString(data, header, 100)}` : cString(data, header, 100));
    // `tar -C dir .` writes `./etc/x`: the member is `etc/x`.
    const name = stored.replace(/^(?:\.\/)+/, '');
    longName = undefined;
    pax = {};
    if (NOT_FILES.has(type) || name.endsWith('/')) continue;
    yield { name, compressedSize: size, read: (limit) => sliceWithin(body, limit) };
    // A truncated archive: what it holds of its last member was scanned above; the rest is not there.
    if (end > data.length) throw new Error(`truncated: it ends inside ${name}`);
  }
  // No end-of-archive blocks: cut short (a tar writer always ends with them).
  throw new Error('truncated: no end-of-archive marker');
}

/** The next block after `at` that is a good header, as GNU tar looks for one after a bad block. */
function nextHeader(data: Buffer, at: number): number | undefined {
  for (let next = at + BLOCK; next + BLOCK <= data.length; next += BLOCK) if (validChecksum(data, next)) return next;
  return undefined;
}

function unread(): never {
  throw new Error('unreadable member');
}
