/** The container step on real archives built at test time: each key found at its member, line and column. */
import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { formatOf } from '../../../src/sources/containers/index.js';
import { fakeAdminKey, fakeApiKey, fakeKey, PREFIX } from '../../helpers/keys.js';
import { gzip, tar, zip } from './build.js';
import { scanBuffer } from './scan.js';

const key = fakeApiKey('containers');
const env = (k: string): string => `# settings\nDEBUG=false\nANTHROPIC_API_KEY=${k}\n`;
/** Key-shaped placeholders the detector must stay silent on, inside archives as anywhere. */
const placeholders = [`${PREFIX}api03-${'X'.repeat(93)}AA`, `${PREFIX}api03-${'0123456789'.repeat(9)}012AA`, `${PREFIX}api03-...`];

describe('the container step', () => {
  it('recognises containers by content, not name', () => {
    expect(formatOf(zip([{ name: 'a', data: 'x' }]))?.name).toBe('zip');
    expect(formatOf(gzip('hello'))?.name).toBe('gzip');
    expect(formatOf(tar([{ name: 'a', data: 'x' }]))?.name).toBe('tar');
    expect(formatOf(Buffer.from('PK is not a zip'))).toBeUndefined();
    expect(formatOf(Buffer.alloc(600))).toBeUndefined();
  });

  it('finds a key in a zip member (deflated and stored) at the member, line and column', () => {
    const run = scanBuffer(zip([{ name: 'config/.env', data: env(key) }, { name: 'README', data: 'nothing', method: 'store' }, { name: 'b/stored.env', data: env(key), method: 'store' }]), 'release.zip');
    expect(run.where).toEqual(['b/stored.env:3:19', 'config/.env:3:19']);
    expect(run.notes).toEqual([]);
    expect(run.counts).toMatchObject({ archivesScanned: 1, membersScanned: 3 });
  });

  it('opens the zip family whatever the name: a jar in a zip, a wheel, a docx, an xlsx', () => {
    const jar = zip([{ name: 'META-INF/MANIFEST.MF', data: 'Manifest-Version: 1.0\n' }, { name: 'BOOT-INF/classes/application.properties', data: `spring.x=1\nanthropic.key=${key}\n` }]);
    const release = zip([{ name: 'lib/app.jar', data: jar, method: 'store' }, { name: 'readme.txt', data: 'hi' }]);
    expect(scanBuffer(release, 'release.zip').where).toEqual(['lib/app.jar!BOOT-INF/classes/application.properties:2:15']);

    const wheel = zip([{ name: 'pkg/__init__.py', data: `\nKEY = "${key}"\n` }, { name: 'pkg-1.0.dist-info/RECORD', data: 'pkg/__init__.py,,\n' }]);
    expect(scanBuffer(wheel, 'dist/pkg-1.0-py3-none-any.whl').where).toEqual(['pkg/__init__.py:2:8']);

    const docx = zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: `<w:document><w:body><w:p><w:t>The key: ${key}</w:t></w:p></w:body></w:document>` }]);
    expect(scanBuffer(docx, 'handover.docx').where).toEqual(['word/document.xml:1:40']);

    const admin = fakeAdminKey('xlsx');
    const xlsx = zip([{ name: 'xl/sharedStrings.xml', data: `<sst>\n<si><t>${admin}</t></si>\n</sst>` }]);
    const run = scanBuffer(xlsx, 'keys.xlsx');
    expect(run.where).toEqual(['xl/sharedStrings.xml:2:8']);
    expect(run.matches[0].rule).toBe('anthropic-admin-key');
  });

  it('names a gzip file\'s content after the file, and a tar.gz\'s members directly', () => {
    const log = `line one\nline two\nleaked ${key} here\n`;
    expect(scanBuffer(gzip(log), 'logs/app.log.gz').where).toEqual(['app.log:3:8']);
    const archive = tar([{ name: 'etc/', data: '', type: '5' }, { name: 'etc/app/.env', data: env(key) }, { name: 'etc/link', data: '', type: '2' }]);
    expect(scanBuffer(gzip(archive), 'backup.tar.gz').where).toEqual(['etc/app/.env:3:19']);
    expect(scanBuffer(gzip(archive), 'pkg.tgz').where).toEqual(['etc/app/.env:3:19']);
    expect(scanBuffer(archive, 'backup.tar').where).toEqual(['etc/app/.env:3:19']);
  });

  it('reads tar long names (pax) and nests a tgz inside a zip inside a zip', () => {
    const deep = `${'very-long-directory-name/'.repeat(6)}settings.env`;
    const tgz = gzip(tar([{ name: deep, data: env(key) }]));
    const inner = zip([{ name: 'vendor/pkg-1.0.0.tgz', data: tgz }]);
    const outer = zip([{ name: 'bundle/inner.zip', data: inner }]);
    expect(scanBuffer(outer, 'outer.zip').where).toEqual([`bundle/inner.zip!vendor/pkg-1.0.0.tgz!${deep}:3:19`]);
  });

  it('scans binary files as they are: a SQLite-like page, a .pyc-like and a .class-like file', () => {
    const sqlite = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84, 1), Buffer.from([0, 0, 0x0d, 0x00]), Buffer.from(key), Buffer.alloc(200)]);
    const pyc = Buffer.concat([Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0]), Buffer.from([0xe3, 0, 0, 0, 0x73, 108, 0, 0, 0]), Buffer.from(key), Buffer.from([0x29, 0x4e])]);
    const klass = Buffer.concat([Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 0x34, 0, 0x1d, 0x01, 0, 108]), Buffer.from(key), Buffer.from([0x07, 0, 0x02])]);
    for (const [data, name] of [[sqlite, 'app.db'], [pyc, '__pycache__/settings.cpython-312.pyc'], [klass, 'Config.class']] as const) {
      const run = scanBuffer(data, name);
      expect([name, run.matches.length]).toEqual([name, 1]);
      expect(run.matches[0].member).toBeUndefined();
      expect(run.notes).toEqual([]);
    }
  });

  it('a key in the archive\'s own bytes outside any member (a zip comment) is still found, once', () => {
    const run = scanBuffer(zip([{ name: 'a.txt', data: 'nothing' }], { comment: `key ${key}` }), 'c.zip');
    expect(run.matches).toHaveLength(1);
    expect(run.matches[0].member).toBeUndefined();
  });

  it('the same key in two members is two matches, one per member', () => {
    const run = scanBuffer(zip([{ name: 'a/.env', data: env(key) }, { name: 'b/.env', data: env(key) }]), 'two.zip');
    expect(run.where).toEqual(['a/.env:3:19', 'b/.env:3:19']);
  });

  it('stays silent on placeholders inside containers', () => {
    const text = placeholders.map((p) => `KEY=${p}`).join('\n');
    const nested = zip([{ name: 'docs/example.env', data: text }, { name: 'inner.tgz', data: gzip(tar([{ name: 'x.env', data: text }])) }]);
    const run = scanBuffer(nested, 'examples.zip');
    expect(run.matches).toEqual([]);
    expect(run.notes).toEqual([]);
    expect(scanBuffer(gzipSync(text), 'example.env.gz').matches).toEqual([]);
  });

  it('finds UTF-16 text inside a member', () => {
    const run = scanBuffer(zip([{ name: 'notes.txt', data: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`k=${fakeKey('api03', 'wide')}`, 'utf16le')]) }]), 'w.zip');
    expect(run.matches.map((m) => [m.member, m.encoding])).toEqual([['notes.txt', 'utf16le']]);
  });
});
