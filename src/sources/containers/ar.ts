/**
 * ar archives: a Debian package (`.deb`: `debian-binary`, `control.tar.*`, `data.tar.*`), static libraries
 * (`.a`). GNU long names (`//` table, `/N` references) and BSD ones (`#1/N`, the name before the data). Members
 * are slices of the archive; a `.deb`'s compressed tars are then opened as streams like any other file.
 */
import { sliceWithin, type ContainerFormat, type MemberEntry } from './format.js';

const MAGIC = Buffer.from('!<arch>\n');
const HEADER = 60;

export const ar: ContainerFormat = {
  name: 'ar',
  sniff: (data) => data.length >= MAGIC.length && data[0] === 0x21 && data.subarray(0, MAGIC.length).equals(MAGIC),
  members: (data) => entries(data),
};

function field(data: Buffer, at: number, length: number): string {
  return data.toString('latin1', at, at + length).trimEnd();
}

function* entries(data: Buffer): Generator<MemberEntry> {
  let at = MAGIC.length;
  let longNames: Buffer | undefined;
  while (at < data.length) {
    if (data[at] === 0x0a && at + 1 === data.length) return; // a stray padding byte at the end
    if (at + HEADER > data.length) throw new Error(`truncated: a member header is cut at byte ${at}`);
    if (data[at + 58] !== 0x60 || data[at + 59] !== 0x0a) throw new Error(`bad member header at byte ${at}`);
    const sizeText = field(data, at + 48, 10);
    if (!/^\d+$/.test(sizeText)) throw new Error(`bad member size at byte ${at}`);
    const size = Number(sizeText);
    let start = at + HEADER;
    const end = start + size;
    let name = field(data, at, 16);
    at = end + (size & 1);
    if (name === '//') {
      longNames = data.subarray(start, Math.min(end, data.length));
      continue;
    }
    if (name === '/' || name === '/SYM64/' || name === '__.SYMDEF' || name === '__.SYMDEF SORTED') continue; // symbol tables
    if (/^#1\/\d+$/.test(name)) {
      const length = Number(name.slice(3));
      name = data.toString('utf8', start, Math.min(start + length, end)).replace(/\0+$/, '');
      start = Math.min(start + length, end);
    } else if (/^\/\d+$/.test(name) && longNames) {
      const offset = Number(name.slice(1));
      const stop = longNames.indexOf('/\n', offset);
      name = longNames.toString('utf8', offset, stop === -1 ? longNames.length : stop);
    } else if (name.endsWith('/')) {
      name = name.slice(0, -1);
    }
    const body = data.subarray(start, Math.min(end, data.length));
    yield {
      name,
      compressedSize: body.length,
      read: (limit) => sliceWithin(body, limit),
    };
    if (end > data.length) throw new Error(`truncated: it ends inside ${name}`);
  }
}
