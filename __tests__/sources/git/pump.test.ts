/**
 * run.ts `pumpGit` (git's stdout read through a Unix socket into one reused buffer, or a pipe) and the cat-file
 * readers built on it: the same bytes and objects whichever way they come, every failure reported as before.
 * Failures git itself cannot be made to show (dying in the middle of an object, output cut short) come from a
 * stand-in `git` first on PATH.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BatchParser, readAllObjects, readObjects, type ObjectHeader } from '../../../src/sources/git/cat-file.js';
import { GitCommandError, GitStoppedError, pumpGit, repoAt, socketPathFits, type OutputTransport } from '../../../src/sources/git/run.js';
import { execFileSync } from 'node:child_process';
import { createRepo, gitEnv, makeTempDir, type TestRepo } from '../../helpers/git-repo.js';

const unix = process.platform !== 'win32';
const ALL = ['cat-file', '--batch-all-objects', '--batch'];

/** What git prints for `args`, as bytes. */
function gitBytes(args: string[]): Buffer {
  return execFileSync('git', ['-C', repo.dir, ...args], { env: gitEnv(), maxBuffer: 1 << 26 });
}

/** A private directory for the sockets' directories, to see that none is left behind. */
let tmp: string;
let repo: TestRepo;
/** A blob larger than every read buffer used below. */
let bigOid: string;

beforeAll(() => {
  tmp = makeTempDir('aks-pump-');
  repo = createRepo();
  // Many tiny objects (one commit of 600 one-line files), and one object larger than the read buffers.
  const files: Record<string, string> = {};
  for (let i = 0; i < 600; i++) files[`d${i % 7}/f${i}.txt`] = `${i}\n`;
  files['big.bin'] = 'abcdefghij'.repeat(40_000);
  repo.commitFiles('many', files);
  for (let i = 0; i < 5; i++) repo.commitFiles(`c${i}`, { 'small.txt': `v${i}\n` });
  bigOid = repo.git(['rev-parse', 'HEAD:big.bin']);
});

afterAll(() => {
  repo.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

/** git's output collected (copied: the pieces are only valid during the call). */
async function collect(args: string[], options: Parameters<typeof pumpGit>[3] = {}): Promise<{ bytes: Buffer; pieces: number; transport: OutputTransport }> {
  const pieces: Buffer[] = [];
  const transport = await pumpGit(repo.dir, args, (piece) => void pieces.push(Buffer.from(piece)), { socketDir: tmp, ...options });
  return { bytes: Buffer.concat(pieces), pieces: pieces.length, transport };
}

/** `oid type sha256(content)` of every object handed over, sorted. */
async function everyObject(options: Parameters<typeof readAllObjects>[2]): Promise<string[]> {
  const seen: string[] = [];
  await readAllObjects(repo.dir, { want: () => true, onObject: (h, content) => void seen.push(`${h.oid} ${h.type} ${createHash('sha256').update(content).digest('hex')}`) }, { socketDir: tmp, ...options });
  return seen.sort();
}

/** A directory holding a stand-in `git` (a shell script), and the setup that puts it first on PATH. */
function fakeGit(script: string): { at: ReturnType<typeof repoAt>; cleanup: () => void } {
  const dir = makeTempDir('aks-fake-git-');
  const path = join(dir, 'git');
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return { at: repoAt(repo.dir, { env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } }), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const oid = (c: string): string => c.repeat(40);

describe('pumpGit', () => {
  it('reads through a socket where it can, and a pipe gives the same bytes', async () => {
    const expected = gitBytes(ALL);
    const socket = await collect(ALL);
    const pipe = await collect(ALL, { transport: 'pipe' });
    expect(socket.transport).toBe(unix ? 'socket' : 'pipe');
    expect(pipe.transport).toBe('pipe');
    expect(socket.bytes.equals(expected)).toBe(true);
    expect(pipe.bytes.equals(socket.bytes)).toBe(true);
    expect(readdirSync(tmp)).toEqual([]); // the socket's directory is gone
  });

  it('hands over output larger than its buffer in pieces no larger than the buffer', async () => {
    const whole = await collect(['cat-file', 'blob', bigOid]);
    const small = await collect(['cat-file', 'blob', bigOid], { bufferSize: 4096 });
    expect(small.bytes.equals(whole.bytes)).toBe(true);
    expect(whole.bytes).toHaveLength(400_000);
    if (unix) expect(small.pieces).toBeGreaterThanOrEqual(400_000 / 4096);
  });

  it('falls back to a pipe when the temporary directory is too long for a socket path', async () => {
    const long = join(tmp, 'x'.repeat(60), 'y'.repeat(60));
    mkdirSync(long, { recursive: true });
    expect(socketPathFits(long)).toBe(false);
    expect(socketPathFits('/tmp')).toBe(true);
    try {
      const { bytes, transport } = await collect(ALL, { socketDir: long });
      expect(transport).toBe('pipe');
      expect(bytes.equals(gitBytes(ALL))).toBe(true);
      expect(readdirSync(long)).toEqual([]);
    } finally {
      rmSync(join(tmp, 'x'.repeat(60)), { recursive: true, force: true });
    }
  });

  (unix ? it : it.skip)('falls back to a pipe when the socket cannot be set up (no such directory)', async () => {
    const { bytes, transport } = await collect(ALL, { socketDir: join(tmp, 'missing') });
    expect(transport).toBe('pipe');
    expect(bytes.equals(gitBytes(ALL))).toBe(true);
  });

  it.each<OutputTransport>(['socket', 'pipe'])('reports a non-zero exit with git\'s stderr (%s)', async (transport) => {
    const failure = pumpGit(repo.dir, ['cat-file', '-p', 'no-such-object'], () => undefined, { transport, socketDir: tmp });
    await expect(failure).rejects.toThrow(GitCommandError);
    await expect(failure).rejects.toThrow(/git cat-file failed: Not a valid object name no-such-object/);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it.each<OutputTransport>(['socket', 'pipe'])('stops git when aborted while reading (%s)', async (transport) => {
    const abort = new AbortController();
    // git answers the first name and then waits for more input that never comes: only the abort ends it.
    async function* names(): AsyncGenerator<string> {
      yield `${bigOid}\n`;
      await new Promise<void>((resolve) => abort.signal.addEventListener('abort', () => resolve()));
    }
    let pieces = 0;
    const reading = pumpGit(repo.dir, ['cat-file', '--batch'], () => {
      pieces++;
      abort.abort();
    }, { transport, input: names(), signal: abort.signal, socketDir: tmp });
    await expect(reading).rejects.toThrow(GitStoppedError);
    expect(pieces).toBeGreaterThan(0);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it.each<OutputTransport>(['socket', 'pipe'])('stops git and rethrows when the consumer throws (%s)', async (transport) => {
    let pieces = 0;
    const reading = pumpGit(repo.dir, ALL, () => {
      pieces++;
      throw new Error('consumer broke');
    }, { transport, bufferSize: 512, socketDir: tmp });
    await expect(reading).rejects.toThrow('consumer broke');
    expect(pieces).toBe(1);
  });

  it.each<OutputTransport>(['socket', 'pipe'])('waits while the consumer\'s promise is pending, and loses nothing (%s)', async (transport) => {
    const pieces: Buffer[] = [];
    let pending = 0;
    let overlapped = false;
    await pumpGit(repo.dir, ALL, (piece) => {
      if (pending) overlapped = true;
      pieces.push(Buffer.from(piece));
      if (pieces.length % 3) return undefined;
      pending++;
      return new Promise<void>((resolve) => setTimeout(() => {
        pending--;
        resolve();
      }, 1));
    }, { transport, bufferSize: 2048 });
    expect(overlapped).toBe(false);
    expect(Buffer.concat(pieces).equals(gitBytes(ALL))).toBe(true);
  });

  it('says when git is not installed', async () => {
    const empty = makeTempDir('aks-no-git-');
    try {
      const at = repoAt(repo.dir, { env: { ...process.env, PATH: empty } });
      await expect(pumpGit(at, ['version'], () => undefined, { socketDir: tmp })).rejects.toThrow(/git is not installed/);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('readObjects with a git that misbehaves', () => {
  const handlers = (seen: string[]) => ({ want: () => true, onObject: (h: ObjectHeader, content: Buffer) => void seen.push(`${h.oid[0]}:${content.toString()}`) });

  (unix ? it : it.skip)('reports git dying in the middle of an object (killed), not a parse error', async () => {
    const fake = fakeGit(`printf '${oid('a')} blob 5\\nhello\\n${oid('b')} blob 100\\nhalf'\nkill -KILL $$`);
    try {
      const seen: string[] = [];
      const reading = readObjects(fake.at, ['--batch'], handlers(seen), { input: `${oid('a')}\n${oid('b')}\n` });
      await expect(reading).rejects.toThrow(/git cat-file failed: exit code signal/);
      expect(seen).toEqual(['a:hello']);
    } finally {
      fake.cleanup();
    }
  });

  (unix ? it : it.skip)('reports output cut short in the middle of an object (git exits 0)', async () => {
    const fake = fakeGit(`printf '${oid('a')} blob 10\\nabc'`);
    try {
      for (const transport of ['socket', 'pipe'] as const) {
        await expect(readObjects(fake.at, ['--batch'], handlers([]), { input: `${oid('a')}\n`, transport })).rejects.toThrow(/output ended in the middle of an object/);
      }
    } finally {
      fake.cleanup();
    }
  });

  (unix ? it : it.skip)('reports a header git never finishes, and garbage where a header should be', async () => {
    const cut = fakeGit(`printf '${oid('a')} blo'`);
    const garbage = fakeGit(`printf 'not a header at all\\n'`);
    try {
      await expect(readObjects(cut.at, ['--batch'], handlers([]), { input: '' })).rejects.toThrow(/middle of an object/);
      await expect(readObjects(garbage.at, ['--batch'], handlers([]), { input: '' })).rejects.toThrow(/unexpected output line/);
    } finally {
      cut.cleanup();
      garbage.cleanup();
    }
  });
});

describe('readAllObjects with a git that misbehaves', () => {
  (unix ? it : it.skip)('reports a listing whose last line is cut short', async () => {
    // The listing stops in the middle of a line; the readers, given nothing to read, print nothing.
    const fake = fakeGit(`case "$*" in *batch-check*) printf '${oid('a')} blob 5\n${oid('b')} blo' ;; *) cat >/dev/null ;; esac`);
    try {
      const seen: string[] = [];
      const reading = readAllObjects(fake.at, { want: () => true, onObject: (h) => void seen.push(h.oid) }, { readers: 2, socketDir: tmp });
      await expect(reading).rejects.toThrow(/unexpected listing line/);
    } finally {
      fake.cleanup();
    }
  });
});

describe('BatchParser fed from one reused buffer', () => {
  const stream = Buffer.concat([
    Buffer.from(`${oid('a')} blob 5\nhello\n`),
    Buffer.from(`${oid('b')} tree 3\nxyz\n`),
    Buffer.from(`${oid('c')} commit 12\ntree x\n\nmsg\n\n`),
    Buffer.from(`${oid('d')} missing\n`),
  ]);

  it.each([1, 3, 17, 41, 45, 64])('keeps no view of a piece once push returns (pieces of %i bytes)', (size) => {
    const reused = Buffer.alloc(size);
    const seen: string[] = [];
    const missing: string[] = [];
    const parser = new BatchParser({ want: (h) => h.type !== 'tree', onObject: (h, content) => void seen.push(`${h.oid}:${content.toString()}`), onMissing: (name) => void missing.push(name) });
    for (let i = 0; i < stream.length; i += size) {
      const n = stream.copy(reused, 0, i, i + size);
      parser.push(reused.subarray(0, n));
      reused.fill(0x21); // what the next read would overwrite
    }
    parser.end();
    expect(seen).toEqual([`${oid('a')}:hello`, `${oid('c')}:tree x\n\nmsg\n`]);
    expect(missing).toEqual([oid('d')]);
  });
});

describe('BatchParser reading the rest of a large object into place (readInto)', () => {
  const big = (n: number, seed: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + seed) % 251));
  const objects = [big(200_000, 1), Buffer.from('small'), big(65_536 + 100, 2), big(3_000_000, 3), big(70_000, 4), big(16_384 + 10, 5), big(12_000, 6)];
  const stream = Buffer.concat(objects.flatMap((content, i) => [Buffer.from(`${oid(String(i))} blob ${content.length}\n`), content, Buffer.from('\n')]));

  it('asks for the rest of an object when 16 KiB or more of it are still to come, takes what is read there without a copy, and the rest as before', () => {
    const seen: string[] = [];
    const parser = new BatchParser({ want: () => true, onObject: (h, content) => void seen.push(`${h.oid[0]}:${createHash('sha256').update(content).digest('hex')}`) });
    const reused = Buffer.alloc(50_000);
    let intoPlace = 0;
    // As a socket is read: each read goes where readInto says, else into the reused buffer, and is at most its length.
    for (let at = 0; at < stream.length; ) {
      const target = parser.readInto() ?? reused;
      if (target !== reused) intoPlace++;
      const n = stream.copy(target, 0, at, at + Math.min(target.length, 40_000));
      at += n;
      parser.push(target === reused ? reused.subarray(0, n) : Buffer.from(target.buffer, target.byteOffset, n));
      reused.fill(0x21);
    }
    parser.end();
    expect(seen).toEqual(objects.map((content, i) => `${i}:${createHash('sha256').update(content).digest('hex')}`));
    expect(intoPlace).toBeGreaterThan(75); // ~3.2 MB of the 3.3 MB went straight into place
  });

  it('copies a piece that is not where it asked (a pipe ignores readInto), and asks only for 16 KiB or more', () => {
    const seen: Buffer[] = [];
    const parser = new BatchParser({ want: () => true, onObject: (_h, content) => void seen.push(Buffer.from(content)) });
    parser.push(Buffer.concat([Buffer.from(`${oid('0')} blob ${objects[0].length}\n`), objects[0].subarray(0, 1000)]));
    expect(parser.readInto()?.length).toBe(objects[0].length - 1000);
    parser.push(Buffer.from(objects[0].subarray(1000)));
    expect(parser.readInto()).toBeUndefined(); // the newline after it
    parser.push(Buffer.from(`\n${oid('1')} blob 20000\n`));
    expect(parser.readInto()?.length).toBe(20000); // all of it to come
    parser.push(Buffer.alloc(5000, 1));
    expect(parser.readInto()).toBeUndefined(); // 15,000 to come: less than is worth a read of its own
    parser.push(Buffer.alloc(15000, 2));
    parser.push(Buffer.from('\n'));
    parser.end();
    expect(seen).toEqual([objects[0], Buffer.concat([Buffer.alloc(5000, 1), Buffer.alloc(15000, 2)])]);
  });

  (unix ? it : it.skip)('reads large objects through a real socket into place, with the same bytes as a pipe', async () => {
    const big = repo.git(['rev-parse', 'HEAD:big.bin']);
    const read = async (transport: OutputTransport): Promise<{ digest: string; intoPlace: number }> => {
      let digest = '';
      let intoPlace = 0;
      const parser = new BatchParser({ want: () => true, onObject: (_h, content) => void (digest = createHash('sha256').update(content).digest('hex')) });
      const readInto = (): Buffer | undefined => {
        const target = parser.readInto();
        if (target) intoPlace++;
        return target;
      };
      await pumpGit(repo.dir, ['cat-file', '--batch'], (piece) => parser.push(piece), { input: `${big}\n`, transport, socketDir: tmp, bufferSize: 16 * 1024, readInto });
      parser.end();
      return { digest, intoPlace };
    };
    const socket = await read('socket');
    expect(socket.digest).toBe(createHash('sha256').update('abcdefghij'.repeat(40_000)).digest('hex'));
    expect(socket.intoPlace).toBeGreaterThan(0);
    expect((await read('pipe')).digest).toBe(socket.digest);
  });
});

describe('readAllObjects over pumpGit', () => {
  it('hands every object but trees over exactly once, by socket or pipe, with 1 or 3 readers and tiny blocks', async () => {
    const expected = repo
      .git(['cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objecttype)'])
      .split('\n')
      .filter((line) => !line.endsWith(' tree'));
    expect(expected.length).toBeGreaterThan(600);
    const socket = await everyObject({ readers: 3, blockObjects: 7 });
    expect(socket.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(expected.sort());
    expect(await everyObject({ readers: 3, blockObjects: 7, transport: 'pipe' })).toEqual(socket);
    expect(await everyObject({ readers: 1, transport: 'pipe', gatherMs: 0 })).toEqual(socket);
    expect(socket).toContain(`${bigOid} blob ${createHash('sha256').update('abcdefghij'.repeat(40_000)).digest('hex')}`);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('fails when the consumer throws, and leaves no reader behind', async () => {
    const reading = readAllObjects(repo.dir, { want: () => true, onObject: (h) => {
      if (h.type === 'blob') throw new Error('scan failed');
    } }, { readers: 2, blockObjects: 5, socketDir: tmp });
    await expect(reading).rejects.toThrow('scan failed');
    expect(readdirSync(tmp)).toEqual([]);
  });
});
