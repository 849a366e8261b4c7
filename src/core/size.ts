import { UserError } from './errors.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/**
 * A size in bytes from a number or a string such as `25MB`, `512 KiB`, `1g`. `where` prefixes errors; `echo`
 * quotes the value back in them (a flag's value; never a config file's, where a key may have been pasted).
 */
export function parseSize(value: unknown, where: string, echo = false): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value > 0) return Math.floor(value);
    throw new UserError(`${where} must be a positive size`);
  }
  if (typeof value === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
    const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
    if (m && unit !== undefined) {
      const bytes = Math.floor(Number(m[1]) * unit);
      if (bytes > 0) return bytes;
    }
  }
  const given = echo && typeof value === 'string' ? `, not "${value}"` : '';
  throw new UserError(`${where} must be a size such as 25MB, 512KB or a number of bytes${given}`);
}

/** Bytes for people: `512 B`, `1.5 KiB`, `25.0 MiB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}
