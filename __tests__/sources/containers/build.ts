/**
 * Real archives built at test time, in memory: zips (stored or deflated members, encrypted flags, lying sizes,
 * any number of members), tars (ustar, with long names through pax) and gzip. Written from the formats' specs
 * so a test can make exactly the broken or hostile archive it needs; the `zip` and `tar` binaries serve the
 * tests that want archives made by the real tools.
 */
import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib';

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
  /** Any typeflag (default '0'): '5' folder, '2' symlink, '7' contiguous, 'S' old GNU sparse, a letter no tool knows... */
  type?: string;
  /** The size field written in the header, when it should lie (a pax `size=` then says the truth). */
  headerSize?: number;
  /** The size in GNU's base-256 form. */
  base256?: boolean;
  /** The checksum summed over signed bytes, as some old tars did. */
  signedChecksum?: boolean;
  /** pax records for this member, written in an 'x' header before it. */
  pax?: Record<string, string>;
  /** Old GNU sparse only: how many sparse extension blocks come between the header and the data. */
  sparseExtensions?: number;
  /** Old GNU magic ("ustar  \0", no prefix field) instead of POSIX ustar. */
  gnu?: boolean;
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0') + '\0';
}

function header(name: string, size: number, type: string, options: Omit<TarMember, 'name' | 'data' | 'type'> = {}): Buffer {
  const block = Buffer.alloc(512);
  block.write(name.slice(0, 99), 0, 'utf8');
  block.write(octal(0o644, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  if (options.base256) {
    block[124] = 0x80;
    block.writeBigUInt64BE(BigInt(size), 128);
  } else block.write(octal(size, 12), 124);
  block.write(octal(0, 12), 136);
  block.write(type, 156);
  if (options.gnu) block.write('ustar  \0', 257);
  else {
    block.write('ustar\0', 257);
    block.write('00', 263);
  }
  if (options.sparseExtensions) block[482] = 1;
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += options.signedChecksum && byte > 0x7f ? byte - 0x100 : byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

function paxRecord(body: string): string {
  let length = Buffer.byteLength(body) + 3;
  while (Buffer.byteLength(`${length} ${body}\n`) !== length) length = Buffer.byteLength(`${length} ${body}\n`);
  return `${length} ${body}\n`;
}

function padded(data: Buffer): Buffer {
  const pad = (512 - (data.length % 512)) % 512;
  return Buffer.concat([data, Buffer.alloc(pad)]);
}

export function tar(members: TarMember[]): Buffer {
  const parts: Buffer[] = [];
  for (const member of members) {
    const data = Buffer.isBuffer(member.data) ? member.data : Buffer.from(member.data);
    const records = { ...(Buffer.byteLength(member.name) > 99 ? { path: member.name } : {}), ...member.pax };
    if (Object.keys(records).length) {
      const pax = Buffer.from(Object.entries(records).map(([k, v]) => paxRecord(`${k}=${v}`)).join(''));
      parts.push(header('PaxHeader', pax.length, 'x'), padded(pax));
    }
    parts.push(header(member.name, member.headerSize ?? data.length, member.type ?? '0', member));
    for (let i = 0; i < (member.sparseExtensions ?? 0); i++) {
      const extension = Buffer.alloc(512);
      extension[504] = i + 1 < member.sparseExtensions! ? 1 : 0;
      parts.push(extension);
    }
    parts.push(padded(data));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export const gzip = (data: Buffer | string): Buffer => gzipSync(data);

/**
 * A gzip member written by hand: the header fields gzip defines (extra field, name, comment, header CRC) and a
 * trailer that may lie (a wrong CRC or length: zcat still writes the data out).
 */
export function gzipMember(data: Buffer | string, options: { extra?: Buffer; name?: string; comment?: string; headerCrc?: boolean; badCrc?: boolean; badLength?: boolean } = {}): Buffer {
  const raw = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const flags = (options.headerCrc ? 0x02 : 0) | (options.extra ? 0x04 : 0) | (options.name !== undefined ? 0x08 : 0) | (options.comment !== undefined ? 0x10 : 0);
  const head: Buffer[] = [Buffer.from([0x1f, 0x8b, 0x08, flags, 0, 0, 0, 0, 0, 0xff])];
  if (options.extra) head.push(Buffer.from([options.extra.length & 0xff, options.extra.length >> 8]), options.extra);
  if (options.name !== undefined) head.push(Buffer.from(`${options.name}\0`, 'latin1'));
  if (options.comment !== undefined) head.push(Buffer.from(`${options.comment}\0`, 'latin1'));
  if (options.headerCrc) head.push(Buffer.from([(crc32(Buffer.concat(head)) & 0xff), (crc32(Buffer.concat(head)) >> 8) & 0xff]));
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE((crc32(raw) ^ (options.badCrc ? 0xdeadbeef : 0)) >>> 0, 0);
  trailer.writeUInt32LE((raw.length + (options.badLength ? 12345 : 0)) >>> 0, 4);
  return Buffer.concat([...head, deflateRawSync(raw), trailer]);
}

/**
 * A very compressible log: `firstLine`, then zeros up to `mebibytes` MiB, as one deflate stream (one gzip
 * member when `gzipped`), built in a moment: a 1 MiB block compressed once with a sync flush ends byte-aligned
 * and refers only to zeros, so copies of it follow one another in one stream. The CRC in the trailer is wrong
 * (computing it would take longer than the test); readers that matter write the data out all the same.
 */
export function compressibleLog(firstLine: string, mebibytes: number, gzipped = true): Buffer {
  const mib = 1024 * 1024;
  const head = Buffer.concat([Buffer.from(firstLine), Buffer.alloc(mib - Buffer.byteLength(firstLine))]);
  const first = deflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  const zeros = deflateRawSync(Buffer.alloc(mib), { finishFlush: constants.Z_SYNC_FLUSH });
  const stream = Buffer.concat([first, ...Array.from({ length: mebibytes - 1 }, () => zeros), Buffer.from([0x03, 0x00])]);
  if (!gzipped) return stream;
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(0, 0);
  trailer.writeUInt32LE((mebibytes * mib) >>> 0, 4);
  return Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]), stream, trailer]);
}

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

/**
 * A non-recursive zip bomb: `count` central-directory entries whose data overlap. `nested` (the "better zip
 * bomb" layout): member i's data runs from after its own local header to the end, through the local headers of
 * every later member (quoted in stored deflate blocks when deflated) and the kernel, so every member holds all
 * later ones. Otherwise (stored only) each member is the kernel's length from after its own header: the ranges
 * overlap without any holding another. CRCs are 0: the tools that check them refuse it, as they refuse the bomb.
 */
export function overlappingZip(count: number, kernel: Buffer, options: { method: 'store' | 'deflate'; nested: boolean }): Buffer {
  const deflate = options.method === 'deflate';
  const body = deflate ? deflateRawSync(kernel) : kernel;
  const name = (i: number): Buffer => Buffer.from(`f${String(i).padStart(7, '0')}`);
  const LOCAL = 30 + 8;
  const QUOTE = deflate ? 5 : 0;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const later = count - 1 - i;
    const compressed = options.nested ? later * (QUOTE + LOCAL) + body.length : body.length;
    const size = options.nested ? later * LOCAL + kernel.length : kernel.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(compressed, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(8, 26);
    // The quote: a stored, non-final deflate block holding this local header, the end of the one before's data.
    const quote = deflate && i > 0 ? [Buffer.from([0x00, LOCAL & 0xff, LOCAL >> 8, ~LOCAL & 0xff, (~LOCAL >> 8) & 0xff])] : [];
    offset += quote.length * QUOTE;
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(compressed, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(8, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(...quote, local, name(i));
    centrals.push(central, name(i));
    offset += LOCAL;
  }
  const data = Buffer.concat([...locals, body]);
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(count, 0xffff), 8);
  end.writeUInt16LE(Math.min(count, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(data.length, 16);
  return Buffer.concat([data, directory, end]);
}
