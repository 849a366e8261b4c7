import { describe, expect, it } from '@jest/globals';
import { BatchParser, readAllObjects, type ObjectHeader } from '../../src/sources/git/cat-file.js';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createRepo, makeTempDir } from '../helpers/git-repo.js';
import { introductions } from '../../src/sources/git/attribution.js';
import { messageOf, parseSignature, parseTag } from '../../src/sources/git/objects.js';
import { parseRawMeta, RawLogParser, type LogCommit, type RawEntry } from '../../src/sources/git/raw-log.js';
import { stderrLine } from '../../src/sources/git/run.js';

/** Feed `data` to `push` in pieces of `size` bytes. */
function feed(data: Buffer, size: number, push: (chunk: Buffer) => void): void {
  for (let i = 0; i < data.length; i += size) push(Buffer.from(data.subarray(i, i + size)));
}

describe('BatchParser', () => {
  const oid = (c: string) => c.repeat(40);
  const stream = Buffer.concat([
    Buffer.from(`${oid('a')} blob 5\nhello\n`),
    Buffer.from(`${oid('b')} tree 3\nxyz\n`),
    Buffer.from(`${oid('c')} blob 0\n\n`),
    Buffer.from(`${oid('d')} missing\n`),
    Buffer.from(`${oid('e')} commit 12\ntree x\n\nmsg\n\n`),
  ]);

  it.each([1, 2, 3, 7, 64, 4096])('assembles objects split at any boundary (chunks of %i bytes)', (size) => {
    const seen: Array<[string, string]> = [];
    const skipped: string[] = [];
    const missing: string[] = [];
    const parser = new BatchParser({
      want: (header: ObjectHeader) => header.type !== 'tree',
      onObject: (header, content) => seen.push([header.oid[0], content.toString()]),
      onSkipped: (header) => skipped.push(header.oid[0]),
      onMissing: (name) => missing.push(name[0]),
    });
    feed(stream, size, (chunk) => parser.push(chunk));
    parser.end();
    expect(seen).toEqual([['a', 'hello'], ['c', ''], ['e', 'tree x\n\nmsg\n']]);
    expect(skipped).toEqual(['b']);
    expect(missing).toEqual(['d']);
  });

  it('complains about output that stops in the middle of an object', () => {
    const parser = new BatchParser({ want: () => true, onObject: () => undefined });
    parser.push(Buffer.from(`${oid('a')} blob 5\nhel`));
    expect(() => parser.end()).toThrow(/middle of an object/);
  });
});

describe('RawLogParser', () => {
  const z = '0'.repeat(40);
  const [a, b, c] = ['a', 'b', 'c'].map((ch) => ch.repeat(40));
  const raw = Buffer.concat([
    Buffer.from(`\x01${c} ${a} ${b}\0Ann <a@x>\x001704067200\x001704070000\0\0::100644 100644 100644 ${a} ${b} ${c} MM\0path\nwith newline\0`),
    Buffer.from(`\x01${b} ${a}\0Bob <b@x>\x001704067260\x001704067260\0\n:100644 000000 ${a} ${z} D\0gone\0:000000 100644 ${z} ${b} A\0\xff.txt\0`),
    Buffer.from(`\x01${a}\0Cy <c@x>\x001704067000\x001704067000\0`),
  ]);

  it.each([1, 5, 4096])('parses commits, combined and plain entries, byte paths (chunks of %i bytes)', (size) => {
    const commits: LogCommit[] = [];
    const parser = new RawLogParser((commit) => commits.push(commit));
    feed(raw, size, (chunk) => parser.push(chunk));
    parser.end();
    expect(commits.map((commit) => [commit.oid, commit.parents.length, commit.author, commit.time, commit.committerTime, commit.entries.length])).toEqual([
      [c, 2, 'Ann <a@x>', 1704067200, 1704070000, 1],
      [b, 1, 'Bob <b@x>', 1704067260, 1704067260, 2],
      [a, 0, 'Cy <c@x>', 1704067000, 1704067000, 0],
    ]);
    expect(commits[0].entries[0]).toMatchObject({ newOid: c, oldOids: [a, b], path: Buffer.from('path\nwith newline') });
    expect(commits[1].entries[1].path).toEqual(Buffer.from('\xff.txt'));
  });

  it('reads the meta part of plain and combined raw lines', () => {
    expect(parseRawMeta(`:100644 100755 ${a} ${b} M`)).toEqual({ modes: ['100644', '100755'], oids: [a, b], status: 'M' });
    expect(parseRawMeta(`:::100644 100644 100644 100644 ${a} ${b} ${c} ${a} MMM`)?.oids).toHaveLength(4);
    expect(parseRawMeta('garbage')).toBeUndefined();
  });
});

describe('introductions', () => {
  const entry = (path: string, newOid: string, ...oldOids: string[]): RawEntry => ({
    path: Buffer.from(path), newOid, newMode: /^0+$/.test(newOid) ? '000000' : '100644', oldOids, oldModes: oldOids.map((oid) => (/^0+$/.test(oid) ? '000000' : '100644')), status: 'M',
  });
  const keys = new Map<string, Set<string>>([['n1', new Set(['K'])], ['o1', new Set(['K'])], ['n2', new Set(['K', 'L'])]]);
  const keysOf = (oid: string) => keys.get(oid);
  const Z = '0000';

  it('counts a key as introduced only where no old version held it and it did not move from another path', () => {
    expect(introductions([entry('a', 'n1', Z)], keysOf).map((i) => [...i.keys])).toEqual([['K']]);
    expect(introductions([entry('a', 'n1', 'o1')], keysOf)).toEqual([]);
    expect(introductions([entry('old', Z, 'o1'), entry('new', 'n1', Z)], keysOf)).toEqual([]);
    expect(introductions([entry('a', 'n2', 'o1')], keysOf).map((i) => [...i.keys])).toEqual([['L']]);
    expect(introductions([entry('m', 'n1', 'x', 'o1')], keysOf)).toEqual([]);
    expect(introductions([entry('m', 'n1', 'x', 'y')], keysOf)).toHaveLength(1);
    expect(introductions([entry('kept', 'n1', 'o1'), entry('copy', 'n2', Z)], keysOf).map((i) => [...i.keys].sort())).toEqual([['K', 'L']]);
  });
});

describe('objects and errors', () => {
  it('reads commit and tag messages past signed headers', () => {
    const commit = Buffer.from('tree t\nauthor A B <a@b> 1704067200 +0100\ngpgsig -----BEGIN\n line\n -----END\n\nsubject\n\nbody\n');
    expect(messageOf(commit).toString()).toBe('subject\n\nbody\n');
    expect(parseSignature('A B <a@b> 1704067200 +0100')).toEqual({ person: 'A B <a@b>', date: '2024-01-01T00:00:00Z' });
    const signed = parseTag(Buffer.from('object o\ntype commit\ntag v2\ntagger T <t@x> 1704067200 +0000\ngpgsig -----BEGIN\n line\n -----END\n\nsigned\n'));
    expect(signed).toMatchObject({ name: 'v2', message: Buffer.from('signed\n') });
    const tag = parseTag(Buffer.from('object o\ntype commit\ntag v1\ntagger T <t@x> 1704067200 +0000\n\nnotes\n'));
    expect(tag).toMatchObject({ object: 'o', type: 'commit', name: 'v1', tagger: { person: 'T <t@x>' } });
    expect(parseSignature('weird')).toEqual({ person: 'weird' });
  });

  it("turns git's stderr into one line", () => {
    expect(stderrLine("warning: x\nfatal: bad revision 'nope'\nmore\n")).toBe("bad revision 'nope'");
    expect(stderrLine('')).toBe('');
  });
});

describe('readAllObjects', () => {
  it('hands every object but trees to the handlers exactly once, whatever the number of readers and block size', async () => {
    const repo = createRepo();
    try {
      for (let i = 0; i < 12; i++) repo.commitFiles(`c${i}`, { [`f${i % 4}.txt`]: `content ${i}\n`, 'big.txt': 'x'.repeat(100 + i) });
      repo.tag('v1', { message: 'tag' });
      const expected = repo.git(['cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objecttype)']).split('\n').sort();
      for (const [readers, blockObjects] of [[1, 1024], [3, 2], [2, 5]]) {
        const seen: string[] = [];
        const skipped: string[] = [];
        await readAllObjects(
          repo.dir,
          { want: () => true, onObject: (h) => void seen.push(`${h.oid} ${h.type}`), onSkipped: (h) => void skipped.push(`${h.oid} ${h.type}`) },
          { readers, blockObjects, maxBlobSize: 105 },
        );
        expect([...seen, ...skipped].sort()).toEqual(expected);
        expect(skipped.every((line) => line.endsWith(' tree') || line.endsWith(' blob'))).toBe(true);
        expect(skipped.filter((line) => line.endsWith(' blob'))).toHaveLength(6); // big.txt at 106..111 bytes
      }
    } finally {
      repo.cleanup();
    }
  });

  it('skips blobs over the limit by their size on disk or by their header, and reads one of just the limit that does not compress', async () => {
    const repo = createRepo();
    try {
      // Random bytes do not compress: stored in a little more than their size. 'y' repeated compresses to almost nothing.
      const noise = (n: number) => randomBytes(n);
      const atLimit = noise(4000);
      const big = noise(9000);
      const base = noise(8000);
      repo.commitFiles('c0', { 'at-limit.bin': atLimit, 'big.bin': big, 'small-on-disk.txt': 'y'.repeat(50_000), 'base.bin': base });
      // A delta of a large blob against a similar one: small on disk, large by its header.
      repo.commitFiles('c1', { 'base.bin': Buffer.concat([base, Buffer.from('more')]) });
      const oid = (content: Buffer | string) => repo.git(['hash-object', '--stdin'], {}, content);
      for (const packed of [false, true]) {
        if (packed) repo.git(['repack', '-adq', '--depth=10', '--window=10']);
        const seen = new Map<string, number>();
        const skipped = new Map<string, number>();
        await readAllObjects(
          repo.dir,
          { want: () => true, onObject: (h, content) => void seen.set(h.oid, content.length), onSkipped: (h) => void (h.type === 'blob' && skipped.set(h.oid, h.size)) },
          { readers: 2, blockObjects: 2, maxBlobSize: 4000 },
        );
        expect(seen.get(oid(atLimit))).toBe(4000);
        expect([...skipped.keys()].sort()).toEqual([oid(big), oid('y'.repeat(50_000)), oid(base), oid(Buffer.concat([base, Buffer.from('more')]))].sort());
        expect(skipped.get(oid('y'.repeat(50_000)))).toBe(50_000); // by its header: its size on disk is under the limit
        expect(skipped.get(oid(big))).toBeGreaterThan(9000); // by its size on disk, from the listing: never inflated
      }
    } finally {
      repo.cleanup();
    }
  });

  it('fails (and stops every git it started) when git cannot read the store', async () => {
    const dir = makeTempDir();
    try {
      await expect(readAllObjects(dir, { want: () => true, onObject: () => undefined }, { readers: 3 })).rejects.toThrow(/not a git repository/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
