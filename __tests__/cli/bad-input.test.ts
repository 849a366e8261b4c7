/**
 * A hostile user's inputs, end to end in process: each gets exit 2 with one line on stderr, or a note,
 * and never loses what the scan found.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli as cli } from '../helpers/cli.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { fakeApiKey } from '../helpers/keys.js';


const key = fakeApiKey('bad-input');

describe('anthropic-key-scan on bad input', () => {
  let dir: string;
  let tree: string;
  let repo: TestRepo;
  beforeAll(async () => {
    repo = createRepo();
    repo.write('a.txt', 'hello\n');
    repo.commit('first');
    dir = await mkdtemp(path.join(tmpdir(), 'aks-cli-bad-'));
    tree = path.join(dir, 'tree');
    await mkdir(tree);
    await writeFile(path.join(tree, '.env'), `KEY=${key}\n`);
    await writeFile(path.join(dir, 'a-file'), 'not a directory\n');
  });
  afterAll(async () => {
    repo.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['a missing directory', ['missing', 'r.json'], /^anthropic-key-scan: error: --output: no such directory: .*missing\n$/],
    ['a file as directory', ['a-file', 'r.json'], /^anthropic-key-scan: error: --output: not a directory: .*a-file\n$/],
    ['a directory', ['tree'], /^anthropic-key-scan: error: --output: .*tree is a directory\n$/],
  ])('refuses --output into %s before scanning, in one line', async (_, parts, message) => {
    const run = await cli(['--output', path.join(dir, ...parts), tree]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('refuses --write-baseline into a missing directory before the report is printed', async () => {
    const run = await cli(['--write-baseline', path.join(dir, 'missing', 'b.json'), tree]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^anthropic-key-scan: error: --write-baseline: no such directory: .*missing\n$/);
    expect(existsSync(path.join(dir, 'missing'))).toBe(false);
  });

  it('writes --output into an existing directory and says so', async () => {
    const out = path.join(dir, 'report.json');
    const run = await cli(['--format', 'json', '--output', out, tree]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`anthropic-key-scan: 1 finding(s); report written to ${out}\n`);
  });

  it.each([
    ['as PATH', () => [key]],
    ['in --range', () => ['--range', `${key}..HEAD`, repo.dir]],
    ['as --format', () => ['--format', key]],
  ])('never echoes a key pasted %s: the error shows its redacted form', async (_, argv) => {
    const run = await cli(argv());
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain(key);
    expect(run.stderr).toContain(`${key.slice(0, 16)}...${key.slice(-4)}`);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('never carries a key pasted into --repository into a report', async () => {
    for (const format of ['json', 'text', 'sarif']) {
      const run = await cli(['--format', format, '--repository', `owner/${key}`, '--max-file-size', '8', tree]);
      expect(run.stdout).not.toContain(key);
    }
  });

  it('shows an argument holding a newline escaped on one line, not cut at the newline', async () => {
    const run = await cli([path.join(dir, 'missing\nname')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`anthropic-key-scan: error: path not found: ${path.join(dir, 'missing')}\\x0aname\n`);
  });

  it.each([['--range', 'HEAD~1..HEAD'], ['--staged']])('%s honours --max-file-size, as files and --history do', async (...mode) => {
    const big = createRepo();
    try {
      big.commitFiles('base', { 'a.txt': 'a\n' });
      big.write('big.env', `${'x'.repeat(200)}\nKEY=${key}\n`).add();
      if (mode[0] === '--range') big.commit('big');
      const small = await cli([...mode, '--max-file-size', '100', '--format', 'json', big.dir]);
      expect(small.code).toBe(0);
      expect(JSON.parse(small.stdout).notes).toEqual([expect.objectContaining({ reason: 'too-large', path: 'big.env' })]);
      const large = await cli([...mode, '--max-file-size', '1KB', '--format', 'json', big.dir]);
      expect(large.code).toBe(1);
    } finally {
      big.cleanup();
    }
  });
});
