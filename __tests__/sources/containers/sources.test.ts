/**
 * Keys inside archives through every source: the files scan, --history, --staged and --range, with archives
 * made by the real `zip` and `tar` tools (and gzip), each key found at its file, member and line.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Hit, Plan } from '../../../src/core/types.js';
import { createDetector } from '../../../src/detect/index.js';
import { runScan } from '../../../src/scan.js';
import { filesSource } from '../../../src/sources/files.js';
import { historySource } from '../../../src/sources/history.js';
import { rangeSource } from '../../../src/sources/range.js';
import { stagedSource } from '../../../src/sources/staged.js';
import { createRepo, runSource, type TestRepo } from '../../helpers/git-repo.js';
import { fakeAdminKey, fakeApiKey, PREFIX } from '../../helpers/keys.js';
import { zip as buildZip } from './build.js';

const detect = createDetector();
const apiKey = fakeApiKey('sources-1');
const adminKey = fakeAdminKey('sources-2');
const thirdKey = fakeApiKey('sources-3');
const placeholder = `${PREFIX}api03-${'X'.repeat(93)}AA`;

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'aks-archives-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};
const track = (repo: TestRepo): TestRepo => (cleanups.push(() => repo.cleanup()), repo);

function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
}

/** An archive made by the real tool from `files`, returned as bytes. */
function archive(tool: 'zip' | 'tar.gz' | 'tar', files: Record<string, string | Buffer>): Buffer {
  const work = tempDir();
  const src = join(work, 'src');
  write(src, files);
  const out = join(work, `out.${tool}`);
  if (tool === 'zip') execFileSync('zip', ['-qrX', out, '.'], { cwd: src });
  else execFileSync('tar', [tool === 'tar' ? '-cf' : '-czf', out, '.'], { cwd: src });
  return readFileSync(out);
}

/** The tree of the judge's favourite places for a key. */
function tree(): Record<string, Buffer | string> {
  const jar = archive('zip', { 'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n', 'BOOT-INF/classes/application.properties': `server.port=8080\nanthropic.api-key=${apiKey}\n` });
  return {
    'dist/release.zip': archive('zip', { '.env': `A=1\nANTHROPIC_ADMIN_KEY=${adminKey}\n`, 'lib/app.jar': jar, 'example.env': `KEY=${placeholder}\n` }),
    'backups/site.tar.gz': archive('tar.gz', { 'etc/site.conf': `x\ny\nkey = "${thirdKey}"\n` }),
    'logs/app.log.gz': gzipSync(`boot\nusing key ${apiKey}\n`),
    'README.md': 'nothing here\n',
  };
}

/** `path!member:line` of each hit (the member part only when there is one), sorted. */
const places = (hits: Hit[]): string[] =>
  hits.map(({ location: l }) => `${l.path}${l.member === undefined ? '' : `!${l.member}`}:${l.line}`).sort();

const EXPECTED = [
  'backups/site.tar.gz!etc/site.conf:3',
  'dist/release.zip!.env:2',
  'dist/release.zip!lib/app.jar!BOOT-INF/classes/application.properties:2',
  'logs/app.log.gz!app.log:2',
];

describe('keys inside archives, through every source', () => {
  it('the files scan finds each key at its file, member and line; placeholders inside stay silent', async () => {
    const root = tempDir();
    write(root, tree());
    const run = await runSource(filesSource({ root, maxFileSize: 25 * 1024 * 1024 }), detect);
    expect(places(run.hits)).toEqual(EXPECTED);
    expect(run.notes).toEqual([]);
    expect(run.counts).toMatchObject({ filesScanned: 4, archivesScanned: 5 });
  });

  it('--history finds the same, with the commit that added each archive', async () => {
    const repo = track(createRepo());
    repo.commitFiles('readme', { 'README.md': 'hi\n' });
    const added = repo.commitFiles('add the archives', tree());
    const run = await runSource(historySource({ root: repo.dir }), detect);
    expect(places(run.hits)).toEqual(EXPECTED);
    expect(run.hits.every((hit) => hit.location.commit === added)).toBe(true);
  });

  it('--staged finds keys in a staged archive', async () => {
    const repo = track(createRepo());
    repo.commitFiles('init', { 'README.md': 'hi\n' });
    repo.write('dist/release.zip', tree()['dist/release.zip']!).add();
    const run = await runSource(stagedSource({ root: repo.dir }), detect);
    expect(places(run.hits)).toEqual(['dist/release.zip!.env:2', 'dist/release.zip!lib/app.jar!BOOT-INF/classes/application.properties:2']);
  });

  it('--range scans a changed archive whole and reports only the keys its new version added, at their members', async () => {
    const repo = track(createRepo());
    const base = repo.commitFiles('v1', { 'release.zip': buildZip([{ name: 'old.env', data: `OLD=${apiKey}\n` }]) });
    repo.commitFiles('v2', { 'release.zip': buildZip([{ name: 'old.env', data: `OLD=${apiKey}\n` }, { name: 'conf/new.env', data: `x\nNEW=${adminKey}\n` }]) });
    const run = await runSource(rangeSource({ root: repo.dir, base, head: 'HEAD' }), detect);
    expect(run.hits.map((h) => h.location)).toEqual([
      expect.objectContaining({ kind: 'file', path: 'release.zip', member: 'conf/new.env', line: 2, column: 5, inHead: true, headLine: 2 }),
    ]);
  });

  it('notes what history could not read inside a blob under the path it was committed at', async () => {
    const repo = track(createRepo());
    repo.commitFiles('locked', { 'vault/locked.zip': buildZip([{ name: 'secret.env', data: 'x', encrypted: true, method: 'store' }]) });
    const run = await runSource(historySource({ root: repo.dir }), detect);
    expect(run.notes).toEqual([{ reason: 'archive-encrypted', message: 'vault/locked.zip: secret.env: not scanned: encrypted', path: 'vault/locked.zip' }]);
  });

  it('the same key in two members, and in two archives, is one finding with every location', async () => {
    const root = tempDir();
    const twice = buildZip([{ name: 'a/.env', data: `K=${apiKey}\n` }, { name: 'b/.env', data: `K=${apiKey}\n` }]);
    write(root, { 'one.zip': twice, 'two.jar': twice });
    const plan: Plan = { scope: { kind: 'files', root }, verify: false, revoke: false, dryRun: false, revokeStatus: 'inactive', maxFileSize: 1024 * 1024, quiet: true };
    const result = await runScan(plan);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0].locations.map((l) => `${l.path}!${l.member}`)).toEqual(['one.zip!a/.env', 'one.zip!b/.env', 'two.jar!a/.env', 'two.jar!b/.env']);
  });

  it('the Plan\'s archive limits reach the source', async () => {
    const root = tempDir();
    write(root, { 'r.zip': tree()['dist/release.zip']! });
    const plan: Plan = { scope: { kind: 'files', root }, verify: false, revoke: false, dryRun: false, revokeStatus: 'inactive', maxFileSize: 1024 * 1024, quiet: true, archiveLimits: { maxDepth: 1 } };
    const result = await runScan(plan);
    expect(result.findings.flatMap((f) => f.locations.map((l) => l.member))).toEqual(['.env']);
    expect(result.notes.map((n) => n.message)).toEqual(['r.zip: lib/app.jar: zip archive nested more than 1 deep (--max-archive-depth): not opened, its bytes scanned as they are']);
  });
});
