/**
 * The newcomer's path through the CLI, walked as a user runs it: each wrong turn a new user met (advice that
 * did not apply, a bad ref blamed on a config file, a baseline run that failed, a bad number answered with
 * node's parser's words, a help with a heading twice) gets the answer a user can act on.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli as cli } from '../helpers/cli.js';
import { cloneRepo, createRepo, type TestRepo } from '../helpers/git-repo.js';
import { fakeApiKey } from '../helpers/keys.js';

const oneLine = (stderr: string): void => {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('bad numbers', () => {
  it.each([
    [['--max-verify', '-3'], /^anthropic-key-scan: error: --max-verify must be a positive whole number, not "-3"\n$/],
    [['--max-verify', 'abc'], /--max-verify must be a positive whole number, not "abc"/],
    [['--max-verify=0'], /--max-verify must be a positive whole number, not "0"/],
    [['--max-archive-size', '12XB'], /--max-archive-size must be a size such as 25MB, .* not "12XB"/],
    [['--max-file-size', '-1'], /--max-file-size must be a size such as 25MB, .* not "-1"/],
    [['--max-archive-depth', '1.5'], /--max-archive-depth must be a whole number, not "1.5"/],
    [['--max-archive-depth', '-1'], /--max-archive-depth must be a whole number, not "-1"/],
    [['--max-verify='], /--max-verify needs a value \(N\), got an empty one/],
    [['--max-file-size='], /--max-file-size needs a value \(SIZE\), got an empty one/],
    [['--max-archive-size', ' '], /--max-archive-size needs a value \(SIZE\), got an empty one/],
    [['--output='], /--output needs a value \(FILE\), got an empty one/],
    [['--config', ''], /--config needs a value \(FILE\), got an empty one/],
    [['--format', '--verify'], /--format needs a value \(text\|json\|sarif\) before the next option; to give one that starts with -, write --format=VALUE/],
    [['-o', '--verify'], /--output needs a value \(FILE\) before the next option/],
    [['--max-verify'], /--max-verify needs a value \(N\)/],
  ])('%j: one plain line naming the flag and what it accepts, exit 2', async (argv, message) => {
    const run = await cli([...argv]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/ambiguous|<value>/);
    oneLine(run.stderr);
    expect(run.stdout).toBe('');
  });
});

describe('--write-baseline', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'aks-newcomer-baseline-'));
    await writeFile(path.join(dir, '.env'), `A=${fakeApiKey('nb-1')}\nB=${fakeApiKey('nb-2')}\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('says where it wrote, in one line, and exits 0: what it found is now the baseline', async () => {
    const baseline = path.join(dir, '..', `${path.basename(dir)}.baseline.json`);
    try {
      const run = await cli(['--write-baseline', baseline, dir]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(`anthropic-key-scan: baseline of 2 key(s) written to ${baseline}; later scans given --baseline ${baseline} leave them out\n`);
      expect(JSON.parse(await readFile(baseline, 'utf8')).findings).toHaveLength(2);
      const again = await cli(['--baseline', baseline, dir]);
      expect(again.code).toBe(0);
    } finally {
      await rm(baseline, { force: true });
    }
  });
});

describe('bad refs in --range', () => {
  let repo: TestRepo;
  let shallow: TestRepo;
  let first: string;
  beforeAll(() => {
    repo = createRepo();
    // A config at the base: the refs must be named before it is read, not blamed on it.
    repo.write('.anthropic-key-scan.yml', 'allow:\n  markers: [nosecret]\n');
    repo.write('a.txt', 'a\n');
    first = repo.commit('first');
    repo.write('b.txt', 'b\n');
    repo.commit('second');
    shallow = cloneRepo(repo.dir, { depth: 1 });
  });
  afterAll(() => {
    repo.cleanup();
    shallow.cleanup();
  });

  it.each([
    ['an unknown base', () => ['--range', 'nope..HEAD', repo.dir], /^anthropic-key-scan: error: unknown ref: nope \(the range base: no such branch, tag or commit in .*\): check the name, or fetch it \(git fetch origin nope\)\n$/],
    ['an unknown head', () => ['--range', 'HEAD..nope', repo.dir], /unknown ref: nope \(the range head: no such branch/],
    ['a base holding shell syntax: the hint quotes it', () => ['--range', "x;$(id)'..HEAD", repo.dir], /fetch it \(git fetch origin 'x;\$\(id\)'\\'''\)\n$/],
    ['three ends', () => ['--range', 'a..b..c', repo.dir], /--range: expected BASE..HEAD \(two refs joined by ..\), got "a..b..c"/],
    ['a tree', () => ['--range', `${repo.rev('HEAD^{tree}')}..HEAD`, repo.dir], /not a commit: [0-9a-f]{40} \(the range base: a tree\): give a branch, tag or commit/],
    ['a blob', () => ['--range', `HEAD..${repo.git(['rev-parse', 'HEAD:a.txt'])}`, repo.dir], /not a commit: [0-9a-f]{40} \(the range head: a blob\)/],
    ['a base a shallow clone lacks', () => ['--range', `${first}..HEAD`, shallow.dir], /unknown ref: [0-9a-f]{40} \(the range base: not in this shallow clone .*\): fetch that commit, or fetch the whole history \(git fetch --unshallow; in GitHub Actions, fetch-depth: 0 in actions\/checkout\)/],
    ['a branch a shallow clone lacks', () => ['--range', 'nope..HEAD', shallow.dir], /unknown ref: nope \(the range base: not in this shallow clone .*git fetch --unshallow/],
  ])('names %s as a bad ref, in one line, exit 2', async (_, argv, message) => {
    const run = await cli(argv());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/config|anthropic-key-scan\.yml/);
    oneLine(run.stderr);
  });

  it('still scans a good range whose base holds a config', async () => {
    const run = await cli(['--range', `${first}..HEAD`, repo.dir]);
    expect(run.code).toBe(0);
  });
});

describe('--help', () => {
  it('has no heading twice and lists every flag once', async () => {
    const { SCAN_OPTIONS } = await import('../../src/cli/args.js');
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    const headings = run.stdout.split('\n').filter((line) => /^\S.*:$/.test(line) || /^[A-Z][^:]*\(.*\):$/.test(line));
    const names = headings.map((h) => h.replace(/\s*\(.*$/, '').replace(/:$/, ''));
    expect(new Set(names).size).toBe(names.length);
    for (const [name, spec] of Object.entries(SCAN_OPTIONS)) {
      if ((spec as { hidden?: boolean }).hidden) continue;
      const listed = run.stdout.split('\n').filter((line) => new RegExp(`^\\s+(-\\w, )?--${name}(\\s|$)`).test(line));
      expect([name, listed.length]).toEqual([name, 1]);
    }
  });
});

describe('excluded paths are not read', () => {
  const key = fakeApiKey('excluded');
  const elsewhere = fakeApiKey('excluded-and-elsewhere');
  const config = 'exclude:\n  paths: ["node_modules/**", "big/", "*.snap"]\n';
  /** What makes notes when read: a file over --max-file-size, a corrupt archive, and keys. */
  const noisy = (): Record<string, string | Buffer> => ({
    'node_modules/pkg/huge.bin': Buffer.alloc(4096, 'x'),
    'node_modules/pkg/broken.zip': Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 0xff)]),
    'node_modules/pkg/.env': `KEY=${key}\n`,
    'big/deep/er/huge.txt': Buffer.alloc(4096, 'y'),
    'ui/button.snap': `K=${elsewhere}\n`,
  });
  const expectNothingFromExcluded = (stdout: string): void => {
    const report = JSON.parse(stdout);
    expect(report.notes).toEqual([]);
    expect(report.suppressed).toEqual([]);
    const paths = report.findings.flatMap((f: { locations: { path?: string }[] }) => f.locations.map((l) => l.path));
    expect(paths).toEqual(['src/app.ts']);
  };

  it('files: never opens, stats nor descends into them: a FIFO that would block forever, a dangling link loop', async () => {
    const { mkdir, symlink } = await import('node:fs/promises');
    const { execFileSync } = await import('node:child_process');
    const dir = await mkdtemp(path.join(tmpdir(), 'aks-newcomer-exclude-'));
    try {
      for (const [file, content] of Object.entries(noisy())) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), content);
      }
      execFileSync('mkfifo', [path.join(dir, 'node_modules/pkg/fifo')]);
      execFileSync('mkfifo', [path.join(dir, 'ui/blocking.snap')]);
      await symlink('loop-b', path.join(dir, 'big/loop-a'));
      await symlink('loop-a', path.join(dir, 'big/loop-b'));
      await mkdir(path.join(dir, 'src'));
      await writeFile(path.join(dir, 'src/app.ts'), `const k = '${elsewhere}';\n`);
      await writeFile(path.join(dir, '.anthropic-key-scan.yml'), config);
      const run = await cli(['--format', 'json', '--max-file-size', '1KB', dir]);
      expect(run.code).toBe(1);
      expectNothingFromExcluded(run.stdout);
      // node_modules and big are two entries skipped whole, not the files in them; ui/*.snap are two more.
      expect(JSON.parse(run.stdout).stats.skippedExcluded).toBe(4);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['--history', (r: TestRepo) => ['--history', r.dir]],
    ['--range', (r: TestRepo) => ['--range', `${r.rev('HEAD~1')}..HEAD`, r.dir]],
  ])('%s: no finding, suppressed entry or note for blobs only at excluded paths', async (_, argv) => {
    const repo = createRepo();
    try {
      repo.commitFiles('config', { '.anthropic-key-scan.yml': config });
      repo.commitFiles('noise', { ...noisy(), 'src/app.ts': `const k = '${elsewhere}';\n` });
      const run = await cli(['--format', 'json', '--max-file-size', '1KB', ...argv(repo)]);
      expect(run.code).toBe(1);
      expectNothingFromExcluded(run.stdout);
    } finally {
      repo.cleanup();
    }
  });

  it('--staged: excluded paths are not read', async () => {
    const repo = createRepo();
    try {
      repo.commitFiles('config', { '.anthropic-key-scan.yml': config });
      for (const [file, content] of Object.entries({ ...noisy(), 'src/app.ts': `const k = '${elsewhere}';\n` })) repo.write(file, content);
      repo.add('.');
      const run = await cli(['--format', 'json', '--max-file-size', '1KB', '--staged', repo.dir]);
      expect(run.code).toBe(1);
      expectNothingFromExcluded(run.stdout);
    } finally {
      repo.cleanup();
    }
  });
});

describe('- scans standard input', () => {
  const key = fakeApiKey('stdin');
  it('finds a key piped in (git diff | anthropic-key-scan -), at path "-"', async () => {
    const diff = `diff --git a/.env b/.env\n+++ b/.env\n@@ -0,0 +1 @@\n+KEY=${key}\n`;
    const run = await cli(['--format', 'json', '-'], {}, diff);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.scope).toEqual({ kind: 'stdin', root: '-' });
    expect(report.findings[0].locations).toEqual([{ kind: 'file', path: '-', line: 4, column: 6, fingerprint: '-:anthropic-api-key:4' }]);
    const text = await cli(['-'], {}, diff);
    expect(text.stdout).toContain('standard input');
    expect(text.stdout).toContain('  -:4:6');
    expect(text.stdout).not.toContain(key);
  });

  it('is clean when empty', async () => {
    const run = await cli(['--format', 'json', '-'], {}, '');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });

  it('opens gzip and scans binary input as a file is', async () => {
    const { gzipSync } = await import('node:zlib');
    const gz = await cli(['--format', 'json', '-'], {}, gzipSync(Buffer.from(`log line\nKEY=${key}\n`)));
    expect(gz.code).toBe(1);
    expect(JSON.parse(gz.stdout).findings[0].locations[0]).toMatchObject({ path: '-', member: '-', line: 2 });
    const binary = await cli(['--format', 'json', '-'], {}, Buffer.concat([Buffer.from([0, 1, 2, 0xff, 0]), Buffer.from(key), Buffer.from([0, 0])]));
    expect(binary.code).toBe(1);
  });

  it('notes input over --max-file-size instead of scanning it', async () => {
    const run = await cli(['--format', 'json', '--max-file-size', '1KB', '-'], {}, Buffer.alloc(5000, 'a'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).notes).toEqual([expect.objectContaining({ reason: 'too-large', path: '-' })]);
  });

  it.each([['--history'], ['--staged'], ['--range', 'a..b']])('is a usage error with %s, in one line', async (...flags) => {
    const run = await cli([...flags, '-'], {}, '');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^anthropic-key-scan: error: - \(standard input\) cannot be used with --(history|staged|range): it reads a repository; give its PATH instead\n$/);
  });
});

describe('ignoring one place by its fingerprint', () => {
  const key = fakeApiKey('fp-one-place');
  interface Loc { path?: string; fingerprint?: string; line: number }
  const json = (stdout: string) => JSON.parse(stdout) as { findings: { locations: Loc[]; suppressionOverridden?: string }[]; suppressed: { suppressedBy: string; locations: Loc[] }[] };

  /** Scans, takes the first location's fingerprint, ignores it by `how`, scans again: only the other place stays. */
  async function ignoreFirst(scan: (extra: string[]) => Promise<{ stdout: string }>, write: (fingerprint: string, how: 'config' | 'gitleaks') => Promise<void>, how: 'config' | 'gitleaks') {
    const before = json((await scan([])).stdout);
    expect(before.findings).toHaveLength(1);
    const [first, second] = before.findings[0]!.locations;
    expect(first?.fingerprint).toBeDefined();
    expect(second?.fingerprint).toBeDefined();
    await write(first!.fingerprint!, how);
    const after = json((await scan([])).stdout);
    expect(after.findings[0]!.locations.map((l) => l.fingerprint)).toEqual([second!.fingerprint]);
    expect(after.suppressed).toEqual([expect.objectContaining({ suppressedBy: how === 'config' ? 'config:allow-fingerprint' : 'gitleaksignore' })]);
    expect(after.suppressed[0]!.locations.map((l) => l.fingerprint)).toEqual([first!.fingerprint]);
  }
  const config = (fingerprint: string) => `allow:\n  fingerprints: [${JSON.stringify(fingerprint)}]\n`;
  // gitleaks names its own rule: any Anthropic rule at that place is ignored.
  const gitleaks = (fingerprint: string) => `# moved over from gitleaks\n${fingerprint.replace(/:anthropic-api-key:(\d+)$/, ':anthropic-admin-api-key:$1')}\nother.txt:aws-access-token:1\n`;

  it.each(['config', 'gitleaks'] as const)('files (a path holding ":"), by %s', async (how) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'aks-newcomer-fp-'));
    try {
      await writeFile(path.join(dir, 'a:b.env'), `X=1\nKEY=${key}\n`);
      await writeFile(path.join(dir, 'c.env'), `KEY=${key}\n`);
      await ignoreFirst(
        (extra) => cli(['--format', 'json', ...extra, dir]),
        async (fp) => writeFile(path.join(dir, how === 'config' ? '.anthropic-key-scan.yml' : '.gitleaksignore'), how === 'config' ? config(fp) : gitleaks(fp)),
        how,
      );
      expect(json((await cli(['--format', 'json', dir])).stdout).suppressed[0]!.locations[0]!.fingerprint).toBe('a:b.env:anthropic-api-key:2');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each(['config', 'gitleaks'] as const)('history and range (COMMIT:PATH:RULE:LINE), by %s, read from the base for a range', async (how) => {
    const repo = createRepo();
    try {
      repo.commitFiles('base', { 'README.md': 'hi\n' });
      const base = repo.head();
      repo.commitFiles('keys', { 'a.env': `KEY=${key}\n`, 'b.env': `X=1\nKEY=${key}\n` });
      const file = how === 'config' ? '.anthropic-key-scan.yml' : '.gitleaksignore';
      const history = (extra: string[]) => cli(['--format', 'json', '--history', ...extra, repo.dir]);
      await ignoreFirst(history, async (fp) => void repo.commitFiles('ignore', { [file]: how === 'config' ? config(fp) : gitleaks(fp) }), how);
      // A range reads the ignore list from its base: a new base holding it ignores the place, the range's own does not.
      const range = json((await cli(['--format', 'json', '--range', `${base}..HEAD`, repo.dir])).stdout);
      expect(range.findings[0]!.locations).toHaveLength(2);
    } finally {
      repo.cleanup();
    }
  });

  it('staged and standard input (PATH:RULE:LINE)', async () => {
    const repo = createRepo();
    try {
      repo.commitFiles('base', { 'README.md': 'hi\n' });
      repo.write('a.env', `KEY=${key}\n`).write('b.env', `KEY=${key}\n`).add('a.env', 'b.env');
      await ignoreFirst((extra) => cli(['--format', 'json', '--staged', ...extra, repo.dir]), async (fp) => writeFile(path.join(repo.dir, '.anthropic-key-scan.yml'), config(fp)), 'config');
    } finally {
      repo.cleanup();
    }
    const dir = await mkdtemp(path.join(tmpdir(), 'aks-newcomer-fp-stdin-'));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      await writeFile('.anthropic-key-scan.yml', config('-:anthropic-api-key:1'));
      const run = json((await cli(['--format', 'json', '-'], {}, `KEY=${key}\nKEY=${key}\n`)).stdout);
      expect(run.findings[0]!.locations.map((l) => l.fingerprint)).toEqual(['-:anthropic-api-key:2']);
    } finally {
      process.chdir(cwd);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('still reports a live key at an ignored place (suppressionOverridden)', async () => {
    const { startAnthropicServer } = await import('../helpers/anthropic-server.js');
    const server = await startAnthropicServer();
    const dir = await mkdtemp(path.join(tmpdir(), 'aks-newcomer-fp-live-'));
    try {
      server.addKey({ key, kind: 'api', org: 'org-a' });
      await writeFile(path.join(dir, 'a.env'), `KEY=${key}\n`);
      await writeFile(path.join(dir, '.anthropic-key-scan.yml'), config('a.env:anthropic-api-key:1'));
      const run = json((await cli(['--format', 'json', '--verify', dir], { ANTHROPIC_BASE_URL: server.url })).stdout);
      expect(run.findings).toEqual([expect.objectContaining({ suppressionOverridden: 'config:allow-fingerprint' })]);
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a config fingerprint that is none, in one line, without echoing it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'aks-newcomer-fp-bad-'));
    try {
      await writeFile(path.join(dir, '.anthropic-key-scan.yml'), `allow:\n  fingerprints: [${JSON.stringify(key)}]\n`);
      const run = await cli([dir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/allow.fingerprints\[0\] must be COMMIT:PATH:RULE:LINE or PATH:RULE:LINE/);
      expect(run.stderr).not.toContain(key.slice(20));
      oneLine(run.stderr);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
