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

/**
 * The formats `data` is in, by its content: the first whose `sniff` matches; then, when there is none or it takes
 * files appended to it (a polyglot: a PDF with a zip appended), the first whose `sniffLate` does. Empty for
 * anything else (text, binaries: scanned as they are).
 */
export function formatsOf(data: Buffer): ContainerFormat[] {
  const first = FORMATS.find((format) => format.sniff(data));
  if (first && !first.takesAppended) return [first];
  const late = FORMATS.find((format) => format !== first && format.sniffLate?.(data));
  return [first, late].filter((format) => format !== undefined);
}

/** The format `data` is read as first, by its content; undefined for anything else. */
export function formatOf(data: Buffer): ContainerFormat | undefined {
  return formatsOf(data)[0];
}
