/**
 * tar (POSIX ustar, pax and GNU long names; plain, or inside gzip through the gzip format). Members are slices
 * of the archive: nothing is copied or decompressed.
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

/** A header block whose checksum (the sum of its bytes, the checksum field counted as spaces) is right; v7 tars have no magic. */
function validChecksum(data: Buffer, at: number): boolean {
  const first = data[at + 148];
  if (first !== 0x20 && (first < 0x30 || first > 0x37)) return false; // cheap test first: this runs on every file
  const field = data.toString('latin1', at + 148, at + 156);
  if (!/^[0-7 ]*[0-7]+[ \0]*$/.test(field)) return false;
  let sum = 0;
  for (let i = at; i < at + BLOCK; i++) sum += i >= at + 148 && i < at + 156 ? 0x20 : data[i];
  return sum === parseInt(field.trim(), 8) && data[at] !== 0;
}

function cString(data: Buffer, start: number, length: number): string {
  const end = data.indexOf(0, start);
  return data.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}

/** An octal number field, or GNU's base-256 form (high bit set) for sizes over 8 GiB. */
function number(data: Buffer, start: number, length: number): number {
  if (data[start] & 0x80) {
    let value = 0;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + data[i];
    return value;
  }
  const text = data.toString('latin1', start, start + length).replace(/[\0 ]+$/, '').trim();
  if (!/^[0-7]*$/.test(text)) throw new Error('bad number field in a tar header');
  return text ? parseInt(text, 8) : 0;
}

/** pax extended header records `LEN key=value\n`: only `path` matters here. */
function paxPath(body: Buffer): string | undefined {
  let at = 0;
  let path: string | undefined;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number(body.toString('latin1', at, space));
    if (!Number.isInteger(length) || length <= 0 || at + length > body.length) break;
    const record = body.toString('utf8', space + 1, at + length - 1);
    if (record.startsWith('path=')) path = record.slice(5);
    at += length;
  }
  return path;
}

function* entries(data: Buffer): Generator<MemberEntry> {
  let at = 0;
  let longName: string | undefined;
  while (at + BLOCK <= data.length) {
    if (data[at] === 0 && data.subarray(at, at + BLOCK).every((b) => b === 0)) return; // end of archive
    if (!validChecksum(data, at)) throw new Error(`bad tar header at byte ${at}`);
    const size = number(data, at + 124, 12);
    const type = String.fromCharCode(data[at + 156] || 0x30);
    const start = at + BLOCK;
    const end = start + size;
    at = start + Math.ceil(size / BLOCK) * BLOCK;
    const body = data.subarray(start, Math.min(end, data.length));
    if (type === 'L') {
      longName = cString(body, 0, body.length);
      continue;
    }
    if (type === 'x') {
      longName = paxPath(body) ?? longName;
      continue;
    }
    if (type === 'g' || type === 'K') continue; // global pax header, GNU long link name
    const prefix = hasUstarMagic(data.subarray(start - BLOCK)) ? cString(data, start - BLOCK + 345, 155) : '';
    const stored = longName ?? (prefix ? `${prefix}/${cString(data, start - BLOCK, 100)}` : cString(data, start - BLOCK, 100));
    // `tar -C dir .` writes `./etc/x`: the member is `etc/x`.
    const name = stored.replace(/^(?:\.\/)+/, '');
    longName = undefined;
    // Regular files only ('0', NUL and '7' contiguous); links, devices and folders hold no bytes of their own.
    if (type !== '0' && type !== '7') continue;
    yield {
      name,
      compressedSize: size,
      read: (limit) => sliceWithin(body, limit),
    };
    // A truncated archive: what it holds of its last member was scanned above; the rest is not there.
    if (end > data.length) throw new Error(`truncated: it ends inside ${name}`);
  }
  // No end-of-archive blocks: cut short (a tar writer always ends with them).
  throw new Error('truncated: no end-of-archive marker');
}
