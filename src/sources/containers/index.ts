/**
 * The container formats the scan looks inside, tried in this order on every file and blob. A new format is
 * one module implementing `ContainerFormat` (format.ts) and one entry here.
 */
import type { ContainerFormat } from './format.js';
import { gzip } from './gzip.js';
import { tar } from './tar.js';
import { zip } from './zip.js';

export const FORMATS: readonly ContainerFormat[] = [zip, gzip, tar];

/** The format `data` is in, by its content; undefined for anything else (text, binaries: scanned as they are). */
export function formatOf(data: Buffer): ContainerFormat | undefined {
  for (const format of FORMATS) if (format.sniff(data)) return format;
  return undefined;
}
