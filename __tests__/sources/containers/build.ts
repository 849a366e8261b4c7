/**
 * Real archives built at test time, in memory: zips (stored or deflated members, encrypted flags, lying sizes,
 * any number of members), tars (ustar, with long names through pax) and gzip. Written from the formats' specs
 * so a test can make exactly the broken or hostile archive it needs; the `zip` and `tar` binaries serve the
 * tests that want archives made by the real tools.
 */
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';

export interface ZipMember {
  name: string;
  data: Buffer | string;
  /** Deflate (default) or store. */
  method?: 'deflate' | 'store';
  /** Set the "encrypted" flag (the bytes are then whatever `data` is). */
  encrypted?: boolean;
  /** Declare this uncompressed size instead of the real one (a lying header). */
  declaredSize?: number;
  /** Another compression method id written in the headers (e.g. 12 = bzip2) with `data` as it is. */
  methodId?: number;
}

export function zip(members: ZipMember[], options: { comment?: string; prefix?: Buffer } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = options.prefix?.length ?? 0;
  for (const member of members) {
    const raw = Buffer.isBuffer(member.data) ? member.data : Buffer.from(member.data);
    const method = member.methodId ?? (member.method === 'store' ? 0 : 8);
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(member.name);
    const flags = (member.encrypted ? 0x01 : 0) | 0x800;
    const size = member.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(members.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(members.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([options.prefix ?? Buffer.alloc(0), ...locals, directory, end, comment]);
}

export interface TarMember {
  name: string;
  data: Buffer | string;
  type?: '0' | '5' | '2';
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0') + '\0';
}

function header(name: string, size: number, type: string): Buffer {
  const block = Buffer.alloc(512);
  block.write(name.slice(0, 99), 0, 'utf8');
  block.write(octal(0o644, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(0, 12), 136);
  block.write(type, 156);
  block.write('ustar\0', 257);
  block.write('00', 263);
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

function padded(data: Buffer): Buffer {
  const pad = (512 - (data.length % 512)) % 512;
  return Buffer.concat([data, Buffer.alloc(pad)]);
}

export function tar(members: TarMember[]): Buffer {
  const parts: Buffer[] = [];
  for (const member of members) {
    const data = Buffer.isBuffer(member.data) ? member.data : Buffer.from(member.data);
    if (Buffer.byteLength(member.name) > 99) {
      const record = (body: string): string => {
        let length = body.length + 3;
        while (`${length} ${body}\n`.length !== length) length = `${length} ${body}\n`.length;
        return `${length} ${body}\n`;
      };
      const pax = Buffer.from(record(`path=${member.name}`));
      parts.push(header('PaxHeader', pax.length, 'x'), padded(pax));
    }
    parts.push(header(member.name, data.length, member.type ?? '0'), padded(data));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export const gzip = (data: Buffer | string): Buffer => gzipSync(data);

/** A gzip file that inflates to `megabytes` MiB of zeros, made of identical 1 MiB gzip members (~1 KiB each). */
export function zeroGzipBomb(megabytes: number): Buffer {
  const one = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
  return Buffer.concat(Array.from({ length: megabytes }, () => one));
}

/**
 * A compiled Python file (CPython 3.12 `.pyc`) whose code object's constants are `strings`, in marshal format
 * as CPython writes it: each short string is a type byte (`z`, or `Z` when interned; | 0x80 when referenced
 * later) + a one-byte length + its bytes, and the next object's type byte follows at once (`N` None, `Z`/`z`
 * the next string, `)` a small tuple, `r` a back reference...). Enough of the format for a scanner's tests:
 * the header, a code object's prologue, a constants tuple, then `N`.
 */
export function pyc(strings: readonly string[], options: { interned?: boolean; ref?: boolean } = {}): Buffer {
  const magic = Buffer.from([0xcb, 0x0d, 0x0d, 0x0a]); // 3.12's magic number, then flags, mtime, source size
  const header = Buffer.alloc(12);
  header.writeUInt32LE(1733011200, 4);
  header.writeUInt32LE(412, 8);
  const type = (options.interned ? 0x5a : 0x7a) | (options.ref ? 0x80 : 0);
  const code = Buffer.alloc(1 + 6 * 4);
  code[0] = 0xe3; // TYPE_CODE | FLAG_REF; argcount, posonly, kwonly, stacksize, flags, then the bytecode
  code.writeUInt32LE(3, 17);
  const bytecode = Buffer.from([0x73, 4, 0, 0, 0, 0x97, 0x00, 0x64, 0x00]); // 's' + length + RESUME, LOAD_CONST
  const constants = [Buffer.from([0x29, strings.length + 1])]; // ')' small tuple
  for (const s of strings) {
    const bytes = Buffer.from(s, 'latin1');
    if (bytes.length > 255) throw new Error('pyc(): short strings only');
    constants.push(Buffer.from([type, bytes.length]), bytes);
  }
  constants.push(Buffer.from([0x4e])); // None: the tuple's last constant, right after the last string
  return Buffer.concat([magic, header, code, bytecode, ...constants, Buffer.from([0x29, 0x00, 0x72, 1, 0, 0, 0])]);
}
