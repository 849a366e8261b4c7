/**
 * Archives as the real extractors read them: what unzip, Python's zipfile (pip reads wheels with it), GNU tar,
 * Python's tarfile and zcat accept, the scan reads too, however odd (lying end records and sizes, stubs of any
 * kind in front, types tar extracts as regular files, gzip members with every header field, bad trailers or
 * garbage after them). Each archive is built here; where the tool is installed, the test also checks that it
 * does accept the archive and write the key out (those checks are skipped, and say so, where it is not).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { fakeApiKey } from '../../helpers/keys.js';
import { gzip, gzipMember, tar, zip, type TarMember, type ZipMember } from './build.js';
import { scanBuffer } from './scan.js';

const key = fakeApiKey('extractors');
const env = `ANTHROPIC_API_KEY=${key}\n`;
const dir = mkdtempSync(join(tmpdir(), 'aks-extractors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Tool = 'unzip' | 'zipfile' | 'tar' | 'tarfile' | 'zcat';
const COMMANDS: Record<Tool, (file: string, member: string) => [string, string[]]> = {
  unzip: (file, member) => ['unzip', ['-p', file, member]],
  zipfile: (file, member) => ['python3', ['-c', 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))', file, member]],
  tar: (file, member) => ['tar', ['-xOf', file, member]],
  tarfile: (file, member) => ['python3', ['-c', 'import sys, tarfile; sys.stdout.buffer.write(tarfile.open(sys.argv[1]).extractfile(sys.argv[2]).read())', file, member]],
  zcat: (file) => ['zcat', [file]],
};
const installed = (tool: Tool): boolean => {
  const [command] = COMMANDS[tool]('', '');
  const probe = tool === 'zipfile' || tool === 'tarfile' ? `import ${tool}` : undefined;
  return probe ? spawnSync(command, ['-c', probe]).status === 0 : spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
};

let files = 0;
/** What `tool` writes out for `member` of `archive` (it may complain on stderr and exit non-zero, as zcat does on a bad CRC). */
function extract(tool: Tool, archive: Buffer, member: string): string {
  const file = join(dir, `a${files++}`);
  writeFileSync(file, archive);
  const [command, args] = COMMANDS[tool](file, member);
  return spawnSync(command, args, { maxBuffer: 64 * 1024 * 1024 }).stdout.toString('latin1');
}

interface Case {
  title: string;
  build(): Buffer;
  /** Where the key must be found: `member:line:column`. */
  where: string;
  /** The tools that accept the archive and write the key out (checked where installed). */
  tools: Tool[];
  /** The member to ask the tools for (default: `where`'s member). */
  member?: string;
}

/** The key's place in a one-line `.env`. */
const at = (member: string): string => `${member}:1:19`;
const three = (): ZipMember[] => [{ name: 'a.txt', data: 'a' }, { name: 'b.txt', data: 'b', method: 'store' }, { name: 'deep/.env', data: env }];

/** A zip's end record, patched: the entry counts (on this disk, in all) and the directory's offset. */
function patchEnd(archive: Buffer, patch: { count?: number; offset?: number }): Buffer {
  const out = Buffer.from(archive);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (patch.count !== undefined) {
    out.writeUInt16LE(patch.count, end + 8);
    out.writeUInt16LE(patch.count, end + 10);
  }
  if (patch.offset !== undefined) out.writeUInt32LE(patch.offset, end + 16);
  return out;
}

const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(3000, 0x90)]);
const PE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from('PE\0\0'), Buffer.alloc(2000, 0xcc)]);
const SHELL = Buffer.from('#!/bin/sh\n# self-extracting archive\nexec unzip -o "$0"\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 0x11), Buffer.from('IEND'), Buffer.alloc(4)]);
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(300, 0x22), Buffer.from(';')]);
const PDF_HEAD = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A one-member zip whose sizes and CRC follow the data in a data descriptor (bit 3), as streaming writers make them. */
function withDescriptor(name: string, data: string, signature: boolean): Buffer {
  const raw = Buffer.from(data);
  const body = deflateRawSync(raw);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x08, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(nameBytes.length, 26);
  const descriptor = Buffer.alloc(signature ? 16 : 12);
  let d = 0;
  if (signature) d = descriptor.writeUInt32LE(0x08074b50, 0);
  d = descriptor.writeUInt32LE(crc32(raw), d);
  d = descriptor.writeUInt32LE(body.length, d);
  descriptor.writeUInt32LE(raw.length, d);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x08, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(raw), 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(raw.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const data1 = Buffer.concat([local, nameBytes, body, descriptor]);
  const directory = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(data1.length, 16);
  return Buffer.concat([data1, directory, end]);
}

/** A zip whose headers lie about one member's sizes: `local` and `central` patch its local and central header fields. */
function lyingSizes(member: ZipMember, patch: { localCompressed?: number; centralCompressed?: number; size?: number }): Buffer {
  const out = Buffer.from(zip([member, { name: 'after.txt', data: 'after' }]));
  const local = 0;
  const central = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  if (patch.localCompressed !== undefined) out.writeUInt32LE(patch.localCompressed, local + 18);
  if (patch.centralCompressed !== undefined) out.writeUInt32LE(patch.centralCompressed, central + 20);
  if (patch.size !== undefined) {
    out.writeUInt32LE(patch.size, local + 22);
    out.writeUInt32LE(patch.size, central + 24);
  }
  return out;
}

const ZIP_CASES: Case[] = [
  { title: 'an end record whose entry count says 1 while the directory holds 3', build: () => patchEnd(zip(three()), { count: 1 }), where: at('deep/.env'), tools: ['zipfile'] },
  { title: 'an entry count of 0xFFFF with no zip64 record', build: () => patchEnd(zip(three()), { count: 0xffff }), where: at('deep/.env'), tools: ['zipfile'] },
  { title: 'an ELF stub in front (cat stub a.zip: offsets count from the archive)', build: () => Buffer.concat([ELF, zip(three())]), where: at('deep/.env'), tools: ['unzip', 'zipfile'] },
  { title: 'a PE stub in front, offsets adjusted (zip -A)', build: () => zip(three(), { prefix: PE }), where: at('deep/.env'), tools: ['unzip', 'zipfile'] },
  { title: 'a shell stub in front and an archive comment after', build: () => Buffer.concat([SHELL, zip(three(), { comment: 'self-extracting archive' })]), where: at('deep/.env'), tools: ['unzip', 'zipfile'] },
  // The tools take the last end signature, the comment's: they fail here, and the scan still reads it.
  { title: 'an end signature inside the comment', build: () => Buffer.concat([SHELL, zip(three(), { comment: 'PK\u0005\u0006 in the comment' })]), where: at('deep/.env'), tools: [] },
  { title: 'a PNG with a zip appended', build: () => Buffer.concat([PNG, zip(three())]), where: at('deep/.env'), tools: ['unzip', 'zipfile'] },
  { title: 'a GIF with a zip appended', build: () => Buffer.concat([GIF, zip(three())]), where: at('deep/.env'), tools: ['unzip', 'zipfile'] },
  { title: 'a PDF with a zip appended', build: () => Buffer.concat([PDF_HEAD, zip(three())]), where: at('deep/.env'), tools: ['unzip', 'zipfile'] },
  { title: 'an end record whose directory offset is off (the size in front of it is right)', build: () => patchEnd(zip(three()), { offset: 7 }), where: at('deep/.env'), tools: [] },
  { title: 'sizes in a data descriptor (bit 3, zeros in the local header), with its signature', build: () => withDescriptor('logs/.env', env, true), where: at('logs/.env'), tools: ['unzip', 'zipfile'] },
  { title: 'sizes in a data descriptor, without its signature', build: () => withDescriptor('logs/.env', env, false), where: at('logs/.env'), tools: ['unzip', 'zipfile'] },
  { title: 'a deflated member declaring 0 bytes uncompressed', build: () => lyingSizes({ name: 'z/.env', data: env }, { size: 0 }), where: at('z/.env'), tools: [] },
  {
    title: 'a stored member whose central directory gives a shorter size than its local header',
    build: () => lyingSizes({ name: 's/.env', data: `${'#'.repeat(40)}\n${env}`, method: 'store' }, { centralCompressed: 10 }),
    where: 's/.env:2:19',
    tools: [],
  },
  {
    title: 'a deflated member whose headers give a compressed size too small',
    build: () => lyingSizes({ name: 'c/.env', data: `${'x'.repeat(3000)}\n${env}` }, { localCompressed: 4, centralCompressed: 4 }),
    where: 'c/.env:2:19',
    tools: [],
  },
];

function tarCase(title: string, members: TarMember[], where: string, tools: Tool[]): Case {
  return { title, build: () => tar(members), where, tools };
}

const TAR_CASES: Case[] = [
  tarCase('a member of a type no tool knows (extracted as a regular file)', [{ name: 'odd/.env', data: env, type: 'Q' }], at('odd/.env'), ['tar', 'tarfile']),
  tarCase('a contiguous file (type 7)', [{ name: 'c/.env', data: env, type: '7' }], at('c/.env'), ['tar', 'tarfile']),
  tarCase('a size in base-256', [{ name: 'b/.env', data: env, base256: true }], at('b/.env'), ['tar', 'tarfile']),
  tarCase('a pax size overriding a header size of 0', [{ name: 'p/.env', data: env, headerSize: 0, pax: { size: String(Buffer.byteLength(env)) } }, { name: 'next.txt', data: 'x' }], at('p/.env'), ['tar', 'tarfile']),
  tarCase('a checksum summed over signed bytes (a name with bytes over 0x7f)', [{ name: 'señor/.env', data: env, signedChecksum: true }], at('señor/.env'), ['tar', 'tarfile']),
  tarCase('old GNU headers, whose prefix field holds other things', [{ name: 'g/.env', data: env, gnu: true }], at('g/.env'), ['tar', 'tarfile']),
  tarCase('an old GNU sparse member with extension blocks before its data', [{ name: 'sparse/.env', data: env, type: 'S', gnu: true, sparseExtensions: 2 }], at('sparse/.env'), []),
];

function gzipCase(title: string, build: () => Buffer, where: string): Case {
  return { title, build, where, tools: ['zcat'] };
}

const GZIP_CASES: Case[] = [
  gzipCase('concatenated members (the key in the second)', () => Buffer.concat([gzip('first member\n'), gzip(env)]), 'app.log:2:19'),
  gzipCase('garbage after the member', () => Buffer.concat([gzip(env), Buffer.from('\0\0garbage after the end\n')]), at('app.log')),
  gzipCase('a wrong CRC in the trailer', () => gzipMember(env, { badCrc: true }), at('app.log')),
  gzipCase('a wrong length in the trailer', () => gzipMember(env, { badLength: true }), at('app.log')),
  gzipCase('every header field: extra, name, comment, header CRC', () => gzipMember(env, { extra: Buffer.from('XY\u0002\u0000ab'), name: 'orig.env', comment: 'a comment', headerCrc: true }), at('app.log')),
  gzipCase('a good member, then a corrupt one', () => Buffer.concat([gzip(env), Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]), Buffer.alloc(30, 0xff)]), at('app.log')),
];

describe.each([
  ['zip', 'archive.zip', ZIP_CASES],
  ['tar', 'archive.tar', TAR_CASES],
  ['gzip', 'logs/app.log.gz', GZIP_CASES],
] as const)('%s as the real extractors read it', (_format, path, cases) => {
  for (const c of cases) {
    it(`finds the key: ${c.title}`, () => {
      const run = scanBuffer(c.build(), path);
      expect(run.where).toContain(c.where);
    });
    for (const tool of c.tools) {
      const title = `${tool} accepts it: ${c.title}`;
      if (!installed(tool)) {
        it.skip(`${title} (${tool} is not installed here: not checked)`, () => undefined);
        continue;
      }
      it(title, () => {
        const member = c.member ?? c.where.slice(0, c.where.indexOf(':'));
        expect(extract(tool, c.build(), member)).toContain(key);
      });
    }
  }
});

describe('notes on what the extractors would do differently', () => {
  it('a bad tar header in the middle is skipped to the next good one, with a note, as GNU tar does', () => {
    const archive = Buffer.from(tar([{ name: 'a.txt', data: 'a' }, { name: 'b.txt', data: 'b' }, { name: 'c/.env', data: env }]));
    archive.fill(0x41, 1024, 1024 + 160); // b.txt's header
    const run = scanBuffer(archive, 'x.tar');
    expect(run.where).toEqual([at('c/.env')]);
    expect(run.notes.map((n) => n.message)).toEqual(['x.tar: (bad header at byte 1024): not scanned: not a tar header; skipped to the next good one, at byte 2048']);
    if (installed('tar')) expect(extract('tar', archive, 'c/.env')).toContain(key);
  });

  it('a gzip member corrupt after a good one keeps the good one, with a note', () => {
    const run = scanBuffer(GZIP_CASES[GZIP_CASES.length - 1].build(), 'app.log.gz');
    expect(run.notes).toEqual([expect.objectContaining({ reason: 'archive-corrupt', message: expect.stringMatching(/^app\.log\.gz: app\.log: scanned the first 127 B; the rest cannot be read/) })]);
  });
});
