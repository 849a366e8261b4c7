/**
 * Files-scan benchmark: our files scan of a large tree beside `grep -rF sk-ant-` over the same tree,
 * measured in the same run (the machines are noisy; only ratios mean something).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScan } from '../src/scan.js';
import type { Plan } from '../src/core/types.js';

export interface FilesBenchRow {
  tree: string;
  files: number;
  mib: number;
  oursSeconds: number;
  grepSeconds: number;
  ratio: number;
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
  return { tree, files, mib, oursSeconds, grepSeconds, ratio: oursSeconds / grepSeconds };
}

export function printFilesRow(row: FilesBenchRow): void {
  console.log(
    `files scan of ${row.tree}: ${row.files} files, ${row.mib.toFixed(0)} MiB in ${row.oursSeconds.toFixed(2)} s ` +
      `(${(row.mib / row.oursSeconds).toFixed(0)} MiB/s); grep -rF: ${row.grepSeconds.toFixed(2)} s; ratio ${row.ratio.toFixed(2)}x`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tree = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules');
  if (!existsSync(tree)) throw new Error(`no such tree: ${tree}`);
  printFilesRow(await benchFiles(tree));
}
