/**
 * History-scan benchmark: our `--history` scan beside git's own floor, measured in the same run.
 *
 *   floor     git cat-file --batch-all-objects --batch --unordered > /dev/null   (every object, inflated once)
 *   git log   git log -p -U0 --full-history --all > /dev/null                    (the stream gitleaks reads)
 *   ours      historySource with the real detector, in a child process (its own wall time and peak RSS; the
 *             git processes it runs are not counted in that RSS, as the floor's own git is not either)
 *   CLI       the bundled CLI, `--history`, as a whole process (start-up and report included): what issue 22 judges
 *   planted   the same repository plus a few commits holding keys: the attribution pass runs too
 *
 * Targets: ours <= 1.5 x floor, faster than git log -p, peak RSS < 300 MB.
 * Without a path it generates a synthetic repository (a few thousand commits) so anyone can run it.
 *
 *   npx tsx bench/history.ts [BARE_REPO ...]        (BENCH_RUNS=n: best of n, default 2; BENCH_NO_LOG=1 skips git log -p)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshBundle } from '../__tests__/helpers/bundle.js';
import { fakeKey } from '../test-support/keys.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.join(here, '..');
const thisFile = fileURLToPath(import.meta.url);

export interface HistoryBenchRow {
  repo: string;
  objects: number;
  blobs: number;
  /** MiB of blob content scanned. */
  mib: number;
  floorSeconds: number;
  gitLogSeconds?: number;
  oursSeconds: number;
  ratio: number;
  /** The bundled CLI's whole process (`--history --quiet --fail-on never`), best of the runs, and its ratio to the floor. */
  cliSeconds: number;
  cliRatio: number;
  mibPerSecond: number;
  /** Peak RSS of our scan's process, MiB. */
  peakRssMiB: number;
  /** CPU seconds of our scanning process (git's processes not included). */
  oursCpuSeconds: number;
  hits: number;
  /** The same repository with a few planted keys: seconds, hits, ratio to the floor. */
  planted?: { seconds: number; hits: number; expected: number; ratio: number; peakRssMiB: number };
}

interface ChildResult {
  seconds: number;
  hits: number;
  counts: Record<string, number>;
  maxRssKiB: number;
  notes: number;
  /** CPU time of the scanning process itself during the scan (git's processes not included). */
  cpuSeconds: number;
}

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 2));

function timeCommand(command: string, args: string[], cwd?: string): number {
  const devNull = openSync('/dev/null', 'w');
  try {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { cwd, stdio: ['ignore', devNull, 'inherit'], env: { ...process.env, LC_ALL: 'C', GIT_PAGER: 'cat' } });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    closeSync(devNull);
  }
}

const floor = (repo: string) => timeCommand('git', ['-C', repo, 'cat-file', '--batch-all-objects', '--batch', '--unordered']);
const gitLog = (repo: string) => timeCommand('git', ['-C', repo, 'log', '-p', '-U0', '--full-history', '--all']);

/** Our scan in a fresh child process, so its peak RSS is its own. */
function ours(repo: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', thisFile, '--scan-child', repo], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`scan child failed (${code})`));
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildResult);
    });
  });
}

/** What runs in the child: the history scan with the real detector, timed from inside. */
async function scanChild(repo: string): Promise<void> {
  const { historySource } = await import('../src/sources/history.js');
  const { detect } = await import('../src/detect/index.js');
  const counts: Record<string, number> = {};
  let hits = 0;
  let notes = 0;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const source = historySource({ root: repo });
  for await (const hit of source(detect, { note: () => void notes++, count: (name, by = 1) => void (counts[name] = (counts[name] ?? 0) + by) })) {
    void hit;
    hits++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const result: ChildResult = { seconds, hits, counts, maxRssKiB: process.resourceUsage().maxRSS, notes, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function makeTemp(prefix: string): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
}

/** A small deterministic PRNG (xorshift32), so the synthetic repository is the same on every run. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

const WORDS = 'const let return function import export from await async value index result error config token request response buffer stream commit branch merge history object tree blob key secret line column path repository'.split(' ');

/**
 * Generate a bare repository with `commits` commits over `files` files (fast-import: seconds). With `plant`, a
 * few commits add keys (one later removed, one in a commit message, one in a renamed file): returns how many
 * distinct keys a history scan must find.
 */
export async function generateRepository(dir: string, options: { commits?: number; files?: number; plant?: boolean } = {}): Promise<number> {
  const commits = options.commits ?? 3000;
  const fileCount = options.files ?? 400;
  const random = prng(42);
  const word = () => WORDS[Math.floor(random() * WORDS.length)];
  const line = () => `  ${word()} ${word()}_${Math.floor(random() * 1e6)} = ${word()}(${word()}, ${Math.floor(random() * 1e3)});`;
  const files: string[][] = [];
  for (let i = 0; i < fileCount; i++) files.push(Array.from({ length: 100 + Math.floor(random() * 500) }, line));

  spawnSync('git', ['init', '-q', '--bare', dir]);
  const child = spawn('git', ['-C', dir, 'fast-import', '--quiet'], { stdio: ['pipe', 'ignore', 'inherit'] });
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  const write = async (text: string) => {
    if (!child.stdin.write(text)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  };
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const keys = options.plant ? [fakeKey('api03', 'bench-1'), fakeKey('admin01', 'bench-2'), fakeKey('api03', 'bench-3'), fakeKey('oat01', 'bench-4')] : [];
  let time = 1704067200;
  for (let c = 0; c < commits; c++) {
    time += 600;
    let message = `commit ${c}: ${word()} ${word()}\n`;
    let extra = '';
    if (options.plant) {
      if (c === Math.floor(commits * 0.2)) extra += `M 100644 inline config/secrets.env\n${data(`API_KEY=${keys[0]}\n`)}`;
      if (c === Math.floor(commits * 0.3)) extra += 'D config/secrets.env\n';
      if (c === Math.floor(commits * 0.5)) extra += `M 100644 inline src/admin.ts\n${data(`export const ADMIN = '${keys[1]}';\n`)}`;
      if (c === Math.floor(commits * 0.6)) extra += 'D src/admin.ts\n' + `M 100644 inline src/admin-renamed.ts\n${data(`export const ADMIN = '${keys[1]}';\n`)}`;
      if (c === Math.floor(commits * 0.7)) message += `\nrotated ${keys[2]}\n`;
      if (c === Math.floor(commits * 0.9)) extra += `M 100644 inline docs/setup.md\n${data(`# Setup\n\nexport ANTHROPIC_API_KEY=${keys[3]}\n`)}`;
    }
    let modifications = '';
    const touched = c === 0 ? fileCount : 3;
    for (let t = 0; t < touched; t++) {
      const f = c === 0 ? t : Math.floor(random() * fileCount);
      const lines = files[f];
      for (let e = 0; e < 5; e++) lines[Math.floor(random() * lines.length)] = line();
      if (random() < 0.3) lines.push(line());
      modifications += `M 100644 inline src/module-${f}.ts\n${data(`${lines.join('\n')}\n`)}`;
    }
    await write(`commit refs/heads/main\ncommitter Bench <bench@example.com> ${time} +0000\n${data(message)}${modifications}${extra}\n`);
  }
  child.stdin.end();
  if ((await done) !== 0) throw new Error('git fast-import failed');
  spawnSync('git', ['-C', dir, 'repack', '-adq', '--depth=50', '--window=10']);
  return keys.length;
}

/** A cheap copy of `repo` (objects shared through alternates) with a few commits holding keys on top. */
async function plantedCopy(repo: string): Promise<{ dir: string; expected: number }> {
  const dir = makeTemp('aks-bench-planted-');
  spawnSync('git', ['clone', '-q', '--bare', '--shared', repo, dir]);
  const head = spawnSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const keys = [fakeKey('api03', 'planted-1'), fakeKey('admin01', 'planted-2'), fakeKey('api03', 'planted-3')];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const stream =
    `commit refs/heads/planted\ncommitter Bench <bench@example.com> 1893456000 +0000\n${data('add config')}from ${head}\nM 100644 inline planted/config.env\n${data(`KEY=${keys[0]}\nADMIN=${keys[1]}\n`)}\n` +
    `commit refs/heads/planted\ncommitter Bench <bench@example.com> 1893456600 +0000\n${data(`remove config\n\n${keys[2]}\n`)}D planted/config.env\n\n`;
  const result = spawnSync('git', ['-C', dir, 'fast-import', '--quiet'], { input: stream });
  if (result.status !== 0) throw new Error(`fast-import failed: ${result.stderr}`);
  return { dir, expected: keys.length };
}

function best<T extends { seconds: number }>(values: T[]): T {
  return values.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

const mib = (bytes: number) => bytes / 1048576;

export function printHistoryRow(row: HistoryBenchRow): void {
  const f = (n: number | undefined, d = 2) => (n === undefined ? '-' : n.toFixed(d));
  console.log(
    [
      `repo ${row.repo}: ${row.objects} objects, ${row.blobs} blobs, ${f(row.mib, 0)} MiB of blob content`,
      `  floor (cat-file --batch-all-objects)  ${f(row.floorSeconds)} s`,
      `  git log -p -U0 --all                  ${f(row.gitLogSeconds)} s`,
      `  ours (history scan)                   ${f(row.oursSeconds)} s  = ${f(row.ratio)} x floor, ${f(row.mibPerSecond, 0)} MiB/s, peak RSS ${f(row.peakRssMiB, 0)} MiB, node CPU ${f(row.oursCpuSeconds)} s, ${row.hits} hits`,
      `  the CLI, whole process                ${f(row.cliSeconds)} s  = ${f(row.cliRatio)} x floor`,
      row.planted
        ? `  ours, with planted keys               ${f(row.planted.seconds)} s  = ${f(row.planted.ratio)} x floor, ${row.planted.hits} hits (${row.planted.expected} keys planted), peak RSS ${f(row.planted.peakRssMiB, 0)} MiB`
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

/** Bench one repository (a bare clone), or a generated one when no path is given. Prints and returns the row. */
export async function benchHistory(repoPath?: string): Promise<HistoryBenchRow> {
  const cleanup: string[] = [];
  try {
    let repo = repoPath;
    let planted: { dir: string; expected: number };
    if (!repo) {
      repo = makeTemp('aks-bench-synthetic-');
      const plantedDir = makeTemp('aks-bench-synthetic-planted-');
      cleanup.push(repo, plantedDir);
      await generateRepository(repo);
      planted = { dir: plantedDir, expected: await generateRepository(plantedDir, { plant: true }) };
    } else {
      planted = await plantedCopy(repo);
      cleanup.push(planted.dir);
    }
    // Warm the page cache for both sides.
    floor(repo);
    const cli = freshBundle('cli');
    const floors: number[] = [];
    const scans: ChildResult[] = [];
    const clis: number[] = [];
    for (let i = 0; i < runs; i++) {
      floors.push(floor(repo));
      scans.push(await ours(repo));
      clis.push(timeCommand(process.execPath, [cli, '--history', '--quiet', '--fail-on', 'never', repo]));
    }
    const scan = best(scans);
    const floorSeconds = Math.min(...floors);
    const gitLogSeconds = process.env.BENCH_NO_LOG ? undefined : gitLog(repo);
    const plantedScans: ChildResult[] = [];
    for (let i = 0; i < runs; i++) plantedScans.push(await ours(planted.dir));
    const plantedScan = best(plantedScans);
    const bytes = scan.counts.bytesScanned ?? 0;
    const row: HistoryBenchRow = {
      repo: repoPath ? path.basename(repoPath) : 'synthetic (3000 commits)',
      objects: scan.counts.objectsScanned ?? 0,
      blobs: scan.counts.blobsScanned ?? 0,
      mib: mib(bytes),
      floorSeconds,
      gitLogSeconds,
      oursSeconds: scan.seconds,
      ratio: scan.seconds / floorSeconds,
      cliSeconds: Math.min(...clis),
      cliRatio: Math.min(...clis) / floorSeconds,
      mibPerSecond: mib(bytes) / scan.seconds,
      peakRssMiB: scan.maxRssKiB / 1024,
      oursCpuSeconds: scan.cpuSeconds,
      hits: scan.hits,
      planted: { seconds: plantedScan.seconds, hits: plantedScan.hits, expected: planted.expected, ratio: plantedScan.seconds / floorSeconds, peakRssMiB: plantedScan.maxRssKiB / 1024 },
    };
    printHistoryRow(row);
    return row;
  } finally {
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args[0] === '--scan-child') await scanChild(args[1]);
  else if (args.length === 0) await benchHistory();
  else for (const repo of args) await benchHistory(path.resolve(repo));
}
