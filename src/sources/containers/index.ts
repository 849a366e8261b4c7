/**
 * The container formats the scan looks inside, tried in this order on every file and blob. A new format is
 * one module implementing `ContainerFormat` (format.ts) and one entry here.
 */
import { ar } from './ar.js';
import { bzip2 } from './bzip2.js';
import { cpio } from './cpio.js';
import type { ContainerFormat } from './format.js';
import { gzip } from './gzip.js';
import { pdf } from './pdf.js';
import { rpm } from './rpm.js';
import { tar } from './tar.js';
import { xz } from './xz.js';
import { zip } from './zip.js';
import { zstd } from './zstd.js';

// Each sniff tests its first byte before anything else, so a file that is none of them costs a few comparisons.
export const FORMATS: readonly ContainerFormat[] = [zip, gzip, xz, zstd, bzip2, tar, ar, cpio, rpm, pdf];

/** The format `data` is in, by its content; undefined for anything else (text, binaries: scanned as they are). */
export function formatOf(data: Buffer): ContainerFormat | undefined {
  for (const format of FORMATS) if (format.sniff(data)) return format;
  return undefined;
}
