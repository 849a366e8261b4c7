/**
 * Limits on looking inside archives and compressed files (sources/containers), against decompression bombs
 * and waste. One table: the Plan's field, the CLI flag and the action input, the default and how a value is
 * read all come from it, so the CLI, the Action and action.yml cannot drift apart.
 */
import { UserError } from './errors.js';
import { isPositiveInteger } from './flags.js';
import { formatBytes, parseSize } from './size.js';

export interface ArchiveLimits {
  /** Decompressed bytes per scanned file: its members and nested archives together (stored members too: every byte handed to the detector). A member is cut there, never skipped. */
  maxBytes: number;
  /** Decompressed bytes per run, over every file. */
  maxTotalBytes: number;
  /** A member is read up to this many times its compressed size (members under 1 MiB are never held to it). */
  maxRatio: number;
  /** Members read per archive. */
  maxMembers: number;
  /** Archives opened inside archives: 1 opens only the outer one, 0 opens none (binary files are still scanned). */
  maxDepth: number;
}

export const DEFAULT_ARCHIVE_LIMITS: Readonly<ArchiveLimits> = {
  maxBytes: 256 * 1024 * 1024,
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
  maxRatio: 100,
  maxMembers: 50_000,
  maxDepth: 5,
};

/** Below this many decompressed bytes a member is never held to the ratio limit (small files compress well). */
export const RATIO_FLOOR = 1024 * 1024;

export interface ArchiveLimitSpec {
  key: keyof ArchiveLimits;
  /** The CLI flag's and the action input's name (without `--`). */
  name: string;
  unit: 'size' | 'count';
  /** Zero allowed (the depth: 0 turns archive scanning off). */
  zeroAllowed?: boolean;
  help: string;
}

export const ARCHIVE_LIMIT_SPECS: readonly ArchiveLimitSpec[] = [
  { key: 'maxBytes', name: 'max-archive-size', unit: 'size', help: 'decompressed bytes scanned per archive or compressed file (a member is cut there, not skipped)' },
  { key: 'maxTotalBytes', name: 'max-archive-total', unit: 'size', help: 'decompressed bytes read from archives per run' },
  { key: 'maxRatio', name: 'max-archive-ratio', unit: 'count', help: 'a member over 1 MiB is read up to N times its compressed size' },
  { key: 'maxMembers', name: 'max-archive-members', unit: 'count', help: 'members read per archive' },
  { key: 'maxDepth', name: 'max-archive-depth', unit: 'count', zeroAllowed: true, help: 'archives opened inside archives (0: none)' },
];

/** A limit's default, as written in help texts and action.yml (`256MB`, `5`). */
export function defaultText(spec: ArchiveLimitSpec): string {
  const value = DEFAULT_ARCHIVE_LIMITS[spec.key];
  return spec.unit === 'size' ? formatBytes(value).replace(/\.0 (\w)iB$/, '$1B').replace(' ', '') : String(value);
}

/**
 * The limits given (flags or inputs), read by `value(name)`; absent or empty ones are left out (the sources
 * apply the defaults). `where(name)` names the flag or input in errors.
 */
export function readArchiveLimits(value: (name: string) => string | undefined, where: (name: string) => string): Partial<ArchiveLimits> {
  const limits: Partial<ArchiveLimits> = {};
  for (const spec of ARCHIVE_LIMIT_SPECS) {
    const text = value(spec.name)?.trim();
    if (!text) continue;
    if (spec.unit === 'size') {
      limits[spec.key] = parseSize(text, where(spec.name), true);
    } else {
      if (!(spec.zeroAllowed ? /^\d+$/.test(text) : isPositiveInteger(text))) {
        throw new UserError(`${where(spec.name)} must be a ${spec.zeroAllowed ? 'whole number' : 'positive whole number'}, not "${text}"`);
      }
      limits[spec.key] = Number(text);
    }
  }
  return limits;
}

/** The given limits over the defaults. */
export function archiveLimits(given: Partial<ArchiveLimits> = {}): ArchiveLimits {
  return { ...DEFAULT_ARCHIVE_LIMITS, ...given };
}
