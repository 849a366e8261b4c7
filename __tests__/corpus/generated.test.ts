/**
 * A generated corpus: fast-check writes trees of files (odd names, UTF-8 with or without a byte-order mark,
 * CRLF, UTF-16LE, keys of every kind in random surroundings and keys base64-encoded) and the CLI must
 * report exactly the keys it placed, each at its path, line and column.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

// Seeded: the same generated cases every run, so a red run is a real regression, not an unlucky draw.
fc.configureGlobal({ seed: 20261201 });
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli.js';
import type { JsonReport } from '../../src/core/report.js';
import { B64, bomFile, concat, crlfFile, K, sha256, textFile, utf16File, type FileSpec, type Part, type Piece } from './build.js';

const KINDS = ['api03', 'api01', 'api04', 'admin01', 'oat01', 'ort01'];

/** Text around keys: anything but a key character right after a key (a body that runs on is not a key). */
const noise = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcXYZ019 =:_-./\'"`\t,;(){}[]<>#%&|\\é中🔑'.split(/(?:)/u)), maxLength: 12 }),
  fc.constantFrom('ANTHROPIC_API_KEY=', 'export K=', '"apiKey": "', '  - ', '<key>', '?key=', '%3D', '\u001b[31m', 'Bearer ', 'x-api-key: '),
);
const after = fc.constantFrom('"', "'", ' ', ',', ';', ')', '</k>', '\\n', '\\"', '&x=1', '\u001b[0m', '.', '%22', '\r');

const keyPart = (name: string): fc.Arbitrary<Part> =>
  fc.tuple(fc.constantFrom(...KINDS), fc.boolean()).map(([kind, encoded]) => {
    const key = K(kind, name);
    // Base64 stands alone between separators, as in a Secret's data or an Authorization header.
    return encoded ? concat(' ', B64(concat('user:', key)), ' ') : key;
  });

/** A line: noise, then zero or more (key, separator, noise). Keys get unique names per file. */
const line = (fileIndex: number, lineIndex: number): fc.Arbitrary<Piece[]> =>
  fc.tuple(noise, fc.array(fc.tuple(fc.nat(), after, noise), { maxLength: 3 })).chain(([head, rest]) =>
    fc
      .tuple(...rest.map((_, k) => keyPart(`gen-${fileIndex}-${lineIndex}-${k}`)))
      .map((keys) => [head, ...rest.flatMap(([, sep, tail], k) => [keys[k], sep, tail])]),
  );

const NAMES = ['a.env', 'dir with space/b.yml', '.github/workflows/c.yml', 'été/d.json', '中文/e.txt', '.vscode/f.json', 'g h/i j.ps1', 'k[1].md'];

const file = (fileIndex: number): fc.Arbitrary<FileSpec> =>
  fc
    .tuple(
      fc.constantFrom(...NAMES),
      fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => line(fileIndex, i)))),
      fc.constantFrom('utf8', 'crlf', 'bom', 'utf16le', 'utf16le-no-bom'),
      fc.boolean(),
    )
    .map(([name, lines, form, finalNewline]) => {
      const pieces: Piece[] = lines.flatMap((l, i) => (i < lines.length - 1 || finalNewline ? [...l, '\n'] : l));
      const part = concat(...pieces);
      const where = `${fileIndex}/${name}`;
      switch (form) {
        case 'crlf':
          return crlfFile(where, part);
        case 'bom':
          return bomFile(where, part);
        case 'utf16le':
          return utf16File(where, part);
        case 'utf16le-no-bom':
          return utf16File(where, part, 'no-bom');
        default:
          return textFile(where, part);
      }
    });

async function scan(dir: string): Promise<JsonReport> {
  let stdout = '';
  let stderr = '';
  const code = await main(['--format', 'json', '--fail-on', 'never', dir], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  if (code !== 0 || stderr) throw new Error(`exit ${code}: ${stderr}`);
  return JSON.parse(stdout) as JsonReport;
}

const row = (p: string, line: number, column: number, rule: string, encoding: string | undefined, sha: string): string =>
  `${p}:${line}:${column} ${rule}${encoding ? ` [${encoding}]` : ''} ${sha.slice(0, 12)}`;

describe('generated corpus through the CLI', () => {
  it('reports exactly the keys placed, at their paths, lines and columns', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'aks-generated-'));
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.tuple(...Array.from({ length: 4 }, (_, i) => file(i))), async (files) => {
          const dir = path.join(root, String(run++));
          for (const f of files) {
            const target = path.join(dir, ...f.path.split('/'));
            await mkdir(path.dirname(target), { recursive: true });
            await writeFile(target, f.bytes);
          }
          const report = await scan(dir);
          const got = report.findings.flatMap((f) => f.locations.map((l) => row(l.path ?? '', l.line, l.column ?? 0, f.rule, l.encoding, f.secretSha256))).sort();
          // In UTF-16 text a base64 key is named by its base64 encoding (the outer text decoding is implied).
          const want = files
            .flatMap((f) => f.expected.map((e) => row(f.path, e.line, e.column, e.rule, e.encoding === 'utf16le' && f.bytes.includes(0) && isBase64Expectation(f, e.key) ? 'base64' : e.encoding, sha256(e.key))))
            .sort();
          expect(got).toEqual(want);
          expect(report.suppressed).toEqual([]);
        }),
        { numRuns: 40 },
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

/** Whether the file holds this key only base64-encoded (its plain text is not in the file). */
function isBase64Expectation(f: FileSpec, key: string): boolean {
  return !f.bytes.includes(Buffer.from(key, 'utf16le')) && !f.bytes.includes(Buffer.from(key, 'utf8'));
}
