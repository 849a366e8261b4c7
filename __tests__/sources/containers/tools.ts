/**
 * Compressed files and archives made by the real tools (xz, bzip2, zstd, ar, cpio, dpkg-deb), at test time.
 * A missing tool skips the tests that need it with a clear message on a developer's machine and fails them in
 * CI, where .ci/run installs it (see ../../packaging/tools.ts).
 */
import { it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { requireTool } from '../../packaging/tools.js';

const DEBIAN_PACKAGES: Record<string, string> = { xz: 'xz-utils', bzip2: 'bzip2', zstd: 'zstd', ar: 'binutils', cpio: 'cpio', 'dpkg-deb': 'dpkg' };

/** `it` when every tool is there, `it.skip` (with the reason printed) otherwise. */
export function withTools(...commands: string[]): typeof it.skip {
  const missing = commands.filter((command) => !requireTool(command, `apt-get install ${DEBIAN_PACKAGES[command] ?? command}`).available);
  return missing.length ? it.skip : it;
}

/** `data` through a filter tool (`xz -c`, `zstd -c`, ...). */
export function pipe(command: string, args: string[], data: Buffer | string): Buffer {
  return execFileSync(command, args, { input: data, maxBuffer: 1024 ** 3, stdio: ['pipe', 'pipe', 'ignore'] });
}

export const xzOf = (data: Buffer | string, ...args: string[]): Buffer => pipe('xz', ['-c', '-T1', ...args], data);
export const bzip2Of = (data: Buffer | string, ...args: string[]): Buffer => pipe('bzip2', ['-c', ...args], data);
export const zstdOf = (data: Buffer | string, ...args: string[]): Buffer => pipe('zstd', ['-q', '-c', ...args], data);

/** Files written under `dir` (`path` -> content), for the archivers that read a tree. */
export function writeTree(dir: string, files: Record<string, Buffer | string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** An ar archive of `names` in `dir`, by the `ar` tool (GNU long names past 15 characters). */
export function arOf(dir: string, names: string[]): Buffer {
  execFileSync('ar', ['rc', 'out.a', ...names], { cwd: dir, stdio: 'ignore' });
  return readFileSync(join(dir, 'out.a'));
}

/** A cpio archive (`newc` or `odc`) of `names` in `dir`, by the `cpio` tool. */
export function cpioOf(dir: string, names: string[], format: 'newc' | 'odc'): Buffer {
  return execFileSync('cpio', ['-o', '--quiet', '-H', format], { cwd: dir, input: `${names.join('\n')}\n`, maxBuffer: 1024 ** 3, stdio: ['pipe', 'pipe', 'ignore'] });
}

/** A Debian package built by dpkg-deb from `root` (which holds DEBIAN/control), compressed with `compressor`. */
export function debOf(root: string, compressor: 'xz' | 'zstd' | 'gzip', out: string): Buffer {
  execFileSync('dpkg-deb', ['--root-owner-group', `-Z${compressor}`, '--build', root, out], { stdio: 'ignore' });
  return readFileSync(out);
}
