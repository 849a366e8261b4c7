// The third-party licences of a bundle, from ncc's webpack stats (every module of every chunk).
//
// Why not ncc's own `--license`: its plugin writes one file per chunk under the same name, so once the bundle has
// chunks (the lazily loaded audit commands and SDK, see inline-chunks.mjs) the last chunk's list overwrites the
// others' and most packages' licences went missing. Same format as ncc's: name, licence type, licence text.
//
// Usage: node scripts/licenses.mjs STATS OUT   (STATS is removed once read)
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [statsFile, out] = process.argv.slice(2);
if (!statsFile || !out) throw new Error('usage: node scripts/licenses.mjs STATS OUT');
const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
rmSync(statsFile);

/** Each package's folder (the innermost node_modules/<name> or node_modules/@scope/<name> of a module's path). */
const folders = new Map();
const visit = (modules) => {
  for (const m of modules ?? []) {
    for (const id of [m.name, m.identifier]) {
      if (typeof id !== 'string') continue;
      const at = id.lastIndexOf('node_modules/');
      if (at === -1) continue;
      const parts = id.slice(at + 'node_modules/'.length).split('/');
      const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
      const folder = join(id.slice(0, at).replace(/^.*!/, '').replace(/^\.\//, ''), 'node_modules', name);
      if (existsSync(join(folder, 'package.json'))) folders.set(name, folder);
    }
    visit(m.modules);
  }
};
visit(stats.modules);
for (const chunk of stats.chunks ?? []) visit(chunk.modules);

const LICENCE_FILE = /^(licen[cs]e|copying)(\.[a-z]+)?$/i;
const entries = [...folders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, folder]) => {
  const meta = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const type = typeof meta.license === 'string' ? meta.license : (meta.license?.type ?? '');
  const file = readdirSync(folder).find((f) => LICENCE_FILE.test(f));
  const text = file ? readFileSync(join(folder, file), 'utf8').trim() : '';
  return [name, type, text].filter((line) => line !== '').join('\n');
});
writeFileSync(out, entries.join('\n\n') + '\n');
