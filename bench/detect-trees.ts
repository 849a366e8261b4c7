/**
 * The detector of several source trees, timed alternately on the same buffers in one process: how a change to
 * src/detect/ moves the clean case against another commit, measured in the same run (issue 19's rule: the clean
 * case costs the same). The first tree is the reference; each other tree's figure is a ratio to it.
 *
 *   mkdir /tmp/base && git archive <commit> src test-support | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
 *   npx tsx bench/detect-trees.ts /tmp/base .          (MB=48 ROUNDS=9 SMALL=5000 to change the inputs)
 *
 * Inputs, bench/detect.ts's: the .ts/.js files of this tree's node_modules, MB megabytes of them as one buffer,
 * and SMALL of those under 16 KiB, one detector call each (per-call costs show there). Figures are
 * CPU time, the least of ROUNDS runs after a warm-up, trees in alternating order: on a shared machine the
 * wall clock swings with other work, a process's CPU time far less.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Detect } from '../src/core/types.js';
import { sourceFiles } from './detect.js';

const MB = 1e6;

function cpuSeconds(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

const trees = process.argv.slice(2).map((t) => path.resolve(t));
if (trees.length < 2) {
  console.error('usage: npx tsx bench/detect-trees.ts REFERENCE_TREE TREE...');
  process.exit(2);
}
const size = Number(process.env.MB ?? 48) * MB;
const rounds = Number(process.env.ROUNDS ?? 9);
const files = sourceFiles(size);
const inputs: Array<[string, Buffer[]]> = [
  ['one buffer', [Buffer.concat(files)]],
  ['small files', files.filter((b) => b.length <= 16 * 1024).slice(0, Number(process.env.SMALL ?? 5000))],
];
const detectors: Detect[] = [];
for (const tree of trees) {
  const { createDetector } = (await import(pathToFileURL(path.join(tree, 'src/detect/index.ts')).href)) as { createDetector: () => Detect };
  detectors.push(createDetector());
}

const rare = Buffer.from('J~never-occurs');
for (const [name, bufs] of inputs) {
  const bytes = bufs.reduce((n, b) => n + b.length, 0);
  const best = trees.map(() => Infinity);
  const found = trees.map(() => 0);
  for (let round = 0; round <= rounds; round++) {
    const order = trees.map((_, i) => (round % 2 === 0 ? i : trees.length - 1 - i));
    for (const t of order) {
      let n = 0;
      const seconds = cpuSeconds(() => {
        for (const b of bufs) n += detectors[t](b).length;
      });
      found[t] = n;
      if (round > 0) best[t] = Math.min(best[t], seconds);
    }
  }
  let floor = Infinity;
  for (let round = 0; round < 5; round++) floor = Math.min(floor, cpuSeconds(() => bufs.forEach((b) => b.indexOf(rare))));
  console.log(`\n${name}: ${bufs.length} buffer(s), ${(bytes / MB).toFixed(1)} MB; indexOf of an absent literal ${(floor * 1000).toFixed(1)} ms`);
  trees.forEach((tree, t) =>
    console.log(`  ${tree}: ${(best[t] * 1000).toFixed(1)} ms, ÷ reference ${(best[t] / best[0]).toFixed(3)}, indexOf ÷ detect ${(floor / best[t]).toFixed(2)}, found ${found[t]}`),
  );
}
