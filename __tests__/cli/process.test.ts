/**
 * The CLI as a process: what only a real process shows (a reader that goes away, an unwritable stdout).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeApiKey } from '../helpers/keys.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(repoRoot, 'src/cli-main.ts');

interface Exit {
  code: number | null;
  stderr: string;
}

/**
 * Runs the CLI; `closeEarly` destroys our end of its stdout after the first chunk, like `| head -1`. One still
 * running after 30 s is killed (its code is then null).
 */
function run(argv: string[], closeEarly: boolean, stdout: 'pipe' | number = 'pipe'): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...argv], { cwd: repoRoot, stdio: ['ignore', stdout, 'pipe'], timeout: 30_000 });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.stdout?.on('data', () => {
      if (closeEarly) child.stdout?.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('anthropic-key-scan as a process', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'aks-cli-proc-'));
    // Enough keys for a report far larger than a pipe's buffer.
    const lines = Array.from({ length: 2000 }, (_, i) => `KEY_${i}=${fakeApiKey(`pipe-${i}`)}`);
    await writeFile(path.join(dir, 'keys.env'), `${lines.join('\n')}\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stops quietly when the reader goes away (| head -1): no stack trace, the exit code kept', async () => {
    const result = await run(['--format', 'json', dir], true);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  }, 60_000);

  it('ends when it fails before a files scan begins, though the scan\'s reading thread had started and filled its ring (cli/prestart.ts)', async () => {
    // More small files than the thread's ring holds: it waits for room that no scan will give.
    const tree = path.join(dir, 'tree');
    await mkdir(tree);
    for (let i = 0; i < 700; i++) await writeFile(path.join(tree, `f${i}`), Buffer.alloc(30_000, 0x61));
    const result = await run(['--baseline', path.join(dir, 'missing.json'), tree], false);
    expect(result.stderr).toMatch(/baseline file not found/);
    expect(result.code).toBe(2);
  }, 60_000);

  it('says in one line when stdout cannot be written (a full disk), and exits 2', async () => {
    if (!existsSync('/dev/full')) return; // Linux's always-full device
    const full = openSync('/dev/full', 'w');
    try {
      const result = await run(['--format', 'json', dir], false, full);
      expect(result.stderr).toBe('anthropic-key-scan: error: cannot write to stdout (ENOSPC)\n');
      expect(result.code).toBe(2);
    } finally {
      closeSync(full);
    }
  }, 60_000);
});
