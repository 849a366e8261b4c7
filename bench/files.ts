/**
 * Files-scan benchmark (issue 22 judges whole processes): `node` on the CLI bundle built from src/ scanning a large
 * tree, start-up included, beside `grep -rF sk-ant-` (and ripgrep when installed) over the same tree, alternating,
 * medians of BENCH_RUNS (default 5), in the same run: the machines are noisy; only ratios mean something. Also the
 * CLI's start-up alone (`--version`), and the pipeline in-process with a detector that does nothing (walking,
 * reading, the container step), with and without the second thread, to tell the pipeline's share from the
 * detector's.
 *
 *   npx tsx bench/files.ts [TREE]     (default this project's node_modules)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshBundle } from '../__tests__/helpers/bundle.js';
import type { SourceContext } from '../src/core/types.js';
import { filesSource } from '../src/sources/files.js';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

export interface FilesBenchRow {
  tree: string;
  files: number;
  mib: number;
  /** Medians of whole processes, in seconds. */
  oursSeconds: number;
  grepSeconds: number;
  /** ripgrep (`rg -F`), when installed. */
  rgSeconds?: number;
  ratio: number;
  /** `node <bundle> --version`, and `node -e 0`: what start-up costs. */
  versionSeconds: number;
  nodeSeconds: number;
  /** The pipeline with a no-op detector, walking and reading on a second thread / on this one only. */
  pipelineSeconds: number;
  pipelineOneThreadSeconds: number;
}

/** The files source with a detector that does nothing: the pipeline's own cost. */
async function pipeline(tree: string, readAhead: boolean): Promise<number> {
  const ctx: SourceContext = { note: () => undefined, count: () => undefined };
  const started = process.hrtime.bigint();
  for await (const hit of filesSource({ root: tree, maxFileSize: 25 * 1024 * 1024, readAhead })(() => [], ctx)) void hit;
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** One whole process's wall time (its output thrown away). */
function timed(command: string, args: string[]): number {
  const started = process.hrtime.bigint();
  spawnSync(command, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function hasRipgrep(): boolean {
  return spawnSync('rg', ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function benchFiles(tree: string): Promise<FilesBenchRow> {
  const cli = freshBundle('cli');
  // Warm the page cache so neither side pays the first read; count what the scan reads.
  spawnSync('grep', ['-rFc', 'sk-ant-', tree], { stdio: 'ignore' });
  const report = spawnSync(process.execPath, [cli, '--format', 'json', '--fail-on', 'never', tree], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const stats = (JSON.parse(report.stdout) as { stats: Record<string, number> }).stats;
  const commands: Record<string, [string, string[]]> = {
    ours: [process.execPath, [cli, '--quiet', '--fail-on', 'never', tree]],
    grep: ['grep', ['-rF', '--binary-files=without-match', 'sk-ant-', tree]],
    ...(hasRipgrep() ? { rg: ['rg', ['-F', '--no-messages', 'sk-ant-', tree]] as [string, string[]] } : {}),
    version: [process.execPath, [cli, '--version']],
    node: [process.execPath, ['-e', '0']],
  };
  const times: Record<string, number[]> = {};
  for (let i = 0; i < runs; i++) for (const [name, [command, args]] of Object.entries(commands)) (times[name] ??= []).push(timed(command, args));
  const [oursSeconds, grepSeconds] = [median(times.ours!), median(times.grep!)];
  return {
    tree,
    files: Number(stats.filesScanned ?? 0),
    mib: Number(stats.bytesScanned ?? 0) / (1024 * 1024),
    oursSeconds,
    grepSeconds,
    ...(times.rg ? { rgSeconds: median(times.rg) } : {}),
    ratio: oursSeconds / grepSeconds,
    versionSeconds: median(times.version!),
    nodeSeconds: median(times.node!),
    pipelineSeconds: await pipeline(tree, true),
    pipelineOneThreadSeconds: await pipeline(tree, false),
  };
}

export function printFilesRow(row: FilesBenchRow): void {
  const rg = row.rgSeconds === undefined ? 'ripgrep not installed' : `rg -F: ${row.rgSeconds.toFixed(2)} s (ours ${(row.oursSeconds / row.rgSeconds).toFixed(2)}x)`;
  console.log(
    `files scan of ${row.tree}, whole processes, medians of ${runs}: ${row.files} files, ${row.mib.toFixed(0)} MiB in ${row.oursSeconds.toFixed(2)} s; ` +
      `grep -rF: ${row.grepSeconds.toFixed(2)} s; ratio ${row.ratio.toFixed(2)}x; ${rg}; ` +
      `start-up: --version ${row.versionSeconds.toFixed(2)} s, node -e 0 ${row.nodeSeconds.toFixed(2)} s; ` +
      `pipeline alone in-process (no-op detector): ${row.pipelineSeconds.toFixed(2)} s, ${row.pipelineOneThreadSeconds.toFixed(2)} s on one thread`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tree = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules');
  if (!existsSync(tree)) throw new Error(`no such tree: ${tree}`);
  printFilesRow(await benchFiles(tree));
}
