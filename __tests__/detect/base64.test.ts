/** Keys hidden in base64: found in the decoded bytes, reported at the encoded text. */
import { describe, expect, it } from '@jest/globals';
import { detect } from '../../src/detect/index.js';
import { PATTERNS } from '../../src/detect/base64.js';
import { PREFIX, fakeKey } from '../helpers/keys.js';

const API = fakeKey('api03', 'b64-api');
const ADMIN = fakeKey('admin01', 'b64-admin');
const OAT = fakeKey('oat01', 'b64-oat');

const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');
const b64url = (s: string | Buffer): string => Buffer.from(s).toString('base64url');
const wrap = (s: string, width: number): string => s.replace(new RegExp(`(.{${width}})(?=.)`, 'g'), '$1\n');

interface Row {
  key: string;
  line: number;
  column: number;
  encoding?: string;
}
const rows = (data: string | Buffer): Row[] =>
  detect(Buffer.isBuffer(data) ? data : Buffer.from(data)).map((m) => ({
    key: m.secret.reveal(),
    line: m.line,
    column: m.column,
    ...(m.encoding ? { encoding: m.encoding } : {}),
  }));

describe('base64 prefilter patterns', () => {
  it('has the stable substrings of the prefix at each of the 3 byte alignments', () => {
    expect(new Set(PATTERNS.map((p) => p.align))).toEqual(new Set([0, 1, 2]));
    for (const p of PATTERNS) {
      for (const filler of [0x00, 0x41, 0xff, 0x7f]) {
        for (const after of [0x00, 0x41, 0xff]) {
          const bytes = Buffer.concat([Buffer.alloc(p.align, filler), Buffer.from(PREFIX), Buffer.from([after, after])]);
          expect(bytes.toString('base64')).toContain(p.stable.toString());
          expect(bytes.toString('base64url')).toContain(p.stable.toString());
        }
      }
    }
  });
});

describe('detect: keys in base64', () => {
  it('a Kubernetes Secret data value', () => {
    const yaml = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: anthropic',
      'type: Opaque',
      'data:',
      `  api-key: ${b64(API)}`,
      `  admin-key: ${b64(`${ADMIN}\n`)}`,
      '',
    ].join('\n');
    expect(rows(yaml)).toEqual([
      { key: API, line: 7, column: 12, encoding: 'base64' },
      { key: ADMIN, line: 8, column: 14, encoding: 'base64' },
    ]);
  });

  it('each of the 3 alignments, padded and unpadded', () => {
    for (const lead of ['', 'K', 'KE', 'KEY', 'KEY=']) {
      const enc = b64(`${lead}${API}`);
      expect(rows(`v: ${enc}\n`)).toEqual([{ key: API, line: 1, column: 4, encoding: 'base64' }]);
      expect(rows(`v: ${enc.replace(/=+$/, '')}\n`)).toEqual([{ key: API, line: 1, column: 4, encoding: 'base64' }]);
    }
  });

  it('URL-safe base64, named as such when its text shows the alphabet', () => {
    // Find a lead-in whose encoding holds '-' or '_' so the alphabet is visible.
    let lead = '';
    for (let i = 0; !/[-_]/.test(b64url(`${lead}${API}`)); i++) lead = `x${'\u00ff'.repeat(i % 5)}${i}`;
    const enc = b64url(`${lead}${API}`);
    expect(rows(`https://example.com/cb?state=${enc}&x=1\n`)).toEqual([{ key: API, line: 1, column: 30, encoding: 'base64url' }]);
  });

  it('standard base64 percent-encoded in a URL (%2B, %2F, %3D)', () => {
    // Bytes that encode as '++++' and '////' put escapes before and around the key's encoding.
    const data = Buffer.concat([Buffer.from([0xfb, 0xef, 0xbe, 0xff, 0xff, 0xff]), Buffer.from(API), Buffer.from([0xff, 0xff])]);
    const enc = encodeURIComponent(b64(data));
    expect(enc).toMatch(/%2[BF]/);
    const line = `GET /callback?state=${enc}&next=%2Fhome HTTP/1.1`;
    expect(rows(`${line}\n`)).toEqual([{ key: API, line: 1, column: 21, encoding: 'base64' }]);
    const lower = line.replace(/%2([BF])/g, (_m, c: string) => `%2${c.toLowerCase()}`);
    expect(rows(lower).map((r) => r.key)).toEqual([API]);
  });

  it('after a percent escape that is not base64 (`auth%3D`), the encoded text starts past its hex digits', () => {
    const enc = b64(`bot:${API}`);
    expect(rows(`?auth%3D${enc}\n`)).toEqual([{ key: API, line: 1, column: 9, encoding: 'base64' }]);
    expect(rows(`next=https%3A%2F%2Fx%2F%3Fauth%3d${enc}%26a%3D1\n`)).toEqual([{ key: API, line: 1, column: 34, encoding: 'base64' }]);
  });

  it('a base64 .env file on one line', () => {
    const env = `# prod\nDATABASE_URL=postgres://x\nANTHROPIC_API_KEY=${API}\nCLAUDE_CODE_OAUTH_TOKEN=${OAT}\n`;
    expect(rows(`ENV_FILE_B64="${b64(env)}"\n`)).toEqual([
      { key: API, line: 1, column: 15, encoding: 'base64' },
      { key: OAT, line: 1, column: 15, encoding: 'base64' },
    ]);
  });

  it('keys in one encoded run come in the order of their text, whatever their alignments', () => {
    for (let lead = 0; lead < 6; lead++) {
      const env = `${'#'.repeat(lead)}\nA=${API}\nB=${ADMIN}\nC=${OAT}\n`;
      expect(rows(b64(env)).map((r) => r.key)).toEqual([API, ADMIN, OAT]);
    }
  });

  it('a base64 .env file wrapped at 76 columns (the base64 tool) is followed across lines', () => {
    const env = `# comment\nFOO=bar\nANTHROPIC_API_KEY=${API}\nOTHER=${OAT}\n`;
    const enc = wrap(b64(env), 76);
    const lines = enc.split('\n');
    const lineOf = (key: string): number => {
      // The line that holds the start of the key's encoding: where `sk-ant-` starts in the decoded text.
      const byte = env.indexOf(key);
      return Math.floor(Math.floor(byte / 3) * 4 / 76) + 1;
    };
    expect(lines.length).toBeGreaterThan(3);
    expect(rows(`${enc}\n`)).toEqual([
      { key: API, line: lineOf(API), column: 1, encoding: 'base64' },
      { key: OAT, line: lineOf(OAT), column: 1, encoding: 'base64' },
    ]);
  });

  it('wrapped base64: finds the key wherever the line breaks fall, even inside the searched-for characters', () => {
    for (const width of [64, 76]) {
      for (const eol of ['\n', '\r\n']) {
        const missed: number[] = [];
        // 3 * width leads put the key's encoding at every offset of a line, at every byte alignment.
        for (let lead = 0; lead < 3 * width; lead++) {
          const enc = wrap(b64(`${'x'.repeat(lead)}\nK=${API}\n`), width).replace(/\n/g, eol);
          if (!rows(`${enc}${eol}`).some((r) => r.key === API)) missed.push(lead);
        }
        expect([width, eol, missed]).toEqual([width, eol, []]); // one needle alone missed 16 of 228 at 76
      }
    }
  });

  it('each alignment has two needles, and any single line break leaves one of them whole', () => {
    for (const p of PATTERNS) {
      expect(p.needles).toHaveLength(2);
      for (const n of p.needles) expect(p.stable.subarray(n.offset, n.offset + n.bytes.length).equals(n.bytes)).toBe(true);
      for (let j = 1; j < p.stable.length; j++) {
        const whole = p.needles.filter((n) => !(n.offset < j && j < n.offset + n.bytes.length));
        expect([j, whole.length > 0]).toEqual([j, true]);
      }
    }
  });

  it('wrapped at 64 (PEM), with CRLF and indentation', () => {
    const enc = wrap(b64(`ANTHROPIC_ADMIN_KEY=${ADMIN}\n`), 64).split('\n').map((l) => `    ${l}`).join('\r\n');
    const found = rows(`blob: |\r\n${enc}\r\n`);
    expect(found.map((r) => [r.key, r.encoding, r.column])).toEqual([[ADMIN, 'base64', 5]]);
  });

  it('a JSON value and a data: URL', () => {
    expect(rows(`{"auth":"${b64(API)}"}`)).toEqual([{ key: API, line: 1, column: 10, encoding: 'base64' }]);
    expect(rows(`<a href="data:text/plain;base64,${b64(API)}">`)).toEqual([{ key: API, line: 1, column: 33, encoding: 'base64' }]);
  });

  it('several encoded keys on one minified line, and a plain key beside them', () => {
    const line = `a="${b64(API)}";b="${b64(ADMIN)}";c="${OAT}"`;
    const found = rows(line);
    expect(found.map((r) => [r.key, r.column, r.encoding])).toEqual([
      [API, 4, 'base64'],
      [ADMIN, 4 + b64(API).length + 5, 'base64'],
      [OAT, line.indexOf(OAT) + 1, undefined],
    ]);
  });

  it('keeps the allow marker of the encoded line', () => {
    const found = detect(Buffer.from(`x: ${b64(API)} # pragma: allowlist secret\ny: ${b64(ADMIN)}\n`));
    expect(found.map((m) => m.allowMarker)).toEqual(['pragma: allowlist secret', undefined]);
  });

  it('does not report the same encoded key twice', () => {
    const enc = b64(`${API}\n${API}\n`);
    expect(rows(enc)).toHaveLength(2); // two occurrences, each once
    expect(rows(b64(API))).toHaveLength(1);
  });

  it('does not join unrelated lines that are not wrapped base64', () => {
    // The encoded key is 144 characters with no padding; the next line must not be appended to it.
    const enc = b64(API);
    expect(enc).toHaveLength(144);
    expect(rows(`${enc}\nAAAAbbbb\n`)).toEqual([{ key: API, line: 1, column: 1, encoding: 'base64' }]);
  });

  it('finds a key base64-encoded inside UTF-16LE text', () => {
    const found = rows(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`k: ${b64(API)}\r\n`, 'utf16le')]));
    expect(found).toEqual([{ key: API, line: 1, column: 4, encoding: 'base64' }]);
  });
});
