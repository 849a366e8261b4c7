/**
 * The bundles the end-to-end suites run, built from the current src/ (not the committed dist/, which after an
 * edit of src/ holds old code until someone rebuilds it). Built once per content of src/ and the lock file
 * into a cache folder of the system's temp dir (AKS_BUNDLE_CACHE: global-setup.mjs points it there, outside
 * the run's own temp dir that the teardown empties), so unchanged sources cost nothing; .ci/run separately
 * checks that the committed dist/ is what a fresh build gives. AKS_TEST_BUNDLE=dist runs the committed dist/.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const ENTRIES = { action: { source: 'src/action-main.ts', out: '', dist: 'dist/index.js' }, cli: { source: 'src/cli-main.ts', out: 'cli', dist: 'dist/cli/index.js' } };
export type BundleName = keyof typeof ENTRIES;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** What the bundles are made of: every source file, the lock file and the compiler settings. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const inputs = [...filesUnder(join(ROOT, 'src')).sort(), join(ROOT, 'package-lock.json'), join(ROOT, 'tsconfig.json'), join(ROOT, 'scripts/inline-chunks.mjs'), join(ROOT, 'scripts/ascii-only.mjs')];
  for (const file of inputs) hash.update(`${relative(ROOT, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 20);
}

const built = new Map<BundleName, string>();

/** The path of `name`'s index.js, freshly built from src/ when this content was not built before. */
export function freshBundle(name: BundleName): string {
  const entry = ENTRIES[name];
  if (process.env.AKS_TEST_BUNDLE === 'dist') return join(ROOT, entry.dist);
  const cached = built.get(name);
  if (cached) return cached;
  const dir = join(process.env.AKS_BUNDLE_CACHE || tmpdir(), `anthropic-key-scan-test-bundle-${sourceHash()}`, entry.out);
  const file = join(dir, 'index.js');
  if (!existsSync(file)) {
    const staging = `${dir}.building-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js');
    const run = spawnSync(process.execPath, [ncc, 'build', join(ROOT, entry.source), '-o', staging, '--target', 'es2022', '--quiet'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`building ${entry.source} failed:\n${run.stderr}${run.stdout}`);
    // As package.json's build does: the chunks of dynamic imports go back into index.js, packed.
    const inline = spawnSync(process.execPath, [join(ROOT, 'scripts/inline-chunks.mjs'), staging], { encoding: 'utf8' });
    if (inline.status !== 0) throw new Error(`inlining the chunks of ${entry.source} failed:\n${inline.stderr}`);
    mkdirSync(join(dir, '..'), { recursive: true });
    // Another worker may have finished first: its bundle is the same.
    if (!existsSync(file)) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(staging, dir);
    } else rmSync(staging, { recursive: true, force: true });
  }
  if (!statSync(file).isFile()) throw new Error(`${file} is not a bundle`);
  built.set(name, file);
  return file;
}
