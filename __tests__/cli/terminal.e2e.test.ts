/**
 * The bundled CLI run as a user runs it, against a loopback "Anthropic API" whose every answer is hostile: escape
 * sequences, CR, BEL, C1 controls and bidi overrides in error bodies and headers. What reaches the terminal is
 * read as raw bytes: no control character on any line (the report, the notes, the final `error:` lines), only
 * the text report's own colours when colour is asked for. And a base URL that may not receive keys stops the run
 * before the scan.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshBundle } from '../helpers/bundle.js';
import { fakeAdminKey, fakeApiKey } from '../helpers/keys.js';

const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u001b[1;31mALL CLEAR\r\u009b31m\u0085\u202eevil\u2066x\u0008\u007f\u200f';

let server: Server;
const liveKey = fakeApiKey('terminal-live');
let url: string;
let dir: string;

beforeAll(async () => {
  freshBundle('cli');
  server = createServer((req, res) => {
    // C1 bytes are the controls a header can carry (Node refuses C0 in headers); the body carries everything.
    res.setHeader('x-hostile', '\u009b2J\u0085');
    res.setHeader('retry-after', '0');
    res.setHeader('content-type', 'application/json');
    const key = String(req.headers['x-api-key'] ?? '');
    if (key === liveKey) {
      // Live, of an organization whose id (a header, taken as it comes) is hostile too: revocation asks the admin key.
      res.setHeader('anthropic-organization-id', 'org-\u009b2J\u0085');
      res.end(JSON.stringify({ data: [], has_more: false, first_id: null, last_id: null }));
      return;
    }
    const admin = key.includes('admin');
    res.statusCode = admin ? 400 : 403;
    res.end(JSON.stringify({ type: 'error', error: { type: admin ? `invalid_request_error${HOSTILE}` : 'permission_error', message: HOSTILE, details: { error_code: HOSTILE } } }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'aks-terminal-'));
  writeFileSync(join(dir, `leak${HOSTILE.replace(/[\u0000\u002f]/g, '')}.env`), `ANTHROPIC_API_KEY=${fakeApiKey('terminal')}\nLIVE=${liveKey}\n`);
}, 15 * 60_000);

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: Buffer;
}

function cli(argv: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [freshBundle('cli'), ...argv], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, ANTHROPIC_BASE_URL: url, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
  });
}

/** Every byte a terminal would obey: C0 but tab and newline, DEL, C1 (UTF-8 C2 80-9F), LRM/RLM, bidi embeddings, overrides and isolates, U+2028/9. */
function obeyed(bytes: Buffer, { colours = false } = {}): string[] {
  let text = bytes.toString('utf8');
  if (colours) text = text.replace(/\u001b\[(?:0|1|2|32|1;31|1;33)m/g, '');
  return [...text.matchAll(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g)].map((m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
}

describe('no control character reaches the terminal', () => {
  it('--verify --revoke, text: the findings, the notes and the final error lines are defused', async () => {
    const run = await cli(['--verify', '--revoke', '--quiet', '--no-color', '.'], { ANTHROPIC_ADMIN_KEY: fakeAdminKey('terminal') });
    const stderr = run.stderr.toString('utf8');
    expect(stderr).toMatch(/^anthropic-key-scan: error: the admin key \(ANTHROPIC_ADMIN_KEY\) could not be checked: the API answered 400 /m);
    expect(run.stdout.toString('utf8')).toContain('leak');
    expect(obeyed(run.stdout)).toEqual([]);
    expect(obeyed(run.stderr)).toEqual([]);
    expect(run.code).toBe(1);
  }, 120_000);

  it('--color: the report keeps its own colours and nothing else', async () => {
    const run = await cli(['--verify', '--quiet', '--color', '.']);
    expect(run.stdout.toString('utf8')).toContain('\u001b[1;31m');
    expect(obeyed(run.stdout, { colours: true })).toEqual([]);
    expect(obeyed(run.stderr)).toEqual([]);
  }, 120_000);

  it('--format json and sarif: raw C1 and bidi characters are written as escapes, the value unchanged', async () => {
    for (const format of ['json', 'sarif']) {
      const run = await cli(['--verify', '--quiet', '--format', format, '.']);
      expect(obeyed(run.stdout)).toEqual([]);
      expect(obeyed(run.stderr)).toEqual([]);
      const parsed = JSON.parse(run.stdout.toString('utf8')) as unknown;
      expect(JSON.stringify(parsed)).toContain('\u202e'); // the value still holds what the API said, escaped in transit
    }
  }, 120_000);
});

describe('a base URL that may not receive keys stops the run before the scan', () => {
  it.each([
    ['http://localhost:9', 'localhost:9'],
    ['http://127.0.0.1.nip.io', '127.0.0.1.nip.io'],
    ['http://gateway.example.com', 'gateway.example.com'],
    ['https://user:pw@gateway.example.com', 'user or password'],
  ])('%s: exit 2, one line, nothing scanned', async (base, named) => {
    const run = await cli(['--verify', '--quiet', '.'], { ANTHROPIC_BASE_URL: base });
    expect(run.code).toBe(2);
    expect(run.stdout.toString('utf8')).toBe('');
    const lines = run.stderr.toString('utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^anthropic-key-scan: error: ANTHROPIC_BASE_URL must/);
    expect(lines[0]).toContain(named);
    expect(lines[0]).toMatch(/nothing was scanned$/);
    expect(lines[0]).not.toContain('pw@');
  }, 120_000);

  it('without --verify or --revoke the URL is not used: the scan runs', async () => {
    const run = await cli(['--quiet', '.'], { ANTHROPIC_BASE_URL: 'http://gateway.example.com' });
    expect(run.code).toBe(1);
    expect(run.stdout.toString('utf8')).toContain('leak');
  }, 120_000);
});
