/**
 * `npm run bench`: every benchmark, each beside a baseline measured in the same run.
 *   detector throughput (bench/detect.ts), files scan vs grep (bench/files.ts),
 *   history scan vs git's own floor (bench/history.ts; a synthetic repository it generates, plus real bare
 *   clones under /tmp/bench-repos when present, e.g. eslint.git and git.git), archives vs zcat / unzip -p
 *   (bench/archives.ts), merging reports (bench/merge.ts), an incremental audit vs its full run (bench/incremental.ts).
 * Pass names to run a subset: `npm run bench -- detect files`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = new Set(process.argv.slice(2));
const want = (name: string) => wanted.size === 0 || wanted.has(name);

if (want('detect')) {
  console.log('\n## detector throughput');
  const { benchDetect } = await import('./detect.js');
  await benchDetect();
}

if (want('files')) {
  console.log('\n## files scan');
  const { benchFiles, printFilesRow } = await import('./files.js');
  printFilesRow(await benchFiles(path.join(here, '..', 'node_modules')));
}

if (want('history')) {
  console.log('\n## history scan');
  const { benchHistory } = await import('./history.js');
  await benchHistory();
  for (const name of ['eslint.git', 'git.git']) {
    const repo = path.join(process.env.BENCH_REPOS ?? '/tmp/bench-repos', name);
    if (existsSync(repo)) await benchHistory(repo);
  }
}

if (want('incremental')) {
  console.log('\n## incremental history audit (--state), whole processes');
  const { benchIncremental } = await import('./incremental.js');
  await benchIncremental();
}

if (want('archives')) {
  console.log('\n## archives (unpack + detect vs zcat / unzip -p)');
  const { benchArchives, printArchiveRows } = await import('./archives.js');
  printArchiveRows(benchArchives());
}

if (want('merge')) {
  console.log('\n## merging reports');
  const { benchMerge } = await import('./merge.js');
  await benchMerge();
}
