/**
 * The zip family: zip, jar, war, ear, whl, nupkg, apk, docx/xlsx/pptx, odt/ods/odp, xpi, ... (all zips by
 * content). Read from the central directory (the archive's own index); when there is none (a truncated
 * download), by walking the local headers from the start. Stored members are slices; deflated ones are inflated
 * by node's zlib with a hard output cap; bzip2 (12), LZMA (14), zstd (93) and xz (95) members by the stream
 * formats' decoders. Encrypted members and other compression methods are reported unreadable,
 * one by one, so the rest of the archive is still scanned.
 */
import { inflateRawSync } from 'node:zlib';
import { bzip2Within } from './bzip2.js';
import { properties, unlzma } from './codecs/lzma.js';
import { decodeWithin } from './codecs/output.js';
import { decompressWithin, TooLarge, type ContainerFormat, type MemberEntry } from './format.js';
import type { Decompressor } from './stream.js';
import { xzWithin } from './xz.js';
import { zstdWithin } from './zstd.js';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const MAX_COMMENT = 0xffff;

const METHODS: Record<number, string> = { 1: 'shrink', 6: 'implode', 9: 'deflate64', 98: 'ppmd', 99: 'AES encryption' };

/**
 * zip's method 14: a 4-byte LZMA SDK version and properties size, the 5 properties bytes (lc/lp/pb, dictionary
 * size), then a raw LZMA stream of the member's declared size (or up to its end marker).
 */
function lzmaWithin(size: number | undefined): Decompressor {
  return (data, limit) =>
    decodeWithin(limit, (out) => {
      if (data.length < 9) throw new Error('unexpected end of data');
      unlzma(data, 4 + data.readUInt16LE(2), properties(data[4]), size, out);
    });
}

/** The compression methods read besides store (0), by id: deflate by node's zlib, the others by codecs/. */
function decompressor(method: number, size: number | undefined): Decompressor | undefined {
  switch (method) {
    case 8:
      return (data, limit) => decompressWithin(inflateRawSync, data, limit);
    case 12:
      return bzip2Within;
    case 14:
      return lzmaWithin(size);
    case 93:
      return zstdWithin;
    case 95:
      return xzWithin;
    default:
      return undefined;
  }
}

export const zip: ContainerFormat = {
  name: 'zip',
  // A local header first (or the end record of an empty zip); or a script in front of one (Spring Boot's
  // "fully executable" jars, self-extracting shell archives): `#!`, then an end record at the end.
  sniff: (data) =>
    data.length >= 22 &&
    ((data[0] === 0x50 && data[1] === 0x4b && (data.readUInt32LE(0) === LOCAL || data.readUInt32LE(0) === END)) ||
      (data[0] === 0x23 && data[1] === 0x21 && findEnd(data) !== undefined)),
  members: (data) => {
    const end = findEnd(data);
    return end === undefined ? walkLocal(data) : walkCentral(data, end);
  },
};

interface Raw {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the member's data starts, or where its local header is. */
  at: number;
  dataKnown: boolean;
}

/** The end-of-central-directory signature as bytes, for a native search. */
const END_BYTES = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/**
 * The last end-of-central-directory record within the 64 KiB comment window. A native `lastIndexOf` over a view:
 * this runs on every blob that starts with `#!` (a launch script before a jar), and git histories hold many
 * shell scripts.
 */
function findEnd(data: Buffer): number | undefined {
  if (data.length < 22) return undefined;
  const stop = Math.max(0, data.length - 22 - MAX_COMMENT);
  const at = data.subarray(stop, data.length - 18).lastIndexOf(END_BYTES);
  return at === -1 ? undefined : stop + at;
}

function* walkCentral(data: Buffer, end: number): Generator<MemberEntry> {
  let count = data.readUInt16LE(end + 10);
  let size = data.readUInt32LE(end + 12);
  let offset = data.readUInt32LE(end + 16);
  const locator = end - 20;
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && locator >= 0 && data.readUInt32LE(locator) === END64_LOCATOR) {
    const record = Number(data.readBigUInt64LE(locator + 8));
    if (record + 56 <= data.length && data.readUInt32LE(record) === END64) {
      count = Number(data.readBigUInt64LE(record + 32));
      size = Number(data.readBigUInt64LE(record + 40));
      offset = Number(data.readBigUInt64LE(record + 48));
    }
  }
  // Data in front of the archive (a self-extracting stub, a script before a jar) shifts every offset.
  const shift = Math.max(0, end - size - offset);
  let at = offset + shift;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) throw new Error(`bad central directory entry ${i + 1} of ${count}`);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const raw: Raw = {
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      at: data.readUInt32LE(at + 42),
      dataKnown: false,
    };
    zip64Sizes(raw, data.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    raw.at += shift;
    at += 46 + nameLength + extraLength + commentLength;
    if (!raw.name.endsWith('/')) yield entry(data, raw);
  }
}

/** The zip64 extra field holds, in this order, whichever of size, compressed size and offset are 0xFFFFFFFF. */
function zip64Sizes(raw: Raw, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number | undefined => (field + 8 <= at + 4 + length && field + 8 <= extra.length ? Number(extra.readBigUInt64LE((field += 8) - 8)) : undefined);
      if (raw.size === 0xffffffff) raw.size = next() ?? raw.size;
      if (raw.compressedSize === 0xffffffff) raw.compressedSize = next() ?? raw.compressedSize;
      if (raw.at === 0xffffffff) raw.at = next() ?? raw.at;
      return;
    }
    at += 4 + length;
  }
}

/** No central directory: the local headers one after another, while their sizes are known. */
function* walkLocal(data: Buffer): Generator<MemberEntry> {
  let at = 0;
  while (at + 30 <= data.length && data.readUInt32LE(at) === LOCAL) {
    const flags = data.readUInt16LE(at + 6);
    const nameLength = data.readUInt16LE(at + 26);
    const extraLength = data.readUInt16LE(at + 28);
    const raw: Raw = {
      name: data.toString('utf8', at + 30, at + 30 + nameLength),
      flags,
      method: data.readUInt16LE(at + 8),
      compressedSize: data.readUInt32LE(at + 18),
      size: data.readUInt32LE(at + 22),
      at: at + 30 + nameLength + extraLength,
      dataKnown: true,
    };
    zip64Sizes(raw, data.subarray(at + 30 + nameLength, raw.at));
    // Sizes written after the data (bit 3) are unknown here: the walk cannot go past this member.
    const sizesLater = (flags & 0x08) !== 0;
    if (sizesLater) raw.compressedSize = Math.max(0, data.length - raw.at);
    if (!raw.name.endsWith('/')) yield entry(data, raw);
    if (sizesLater) break;
    at = raw.at + raw.compressedSize;
  }
  throw new Error('no central directory (truncated?): members after the last readable one are missing');
}

function entry(data: Buffer, raw: Raw): MemberEntry {
  const base = { name: raw.name, compressedSize: raw.compressedSize, declaredSize: raw.size };
  if (raw.flags & 0x01 || raw.method === 99) return { ...base, unreadable: { reason: 'archive-encrypted', why: 'encrypted' }, read: unread };
  // A local header written before its sizes were known (bit 3) declares 0: an LZMA member then runs to its end marker.
  const decompress = raw.method === 0 ? undefined : decompressor(raw.method, raw.dataKnown && raw.flags & 0x08 ? undefined : raw.size);
  if (raw.method !== 0 && !decompress) {
    return { ...base, unreadable: { reason: 'archive-unsupported', why: `compressed with ${METHODS[raw.method] ?? `method ${raw.method}`}, which is not supported` }, read: unread };
  }
  return {
    ...base,
    stored: raw.method === 0,
    read(limit) {
      const start = raw.dataKnown ? raw.at : dataStart(data, raw.at);
      const body = data.subarray(start, start + raw.compressedSize);
      if (!decompress) {
        if (body.length > limit) throw new TooLarge(`over ${limit} bytes`);
        return body;
      }
      return decompress(body, limit);
    },
  };
}

function dataStart(data: Buffer, header: number): number {
  if (header + 30 > data.length || data.readUInt32LE(header) !== LOCAL) throw new Error('bad local header');
  return header + 30 + data.readUInt16LE(header + 26) + data.readUInt16LE(header + 28);
}

function unread(): never {
  throw new Error('unreadable member');
}
