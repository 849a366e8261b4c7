/**
 * Files-scan benchmark: our files scan of a large tree beside `grep -rF sk-ant-` over the same tree,
 * measured in the same run (the machines are noisy; only ratios mean something). Also the pipeline alone (a
 * detector that finds nothing without looking: walking, reading and the container step), with and without the
 * reading thread, to tell the pipeline's share from the detector's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScan } from '../src/scan.js';
import type { Plan, SourceContext } from '../src/core/types.js';
import { filesSource } from '../src/sources/files.js';

export interface FilesBenchRow {
  tree: string;
  files: number;
  mib: number;
  oursSeconds: number;
  grepSeconds: number;
  ratio: number;
  /** The pipeline with a no-op detector, reading on a second thread / on this one only. */
  pipelineSeconds: number;
  pipelineOneThreadSeconds: number;
}

/** The files source with a detector that does nothing: the pipeline's own cost. */
async function pipeline(tree: string, readAhead: boolean): Promise<number> {
  const ctx: SourceContext = { note: () => undefined, count: () => undefined };
  const [, seconds] = await timeAsync(async () => {
    for await (const hit of filesSource({ root: tree, maxFileSize: 25 * 1024 * 1024, readAhead })(() => [], ctx)) void hit;
  });
  return seconds;
}

function time<T>(fn: () => T): [T, number] {
  const started = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - started) / 1e9];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const value = await fn();
  return [value, Number(process.hrtime.bigint() - started) / 1e9];
}

export async function benchFiles(tree: string): Promise<FilesBenchRow> {
  // Warm the page cache so neither side pays the first read.
  spawnSync('grep', ['-rFc', 'sk-ant-', tree], { stdio: 'ignore' });
  const [, grepSeconds] = time(() => spawnSync('grep', ['-rF', '--binary-files=without-match', 'sk-ant-', tree], { stdio: 'ignore' }));
  const plan: Plan = {
    scope: { kind: 'files', root: tree },
    verify: false,
    revoke: false,
    dryRun: false,
    revokeStatus: 'inactive',
    maxFileSize: 25 * 1024 * 1024,
    quiet: true,
  };
  const [result, oursSeconds] = await timeAsync(() => runScan(plan));
  const files = Number(result.stats.filesScanned ?? 0);
  const mib = Number(result.stats.bytesScanned ?? 0) / (1024 * 1024);
  const pipelineSeconds = await pipeline(tree, true);
  const pipelineOneThreadSeconds = await pipeline(tree, false);
  return { tree, files, mib, oursSeconds, grepSeconds, ratio: oursSeconds / grepSeconds, pipelineSeconds, pipelineOneThreadSeconds };
}

export function printFilesRow(row: FilesBenchRow): void {
  console.log(
    `files scan of ${row.tree}: ${row.files} files, ${row.mib.toFixed(0)} MiB in ${row.oursSeconds.toFixed(2)} s ` +
      `(${(row.mib / row.oursSeconds).toFixed(0)} MiB/s); grep -rF: ${row.grepSeconds.toFixed(2)} s; ratio ${row.ratio.toFixed(2)}x; ` +
      `pipeline alone (no-op detector): ${row.pipelineSeconds.toFixed(2)} s, ${row.pipelineOneThreadSeconds.toFixed(2)} s on one thread`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tree = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules');
  if (!existsSync(tree)) throw new Error(`no such tree: ${tree}`);
  printFilesRow(await benchFiles(tree));
}
