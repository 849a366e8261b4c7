/**
 * Bombs, broken and locked archives: each finishes with a note naming the file and the limit or the reason,
 * and loses nothing that the rest of the archive (or the files beside it) held.
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Secret } from '../../../src/core/secret.js';
import type { Note } from '../../../src/core/types.js';
import { contentScanner, noteProblems } from '../../../src/sources/hits.js';
import { fakeApiKey } from '../../helpers/keys.js';
import { gzip, tar, zeroGzipBomb, zip } from './build.js';
import { scanBuffer } from './scan.js';

const key = fakeApiKey('hostile');
const other = fakeApiKey('hostile-2');
const env = (k: string): string => `KEY=${k}\n`;
const reasons = (notes: Note[]): string[] => notes.map((n) => n.reason);

describe('decompression bombs', () => {
  it('a 1 GiB zero stream, gzipped, is read up to the ratio limit with a note; the key beside it in the zip is found', () => {
    const bomb = zeroGzipBomb(1024);
    const run = scanBuffer(zip([{ name: 'a/.env', data: env(key) }, { name: 'zeros.gz', data: bomb, method: 'store' }, { name: 'z/.env', data: env(other) }]), 'bomb.zip');
    expect(run.where).toEqual(['a/.env:1:5', 'z/.env:1:5']);
    expect(run.notes).toEqual([
      { reason: 'archive-limit', path: 'bomb.zip', message: expect.stringMatching(/^bomb\.zip: zeros\.gz!zeros: scanned the first [\d.]+ MiB; the rest \(at least [\d.]+ [KM]iB more\) not read: decompresses to more than 100 times its compressed size \(--max-archive-ratio/) },
    ]);
  });

  it('the same bomb at the top with a looser ratio is read up to the per-file size limit', () => {
    const run = scanBuffer(zeroGzipBomb(64), 'zeros.gz', { maxRatio: 1_000_000, maxBytes: 16 * 1024 * 1024 });
    expect(run.notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/^zeros\.gz: zeros: scanned the first [\d.]+ MiB; the rest \(at least [\d.]+ (?:[KM]i)?B more\) not read: over the 16\.0 MiB of decompressed content read per archive \(--max-archive-size\)$/),
    ]);
    expect(run.counts.bytesDecompressed).toBeLessThanOrEqual(16 * 1024 * 1024);
  });

  it('a nested bomb (each level two copies of the one below) ends at the depth and size limits, in a few notes, keeping the keys within reach', () => {
    let level = zip([{ name: 'deep.env', data: env(other) }, { name: 'zeros', data: Buffer.alloc(512 * 1024) }]);
    for (let i = 0; i < 8; i++) level = zip([{ name: `l${i}a.zip`, data: level }, { name: `l${i}b.zip`, data: level }]);
    const run = scanBuffer(zip([{ name: 'top.env', data: env(key) }, { name: 'bomb.zip', data: level }]), 'quine.zip');
    expect(run.where).toEqual(['top.env:1:5']);
    const messages = run.notes.map((n) => n.message);
    expect(messages.some((m) => /nested more than 5 deep \(--max-archive-depth\)/.test(m))).toBe(true);
    expect(messages.every((m) => m.startsWith('quine.zip: '))).toBe(true);
    expect(messages.length).toBeLessThanOrEqual(8);

    // Shallow enough to reach the bottom: the key there is found at its full member path; the size limit stops the rest.
    let shallow = zip([{ name: 'deep.env', data: env(other) }, { name: 'zeros', data: Buffer.alloc(512 * 1024) }]);
    for (let i = 0; i < 3; i++) shallow = zip([{ name: `l${i}a.zip`, data: shallow }, { name: `l${i}b.zip`, data: shallow }]);
    const cut = scanBuffer(shallow, 'q.zip', { maxBytes: 2 * 1024 * 1024 });
    expect(cut.where[0]).toBe('l2a.zip!l1a.zip!l0a.zip!deep.env:1:5');
    expect(cut.notes[0].message).toMatch(/^q\.zip: .*: (?:not scanned|scanned the first .*; the rest \(at least .* more\) not read): over the 2\.0 MiB of decompressed content read per archive \(--max-archive-size\)$/);
  });

  it('a zip with 100,000 members reads the first 50,000, notes the rest, and keeps their keys', () => {
    const members = Array.from({ length: 100_000 }, (_, i) => ({ name: `m/${i}.txt`, data: i === 7 ? env(key) : 'x', method: 'store' as const }));
    const run = scanBuffer(zip(members), 'many.zip');
    expect(run.where).toEqual(['m/7.txt:1:5']);
    expect(run.notes.map((n) => n.message)).toEqual(['many.zip: zip archive has more than 50000 members (--max-archive-members): the rest were not scanned']);
  });

  it('a member is judged by the bytes it inflates to, never by the size its header declares', () => {
    const declared = scanBuffer(zip([{ name: 'huge.env', data: env(other), declaredSize: 2 ** 31 }, { name: '.env', data: env(key) }]), 'd.zip', { maxBytes: 1024 * 1024 });
    expect(declared.where).toEqual(['.env:1:5', 'huge.env:1:5']);
    expect(declared.notes).toEqual([]);
    const lying = scanBuffer(zip([{ name: 'small.bin', data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 10 }, { name: '.env', data: env(key) }]), 'l.zip', { maxBytes: 4 * 1024 * 1024 });
    expect(lying.where).toEqual(['.env:1:5']);
    expect(reasons(lying.notes)).toEqual(['archive-limit']);
  });

  it('the per-run budget is shared by every file, with one note when it runs out', () => {
    const notes: Note[] = [];
    const ctx = { note: (n: Note) => void notes.push(n), count: () => undefined };
    const scanner = contentScanner(
      () => [],
      ctx,
      { maxTotalBytes: 3 * 1024 * 1024 },
    );
    const incompressible = gzip(randomBytes(2 * 1024 * 1024));
    for (const name of ['a.gz', 'b.gz', 'c.gz', 'd.gz']) scanner.content(incompressible, noteProblems(ctx, name));
    expect(notes.map((n) => n.message)).toEqual([expect.stringMatching(/^b\.gz: b: scanned the first [\d.]+ KiB; the rest \(at least [\d.]+ KiB more\) not read: the 3\.0 MiB of decompressed content allowed per run are used up \(--max-archive-total\)/)]);
  });

  it('depth 0 opens nothing (the archive\'s bytes are still scanned)', () => {
    const run = scanBuffer(zip([{ name: '.env', data: env(key), method: 'store' }, { name: 'd.env', data: env(other) }]), 'z.zip', { maxDepth: 0 });
    expect(run.matches.map((m) => m.member)).toEqual([undefined]);
    expect(run.notes).toEqual([]);
  });
});

describe('broken and locked archives', () => {
  it('an encrypted member is noted and skipped; the others are scanned', () => {
    const run = scanBuffer(zip([{ name: 'secret.env', data: 'gibberish', encrypted: true, method: 'store' }, { name: 'open.env', data: env(key) }]), 'locked.zip');
    expect(run.where).toEqual(['open.env:1:5']);
    expect(run.notes).toEqual([{ reason: 'archive-encrypted', message: 'locked.zip: secret.env: not scanned: encrypted', path: 'locked.zip' }]);
  });

  it('notes the first encrypted members one by one and counts the rest in one line', () => {
    const members = Array.from({ length: 10 }, (_, i) => ({ name: `s${i}`, data: 'x', encrypted: true, method: 'store' as const }));
    const run = scanBuffer(zip(members), 'all-locked.zip');
    expect(run.notes.map((n) => n.message)).toEqual([
      'all-locked.zip: s0: not scanned: encrypted',
      'all-locked.zip: s1: not scanned: encrypted',
      'all-locked.zip: s2: not scanned: encrypted',
      'all-locked.zip: 7 more member(s) not scanned for the same reason (archive-encrypted)',
    ]);
  });

  it('an unsupported compression method is noted per member', () => {
    const run = scanBuffer(zip([{ name: 'x.bin', data: 'ppmd bytes', methodId: 98 }, { name: '.env', data: env(key) }]), 'ppmd.zip');
    expect(run.where).toEqual(['.env:1:5']);
    expect(run.notes.map((n) => n.message)).toEqual(['ppmd.zip: x.bin: not scanned: compressed with ppmd, which is not supported']);
  });

  it('a corrupt member is noted; its neighbours keep their findings', () => {
    const good = zip([{ name: 'a.env', data: env(key) }, { name: 'b.env', data: 'B'.repeat(5000) }, { name: 'c.env', data: env(other) }]);
    // Garble b.env's deflate stream in place.
    const at = good.indexOf(Buffer.from('b.env')) + 5;
    const broken = Buffer.from(good);
    broken.fill(0xff, at, at + 12);
    const run = scanBuffer(broken, 'corrupt.zip');
    expect(run.where).toEqual(['a.env:1:5', 'c.env:1:5']);
    expect(run.notes).toEqual([expect.objectContaining({ reason: 'archive-corrupt', message: expect.stringMatching(/^corrupt\.zip: b\.env: not scanned: cannot be read/) })]);
  });

  it('a truncated zip (no central directory) is read from its local headers, as far as they go', () => {
    const whole = zip([{ name: 'a.env', data: env(key) }, { name: 'b.env', data: env(other) }, { name: 'c.txt', data: 'x'.repeat(10000) }]);
    const cut = whole.subarray(0, whole.indexOf(Buffer.from('c.txt')) + 20);
    const run = scanBuffer(cut, 'cut.zip');
    expect(run.where).toEqual(['a.env:1:5', 'b.env:1:5']);
    expect(reasons(run.notes)).toEqual(['archive-corrupt']);
    expect(run.notes[0].message).toMatch(/^cut\.zip: zip archive cannot be read \(no central directory/);
  });

  it('a truncated tar.gz keeps what its intact part holds', () => {
    const tgz = gzip(tar([{ name: 'first.env', data: env(key) }, { name: 'big.bin', data: Buffer.alloc(200_000, 7) }]));
    const run = scanBuffer(tgz.subarray(0, Math.floor(tgz.length / 2)), 'cut.tgz');
    expect(run.where).toEqual(['first.env:1:5']);
    expect(reasons(run.notes)).toEqual(['archive-corrupt']);
  });

  it('a PDF made of a million stream keywords ends with a note, its key found', () => {
    const junk = Buffer.from('>>stream\n'.repeat(1_000_000));
    const run = scanBuffer(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(env(key)), junk]), 'many.pdf');
    expect(run.matches).toHaveLength(1);
    expect(run.notes.map((n) => n.message)).toEqual(['many.pdf: pdf archive cannot be read (more than 100000 stream keywords); the members before that were scanned']);
  });

  it('a file that only starts like a zip or a gzip is noted and scanned as it is', () => {
    const fake = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40), Buffer.from(env(key))]);
    const run = scanBuffer(fake, 'fake.zip');
    expect(run.matches).toHaveLength(1);
    expect(run.matches[0].member).toBeUndefined();
    expect(reasons(run.notes)).toEqual(['archive-corrupt']);
    const notGzip = Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.alloc(20, 0xff), Buffer.from(env(key))]);
    const gz = scanBuffer(notGzip, 'x.gz');
    expect(gz.matches).toHaveLength(1);
    expect(reasons(gz.notes)).toEqual(['archive-corrupt']);
  });

  it('a detector failure in one member is a note naming the file and member; the other members are scanned', () => {
    const notes: Note[] = [];
    const ctx = { note: (n: Note) => void notes.push(n), count: () => undefined };
    const secret = new Secret(key);
    const scanner = contentScanner((data) => {
      if (data.includes('boom')) throw new Error('exploded\nwith a stack');
      return data.includes('KEY') ? [{ rule: 'anthropic-api-key', secret, line: 1, column: 1 }] : [];
    }, ctx);
    const matches = scanner.content(zip([{ name: 'bad', data: 'boom' }, { name: 'good', data: 'KEY' }]), noteProblems(ctx, 'd.zip'));
    expect(matches.map((m) => m.member)).toEqual(['good']);
    expect(notes.map((n) => n.message)).toContain('d.zip: bad: not scanned: the detector failed (exploded)');
  });
});
