/**
 * xz, bzip2 and zstd (as files, inside tar, in zip members), ar (.deb) and cpio, made by the real tools: each key
 * found at its member, line and column; bombs stop at the limit; a stream cut short yields its first part; corrupt
 * input is a note, never a throw; plain text is never taken for any of them.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bzip2Within } from '../../../src/sources/containers/bzip2.js';
import { decompressedName } from '../../../src/sources/containers/format.js';
import { formatOf } from '../../../src/sources/containers/index.js';
import { xzWithin } from '../../../src/sources/containers/xz.js';
import { zstdWithin } from '../../../src/sources/containers/zstd.js';
import { makeTempDir } from '../../helpers/git-repo.js';
import { fakeApiKey } from '../../helpers/keys.js';
import { tar, zip } from './build.js';
import { scanBuffer } from './scan.js';
import { arOf, bzip2Of, cpioOf, debOf, withTools, writeTree, xzOf, zstdOf } from './tools.js';

const key = fakeApiKey('compressors');
const other = fakeApiKey('compressors-2');
const env = (k: string): string => `# settings\nDEBUG=false\nANTHROPIC_API_KEY=${k}\n`;
const reasons = (notes: { reason: string }[]): string[] => notes.map((n) => n.reason);

const temp = makeTempDir('aks-compressors-');
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let dirs = 0;
const freshDir = (): string => {
  const dir = join(temp, String(++dirs));
  mkdirSync(dir);
  return dir;
};

const STREAMS = [
  { name: 'xz', tool: 'xz', of: (d: Buffer | string) => xzOf(d), suffix: '.xz', tarSuffix: '.txz', within: xzWithin, magic: 6 },
  { name: 'bzip2', tool: 'bzip2', of: (d: Buffer | string) => bzip2Of(d), suffix: '.bz2', tarSuffix: '.tbz2', within: bzip2Within, magic: 10 },
  { name: 'zstd', tool: 'zstd', of: (d: Buffer | string) => zstdOf(d), suffix: '.zst', tarSuffix: '.tzst', within: zstdWithin, magic: 6 },
] as const;

describe('names', () => {
  it('a compressed file\'s content takes the name its tool gives it', () => {
    expect(['x.tar.xz', 'dump.sql.zst', 'a/b/log.bz2', 'pkg.txz', 'pkg.tbz2', 'pkg.tzst', 'pkg.tbz', 'notes.lzma', 'app.log.gz', 'pkg.tgz', 'x.svgz', 'd.ZST', 'plain', '.xz'].map(decompressedName)).toEqual([
      'x.tar', 'dump.sql', 'log', 'pkg.tar', 'pkg.tar', 'pkg.tar', 'pkg.tar', 'notes', 'app.log', 'pkg.tar', 'x.svg', 'd', 'plain', '.xz',
    ]);
  });
});

describe.each(STREAMS)('$name', ({ name, tool, of, suffix, tarSuffix, within, magic }) => {
  const maybe = withTools(tool);

  maybe('is recognised by content, and finds a key in the file, named after it', () => {
    const data = of(env(key));
    expect(formatOf(data)?.name).toBe(name);
    const run = scanBuffer(data, `backup/settings.env${suffix}`);
    expect(run.where).toEqual(['settings.env:3:19']);
    expect(run.notes).toEqual([]);
    expect(run.counts).toMatchObject({ archivesScanned: 1, membersScanned: 1 });
    expect(scanBuffer(data, `dump.sql${suffix}`).where).toEqual(['dump.sql:3:19']);
  });

  maybe('finds a key in a tar inside it, the tar\'s members named directly (.tar.* and the short suffix)', () => {
    const archive = of(tar([{ name: 'etc/', data: '', type: '5' }, { name: 'etc/app/.env', data: env(key) }, { name: 'README', data: 'nothing here\n' }]));
    expect(scanBuffer(archive, `backup.tar${suffix}`).where).toEqual(['etc/app/.env:3:19']);
    expect(scanBuffer(archive, `backup${tarSuffix}`).where).toEqual(['etc/app/.env:3:19']);
  });

  maybe('reads it as a zip member, compressed with it', () => {
    const methodId = { xz: 95, bzip2: 12, zstd: 93 }[name];
    const run = scanBuffer(zip([{ name: 'conf/.env', data: of(env(key)), methodId, declaredSize: env(key).length }, { name: 'b.env', data: env(other) }]), 'm.zip');
    expect(run.where).toEqual(['b.env:3:19', 'conf/.env:3:19']);
    expect(run.notes).toEqual([]);
  });

  maybe('reads concatenated streams (parallel compressors write them) as one', () => {
    const run = scanBuffer(Buffer.concat([of(env(key)), of(env(other))]), `two${suffix}`);
    expect(run.where).toEqual(['two:3:19', 'two:6:19']);
  });

  maybe('stops a bomb (1 GiB of zeros) at the limit, with a note; the key beside it is found', () => {
    // Concatenated streams of 1 MiB of zeros each: 1 GiB out of a few hundred KiB.
    const one = of(Buffer.alloc(1024 * 1024));
    const bomb = Buffer.concat(Array.from({ length: 1024 }, () => one));
    const cut = within(bomb, 8 * 1024 * 1024);
    expect([cut.bytes.length, cut.notRead! > 0, cut.damaged]).toEqual([8 * 1024 * 1024, true, undefined]);
    const run = scanBuffer(tar([{ name: 'a/.env', data: env(key) }, { name: `zeros${suffix}`, data: bomb }, { name: 'z/.env', data: env(other) }]), 'bomb.tar');
    expect(run.where).toEqual(['a/.env:3:19', 'z/.env:3:19']);
    expect(reasons(run.notes)).toEqual(['archive-limit']);
    expect(run.notes[0].message).toMatch(/^bomb\.tar: zeros\S*: scanned the first [\d.]+ [KM]iB; the rest \(at least .+ more\) not read: .*--max-archive-ratio/);
    const top = scanBuffer(bomb, `zeros${suffix}`, { maxRatio: 1_000_000, maxBytes: 16 * 1024 * 1024 });
    expect(top.notes.map((n) => n.message)).toEqual([expect.stringMatching(/--max-archive-size/)]);
  });

  maybe('a stream cut short yields its first part, with a note', () => {
    // More than one block or chunk of output before the cut: bzip2 -1 has 100 kB blocks, zstd 128 KiB ones.
    const text = Buffer.concat([Buffer.from(env(key)), Buffer.from(randomBytes(600 * 1024).toString('base64'))]);
    const data = name === 'bzip2' ? bzip2Of(text, '-1') : of(text);
    const run = scanBuffer(data.subarray(0, Math.floor(data.length * 0.6)), `cut${suffix}`);
    expect(run.where).toEqual(['cut:3:19']);
    expect(reasons(run.notes)).toEqual(['archive-corrupt']);
    expect(run.notes[0].message).toMatch(/^cut\S*: cut: scanned the first .+; the rest cannot be read \(.+\)$/);
  });

  maybe('corrupt input is a note, never a throw; the file\'s own bytes are still scanned', () => {
    const data = of(env(key));
    // Past what the sniff reads, bytes no encoder writes there (a reserved zstd block type, bzip2's obsolete randomised flag, bad xz stream flags).
    const garbled = Buffer.concat([data.subarray(0, magic), Buffer.alloc(64, 0xff), Buffer.from(`\n${env(other)}`)]);
    const run = scanBuffer(garbled, `bad${suffix}`);
    expect(run.matches.map((m) => m.member)).toEqual([undefined]);
    expect(reasons(run.notes)).toEqual(['archive-corrupt']);
    for (let cut = 0; cut < data.length; cut += 7) expect(() => scanBuffer(data.subarray(0, cut), `c${suffix}`)).not.toThrow();
  });
});

describe('bzip2 integrity', () => {
  withTools('bzip2')('a flipped byte in a block fails its CRC: noted, not silently scanned as good', () => {
    const data = Buffer.from(bzip2Of(`${'lorem ipsum dolor '.repeat(200)}\n${env(key)}`));
    data[data.length - 30] ^= 0x10;
    const run = scanBuffer(data, 'x.bz2');
    expect(reasons(run.notes)).toEqual(['archive-corrupt']);
  });
});

describe('zstd frames it refuses', () => {
  it('a window over 128 MiB (zstd\'s own default limit) or a dictionary: a note, nothing allocated, the bytes scanned as they are', () => {
    const text = Buffer.from(` ${key}\n`);
    const rawBlock = Buffer.from([(1 | (text.length << 3)) & 0xff, (text.length << 3) >> 8, 0]); // last block, raw, its size
    const hugeWindow = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 20 << 3]), rawBlock, text]); // window 2^30
    const dictionary = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x21, 0x07, text.length]), rawBlock, text]); // dictionary id 7
    const plain = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, text.length]), rawBlock, text]);
    expect(scanBuffer(plain, 'ok.zst').where).toEqual(['ok:1:2']);
    for (const [data, why] of [[hugeWindow, /window of 1073741824 bytes is over zstd's default limit/], [dictionary, /frame needs a dictionary/]] as const) {
      const run = scanBuffer(data, 'x.zst');
      expect(run.matches.map((m) => m.member)).toEqual([undefined]);
      expect(run.notes.map((n) => n.message)).toEqual([expect.stringMatching(why)]);
    }
  });
});

describe('zstd skippable frames', () => {
  it('a stream that starts with skippable frames (metadata zstdcat passes over) is still opened', () => {
    const text = Buffer.from(` ${key}\n`);
    const rawBlock = Buffer.from([(1 | (text.length << 3)) & 0xff, (text.length << 3) >> 8, 0]);
    const frame = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, text.length]), rawBlock, text]);
    const skippable = (magicLow: number, size: number) => Buffer.concat([Buffer.from([magicLow, 0x2a, 0x4d, 0x18, size, 0, 0, 0]), Buffer.alloc(size, 0x41)]);
    expect(scanBuffer(Buffer.concat([skippable(0x50, 8), frame]), 'meta.zst').where).toEqual(['meta:1:2']);
    expect(scanBuffer(Buffer.concat([skippable(0x5f, 3), skippable(0x51, 0), frame]), 'two.zst').where).toEqual(['two:1:2']);
    // Skippable frames and nothing after them: no zstd stream, its bytes scanned as they are.
    expect(scanBuffer(skippable(0x50, 8), 'empty.zst').notes).toEqual([]);
  });
});

describe('xz variants', () => {
  const maybe = withTools('xz');
  maybe('reads every check type, unusual lc/lp/pb, several blocks, and .lzma-in-zip (method 14)', () => {
    const text = `${'x'.repeat(3000)}\n${env(key)}${randomBytes(40_000).toString('hex')}\n${env(other)}`;
    for (const args of [['--check=none'], ['--check=crc32'], ['--check=sha256'], ['--lzma2=preset=1,lc=0,lp=2,pb=4'], ['--lzma2=preset=6,lc=4,lp=0,pb=0'], ['--block-size=16384']]) {
      expect([args, scanBuffer(xzOf(text, ...args), 'v.xz').where]).toEqual([args, ['v:4:19', 'v:8:19']]);
    }
    const alone = xzOf(text, '--format=lzma');
    // zip's LZMA member: SDK version, properties size, the 5 properties bytes, then the raw stream (.lzma has 8 size bytes after the properties).
    const member = Buffer.concat([Buffer.from([9, 20, 5, 0]), alone.subarray(0, 5), alone.subarray(13)]);
    expect(scanBuffer(zip([{ name: 'l.env', data: member, methodId: 14, declaredSize: Buffer.byteLength(text) }]), 'l.zip').where).toEqual(['l.env:4:19', 'l.env:8:19']);
  });

  maybe('refuses a filter it does not read (x86 BCJ) by name', () => {
    const run = scanBuffer(xzOf(env(key), '--x86', '--lzma2'), 'bcj.xz');
    expect(run.notes.map((n) => n.message)).toEqual([expect.stringMatching(/^bcj\.xz: bcj: not scanned: cannot be read \(the x86 BCJ filter is not supported\)$/)]);
  });
});

describe('ar and Debian packages', () => {
  withTools('ar')('reads an ar archive, GNU long names included', () => {
    const dir = freshDir();
    writeTree(dir, { 'short.env': env(key), 'a-rather-long-member-name.env': env(other) });
    const run = scanBuffer(arOf(dir, ['short.env', 'a-rather-long-member-name.env']), 'lib.a');
    expect(run.where).toEqual(['a-rather-long-member-name.env:3:19', 'short.env:3:19']);
    expect(run.notes).toEqual([]);
  });

  withTools('dpkg-deb', 'xz', 'zstd')('finds a key in a .deb\'s data.tar.xz and in its control.tar.zst', () => {
    const xzRoot = freshDir();
    const control = 'Package: leaky\nVersion: 1.0\nArchitecture: all\nMaintainer: A <a@example.com>\nDescription: test\n';
    writeTree(xzRoot, { 'DEBIAN/control': control, 'usr/share/leaky/.env': env(key) });
    const xzDeb = debOf(xzRoot, 'xz', join(temp, 'leaky-xz.deb'));
    expect(formatOf(xzDeb)?.name).toBe('ar');
    expect(scanBuffer(xzDeb, 'leaky_1.0_all.deb').where).toEqual(['data.tar.xz!usr/share/leaky/.env:3:19']);

    const zstdRoot = freshDir();
    writeTree(zstdRoot, { 'DEBIAN/control': control, 'DEBIAN/postinst': `#!/bin/sh\nexport KEY=${other}\n`, 'usr/share/doc/leaky/README': 'hi\n' });
    chmodSync(join(zstdRoot, 'DEBIAN/postinst'), 0o755);
    const zstdDeb = debOf(zstdRoot, 'zstd', join(temp, 'leaky-zstd.deb'));
    const run = scanBuffer(zstdDeb, 'leaky.deb');
    expect(run.where).toEqual(['control.tar.zst!postinst:2:12']);
    expect(run.notes).toEqual([]);
  });
});

describe('cpio', () => {
  withTools('cpio', 'xz')('reads newc and odc archives, and an xz-compressed initramfs', () => {
    const dir = freshDir();
    writeTree(dir, { 'etc/app.env': env(key), 'bin/tool': 'binary' });
    const names = ['etc', 'etc/app.env', 'bin', 'bin/tool'];
    for (const format of ['newc', 'odc'] as const) {
      const archive = cpioOf(dir, names, format);
      expect(formatOf(archive)?.name).toBe('cpio');
      expect(scanBuffer(archive, `a.${format}.cpio`).where).toEqual(['etc/app.env:3:19']);
    }
    expect(scanBuffer(xzOf(cpioOf(dir, names, 'newc'), '--check=crc32'), 'initramfs.img').where).toEqual(['etc/app.env:3:19']);
    const whole = cpioOf(dir, names, 'newc');
    const cut = scanBuffer(whole.subarray(0, whole.indexOf('DEBUG')), 'cut.cpio');
    expect(cut.notes.map((n) => n.message)).toEqual([expect.stringMatching(/^cut\.cpio: cpio archive cannot be read \(truncated: it ends inside etc\/app\.env\)/)]);
  });
});

/** An rpm as rpmbuild lays it out: the lead, a signature header padded to 8 bytes, the header, the payload. */
function rpmOf(payload: Buffer): Buffer {
  const header = (entries: number, store: number): Buffer => {
    const intro = Buffer.from([0x8e, 0xad, 0xe8, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    intro.writeUInt32BE(entries, 8);
    intro.writeUInt32BE(store, 12);
    return Buffer.concat([intro, Buffer.alloc(entries * 16 + store, 0x41)]);
  };
  const lead = Buffer.alloc(96);
  lead.set([0xed, 0xab, 0xee, 0xdb, 3, 0]);
  lead.write('leaky-1.0-1', 10);
  const signature = header(1, 5); // 37 bytes, then 3 of padding
  return Buffer.concat([lead, signature, Buffer.alloc(3), header(2, 11), payload]);
}

describe('rpm', () => {
  withTools('cpio', 'xz', 'zstd')('opens an rpm\'s payload (xz or zstd compressed cpio), naming its files directly', () => {
    const dir = freshDir();
    writeTree(dir, { 'etc/leaky/app.env': env(key) });
    const payload = cpioOf(dir, ['etc', 'etc/leaky', 'etc/leaky/app.env'], 'newc');
    for (const compressed of [xzOf(payload), zstdOf(payload), payload]) {
      const package_ = rpmOf(compressed);
      expect(formatOf(package_)?.name).toBe('rpm');
      const run = scanBuffer(package_, 'leaky-1.0-1.noarch.rpm');
      expect(run.where).toEqual(['etc/leaky/app.env:3:19']);
      expect(run.notes).toEqual([]);
    }
    const cut = rpmOf(xzOf(payload)).subarray(0, 150);
    expect(reasons(scanBuffer(cut, 'cut.rpm').notes)).toEqual(['archive-corrupt']);
  });
});

describe('sniffing', () => {
  it('never takes plain text, or text that starts like one of them, for a container', () => {
    // (`BZh91AY&SY` is bzip2's signature spelt in ASCII: a text starting so is tried as bzip2, noted, and scanned as it is.)
    const texts = ['BZh9 and more words here', '070701 was a date', `070707${'9'.repeat(80)}`, `070701${'g'.repeat(120)}`, '!<arch is not ar', '(\u00b5/\u00fd text', 'ustar', '# README\n\nhello\n'];
    for (const text of texts) expect([text, formatOf(Buffer.from(text.repeat(20)))?.name]).toEqual([text, undefined]);
    // Magic bytes alone are not enough: an rpm lead needs its header after it, xz its stream flags, zstd a frame.
    expect(formatOf(Buffer.concat([Buffer.from([0xed, 0xab, 0xee, 0xdb]), Buffer.alloc(200)]))).toBeUndefined();
    expect(formatOf(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 0]))).toBeUndefined();
    for (let i = 0; i < 200; i++) {
      const printable = Buffer.from(randomBytes(300).toString('base64'));
      expect(formatOf(printable)).toBeUndefined();
    }
  });
});
