/** The container step on real archives built at test time: each key found at its member, line and column. */
import { describe, expect, it } from '@jest/globals';
import { deflateSync, gzipSync } from 'node:zlib';
import { formatOf, formatsOf } from '../../../src/sources/containers/index.js';
import { fakeAdminKey, fakeApiKey, fakeKey, PREFIX } from '../../helpers/keys.js';
import { gzip, pyc, tar, zip } from './build.js';
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

  it('reads a file as every format it is: a tar whose last member is a zip stays a tar; a PDF with a zip appended is both', () => {
    const inner = zip([{ name: 'in-zip.env', data: env(key) }]);
    const archive = tar([{ name: 'first.env', data: env(fakeApiKey('containers-2')) }, { name: 'last.zip', data: inner }]);
    expect(formatsOf(archive).map((f) => f.name)).toEqual(['tar']);
    expect(scanBuffer(archive, 'x.tar').where).toEqual(['first.env:3:19', 'last.zip!in-zip.env:3:19']);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<< /Length 20 /Filter /FlateDecode >>\nstream\n'), deflateSync(`BT (${fakeApiKey('containers-3')}) Tj ET`), Buffer.from('\nendstream\nendobj\n%%EOF\n')]);
    const polyglot = Buffer.concat([pdf, inner]);
    expect(formatsOf(polyglot).map((f) => f.name)).toEqual(['pdf', 'zip']);
    expect(scanBuffer(polyglot, 'x.pdf').where).toEqual(['in-zip.env:3:19', 'obj 1:1:5']);
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

  it('opens a "fully executable" jar: a launch script in front of the zip', () => {
    const script = Buffer.from('#!/bin/bash\n# launch script\nexec java -jar "$0" "$@"\nexit 0\n');
    const jar = zip([{ name: 'BOOT-INF/classes/application.yml', data: `anthropic:\n  key: ${key}\n` }], { prefix: script });
    expect(scanBuffer(jar, 'app.jar').where).toEqual(['BOOT-INF/classes/application.yml:2:8']);
    expect(scanBuffer(Buffer.from(`#!/bin/sh\necho ${key}\n`), 'run.sh').where).toEqual(['2:6']);
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

  it('finds a key in a compiled Python file inside a wheel, the next marshal object right after it', () => {
    // Marshal writes `z` + length + the key, then the next object's type byte (`N` here): a key character.
    const compiled = pyc(['ANTHROPIC_API_KEY', key]);
    expect(compiled.includes(Buffer.from(`${key}N`))).toBe(true);
    const wheel = zip([
      { name: 'pkg/__init__.py', data: 'from .settings import *\n' },
      { name: 'pkg/__pycache__/settings.cpython-312.pyc', data: compiled },
      { name: 'pkg/__pycache__/stored.cpython-312.pyc', data: pyc([key, 'x'], { interned: true }), method: 'store' },
    ]);
    const run = scanBuffer(wheel, 'dist/pkg-1.0-py3-none-any.whl');
    expect(run.matches.map((m) => [m.member, m.rule, m.secret.reveal()])).toEqual([
      ['pkg/__pycache__/settings.cpython-312.pyc', 'anthropic-api-key', key],
      ['pkg/__pycache__/stored.cpython-312.pyc', 'anthropic-api-key', key],
    ]);
    expect(run.notes).toEqual([]);
    const placeholder = zip([{ name: 'p/__pycache__/x.cpython-312.pyc', data: pyc([placeholders[0]]) }]);
    expect(scanBuffer(placeholder, 'p.whl').matches).toEqual([]);
  });

  it('finds a UTF-16 key in a binary (a .NET assembly\'s string heap), also at the very end of the file', () => {
    const wide = Buffer.from(key, 'utf16le');
    const dll = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300), Buffer.from('s\0k\0-\0x\0'), Buffer.alloc(5000), wide, Buffer.alloc(64)]);
    expect(scanBuffer(dll, 'App.dll').matches.map((m) => m.encoding)).toEqual(['utf16le']);
    expect(scanBuffer(Buffer.concat([Buffer.alloc(100), wide]), 'tail.bin').matches).toHaveLength(1);
    expect(scanBuffer(Buffer.concat([Buffer.alloc(100), wide.subarray(0, 20)]), 'cut.bin').matches).toHaveLength(0);
  });

  it('inflates a PDF\'s Flate streams, each named after its object; a broken stream is noted, the others scanned', () => {
    const content = (text: string): Buffer => deflateSync(`BT\n/F1 12 Tf\n72 700 Td\n(${text}) Tj\nET\n`);
    const object = (n: number, body: Buffer, filter = '/Filter /FlateDecode'): Buffer =>
      Buffer.concat([Buffer.from(`${n} 0 obj\n<< /Length ${body.length} ${filter} >>\nstream\r\n`), body, Buffer.from('\nendstream\nendobj\n')]);
    const doc = Buffer.concat([
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'),
      object(4, content(`API key: ${key}`)),
      object(5, Buffer.from('not deflate at all, just bytes')),
      object(6, Buffer.from(`(plain ${fakeKey('api03', 'pdf-plain')}) Tj`), ''),
      Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    ]);
    const run = scanBuffer(doc, 'handover.pdf');
    expect(run.where).toEqual(['22:8', 'obj 4:4:11']);
    expect(run.notes).toEqual([expect.objectContaining({ reason: 'archive-corrupt', message: expect.stringMatching(/^handover\.pdf: obj 5: not scanned: cannot be read/) })]);
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
