import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createDetector } from '../src/detect/index.js';
import { formatsOf } from '../src/sources/containers/index.js';
const files: Buffer[] = [];
const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (e.isFile()) { const b = readFileSync(p); if (b.length <= 32768) files.push(b); } } };
walk('node_modules');
const total = files.reduce((a, b) => a + b.length, 0);
console.log(files.length, 'files', (total / 1048576).toFixed(1), 'MiB');
const detect = createDetector();
const big = Buffer.concat(files);
for (let r = 0; r < 4; r++) {
  let t = performance.now(); let n = 0;
  for (const f of files) n += detect(f).length;
  const perFile = performance.now() - t;
  t = performance.now();
  n += detect(big).length;
  const one = performance.now() - t;
  t = performance.now();
  for (const f of files) n += formatsOf(f).length;
  const sniff = performance.now() - t;
  console.log(`detect per file ${perFile.toFixed(0)} ms, one buffer ${one.toFixed(0)} ms, formatsOf ${sniff.toFixed(0)} ms`, n);
}
