/**
 * The zip family: zip, jar, war, ear, whl, nupkg, apk, docx/xlsx/pptx, odt/ods/odp, xpi, ... (all zips by
 * content). Read from the central directory (the archive's own index); when there is none (a truncated
 * download), by walking the local headers from the start. Stored members are slices; deflated ones are inflated
 * by node's zlib with a hard output cap; bzip2 (12), LZMA (14), zstd (93) and xz (95) ones are read by the stream
 * formats' decoders. Encrypted members and other compression methods are reported unreadable,
 * one by one, so the rest of the archive is still scanned.
 */
import { inflateRawSync } from 'node:zlib';
import { bzip2Within } from './bzip2.js';
import { properties, unlzma } from './codecs/lzma.js';
import { decodeWithin } from './codecs/output.js';
import { decompressWithin, sliceWithin, type ContainerFormat, type MemberEntry } from './format.js';
import type { Decompressor } from './stream.js';
import { xzWithin } from './xz.js';
import { zstdWithin } from './zstd.js';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const MAX_COMMENT = 0xffff;
/** A split or spanned archive's marker, in front of the first local header. */
const SPLIT = 0x08074b50;

const METHODS: Record<number, string> = { 1: 'shrink', 6: 'implode', 9: 'deflate64', 98: 'ppmd', 99: 'AES encryption' };

/**
 * zip's method 14: a 4-byte LZMA SDK version and properties size, the 5 properties bytes (lc/lp/pb, dictionary
 * size), then a raw LZMA stream: to its end marker when flag bit 1 says it has one, else of the declared size.
 */
function lzmaWithin(size: number | undefined): Decompressor {
  return (data, limit) =>
    decodeWithin(limit, (out) => {
      if (data.length < 9) throw new Error('unexpected end of data');
      unlzma(data, 4 + data.readUInt16LE(2), properties(data[4]), size, out);
    });
}

/** How a compressed member is read, by method: deflate by node's zlib, the others by the stream formats' decoders. */
function decompressor(raw: Raw): Decompressor | undefined {
  switch (raw.method) {
    case 8:
      return (data, limit) => decompressWithin(inflateRawSync, data, limit);
    case 12:
      return bzip2Within;
    case 14:
      return lzmaWithin(raw.flags & 0x02 ? undefined : raw.size);
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
  // A local header first (or the end record of an empty zip, or a split archive's marker).
  sniff: (data) => data.length >= 22 && data[0] === 0x50 && data[1] === 0x4b && (data.readUInt32LE(0) === LOCAL || data.readUInt32LE(0) === END || data.readUInt32LE(0) === SPLIT),
  // Data in front of the archive (a self-extractor's ELF, PE or shell stub, Spring Boot's launch script, a
  // polyglot PNG/PDF/GIF with a zip appended): an end record near the end whose central directory is where it
  // says. One native search of the last 64 KiB: cheap next to the detector's pass over every byte.
  sniffLate: (data) => directoryOf(data) !== undefined,
  members: (data) => {
    const directory = directoryOf(data);
    return directory === undefined ? walkLocal(data) : walkCentral(data, directory);
  },
};

interface Raw {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the member's local header is (as the central directory says: before any shift). */
  at: number;
}

/** The end-of-central-directory signature as bytes, for a native search. */
const END_BYTES = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** End records looked at, from the last one back (a comment may hold the signature too). */
const END_CANDIDATES = 4;

/** Where the central directory is and how far every offset in it is off (the bytes in front of the archive). */
interface Directory {
  start: number;
  shift: number;
}

/**
 * The central directory, found from an end record within the 64 KiB comment window, as unzip and Python's
 * zipfile find it: at the end record minus the directory's size (offsets then corrected by the difference,
 * which is the size of whatever is in front), or at the offset the end record gives. The entry count is not
 * trusted (it may be 1 or 0xFFFF while the directory holds more): the entries are read while they are there.
 */
function directoryOf(data: Buffer): Directory | undefined {
  if (data.length < 22) return undefined;
  const stop = Math.max(0, data.length - 22 - MAX_COMMENT);
  let view = data.subarray(stop, data.length - 18);
  for (let tries = 0; tries < END_CANDIDATES; tries++) {
    const found = view.lastIndexOf(END_BYTES);
    if (found === -1) return undefined;
    const directory = directoryAt(data, stop + found);
    if (directory) return directory;
    view = view.subarray(0, found);
  }
  return undefined;
}

function directoryAt(data: Buffer, end: number): Directory | undefined {
  let size = data.readUInt32LE(end + 12);
  let offset = data.readUInt32LE(end + 16);
  let directoryEnd = end;
  const locator = end - 20;
  if (locator >= 0 && data.readUInt32LE(locator) === END64_LOCATOR) {
    const said = Number(data.readBigUInt64LE(locator + 8));
    const record = [locator - 56, said].find((at) => at >= 0 && at + 56 <= locator && data.readUInt32LE(at) === END64);
    if (record !== undefined) {
      size = Number(data.readBigUInt64LE(record + 40));
      offset = Number(data.readBigUInt64LE(record + 48));
      directoryEnd = record;
    }
  }
  for (const start of [directoryEnd - size, offset]) {
    if (start >= 0 && start + 46 <= data.length && data.readUInt32LE(start) === CENTRAL) return { start, shift: start - offset };
  }
  return undefined;
}

function* walkCentral(data: Buffer, directory: Directory): Generator<MemberEntry> {
  const scanned = new Scanned();
  let at = directory.start;
  for (let i = 0; at + 46 <= data.length && data.readUInt32LE(at) === CENTRAL; i++) {
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
    };
    zip64Sizes(raw, data.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (raw.name.endsWith('/')) continue;
    // The local header where the offsets say once shifted (a stub in front), or where they say (offsets already
    // counted from the file's start, as `zip -A` writes them).
    const local = [raw.at + directory.shift, raw.at].find((header) => header >= 0 && header + 30 <= data.length && data.readUInt32LE(header) === LOCAL);
    if (local === undefined) {
      yield { name: raw.name, compressedSize: raw.compressedSize, unreadable: { reason: 'archive-corrupt', why: 'no local header where the central directory says' }, read: unread };
      continue;
    }
    yield entry(data, raw, local, scanned);
  }
  if (at === directory.start) throw new Error('empty central directory');
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
  const scanned = new Scanned();
  let at = data.readUInt32LE(0) === SPLIT ? 4 : 0;
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
      at,
    };
    zip64Sizes(raw, data.subarray(at + 30 + nameLength, at + 30 + nameLength + extraLength));
    const start = at + 30 + nameLength + extraLength;
    // Sizes written after the data (bit 3) are unknown here: the walk cannot go past this member.
    const sizesLater = (flags & 0x08) !== 0;
    if (sizesLater) raw.compressedSize = Math.max(0, data.length - start);
    if (!raw.name.endsWith('/')) yield entry(data, raw, at, scanned);
    if (sizesLater) break;
    at = start + raw.compressedSize;
  }
  throw new Error('no central directory (truncated?): members after the last readable one are missing');
}

/**
 * The byte ranges already handed out, for members that overlap (a non-recursive zip bomb points thousands of
 * entries at the same bytes). A member whose data starts where an earlier one's did (and ends no later), or a
 * stored member inside an earlier stored one, holds nothing new: it is skipped with a note. Other overlaps
 * spend the byte budgets like any member.
 */
class Scanned {
  private readonly ends = new Map<string, number>();
  private widestStored: [number, number] = [0, 0];

  seen(method: number, start: number, end: number): boolean {
    if ((this.ends.get(`${method}:${start}`) ?? -1) >= end) return true;
    const [from, to] = this.widestStored;
    return method === 0 && from <= start && end <= to && to > from;
  }

  add(method: number, start: number, end: number): void {
    const key = `${method}:${start}`;
    this.ends.set(key, Math.max(end, this.ends.get(key) ?? -1));
    if (method === 0 && end - start > this.widestStored[1] - this.widestStored[0]) this.widestStored = [start, end];
  }
}

function entry(data: Buffer, raw: Raw, header: number, scanned: Scanned): MemberEntry {
  const base = { name: raw.name, compressedSize: raw.compressedSize };
  if (raw.flags & 0x01 || raw.method === 99) return { ...base, unreadable: { reason: 'archive-encrypted', why: 'encrypted' }, read: unread };
  const decompress = raw.method === 0 ? undefined : decompressor(raw);
  if (raw.method !== 0 && !decompress) {
    return { ...base, unreadable: { reason: 'archive-unsupported', why: `compressed with ${METHODS[raw.method] ?? `method ${raw.method}`}, which is not supported` }, read: unread };
  }
  // The data starts after the local header's own name and extra field (their lengths may differ from the central
  // directory's). Stored: as many bytes as either header says (they may disagree; more is never less safe).
  // Compressed: the stream ends itself (deflate, bzip2, xz, zstd; LZMA at its end marker or declared size), so it
  // is given everything up to the end of the file and read to its end, whatever size the headers claim.
  const start = header + 30 + data.readUInt16LE(header + 26) + data.readUInt16LE(header + 28);
  const localSize = (data.readUInt16LE(header + 6) & 0x08) === 0 ? data.readUInt32LE(header + 18) : 0;
  const end = raw.method === 0 ? Math.min(data.length, start + Math.max(raw.compressedSize, localSize === 0xffffffff ? 0 : localSize)) : data.length;
  if (scanned.seen(raw.method, start, end)) {
    return { ...base, unreadable: { reason: 'archive-overlap', why: 'its bytes are those of a member already scanned (overlapping members: a zip bomb?)' }, read: unread };
  }
  return {
    ...base,
    read(limit) {
      scanned.add(raw.method, start, end);
      const body = data.subarray(start, end);
      return decompress ? decompress(body, limit) : sliceWithin(body, limit);
    },
  };
}

function unread(): never {
  throw new Error('unreadable member');
}
