/**
 * rpm packages: a 96-byte lead, a signature header, the header, then the payload: a cpio archive, compressed
 * (gzip, xz, zstd, bzip2) or not. The payload is the one member and, like a compressed stream's content, its files
 * are named directly (`pkg.rpm!usr/bin/tool`): the headers hold metadata, scanned as the rpm's own bytes.
 */
import { sliceWithin, type ContainerFormat, type MemberEntry } from './format.js';

const LEAD = 96;
const HEADER_MAGIC = [0x8e, 0xad, 0xe8, 0x01];

export const rpm: ContainerFormat = {
  name: 'rpm',
  stream: true,
  sniff: (data) => data.length > LEAD + 16 && data[0] === 0xed && data[1] === 0xab && data[2] === 0xee && data[3] === 0xdb && isHeader(data, LEAD),
  members: (data) => payload(data),
};

function isHeader(data: Buffer, at: number): boolean {
  return at + 16 <= data.length && HEADER_MAGIC.every((byte, i) => data[at + i] === byte);
}

/** Where the header structure at `at` ends: its 16-byte intro, 16 bytes per index entry, then its data store. */
function headerEnd(data: Buffer, at: number): number {
  if (!isHeader(data, at)) throw new Error(`bad header at byte ${at}`);
  const end = at + 16 + data.readUInt32BE(at + 8) * 16 + data.readUInt32BE(at + 12);
  if (end > data.length) throw new Error('truncated: it ends inside its headers');
  return end;
}

function* payload(data: Buffer): Generator<MemberEntry> {
  const signatureEnd = headerEnd(data, LEAD);
  const start = headerEnd(data, Math.ceil(signatureEnd / 8) * 8); // the signature is padded to 8 bytes
  const body = data.subarray(start);
  yield {
    name: 'payload',
    compressedSize: body.length,
    read: (limit) => sliceWithin(body, limit),
  };
}
