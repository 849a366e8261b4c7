/**
 * Incremental history audit benchmark (issue 21): what a nightly `--history --state FILE` costs after a day of
 * work, and after none, beside the full run that wrote the state, all measured in the same run as whole CLI
 * processes (`node` on the CLI bundle built from src/, as users run it).
 *
 *   full       a clone of a real repository with one old key planted, `--history --state S` (no state yet)
 *   day        + 30 commits touching a few hundred files, one of them adding a new key: `--history --state S`
 *   no change  the same command again
 *
 * Target: day and no change each <= 10% of full; day finds the new key and still reports the old one.
 *
 *   npx tsx bench/incremental.ts [BARE_REPO]     (default /tmp/bench-repos/eslint.git; BENCH_RUNS=n: best of n, default 3)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshBundle } from '../__tests__/helpers/bundle.js';
import { fakeKey } from '../test-support/keys.js';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const COMMITS = 30;
const FILES_PER_COMMIT = 12;

interface Run {
  seconds: number;
  /** CPU seconds, children included (NaN without /usr/bin/time). */
  cpu: number;
  findings: number;
  carried: number;
  objects: number;
  keys: string[];
}

function git(cwd: string, args: string[], input?: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };
  const result = spawnSync('git', args, { cwd, env, encoding: 'utf8', input, maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/**
 * One whole CLI process: wall time, CPU time (user + system of the process and the git processes it waited for,
 * from /usr/bin/time: on a shared, loaded machine the steadier of the two), and what its JSON report says.
 */
function scan(cli: string, clone: string, state: string, report: string): Run {
  const args = [cli, '--history', '--state', state, '--format', 'json', '--output', report, '--fail-on', 'never', '-q', clone];
  const times = `${report}.times`;
  const timed = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const result = timed ? spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', times, process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`scan failed (${result.status}): ${result.stderr}`);
  const cpu = timed ? readFileSync(times, 'utf8').trim().split('\n').pop()!.split(' ').map(Number).reduce((a, b) => a + b, 0) : NaN;
  const json = JSON.parse(readFileSync(report, 'utf8')) as { findings: Array<{ secretSha256: string; carried?: boolean }>; stats: Record<string, number> };
  return {
    seconds,
    cpu,
    findings: json.findings.length,
    carried: json.findings.filter((f) => f.carried).length,
    objects: json.stats.objectsScanned ?? 0,
    keys: json.findings.map((f) => f.secretSha256),
  };
}

function best(make: () => Run): Run {
  let out: Run | undefined;
  for (let i = 0; i < runs; i++) {
    const run = make();
    if (!out || run.seconds < out.seconds) out = run;
  }
  return out as Run;
}

/** A day of work: COMMITS commits, each appending a line to FILES_PER_COMMIT tracked .js files; one adds a key. */
function dayOfWork(clone: string, key: string): number {
  const files = git(clone, ['ls-files', '--', '*.js']).split('\n').filter(Boolean);
  const touched = new Set<string>();
  for (let c = 0; c < COMMITS; c++) {
    for (let f = 0; f < FILES_PER_COMMIT; f++) {
      const file = files[(c * FILES_PER_COMMIT + f) * 7 % files.length];
      touched.add(file);
      appendFileSync(path.join(clone, file), `// bench ${c}.${f}\n`);
    }
    if (c === COMMITS / 2) appendFileSync(path.join(clone, 'lib', 'bench-config.js'), `const key = "${key}";\n`);
    git(clone, ['add', '--all']);
    git(clone, ['commit', '-q', '--no-verify', '-m', `bench work ${c}`]);
  }
  return touched.size;
}

export async function benchIncremental(source = path.join(process.env.BENCH_REPOS ?? '/tmp/bench-repos', 'eslint.git')): Promise<void> {
  if (!existsSync(source)) {
    console.log(`(skipped: ${source} not found)`);
    return;
  }
  const cli = freshBundle('cli');
  const dir = mkdtempSync(path.join(tmpdir(), 'aks-bench-incremental-'));
  try {
    const clone = path.join(dir, 'repo');
    git(dir, ['clone', '-q', source, clone]);
    git(clone, ['config', 'core.autocrlf', 'false']);
    const oldKey = fakeKey('api03', 'bench-incremental-old');
    appendFileSync(path.join(clone, 'bench-old.env'), `KEY=${oldKey}\n`);
    git(clone, ['add', '--all']);
    git(clone, ['commit', '-q', '--no-verify', '-m', 'bench: an old key']);
    const state = path.join(dir, 'state.json');
    const report = path.join(dir, 'report.json');

    const full = best(() => {
      rmSync(state, { force: true });
      return scan(cli, clone, state, report);
    });
    const newKey = fakeKey('api03', 'bench-incremental-new');
    const files = dayOfWork(clone, newKey);
    // Each run rewrites the state: every measured day's run starts from the full run's.
    const saved = readFileSync(state);
    const day = best(() => {
      writeFileSync(state, saved);
      return scan(cli, clone, state, report);
    });
    const none = best(() => scan(cli, clone, state, report));

    const stateText = readFileSync(state, 'utf8');
    const leaked = [oldKey, newKey].some((key) => stateText.includes(key) || stateText.includes(Buffer.from(key).toString('base64')));
    const row = (name: string, run: Run): string =>
      `| ${name} | ${run.seconds.toFixed(2)} s | ${((100 * run.seconds) / full.seconds).toFixed(1)} % | ${run.cpu.toFixed(2)} s | ${((100 * run.cpu) / full.cpu).toFixed(1)} % | ${run.objects} | ${run.findings} (${run.carried} carried) |`;
    console.log(`${path.basename(source)}: +${COMMITS} commits touching ${files} files, one new key; best of ${runs} each`);
    console.log('| run | wall (whole process) | ÷ full | CPU (with git) | ÷ full | objects read | findings |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    console.log(row('full, writing the state', full));
    console.log(row('a day of work', day));
    console.log(row('no change', none));
    const found = (run: Run, key: string): boolean => run.keys.includes(createHash('sha256').update(key, 'utf8').digest('hex'));
    console.log(`day finds the new key: ${found(day, newKey)}; still reports the old one: ${found(day, oldKey)}; state free of keys: ${!leaked}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchIncremental(process.argv[2]);
