/** Running the shared bytes-to-hits step on one buffer, with the real detector, collecting notes and counters. */
import type { ArchiveLimits } from '../../../src/core/archive-limits.js';
import type { Match, Note } from '../../../src/core/types.js';
import { createDetector } from '../../../src/detect/index.js';
import { contentScanner, hitsOf, noteProblems } from '../../../src/sources/hits.js';

export interface StepRun {
  matches: Match[];
  /** `member:line:column` (or `line:column` for the file's own bytes) of each match, sorted. */
  where: string[];
  notes: Note[];
  counts: Record<string, number>;
}

export function scanBuffer(data: Buffer, path: string, limits: Partial<ArchiveLimits> = {}): StepRun {
  const notes: Note[] = [];
  const counts: Record<string, number> = {};
  const ctx = { note: (note: Note) => void notes.push(note), count: (name: string, by = 1) => void (counts[name] = (counts[name] ?? 0) + by) };
  const scanner = contentScanner(createDetector(), ctx, limits);
  const matches = scanner.content(data, noteProblems(ctx, path));
  const where = hitsOf(matches, { kind: 'file', path })
    .map(({ location: l }) => `${l.member === undefined ? '' : `${l.member}:`}${l.line}:${l.column}`)
    .sort();
  return { matches, where, notes, counts };
}
