import { UserError } from '../core/errors.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "25MB", "512k", "1048576" -> bytes. Binary units: MB and MiB both mean 1024², as people expect of file sizes. */
export function parseSize(text: string, what = '--max-file-size'): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined) throw new UserError(`${what}: expected a size such as 25MB or 1048576, got "${text}"`);
  return Math.floor(Number(match[1]) * unit);
}
