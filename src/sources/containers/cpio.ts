/**
 * cpio, the portable ASCII forms: "newc" (`070701`, and `070702` with checksums: Linux initramfs, rpm payloads)
 * and "odc" (`070707`, POSIX.1). Members are slices of the archive; only regular files are yielded.
 */
import { sliceWithin, type ContainerFormat, type MemberEntry } from './format.js';

interface Layout {
  header: number;
  /** Fields as [offset, length] and the digits' base. */
  mode: [number, number];
  size: [number, number];
  nameSize: [number, number];
  base: 8 | 16;
  /** Header + name, and the data, are each padded to this. */
  align: number;
}

const NEWC: Layout = { header: 110, mode: [14, 8], size: [54, 8], nameSize: [94, 8], base: 16, align: 4 };
const ODC: Layout = { header: 76, mode: [18, 6], size: [65, 11], nameSize: [59, 6], base: 8, align: 1 };
const TRAILER = 'TRAILER!!!';
const REGULAR = 0o100000;
const TYPE_MASK = 0o170000;

function layoutAt(data: Buffer, at: number): Layout | undefined {
  // `07070` byte by byte first: this runs on every file that starts with a `0`.
  if (data.length < at + 76 || data[at] !== 0x30 || data[at + 1] !== 0x37 || data[at + 2] !== 0x30 || data[at + 3] !== 0x37 || data[at + 4] !== 0x30) return undefined;
  const kind = data[at + 5];
  const layout = kind === 0x31 || kind === 0x32 ? NEWC : kind === 0x37 ? ODC : undefined;
  if (!layout || data.length < at + layout.header) return undefined;
  // Every header field is digits of its base: a text that starts with "070701" is not mistaken for an archive.
  const digits = layout.base === 16 ? /^[0-9A-Fa-f]+$/ : /^[0-7]+$/;
  return digits.test(data.toString('latin1', at + 6, at + layout.header)) ? layout : undefined;
}

export const cpio: ContainerFormat = {
  name: 'cpio',
  sniff: (data) => data[0] === 0x30 && layoutAt(data, 0) !== undefined,
  members: (data) => entries(data),
};

function* entries(data: Buffer): Generator<MemberEntry> {
  let at = 0;
  const pad = (n: number, align: number): number => Math.ceil(n / align) * align;
  for (;;) {
    const layout = layoutAt(data, at);
    if (!layout) throw new Error(at >= data.length ? 'truncated: no trailer' : `bad header at byte ${at}`);
    const number = ([offset, length]: [number, number]): number => parseInt(data.toString('latin1', at + offset, at + offset + length), layout.base);
    const nameSize = number(layout.nameSize);
    const size = number(layout.size);
    const mode = number(layout.mode);
    const nameStart = at + layout.header;
    const name = data.toString('utf8', nameStart, Math.min(nameStart + nameSize, data.length)).replace(/\0+$/, '');
    const start = at + pad(layout.header + nameSize, layout.align);
    const end = start + size;
    at = start + pad(size, layout.align);
    if (name === TRAILER) return;
    if ((mode & TYPE_MASK) !== REGULAR) continue;
    const body = data.subarray(start, Math.min(end, data.length));
    const member = name.replace(/^(?:\.\/)+/, '');
    yield {
      name: member,
      compressedSize: body.length,
      read: (limit) => sliceWithin(body, limit),
    };
    if (end > data.length) throw new Error(`truncated: it ends inside ${member}`);
  }
}
