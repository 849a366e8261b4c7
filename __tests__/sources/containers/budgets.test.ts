/**
 * Limits cut, they never throw away: a member over a limit is scanned up to it (a key sits on a huge log's first
 * line), and the note says how much was not read. Work is bounded by the bytes really produced: overlapping
 * members (non-recursive zip bombs, stored or deflated) spend the same budgets as any member, and none is
 * skipped without being counted in a note.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Note } from '../../../src/core/types.js';
import { freshBundle } from '../../helpers/bundle.js';
import { fakeApiKey } from '../../helpers/keys.js';
import { compressibleLog, overlappingZip, tar, zip } from './build.js';
import { scanBuffer } from './scan.js';

const key = fakeApiKey('budgets');
const line = `ANTHROPIC_API_KEY=${key}\n`;
const MiB = 1024 * 1024;
const messages = (notes: Note[]): string[] => notes.map((n) => n.message);
/** How many members the notes say were not scanned, for `reason`: the ones noted one by one and the ones counted. */
function skipped(notes: Note[], reason: string): number {
  return notes
    .filter((n) => n.reason === reason)
    .reduce((sum, n) => sum + (/ (\d+) more member\(s\) not scanned/.exec(n.message) ? Number(/ (\d+) more member/.exec(n.message)![1]) : /: not scanned/.test(n.message) ? 1 : 0), 0);
}

describe('a limit keeps what was read', () => {
  it('a 1 GiB zero-padded log, gzipped, whose first line holds a key: found, and the note says how much was not read', () => {
    const run = scanBuffer(compressibleLog(line, 1024), 'logs/app.log.gz');
    expect(run.where).toEqual(['app.log:1:19']);
    expect(messages(run.notes)).toEqual([
      expect.stringMatching(/^logs\/app\.log\.gz: app\.log: scanned the first [\d.]+ MiB; the rest \(at least [\d.]+ [KM]iB more\) not read: decompresses to more than 100 times its compressed size \(--max-archive-ratio/),
    ]);
    // The same log with no ratio limit stops at the size limit, having read up to it.
    const sized = scanBuffer(compressibleLog(line, 1024), 'logs/app.log.gz', { maxRatio: 1_000_000, maxBytes: 64 * MiB });
    expect(sized.where).toEqual(['app.log:1:19']);
    expect(messages(sized.notes)).toEqual([expect.stringMatching(/scanned the first [\d.]+ MiB; the rest \(at least [\d.]+ [KM]iB more\) not read: over the 64\.0 MiB of decompressed content read per archive \(--max-archive-size\)$/)]);
    expect(sized.counts.bytesDecompressed).toBeGreaterThan(32 * MiB);
    expect(sized.counts.bytesDecompressed).toBeLessThanOrEqual(64 * MiB);
  });

  it('a gzipped member cut at the size limit is scanned to within a few percent of it: a key near the cut is found', () => {
    // 1000 KiB of log lines, then the key, then more: under a 1 MiB limit the key sits at 97.7% of it.
    const filler = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `2026-12-05T10:00:${String(i % 60).padStart(2, '0')}Z step ${i} ok\n`).join(''));
    const before = filler.subarray(0, 1000 * 1024 - line.length);
    const log = Buffer.concat([before, Buffer.from(line), filler]);
    const run = scanBuffer(gzipSync(log), 'run.log.gz', { maxBytes: MiB, maxRatio: 1_000_000 });
    expect(run.where).toHaveLength(1);
    expect(run.counts.bytesDecompressed).toBeGreaterThanOrEqual(0.97 * MiB);
    expect(messages(run.notes)).toEqual([expect.stringMatching(/scanned the first .*not read: over the 1\.0 MiB/)]);
  });

  it('a stored zip member and a tar member over the size limit are scanned up to it', () => {
    const big = Buffer.concat([Buffer.from(line), Buffer.alloc(3 * MiB, 0x20)]);
    const stored = scanBuffer(zip([{ name: 'dump.sql', data: big, method: 'store' }]), 'backup.zip', { maxBytes: MiB });
    expect(stored.where).toEqual(['dump.sql:1:19']);
    expect(messages(stored.notes)).toEqual([
      `backup.zip: dump.sql: scanned the first 1.0 MiB; the rest (at least ${((big.length - MiB) / MiB).toFixed(1)} MiB more) not read: over the 1.0 MiB of decompressed content read per archive (--max-archive-size)`,
    ]);
    const inTar = scanBuffer(tar([{ name: 'dump.sql', data: big }, { name: 'later.env', data: `KEY=${fakeApiKey('budgets-2')}\n` }]), 'backup.tar', { maxBytes: MiB });
    // The budget is spent: the later member is not opened, but its key is found in the tar's own bytes.
    expect(inTar.where).toEqual(['2:3146630', 'dump.sql:1:19']);
    expect(messages(inTar.notes)).toEqual([expect.stringMatching(/^backup\.tar: dump\.sql: scanned the first 1\.0 MiB/), 'backup.tar: later.env: not scanned: over the 1.0 MiB of decompressed content read per archive (--max-archive-size)']);
  });

  it('a member that goes past a deflated stream\'s declared size is read to its end (headers are never trusted)', () => {
    const text = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `${i}: some log line\n`).join(''));
    const run = scanBuffer(zip([{ name: 'small.txt', data: Buffer.concat([text, Buffer.from(line)]), declaredSize: 10 }]), 'lie.zip');
    expect(run.where).toEqual(['small.txt:20001:19']);
    expect(run.notes).toEqual([]);
  });
});

describe('work is bounded by the bytes really produced', () => {
  const kernel = Buffer.concat([Buffer.from(line), Buffer.alloc(4 * MiB, 0x2e)]);

  it('a "better zip bomb" of stored members, each holding all later ones: the first is scanned, the others skipped and counted', () => {
    const bomb = overlappingZip(20_000, kernel, { method: 'store', nested: true });
    const run = scanBuffer(bomb, 'overlap.zip');
    // The first member is itself a zip by its content (the later local headers): it is opened too, as deep as allowed.
    expect(run.where).toEqual([expect.stringMatching(/^f0000000!f0000001!.*:\d+:\d+$/)]);
    expect(run.counts.bytesDecompressed).toBeLessThan(6 * bomb.length);
    expect(skipped(run.notes, 'archive-overlap')).toBe(19_999);
    expect(messages(run.notes)).toContain('overlap.zip: f0000001: not scanned: its bytes are those of a member already scanned (overlapping members: a zip bomb?)');
  });

  it('stored members overlapping without holding one another spend the size budget; the rest are counted in a note', () => {
    const bomb = overlappingZip(20_000, kernel, { method: 'store', nested: false });
    const run = scanBuffer(bomb, 'shifted.zip', { maxBytes: 32 * MiB });
    expect(run.where.length).toBeGreaterThan(0);
    expect(run.counts.bytesDecompressed).toBeLessThanOrEqual(32 * MiB);
    // Every member not read is in the notes (members opened inside members add their own).
    expect(skipped(run.notes, 'archive-limit')).toBeGreaterThan(20_000 - 10);
  });

  it('deflated members overlapping (each inflates to all the later headers and the kernel) spend the size budget', () => {
    const zeros = Buffer.concat([Buffer.from(line), Buffer.alloc(8 * MiB)]);
    const bomb = overlappingZip(10_000, zeros, { method: 'deflate', nested: true });
    const run = scanBuffer(bomb, 'deflate-bomb.zip', { maxBytes: 64 * MiB });
    expect(run.matches.length).toBeGreaterThan(0);
    expect(run.counts.bytesDecompressed).toBeLessThanOrEqual(64 * MiB);
    expect(messages(run.notes).at(-1)).toMatch(/^deflate-bomb\.zip: \d+ more member\(s\) not scanned for the same reason \(archive-limit\)$/);
  });

  if (spawnSync('sh', ['-c', 'command -v unzip']).status === 0) {
    it('the nested deflate construction is a zip unzip reads (its first member)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'aks-bomb-'));
      try {
        const file = join(dir, 'b.zip');
        writeFileSync(file, overlappingZip(3, Buffer.from(line), { method: 'deflate', nested: true }));
        const out = spawnSync('unzip', ['-p', file, 'f0000002']).stdout.toString();
        expect(out).toContain(key);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('through the CLI bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aks-budgets-e2e-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a 1 GiB zero-padded .gz log with a key on its first line: the key is reported, the note says what was not read', () => {
    mkdirSync(join(dir, 'logs'));
    writeFileSync(join(dir, 'logs', 'app.log.gz'), compressibleLog(line, 1024));
    const run = spawnSync(process.execPath, [freshBundle('cli'), '--format', 'json', '--quiet', '--fail-on', 'never', '--max-archive-size', '32MB', dir], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: { locations: { path: string; member?: string; line: number }[] }[]; notes: { reason: string; message: string }[] };
    expect(report.findings.map((f) => f.locations.map((l) => `${l.path}!${l.member}:${l.line}`))).toEqual([['logs/app.log.gz!app.log:1']]);
    expect(report.notes).toEqual([
      expect.objectContaining({ reason: 'archive-limit', message: expect.stringMatching(/^logs\/app\.log\.gz: app\.log: scanned the first [\d.]+ MiB; the rest \(at least [\d.]+ [KM]iB more\) not read: over the 32\.0 MiB of decompressed content read per archive \(--max-archive-size\)$/) }),
    ]);
  }, 600_000);
});
